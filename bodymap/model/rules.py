"""Safety and completeness rules of the clinical record: what blocks signing, what to warn about.

Pure functions over the model. Whether a trigger point puts the lung at risk is atlas knowledge:
callers pass a predicate on the point (the atlas's thorax-risk region by location, see
``bodymap.anatomy.thorax``) or, in tests, a set of muscle/site ids. The checks no override can
unblock live in ``bodymap.model.safety``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set

from bodymap.model import safety
from bodymap.model.catalog_lists import (
    SCREENING_ITEMS,
    ContraindicationClass,
    ScreeningDecision,
    ScreeningItemInfo,
)
from bodymap.model.chart import TriggerPoint, VisitChart
from bodymap.model.enums import Side
from bodymap.model.record import VisitRecord
from bodymap.model.screening import Screening

#: Thorax-risk knowledge: a predicate on a trigger point, or a set of muscle or site ids.
ThoraxRisk = Set[str] | Callable[[TriggerPoint], bool]


def absolute_items() -> tuple[ScreeningItemInfo, ...]:
    """Checklist items treated as absolute contraindications."""
    return tuple(i for i in SCREENING_ITEMS if i.klass is ContraindicationClass.ABSOLUTE)


def relative_items() -> tuple[ScreeningItemInfo, ...]:
    """Checklist items treated as relative contraindications or precautions."""
    return tuple(i for i in SCREENING_ITEMS if i.klass is ContraindicationClass.RELATIVE)


def is_thorax_risk(point: TriggerPoint, thorax_risk: ThoraxRisk) -> bool:
    """True when needling ``point`` risks the lung (by location, or by muscle/site id)."""
    if callable(thorax_risk):
        return thorax_risk(point)
    ids = [point.muscle] + ([point.site] if point.site else [])
    return any(i in thorax_risk for i in ids)


def describe_point(point: TriggerPoint) -> str:
    """Short name of a trigger point for messages, e.g. "#2 upper trapezius (right)"."""
    return f"#{point.number} {point.muscle.replace('_', ' ')} ({point.side.value})"


def needling_block_reason(screening: Screening | None) -> str | None:
    """Why a needling entry may not be added now, or None when it may.

    A hard stop (consent refused or impossible, a medical emergency, lymphoedema in the area)
    blocks needling whatever is written. Another absolute contraindication marked present, or a
    "do not needle" decision, blocks it until a written override reason is recorded.
    """
    hard = safety.hard_stop_reason(screening)
    if hard or screening is None or screening.has_override:
        return hard
    absolute = safety.overridable_absolutes(screening)
    if absolute:
        names = "; ".join(a.info.label for a in absolute)
        return f"Absolute contraindication present ({names}): record an override reason first."
    if screening.decision is ScreeningDecision.DO_NOT_NEEDLE:
        return "The screening decision is 'do not needle': record an override reason first."
    return None


def _screening_blockers(screening: Screening | None, needled: bool) -> list[str]:
    if screening is None:
        return ["Screening is not recorded, but needling is."] if needled else []
    reasons: list[str] = []
    if needled:
        hard = safety.hard_stop_reason(screening)
        if hard:
            reasons.append(f"{hard} Remove the needling entries: the visit cannot include them.")
        if screening.unknown_count:
            reasons.append(
                f"{screening.unknown_count} screening item(s) are still 'unknown': answer every "
                "item present or absent before needling is signed."
            )
        if screening.decision is None:
            reasons.append("The screening decision (proceed, modify, ...) is not recorded.")
    if needled and not screening.has_override:
        for answer in safety.overridable_absolutes(screening):
            reasons.append(
                f"Absolute contraindication '{answer.info.label}' is present and needling is "
                "recorded without an override reason."
            )
        if screening.decision is ScreeningDecision.DO_NOT_NEEDLE:
            reasons.append(
                "The screening decision is 'do not needle' but needling is recorded without an "
                "override reason."
            )
    relative = screening.present(ContraindicationClass.RELATIVE)
    if relative and not screening.has_decision_note:
        names = "; ".join(a.info.label for a in relative)
        reasons.append(f"Relative contraindication present ({names}) without a decision note.")
    return reasons + safety.medication_precautions(screening)


def _needling_blockers(
    record_of_visit: VisitRecord, points: dict[int, TriggerPoint], thorax_risk: ThoraxRisk
) -> list[str]:
    reasons: list[str] = []
    for record in record_of_visit.needling:
        point = points.get(record.trigger_point_id)
        name = describe_point(point) if point else f"trigger point {record.trigger_point_id}"
        if point is None:
            reasons.append(f"A needling record refers to {name}, which is no longer charted.")
        if not record.counts_match:
            reasons.append(
                f"Needle count at {name} does not match: {record.needles_in} in, "
                f"{record.needles_out} out."
            )
        count_problem = safety.needle_count_problem(record)
        if count_problem is not None:
            reasons.append(f"Needle count at {name}: {count_problem}.")
        electrical = safety.electrical_block_reason(record_of_visit.screening, record.technique)
        if electrical:
            reasons.append(f"{name}: {electrical}")
        if point and is_thorax_risk(point, thorax_risk) and not record.aftercare_pneumothorax:
            reasons.append(
                f"{name} is over the thorax: record that pneumothorax warning signs were explained."
            )
    return reasons


def _consent_blockers(record: VisitRecord, chart: VisitChart, thorax: bool) -> list[str]:
    consent = record.consent
    if consent is None:
        return ["Consent to dry needling is not recorded."]
    reasons: list[str] = []
    earlier = consent.obtained_at.date() < chart.visit.started_at.date()
    if earlier and not consent.reconfirmed_this_visit:
        reasons.append("Consent was obtained at an earlier visit and is not marked as reconfirmed.")
    if not consent.risks_discussed:
        reasons.append(
            f"The {consent.form.value} consent records no risks discussed: tick the risks "
            "explained to the patient."
        )
    if thorax and "pneumothorax" not in consent.risks_discussed:
        reasons.append(
            "Points over the thorax are needled, but pneumothorax is not among the risks the "
            "patient consented to."
        )
    return reasons


def _thorax_blockers(record: VisitRecord, chart: VisitChart, thorax_risk: ThoraxRisk) -> list[str]:
    warning = bilateral_thorax_warning(thorax_sides(record, chart, thorax_risk))
    if warning is None or record.bilateral_thorax is not None:
        return []
    return [
        "Points over the thorax are needled on both sides: record the clinical reason "
        "(bilateral thorax acknowledgement) or remove one side."
    ]


def _event_blockers(record: VisitRecord) -> list[str]:
    reasons: list[str] = []
    for event in record.adverse_events:
        problem = safety.severity_problem(event)
        if problem is not None:
            reasons.append(f"Adverse event: {problem}.")
    if not record.adverse_events and not record.no_adverse_events:
        reasons.append("Adverse events: record any, or state explicitly that there were none.")
    return reasons


def sign_blockers(
    record: VisitRecord, chart: VisitChart, thorax_risk: ThoraxRisk = frozenset()
) -> list[str]:
    """List, in plain words, everything that stops the visit from being signed.

    An empty list means the visit may be signed. Consent and screening are required when
    needling is recorded (a visit without needling needs neither); adverse events always need
    an entry or the explicit "no adverse events".
    """
    needled = bool(record.needling)
    points = {tp.id: tp for tp in chart.trigger_points if tp.id is not None}
    reasons = _needling_blockers(record, points, thorax_risk)
    reasons += _screening_blockers(record.screening, needled)
    if needled:
        thorax = bool(thorax_sides(record, chart, thorax_risk))
        reasons += _consent_blockers(record, chart, thorax)
        reasons += _thorax_blockers(record, chart, thorax_risk)
    return reasons + _event_blockers(record)


def thorax_sides(
    record: VisitRecord, chart: VisitChart, thorax_risk: ThoraxRisk
) -> list[TriggerPoint]:
    """Every needled trigger point of the visit that lies over the thorax."""
    points = {tp.id: tp for tp in chart.trigger_points if tp.id is not None}
    needled = (points.get(r.trigger_point_id) for r in record.needling)
    return [p for p in needled if p is not None and is_thorax_risk(p, thorax_risk)]


def bilateral_thorax_warning(needled: Iterable[TriggerPoint]) -> str | None:
    """Warn when thorax-risk points are needled on both the left and right in one visit.

    Args:
        needled: the needled points over the thorax, including the one about to be added.

    Returns:
        The warning text, or None when there is nothing to warn about.
    """
    by_side: dict[Side, set[str]] = {Side.LEFT: set(), Side.RIGHT: set()}
    for point in needled:
        if point.side in by_side:
            by_side[point.side].add(point.muscle.replace("_", " "))
    if not (by_side[Side.LEFT] and by_side[Side.RIGHT]):
        return None
    left = ", ".join(sorted(by_side[Side.LEFT]))
    right = ", ".join(sorted(by_side[Side.RIGHT]))
    return (
        "Points over the thorax would be needled on both sides in one visit "
        f"(left: {left}; right: {right}). Guidance advises against this because of the risk of "
        "a pneumothorax on both sides. Go ahead only if it is clinically justified, and record "
        "why."
    )

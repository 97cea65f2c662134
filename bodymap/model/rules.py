"""Safety and completeness rules of the clinical record: what blocks signing, what to warn about.

Pure functions over the model. Which muscles put the lung at risk is atlas knowledge
(``TriggerSite.thorax_risk``), so callers pass it in as a set of muscle/site ids or a predicate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set

from bodymap.model.catalog_lists import (
    SCREENING_ITEMS,
    ContraindicationClass,
    ScreeningDecision,
    ScreeningItemInfo,
)
from bodymap.model.chart import TriggerPoint, VisitChart
from bodymap.model.enums import Side
from bodymap.model.record import NeedlingRecord, VisitRecord
from bodymap.model.screening import Screening

#: Thorax-risk knowledge: a set of muscle or site ids, or a predicate on such an id.
ThoraxRisk = Set[str] | Callable[[str], bool]


def absolute_items() -> tuple[ScreeningItemInfo, ...]:
    """Checklist items treated as absolute contraindications."""
    return tuple(i for i in SCREENING_ITEMS if i.klass is ContraindicationClass.ABSOLUTE)


def relative_items() -> tuple[ScreeningItemInfo, ...]:
    """Checklist items treated as relative contraindications or precautions."""
    return tuple(i for i in SCREENING_ITEMS if i.klass is ContraindicationClass.RELATIVE)


def is_thorax_risk(point: TriggerPoint, thorax_risk: ThoraxRisk) -> bool:
    """True when needling ``point`` (by its muscle or catalogue site) risks the lung."""
    ids = [point.muscle] + ([point.site] if point.site else [])
    if callable(thorax_risk):
        return any(thorax_risk(i) for i in ids)
    return any(i in thorax_risk for i in ids)


def describe_point(point: TriggerPoint) -> str:
    """Short name of a trigger point for messages, e.g. "#2 upper trapezius (right)"."""
    return f"#{point.number} {point.muscle.replace('_', ' ')} ({point.side.value})"


def needling_block_reason(screening: Screening | None) -> str | None:
    """Why a needling entry may not be added now, or None when it may.

    An absolute contraindication marked present, or a "do not needle" decision, blocks needling
    until a written override reason is recorded.
    """
    if screening is None or screening.has_override:
        return None
    absolute = screening.present(ContraindicationClass.ABSOLUTE)
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
    if needled and screening.decision is None:
        reasons.append("The screening decision (proceed, modify, ...) is not recorded.")
    if needled and not screening.has_override:
        for answer in screening.present(ContraindicationClass.ABSOLUTE):
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
    return reasons


def _needling_blockers(
    needling: Iterable[NeedlingRecord], points: dict[int, TriggerPoint], thorax_risk: ThoraxRisk
) -> list[str]:
    reasons: list[str] = []
    for record in needling:
        point = points.get(record.trigger_point_id)
        name = describe_point(point) if point else f"trigger point {record.trigger_point_id}"
        if point is None:
            reasons.append(f"A needling record refers to {name}, which is no longer charted.")
        if not record.counts_match:
            reasons.append(
                f"Needle count at {name} does not match: {record.needles_in} in, "
                f"{record.needles_out} out."
            )
        if point and is_thorax_risk(point, thorax_risk) and not record.aftercare_pneumothorax:
            reasons.append(
                f"{name} is over the thorax: record that pneumothorax warning signs were explained."
            )
    return reasons


def _consent_blockers(record: VisitRecord, chart: VisitChart) -> list[str]:
    consent = record.consent
    if consent is None:
        return ["Consent to dry needling is not recorded."]
    earlier = consent.obtained_at.date() < chart.visit.started_at.date()
    if earlier and not consent.reconfirmed_this_visit:
        return ["Consent was obtained at an earlier visit and is not marked as reconfirmed."]
    return []


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
    reasons = _needling_blockers(record.needling, points, thorax_risk)
    reasons += _screening_blockers(record.screening, needled)
    if needled:
        reasons += _consent_blockers(record, chart)
    if not record.adverse_events and not record.no_adverse_events:
        reasons.append("Adverse events: record any, or state explicitly that there were none.")
    return reasons


def thorax_sides(
    record: VisitRecord, chart: VisitChart, thorax_risk: ThoraxRisk
) -> list[tuple[str, Side]]:
    """The (muscle id, side) of every needled thorax-risk trigger point of the visit."""
    points = {tp.id: tp for tp in chart.trigger_points if tp.id is not None}
    needled = (points.get(r.trigger_point_id) for r in record.needling)
    return [(p.muscle, p.side) for p in needled if p is not None and is_thorax_risk(p, thorax_risk)]


def bilateral_thorax_warning(
    needled: Iterable[tuple[str, Side]], thorax_risk: ThoraxRisk
) -> str | None:
    """Warn when thorax-risk muscles are needled on both the left and right in one visit.

    Args:
        needled: (muscle or site id, patient's side) of each needled point, including the one
            about to be added.
        thorax_risk: thorax-risk muscle/site ids or a predicate.

    Returns:
        The warning text, or None when there is nothing to warn about.
    """
    check = thorax_risk if callable(thorax_risk) else thorax_risk.__contains__
    by_side: dict[Side, set[str]] = {Side.LEFT: set(), Side.RIGHT: set()}
    for muscle, side in needled:
        if side in by_side and check(muscle):
            by_side[side].add(muscle.replace("_", " "))
    if not (by_side[Side.LEFT] and by_side[Side.RIGHT]):
        return None
    left = ", ".join(sorted(by_side[Side.LEFT]))
    right = ", ".join(sorted(by_side[Side.RIGHT]))
    return (
        "Thorax-risk muscles would be needled on both sides in one visit "
        f"(left: {left}; right: {right}). Guidance advises against this because of the risk of "
        "a pneumothorax on both sides. Confirm only if it is clinically justified."
    )

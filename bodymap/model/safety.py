"""Safety checks of the clinical record that no written reason can talk around.

Pure functions over the model, shared by the sign rules (``rules.sign_blockers``), the storage
layer (which refuses such writes) and the forms (which show the reason before a save is tried):

- hard stops on the screening checklist (consent refused or impossible, a medical emergency,
  lymphoedema where the needle would go) are never overridable;
- a medication group puts its precaution in force (anticoagulant: bleeding risk; immuno-
  suppressant: infection risk), so its checklist item must be present with a decision note;
- electrical stimulation is never given to a patient with a pacemaker or implanted stimulator;
- needle counts must fit the insertions; adverse-event severity must fit the event type.
"""

from __future__ import annotations

from bodymap.model.catalog_lists import (
    ADVERSE_EVENT_TYPES_BY_ID,
    MEDICATION_LABELS,
    MEDICATION_PRECAUTIONS,
    SCREENING_ITEMS_BY_ID,
    AdverseEventSeverity,
    ContraindicationClass,
    ScreeningStatus,
    Technique,
)
from bodymap.model.errors import ValidationError
from bodymap.model.needling import NeedlingRecord
from bodymap.model.record import AdverseEvent
from bodymap.model.screening import Screening, ScreeningAnswer

#: The checklist item that forbids electrical stimulation through the needle.
ELECTRONIC_IMPLANT = "electronic_implant"

_SEVERITY_ORDER = (
    AdverseEventSeverity.MILD,
    AdverseEventSeverity.SIGNIFICANT,
    AdverseEventSeverity.SERIOUS,
)


def hard_stops(screening: Screening | None) -> tuple[ScreeningAnswer, ...]:
    """Hard-stop items marked present: needling may not go ahead, whatever is written."""
    if screening is None:
        return ()
    return tuple(a for a in screening.present() if a.info.hard_stop)


def hard_stop_reason(screening: Screening | None) -> str | None:
    """Why needling is impossible today (a hard stop is present), or None."""
    stops = hard_stops(screening)
    if not stops:
        return None
    names = "; ".join(a.info.label for a in stops)
    return f"Hard stop present ({names}): needling cannot go ahead today; no override applies."


def overridable_absolutes(screening: Screening) -> tuple[ScreeningAnswer, ...]:
    """Absolute items present that a written clinical reason may override."""
    return tuple(
        a for a in screening.present(ContraindicationClass.ABSOLUTE) if not a.info.hard_stop
    )


def medication_precautions(screening: Screening) -> list[str]:
    """What the ticked medication groups require of the checklist, in plain words.

    A group's checklist item must be marked present and carry a note saying how the risk was
    handled (e.g. anticoagulant: INR, site choice, pressure after withdrawal).
    """
    problems: list[str] = []
    reported: set[str] = set()
    for medication in screening.medications.classes:
        precaution = MEDICATION_PRECAUTIONS.get(medication)
        if precaution is None:
            continue
        item_id, risk = precaution
        answer = screening.answer(item_id)
        label = SCREENING_ITEMS_BY_ID[item_id].label
        drug = MEDICATION_LABELS[medication]
        if answer.status is not ScreeningStatus.PRESENT:
            problems.append(
                f"{drug} is ticked under Medications: mark '{label}' present and note how the "
                f"{risk} was handled."
            )
        elif not answer.note.strip() and item_id not in reported:
            problems.append(
                f"{drug} is ticked under Medications: write the {risk} decision in the note "
                f"of '{label}'."
            )
        reported.add(item_id)
    return problems


def has_electronic_implant(screening: Screening | None) -> bool:
    """True when the screening records a pacemaker, defibrillator or implanted stimulator."""
    return screening is not None and screening.answer(ELECTRONIC_IMPLANT).is_present


def electrical_block_reason(screening: Screening | None, technique: Technique) -> str | None:
    """Why this technique may not be used on this patient, or None."""
    if technique is Technique.ELECTRICAL and has_electronic_implant(screening):
        label = SCREENING_ITEMS_BY_ID[ELECTRONIC_IMPLANT].label
        return (
            f"Electrical stimulation is not allowed: screening records '{label}'. "
            "Choose another technique."
        )
    return None


def needle_count_problem(record: NeedlingRecord) -> ValidationError | None:
    """A needle count that cannot be true for the insertions recorded, or None.

    Every insertion needs a needle (at least one goes in) and a needle goes in at least once
    (no more needles than insertions). In and out may differ while the visit is a draft; that
    blocks signing separately.
    """
    if record.needles_in < 1:
        return ValidationError(
            "needles_in",
            f"must be at least 1 when {record.insertions} insertion(s) are recorded",
        )
    if record.needles_in > record.insertions:
        return ValidationError(
            "needles_in",
            f"must be from 1 to {record.insertions} (the insertions recorded), "
            f"got {record.needles_in}",
        )
    if record.needles_out > record.needles_in:
        return ValidationError(
            "needles_out",
            f"must be from 0 to {record.needles_in} (the needles put in), got {record.needles_out}",
        )
    return None


def allowed_severities(event_type: str) -> tuple[AdverseEventSeverity, ...]:
    """The White et al. classes an event of this type can have, mildest first."""
    kind = ADVERSE_EVENT_TYPES_BY_ID[event_type]
    return _SEVERITY_ORDER[_SEVERITY_ORDER.index(kind.min_severity) :]


def severity_problem(event: AdverseEvent) -> ValidationError | None:
    """A severity below what the event type always is (a "mild" pneumothorax), or None."""
    allowed = allowed_severities(event.event_type)
    if event.severity in allowed:
        return None
    names = " or ".join(s.value for s in allowed)
    return ValidationError(
        "severity", f"a {event.label.lower()} is {names}, never {event.severity.value}"
    )

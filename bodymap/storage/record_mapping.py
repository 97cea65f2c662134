"""Conversions between the clinical-record rows and the record model, at the storage boundary."""

from __future__ import annotations

import json
from enum import Enum
from typing import Any

from bodymap.model.catalog_lists import MedicationClass
from bodymap.model.record import (
    Addendum,
    AdverseEvent,
    BilateralThoraxAcknowledgement,
    Consent,
    ElectricalParameters,
    Medications,
    NeedlingRecord,
    Plan,
    Screening,
    ScreeningAnswer,
)
from bodymap.storage.record_tables import (
    AddendumRow,
    AdverseEventRow,
    ConsentRow,
    NeedlingRow,
    PlanRow,
    ScreeningRow,
)
from bodymap.storage.safety_tables import BilateralThoraxRow

_CONSENT_FIELDS = (
    "form",
    "obtained_at",
    "obtained_by",
    "scope",
    "not_acupuncture_statement",
    "procedure_explained",
    "sensations_explained",
    "benefits_explained",
    "patient_specific_risks",
    "alternatives_offered",
    "right_to_withdraw",
    "questions_answered",
    "copy_given",
    "signed_form_on_file",
    "reconfirmed_this_visit",
)
_NEEDLING_FIELDS = (
    "trigger_point_id",
    "needle_diameter_mm",
    "needle_length_mm",
    "gauge_label",
    "technique",
    "insertions",
    "passes",
    "twitch_responses",
    "depth_mm",
    "direction",
    "retention_minutes",
    "patient_position",
    "tolerance_nprs",
    "familiar_pain_reproduced",
    "needles_in",
    "needles_out",
    "aftercare_soreness",
    "aftercare_driving",
    "aftercare_pneumothorax",
    "immediate_response",
)
_PLAN_FIELDS = (
    "stretching",
    "stretching_detail",
    "strengthening",
    "strengthening_detail",
    "manual_therapy",
    "manual_therapy_detail",
    "education",
    "education_detail",
    "home_exercise",
    "home_exercise_detail",
    "frequency",
    "next_visit",
    "referral",
    "notes",
)
_EVENT_FIELDS = ("event_type", "severity", "action_taken", "time_course", "notes")


def _plain(value: Any) -> Any:
    """Enum members become their stored string; everything else is stored as it is."""
    return value.value if isinstance(value, Enum) else value


def screening_values(s: Screening) -> dict[str, Any]:
    """Column values of a screening; the checklist answers as JSON text."""
    answers = [{"item": a.item_id, "status": a.status.value, "note": a.note} for a in s.answers]
    meds = {f"med_{m.value}": getattr(s.medications, m.value) for m in MedicationClass}
    return {
        "answers": json.dumps(answers, ensure_ascii=False),
        **meds,
        "medication_details": s.medications.details,
        "decision": s.decision.value if s.decision is not None else None,
        "decision_note": s.decision_note,
        "override_reason": s.override_reason,
        "checklist_version": s.checklist_version,
        "prefilled_from_visit_id": s.prefilled_from_visit_id,
    }


def screening_from_row(row: ScreeningRow) -> Screening:
    """Model screening from its row."""
    answers = tuple(
        ScreeningAnswer(item_id=a["item"], status=a["status"], note=a.get("note", ""))
        for a in json.loads(row.answers)
    )
    meds: dict[str, Any] = {m.value: getattr(row, f"med_{m.value}") for m in MedicationClass}
    return Screening(
        id=row.id,
        row_version=row.row_version,
        uuid=row.uuid,
        visit_id=row.visit_id,
        answers=answers,
        medications=Medications(details=row.medication_details, **meds),
        decision=row.decision,  # type: ignore[arg-type]  # coerced to the enum by the model
        decision_note=row.decision_note,
        override_reason=row.override_reason,
        checklist_version=row.checklist_version,
        prefilled_from_visit_id=row.prefilled_from_visit_id,
    )


def consent_values(c: Consent) -> dict[str, Any]:
    """Column values of a consent; the risks discussed as JSON text."""
    values = {name: _plain(getattr(c, name)) for name in _CONSENT_FIELDS}
    values["risks_discussed"] = json.dumps(list(c.risks_discussed))
    return values


def consent_from_row(row: ConsentRow) -> Consent:
    """Model consent from its row."""
    values: dict[str, Any] = {name: getattr(row, name) for name in _CONSENT_FIELDS}
    risks = tuple(json.loads(row.risks_discussed))
    return Consent(
        id=row.id,
        uuid=row.uuid,
        row_version=row.row_version,
        visit_id=row.visit_id,
        risks_discussed=risks,
        **values,
    )


def needling_values(n: NeedlingRecord) -> dict[str, Any]:
    """Column values of a needling record; electrical settings in their own columns."""
    values = {name: _plain(getattr(n, name)) for name in _NEEDLING_FIELDS}
    e = n.electrical
    values["frequency_hz"] = e.frequency_hz if e else None
    values["pulse_width_us"] = e.pulse_width_us if e else None
    values["intensity_ma"] = e.intensity_ma if e else None
    values["stimulation_minutes"] = e.minutes if e else None
    return values


def needling_from_row(row: NeedlingRow) -> NeedlingRecord:
    """Model needling record from its row."""
    values: dict[str, Any] = {name: getattr(row, name) for name in _NEEDLING_FIELDS}
    electrical = None
    if row.frequency_hz is not None:
        electrical = ElectricalParameters(
            frequency_hz=row.frequency_hz,
            pulse_width_us=row.pulse_width_us or 0.0,
            intensity_ma=row.intensity_ma or 0.0,
            minutes=row.stimulation_minutes or 0.0,
        )
    return NeedlingRecord(
        id=row.id,
        uuid=row.uuid,
        row_version=row.row_version,
        visit_id=row.visit_id,
        electrical=electrical,
        **values,
    )


def event_values(e: AdverseEvent) -> dict[str, Any]:
    """Column values of an adverse event."""
    return {name: _plain(getattr(e, name)) for name in _EVENT_FIELDS}


def event_from_row(row: AdverseEventRow) -> AdverseEvent:
    """Model adverse event from its row."""
    values: dict[str, Any] = {name: getattr(row, name) for name in _EVENT_FIELDS}
    return AdverseEvent(
        id=row.id, uuid=row.uuid, row_version=row.row_version, visit_id=row.visit_id, **values
    )


def plan_values(p: Plan) -> dict[str, Any]:
    """Column values of a plan."""
    return {name: getattr(p, name) for name in _PLAN_FIELDS}


def plan_from_row(row: PlanRow) -> Plan:
    """Model plan from its row."""
    values: dict[str, Any] = {name: getattr(row, name) for name in _PLAN_FIELDS}
    return Plan(
        id=row.id, uuid=row.uuid, row_version=row.row_version, visit_id=row.visit_id, **values
    )


def addendum_from_row(row: AddendumRow) -> Addendum:
    """Model addendum from its row."""
    return Addendum(
        id=row.id,
        uuid=row.uuid,
        visit_id=row.visit_id,
        author_id=row.author_id,
        created_at=row.created_at,
        text=row.text,
    )


def bilateral_from_row(row: BilateralThoraxRow) -> BilateralThoraxAcknowledgement:
    """Model bilateral-thorax acknowledgement from its row."""
    return BilateralThoraxAcknowledgement(
        id=row.id,
        uuid=row.uuid,
        visit_id=row.visit_id,
        reason=row.reason,
        acknowledged_by=row.acknowledged_by,
        acknowledged_at=row.acknowledged_at,
    )

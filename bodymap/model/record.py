"""The clinical record of a visit: screening, consent, needling, adverse events, plan, addenda.

This module is the one import point for the record model; screening and needling live in their
own modules and are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bodymap.model.catalog_lists import (
    ADVERSE_EVENT_TYPES_BY_ID,
    CONSENT_RISKS,
    CONSENT_RISKS_BY_ID,
    AdverseEventSeverity,
    ConsentForm,
    ConsentScope,
)
from bodymap.model.errors import ValidationError
from bodymap.model.needling import ElectricalParameters, NeedlingRecord
from bodymap.model.screening import Medications, Screening, ScreeningAnswer
from bodymap.model.validate import max_length, member, non_blank, uuid_text, whole_in_range

__all__ = [
    "Addendum",
    "AdverseEvent",
    "BilateralThoraxAcknowledgement",
    "Consent",
    "ElectricalParameters",
    "Medications",
    "NeedlingRecord",
    "Plan",
    "Screening",
    "ScreeningAnswer",
    "VisitRecord",
]

_TEXT_LIMIT = 5000
_CONSENT_FLAGS = (
    "not_acupuncture_statement",
    "procedure_explained",
    "sensations_explained",
    "benefits_explained",
    "alternatives_offered",
    "right_to_withdraw",
    "questions_answered",
    "copy_given",
    "signed_form_on_file",
    "reconfirmed_this_visit",
)


def _check_bools(names: tuple[str, ...], obj: object) -> None:
    for name in names:
        if not isinstance(getattr(obj, name), bool):
            raise ValidationError(name, "must be true or false")


@dataclass(frozen=True, slots=True, kw_only=True)
class Consent:
    """Informed consent to dry needling as recorded for one visit (domain.md section 1.2).

    ``risks_discussed`` holds ids of ``catalog_lists.CONSENT_RISKS``; ``obtained_by`` is the
    clinician id of whoever obtained it.
    """

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    visit_id: int | None = None
    form: ConsentForm
    obtained_at: datetime
    obtained_by: int | None = None
    scope: ConsentScope = ConsentScope.COURSE
    not_acupuncture_statement: bool = False
    procedure_explained: bool = False
    sensations_explained: bool = False
    benefits_explained: bool = False
    risks_discussed: tuple[str, ...] = ()
    patient_specific_risks: str = ""
    alternatives_offered: bool = False
    right_to_withdraw: bool = False
    questions_answered: bool = False
    copy_given: bool = False
    signed_form_on_file: bool = False
    reconfirmed_this_visit: bool = False

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        object.__setattr__(self, "form", member("form", ConsentForm, self.form))
        object.__setattr__(self, "scope", member("scope", ConsentScope, self.scope))
        if not isinstance(self.obtained_at, datetime):
            raise ValidationError("obtained_at", "must be a date and time")
        if self.obtained_by is not None:
            whole_in_range("obtained_by", self.obtained_by, 1, 2**62)
        _check_bools(_CONSENT_FLAGS, self)
        risks = set(self.risks_discussed)
        unknown = sorted(risks - CONSENT_RISKS_BY_ID.keys())
        if unknown:
            raise ValidationError("risks_discussed", f"unknown risk {unknown[0]!r}")
        # Keep checklist order so equal sets compare and store identically.
        object.__setattr__(
            self, "risks_discussed", tuple(r.id for r in CONSENT_RISKS if r.id in risks)
        )
        max_length("patient_specific_risks", self.patient_specific_risks, _TEXT_LIMIT)


@dataclass(frozen=True, slots=True, kw_only=True)
class AdverseEvent:
    """An adverse event of a visit; severity follows White et al. (mild/significant/serious).

    ``event_type`` is an id of ``catalog_lists.ADVERSE_EVENT_TYPES``; "other" kinds need notes.
    """

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    visit_id: int | None = None
    event_type: str
    severity: AdverseEventSeverity = AdverseEventSeverity.MILD
    action_taken: str = ""
    time_course: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        if self.event_type not in ADVERSE_EVENT_TYPES_BY_ID:
            allowed = ", ".join(ADVERSE_EVENT_TYPES_BY_ID)
            raise ValidationError(
                "event_type", f"must be one of {allowed}; got {self.event_type!r}"
            )
        severity = member("severity", AdverseEventSeverity, self.severity)
        object.__setattr__(self, "severity", severity)
        max_length("action_taken", self.action_taken, _TEXT_LIMIT)
        max_length("time_course", self.time_course, 1000)
        max_length("notes", self.notes, _TEXT_LIMIT)
        if self.event_type.startswith("other") and not self.notes.strip():
            raise ValidationError("notes", "describe the event when its type is 'other'")

    @property
    def label(self) -> str:
        """The event type as shown to a clinician."""
        return ADVERSE_EVENT_TYPES_BY_ID[self.event_type].label


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """The plan of care decided at a visit (domain.md section 1.9)."""

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    visit_id: int | None = None
    stretching: bool = False
    stretching_detail: str = ""
    strengthening: bool = False
    strengthening_detail: str = ""
    manual_therapy: bool = False
    manual_therapy_detail: str = ""
    education: bool = False
    education_detail: str = ""
    home_exercise: bool = False
    home_exercise_detail: str = ""
    frequency: str = ""
    next_visit: date | None = None
    referral: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        items = ("stretching", "strengthening", "manual_therapy", "education", "home_exercise")
        _check_bools(items, self)
        for name in items:
            max_length(f"{name}_detail", getattr(self, f"{name}_detail"), 2000)
        max_length("frequency", self.frequency, 500)
        max_length("referral", self.referral, 2000)
        max_length("notes", self.notes, 20_000)
        if self.next_visit is not None and (
            isinstance(self.next_visit, datetime) or not isinstance(self.next_visit, date)
        ):
            raise ValidationError("next_visit", "must be a date")


@dataclass(frozen=True, slots=True, kw_only=True)
class Addendum:
    """A correction or later note added to a visit, with its own author and time."""

    id: int | None = None
    uuid: str | None = None
    visit_id: int | None = None
    author_id: int
    created_at: datetime
    text: str

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        whole_in_range("author_id", self.author_id, 1, 2**62)
        if not isinstance(self.created_at, datetime):
            raise ValidationError("created_at", "must be a date and time")
        non_blank("text", self.text, 20_000)


@dataclass(frozen=True, slots=True, kw_only=True)
class BilateralThoraxAcknowledgement:
    """The clinician's recorded reason for needling over both sides of the thorax in one visit.

    Guidance advises against it (a pneumothorax on both sides at once); when it is clinically
    justified the reason is kept with the visit, audited and printed in the note.
    """

    id: int | None = None
    uuid: str | None = None
    visit_id: int | None = None
    reason: str
    acknowledged_by: int | None = None
    acknowledged_at: datetime

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        non_blank("reason", self.reason, _TEXT_LIMIT)
        if self.acknowledged_by is not None:
            whole_in_range("acknowledged_by", self.acknowledged_by, 1, 2**62)
        if not isinstance(self.acknowledged_at, datetime):
            raise ValidationError("acknowledged_at", "must be a date and time")


@dataclass(frozen=True, slots=True, kw_only=True)
class VisitRecord:
    """Everything of the clinical record of one visit, as loaded from storage in one read.

    ``no_adverse_events`` is the explicit "none" statement; it cannot coexist with events.
    """

    visit_id: int
    screening: Screening | None = None
    consent: Consent | None = None
    needling: tuple[NeedlingRecord, ...] = ()
    adverse_events: tuple[AdverseEvent, ...] = ()
    no_adverse_events: bool = False
    plan: Plan | None = None
    addenda: tuple[Addendum, ...] = field(default=())
    bilateral_thorax: BilateralThoraxAcknowledgement | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "needling", tuple(self.needling))
        object.__setattr__(self, "adverse_events", tuple(self.adverse_events))
        object.__setattr__(self, "addenda", tuple(self.addenda))
        if self.no_adverse_events and self.adverse_events:
            raise ValidationError(
                "no_adverse_events", "cannot say 'no adverse events' while events are recorded"
            )

    @property
    def needling_for(self) -> dict[int, tuple[NeedlingRecord, ...]]:
        """Needling records grouped by trigger point id."""
        grouped: dict[int, list[NeedlingRecord]] = {}
        for record in self.needling:
            grouped.setdefault(record.trigger_point_id, []).append(record)
        return {tp: tuple(records) for tp, records in grouped.items()}

"""Tables of the clinical record: screening, consent, needling, adverse events, plan, addenda.

Every row carries ``visit_id``, so the storage's signed-visit guard and audit log cover these
tables automatically (see ``guard.py``); addenda are the one kind allowed on signed visits.
Checklists are JSON text so the schema stays portable between SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, Integer, String, event
from sqlalchemy.orm import Mapped, mapped_column

from bodymap.errors import BodyMapError
from bodymap.storage.tables import Base, Versioned, uuid_column

_VISIT_FK = "visits.id"
_CLINICIAN_FK = "clinicians.id"


class ScreeningRow(Versioned, Base):
    """A visit's screening (table ``screenings``), one per visit."""

    __tablename__ = "screenings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    visit_id: Mapped[int] = mapped_column(
        ForeignKey(_VISIT_FK, ondelete="RESTRICT"), nullable=False, unique=True
    )
    answers: Mapped[str] = mapped_column(nullable=False, default="[]", info={"json": True})
    med_anticoagulant: Mapped[bool] = mapped_column(nullable=False, default=False)
    med_antiplatelet: Mapped[bool] = mapped_column(nullable=False, default=False)
    med_immunosuppressant: Mapped[bool] = mapped_column(nullable=False, default=False)
    med_corticosteroid: Mapped[bool] = mapped_column(nullable=False, default=False)
    med_other: Mapped[bool] = mapped_column(nullable=False, default=False)
    medication_details: Mapped[str] = mapped_column(nullable=False, default="")
    decision: Mapped[str | None] = mapped_column(String(32), nullable=True)
    decision_note: Mapped[str] = mapped_column(nullable=False, default="")
    override_reason: Mapped[str] = mapped_column(nullable=False, default="")
    checklist_version: Mapped[str] = mapped_column(String(32), nullable=False)
    prefilled_from_visit_id: Mapped[int | None] = mapped_column(
        ForeignKey(_VISIT_FK, ondelete="SET NULL"), nullable=True
    )


class ConsentRow(Versioned, Base):
    """Consent as recorded for a visit (table ``consents``), one per visit."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    visit_id: Mapped[int] = mapped_column(
        ForeignKey(_VISIT_FK, ondelete="RESTRICT"), nullable=False, unique=True
    )
    form: Mapped[str] = mapped_column(String(16), nullable=False)
    obtained_at: Mapped[datetime] = mapped_column(nullable=False)
    obtained_by: Mapped[int | None] = mapped_column(
        ForeignKey(_CLINICIAN_FK, ondelete="RESTRICT"), nullable=True
    )
    scope: Mapped[str] = mapped_column(String(32), nullable=False)
    not_acupuncture_statement: Mapped[bool] = mapped_column(nullable=False, default=False)
    procedure_explained: Mapped[bool] = mapped_column(nullable=False, default=False)
    sensations_explained: Mapped[bool] = mapped_column(nullable=False, default=False)
    benefits_explained: Mapped[bool] = mapped_column(nullable=False, default=False)
    risks_discussed: Mapped[str] = mapped_column(nullable=False, default="[]", info={"json": True})
    patient_specific_risks: Mapped[str] = mapped_column(nullable=False, default="")
    alternatives_offered: Mapped[bool] = mapped_column(nullable=False, default=False)
    right_to_withdraw: Mapped[bool] = mapped_column(nullable=False, default=False)
    questions_answered: Mapped[bool] = mapped_column(nullable=False, default=False)
    copy_given: Mapped[bool] = mapped_column(nullable=False, default=False)
    signed_form_on_file: Mapped[bool] = mapped_column(nullable=False, default=False)
    reconfirmed_this_visit: Mapped[bool] = mapped_column(nullable=False, default=False)


class NeedlingRow(Versioned, Base):
    """The needling of one trigger point (table ``needling_records``); soft-deleted."""

    __tablename__ = "needling_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    visit_id: Mapped[int] = mapped_column(
        ForeignKey(_VISIT_FK, ondelete="RESTRICT"), nullable=False, index=True
    )
    trigger_point_id: Mapped[int] = mapped_column(
        ForeignKey("trigger_points.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    needle_diameter_mm: Mapped[float] = mapped_column(nullable=False)
    needle_length_mm: Mapped[float] = mapped_column(nullable=False)
    gauge_label: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    technique: Mapped[str] = mapped_column(String(32), nullable=False)
    frequency_hz: Mapped[float | None] = mapped_column(nullable=True)
    pulse_width_us: Mapped[float | None] = mapped_column(nullable=True)
    intensity_ma: Mapped[float | None] = mapped_column(nullable=True)
    stimulation_minutes: Mapped[float | None] = mapped_column(nullable=True)
    insertions: Mapped[int] = mapped_column(Integer, nullable=False)
    passes: Mapped[int] = mapped_column(Integer, nullable=False)
    twitch_responses: Mapped[int] = mapped_column(Integer, nullable=False)
    depth_mm: Mapped[float | None] = mapped_column(nullable=True)
    direction: Mapped[str] = mapped_column(nullable=False, default="")
    retention_minutes: Mapped[float | None] = mapped_column(nullable=True)
    patient_position: Mapped[str] = mapped_column(String(32), nullable=False)
    tolerance_nprs: Mapped[int | None] = mapped_column(Integer, nullable=True)
    familiar_pain_reproduced: Mapped[bool] = mapped_column(nullable=False, default=False)
    needles_in: Mapped[int] = mapped_column(Integer, nullable=False)
    needles_out: Mapped[int] = mapped_column(Integer, nullable=False)
    aftercare_soreness: Mapped[bool] = mapped_column(nullable=False, default=False)
    aftercare_driving: Mapped[bool] = mapped_column(nullable=False, default=False)
    aftercare_pneumothorax: Mapped[bool] = mapped_column(nullable=False, default=False)
    immediate_response: Mapped[str] = mapped_column(nullable=False, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(nullable=True)


class AdverseEventRow(Versioned, Base):
    """An adverse event of a visit (table ``adverse_events``); soft-deleted."""

    __tablename__ = "adverse_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    visit_id: Mapped[int] = mapped_column(
        ForeignKey(_VISIT_FK, ondelete="RESTRICT"), nullable=False, index=True
    )
    event_type: Mapped[str] = mapped_column(String(64), nullable=False)
    severity: Mapped[str] = mapped_column(String(16), nullable=False)
    action_taken: Mapped[str] = mapped_column(nullable=False, default="")
    time_course: Mapped[str] = mapped_column(nullable=False, default="")
    notes: Mapped[str] = mapped_column(nullable=False, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(nullable=True)


class RecordFlagsRow(Versioned, Base):
    """Per-visit statements of the record (table ``record_flags``): "no adverse events"."""

    __tablename__ = "record_flags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey(_VISIT_FK, ondelete="RESTRICT"), nullable=False, unique=True
    )
    no_adverse_events: Mapped[bool] = mapped_column(nullable=False, default=False)


class PlanRow(Versioned, Base):
    """The plan of care of a visit (table ``plans``), one per visit."""

    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    visit_id: Mapped[int] = mapped_column(
        ForeignKey(_VISIT_FK, ondelete="RESTRICT"), nullable=False, unique=True
    )
    stretching: Mapped[bool] = mapped_column(nullable=False, default=False)
    stretching_detail: Mapped[str] = mapped_column(nullable=False, default="")
    strengthening: Mapped[bool] = mapped_column(nullable=False, default=False)
    strengthening_detail: Mapped[str] = mapped_column(nullable=False, default="")
    manual_therapy: Mapped[bool] = mapped_column(nullable=False, default=False)
    manual_therapy_detail: Mapped[str] = mapped_column(nullable=False, default="")
    education: Mapped[bool] = mapped_column(nullable=False, default=False)
    education_detail: Mapped[str] = mapped_column(nullable=False, default="")
    home_exercise: Mapped[bool] = mapped_column(nullable=False, default=False)
    home_exercise_detail: Mapped[str] = mapped_column(nullable=False, default="")
    frequency: Mapped[str] = mapped_column(nullable=False, default="")
    next_visit: Mapped[date | None] = mapped_column(nullable=True)
    referral: Mapped[str] = mapped_column(nullable=False, default="")
    notes: Mapped[str] = mapped_column(nullable=False, default="")


class AddendumRow(Base):
    """A correction added to a visit (table ``addenda``); the only write a signed visit takes."""

    __tablename__ = "addenda"
    #: Read by the signed-visit guard: addenda may be added to signed visits.
    signed_visit_writable: ClassVar[bool] = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    visit_id: Mapped[int] = mapped_column(
        ForeignKey(_VISIT_FK, ondelete="RESTRICT"), nullable=False, index=True
    )
    author_id: Mapped[int] = mapped_column(
        ForeignKey(_CLINICIAN_FK, ondelete="RESTRICT"), nullable=False
    )
    created_at: Mapped[datetime] = mapped_column(nullable=False)
    text: Mapped[str] = mapped_column(nullable=False)
    #: SHA-256 chained to the visit's signature hash (see bodymap.model.integrity).
    content_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


RECORD_ROWS: tuple[type[Base], ...] = (
    ScreeningRow,
    ConsentRow,
    NeedlingRow,
    AdverseEventRow,
    RecordFlagsRow,
    PlanRow,
    AddendumRow,
)


def _refuse_addendum_change(_mapper: object, _connection: object, target: AddendumRow) -> None:
    raise BodyMapError(
        f"addendum {target.id} of visit {target.visit_id} cannot be changed or removed; "
        "add another addendum instead"
    )


# Addenda are write-once: the guard lets them onto signed visits, so they must never change.
event.listen(AddendumRow, "before_update", _refuse_addendum_change)
event.listen(AddendumRow, "before_delete", _refuse_addendum_change)

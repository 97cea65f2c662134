"""Reading a visit's clinical record inside an open session, and the sign check built on it.

Kept apart from the repositories so the check runs inside the signing transaction of
``RecordRepository.sign_visit``, the one way to sign (the session guard refuses any other).
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bodymap.errors import BodyMapError, NotFoundError
from bodymap.model import VisitChart
from bodymap.model.record import VisitRecord
from bodymap.model.rules import ThoraxRisk, sign_blockers
from bodymap.storage import mapping, record_mapping
from bodymap.storage.record_tables import (
    AddendumRow,
    AdverseEventRow,
    ConsentRow,
    NeedlingRow,
    PlanRow,
    RecordFlagsRow,
    ScreeningRow,
)
from bodymap.storage.safety_tables import BilateralThoraxRow
from bodymap.storage.tables import PatientRow, TriggerPointRow, VisitRow

OneRowT = TypeVar("OneRowT", ScreeningRow, ConsentRow, PlanRow, RecordFlagsRow, BilateralThoraxRow)
ListRowT = TypeVar("ListRowT", NeedlingRow, AdverseEventRow)


class SignBlockedError(BodyMapError):
    """A visit cannot be signed yet; ``reasons`` lists what is missing, in plain words."""

    def __init__(self, visit_id: int, reasons: list[str]) -> None:
        super().__init__(f"visit {visit_id} cannot be signed yet: " + " ".join(reasons))
        self.visit_id = visit_id
        self.reasons = reasons


def one_row(session: Session, cls: type[OneRowT], visit_id: int) -> OneRowT | None:
    """The visit's row of a one-per-visit table, or None."""
    return session.scalars(select(cls).where(cls.visit_id == visit_id)).first()


def live_rows(session: Session, cls: type[ListRowT], visit_id: int) -> list[ListRowT]:
    """The visit's rows of a list table that are not soft-deleted, oldest first."""
    query = select(cls).where(cls.visit_id == visit_id, cls.deleted_at.is_(None))
    return list(session.scalars(query.order_by(cls.id)))


def load_record_in(session: Session, visit_id: int) -> VisitRecord:
    """Everything of a visit's clinical record, read in the caller's session."""
    screening = one_row(session, ScreeningRow, visit_id)
    consent = one_row(session, ConsentRow, visit_id)
    plan = one_row(session, PlanRow, visit_id)
    flags = one_row(session, RecordFlagsRow, visit_id)
    addenda = session.scalars(
        select(AddendumRow).where(AddendumRow.visit_id == visit_id).order_by(AddendumRow.id)
    )
    needling = live_rows(session, NeedlingRow, visit_id)
    events = live_rows(session, AdverseEventRow, visit_id)
    bilateral = one_row(session, BilateralThoraxRow, visit_id)
    return VisitRecord(
        visit_id=visit_id,
        screening=record_mapping.screening_from_row(screening) if screening else None,
        consent=record_mapping.consent_from_row(consent) if consent else None,
        needling=tuple(record_mapping.needling_from_row(r) for r in needling),
        adverse_events=tuple(record_mapping.event_from_row(r) for r in events),
        no_adverse_events=bool(flags and flags.no_adverse_events),
        plan=record_mapping.plan_from_row(plan) if plan else None,
        addenda=tuple(record_mapping.addendum_from_row(r) for r in addenda),
        bilateral_thorax=record_mapping.bilateral_from_row(bilateral) if bilateral else None,
    )


def chart_in(session: Session, visit: VisitRow) -> VisitChart:
    """The parts of the visit's chart the sign rules need: visit, patient, live trigger points."""
    patient = session.get(PatientRow, visit.patient_id)
    if patient is None:  # pragma: no cover - the foreign key forbids it
        raise NotFoundError(f"no patient with id {visit.patient_id}")
    query = select(TriggerPointRow).where(
        TriggerPointRow.visit_id == visit.id, TriggerPointRow.deleted_at.is_(None)
    )
    return VisitChart(
        visit=mapping.visit_from_row(visit),
        patient=mapping.patient_from_row(patient),
        trigger_points=tuple(mapping.trigger_point_from_row(r) for r in session.scalars(query)),
    )


def blockers_in(session: Session, visit: VisitRow, thorax_risk: ThoraxRisk) -> list[str]:
    """What stops ``visit`` from being signed (see ``bodymap.model.rules.sign_blockers``)."""
    return sign_blockers(load_record_in(session, visit.id), chart_in(session, visit), thorax_risk)


def check_signable(session: Session, visit: VisitRow, thorax_risk: ThoraxRisk) -> None:
    """Raise SignBlockedError unless ``visit`` may be signed now."""
    reasons = blockers_in(session, visit, thorax_risk)
    if reasons:
        raise SignBlockedError(visit.id, reasons)

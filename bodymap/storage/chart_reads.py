"""Reading many charts at once: a patient's visits in a constant number of queries.

The History tab and the progress report need every chart of a patient. Loading them one visit
at a time costs six statements per visit (600 for a 100-visit course, as many round trips on a
PostgreSQL server); here each kind of row is read once for the whole set, as plain result rows
(no ORM identity map: nothing is written back), and grouped by visit in Python.

A visit's *revision* is the id of its latest audit-log entry. Every write to a visit or to a
row that belongs to it is audited in the same transaction (``guard.py``), so the revision
changes exactly when something the chart shows may have changed; callers cache per-visit work
under ``(visit id, revision)`` and reload only the visits whose revision moved.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, func, select
from sqlalchemy.orm import Session

from bodymap.errors import NotFoundError
from bodymap.model import VisitChart
from bodymap.storage import mapping
from bodymap.storage.tables import (
    AuditRow,
    ClinicianRow,
    OutcomeMeasureRow,
    PainZoneRow,
    PatientRow,
    TriggerPointRow,
    VisitRow,
)

#: Above this many visit ids the marks are selected by patient instead of by an id list
#: (keeps the statement small; SQLite limits bound parameters).
_ID_LIST_LIMIT = 500


def _table(cls: type[Any]) -> Table:
    return cast(Table, cls.__table__)


def visit_revisions(session: Session, patient_id: int) -> dict[int, int]:
    """Each visit of the patient → its revision (latest audit entry id; 0 if none). 1 query."""
    visits = _table(VisitRow)
    audit = _table(AuditRow)
    query = (
        select(visits.c.id, func.max(audit.c.id))
        .select_from(visits.outerjoin(audit, audit.c.visit_id == visits.c.id))
        .where(visits.c.patient_id == patient_id)
        .group_by(visits.c.id)
    )
    return {int(visit_id): int(revision or 0) for visit_id, revision in session.execute(query)}


def load_patient_charts(
    session: Session, patient_id: int, visit_ids: Collection[int] | None = None
) -> list[VisitChart]:
    """The patient's charts (all, or only ``visit_ids``), oldest first; at most 6 queries.

    Raises NotFoundError for an unknown patient.

    Deleted marks are left out, as in ``ChartRepository.load_chart``; the row order within a
    chart is the same too (trigger points by number, zones and measures by id).
    """
    patient_row = session.execute(
        select(_table(PatientRow)).where(_table(PatientRow).c.id == patient_id)
    ).first()
    if patient_row is None:
        raise NotFoundError(f"no patient with id {patient_id}")
    patient = mapping.patient_from_row(cast(PatientRow, patient_row))
    visits_t = _table(VisitRow)
    wanted: ColumnElement[bool] = visits_t.c.patient_id == patient_id
    if visit_ids is not None:
        if not visit_ids:
            return []
        if len(visit_ids) <= _ID_LIST_LIMIT:
            wanted = wanted & visits_t.c.id.in_(sorted(visit_ids))
    query = select(visits_t).where(wanted).order_by(visits_t.c.started_at, visits_t.c.id)
    visit_rows = [
        row
        for row in session.execute(query).all()
        if visit_ids is None or row.id in visit_ids  # the by-patient case of a long id list
    ]
    if not visit_rows:
        return []
    clinician_ids = {row.clinician_id for row in visit_rows if row.clinician_id is not None}
    clinicians = {}
    if clinician_ids:
        table = _table(ClinicianRow)
        for row in session.execute(select(table).where(table.c.id.in_(sorted(clinician_ids)))):
            clinicians[row.id] = mapping.clinician_from_row(cast(ClinicianRow, row))
    ids = [row.id for row in visit_rows]
    points = _marks(session, TriggerPointRow, patient_id, ids, ("number", "id"))
    zones = _marks(session, PainZoneRow, patient_id, ids, ("id",))
    measures = _marks(session, OutcomeMeasureRow, patient_id, ids, ("id",))
    charts: list[VisitChart] = []
    for row in visit_rows:
        charts.append(
            VisitChart(
                visit=mapping.visit_from_row(cast(VisitRow, row)),
                patient=patient,
                clinician=clinicians.get(row.clinician_id),
                trigger_points=tuple(
                    mapping.trigger_point_from_row(cast(TriggerPointRow, r))
                    for r in points.get(row.id, ())
                ),
                zones=tuple(
                    mapping.zone_from_row(cast(PainZoneRow, r)) for r in zones.get(row.id, ())
                ),
                measures=tuple(
                    mapping.measure_from_row(cast(OutcomeMeasureRow, r))
                    for r in measures.get(row.id, ())
                ),
            )
        )
    return charts


def _marks(
    session: Session,
    cls: type[Any],
    patient_id: int,
    visit_ids: Sequence[int],
    order: tuple[str, ...],
) -> dict[int, list[Any]]:
    """Live rows of one mark table for the visits, grouped by visit id (one query)."""
    table = _table(cls)
    live = table.c.deleted_at.is_(None)
    if len(visit_ids) <= _ID_LIST_LIMIT:
        query = select(table).where(live, table.c.visit_id.in_(visit_ids))
    else:
        visits = _table(VisitRow)
        of_patient = select(visits.c.id).where(visits.c.patient_id == patient_id)
        query = select(table).where(live, table.c.visit_id.in_(of_patient.scalar_subquery()))
    query = query.order_by(table.c.visit_id, *(table.c[name] for name in order))
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(query).all():  # one fetchall, not a fetch per row
        grouped[row.visit_id].append(row)
    return grouped

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

from collections.abc import Callable, Collection, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any, TypeVar, cast

from sqlalchemy import ColumnElement, Connection, Select, Table, bindparam, func, select
from sqlalchemy.orm import Session

from bodymap.errors import NotFoundError
from bodymap.model import (
    Activity,
    CarryStatus,
    Depth,
    Instrument,
    MeasureTiming,
    OutcomeMeasure,
    PainQuality,
    PainZone,
    Side,
    TriggerPoint,
    TwitchResponse,
    View,
    Visit,
    VisitChart,
    VisitStatus,
    ZoneKind,
)
from bodymap.model.stored import stored_factory
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
_OF_VISIT = itemgetter(-1)  # each mark query selects its visit id last
T = TypeVar("T")

# Rows read back are rebuilt without validating them again (see model/stored.py): each query
# selects the record's fields in order, as plain tuples.
_VISIT_FIELDS, _stored_visit = stored_factory(Visit, {"status": VisitStatus})
_POINT_FIELDS, _stored_point = stored_factory(
    TriggerPoint,
    {
        "view": View,
        "side": Side,
        "activity": Activity,
        "twitch": TwitchResponse,
        "carry": CarryStatus,
    },
)
_ZONE_FIELDS, _stored_zone = stored_factory(
    PainZone,
    {
        "view": View,
        "kind": ZoneKind,
        "quality": PainQuality,
        "depth": Depth,
        "carry": CarryStatus,
    },
    {"polygons": mapping.polygons_from_json},
)
_MEASURE_FIELDS, _stored_measure = stored_factory(
    OutcomeMeasure,
    {"instrument": Instrument, "timing": MeasureTiming, "side": Side},
    {"items": mapping.json_tuple, "item_labels": mapping.json_tuple},
)


def _stored_measure_row(values: Sequence[Any]) -> OutcomeMeasure:
    measure = _stored_measure(values)
    if measure.instrument is Instrument.NPRS:
        # NPRS is a whole number; give callers an int back, as they stored it (the record
        # was made here a moment ago: nobody holds it yet).
        object.__setattr__(measure, "value", int(measure.value))
    return measure


def _table(cls: type[Any]) -> Table:
    return cast(Table, cls.__table__)


def _connection(session: Session) -> Connection:
    """The session's connection for Core reads (plain rows, no identity map).

    Pending ORM changes are flushed first, as an ORM query would (inside a batch).
    """
    session.flush()
    return session.connection()


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


def load_visit_chart(session: Session, visit_id: int) -> VisitChart:
    """One visit's chart (7 queries); NotFoundError for an unknown visit."""
    connection = _connection(session)
    visits_t = _table(VisitRow)
    owner = connection.execute(
        select(visits_t.c.patient_id).where(visits_t.c.id == visit_id)
    ).scalar()
    charts = [] if owner is None else load_patient_charts(session, owner, (visit_id,))
    if not charts:
        raise NotFoundError(f"no visit with id {visit_id}")
    return charts[0]


def patient_visits(session: Session, patient_id: int) -> list[Visit]:
    """The patient's visits, oldest first (1 query; no check that the patient exists)."""
    visits_t = _table(VisitRow)
    query = (
        select(*(visits_t.c[name] for name in _VISIT_FIELDS))
        .where(visits_t.c.patient_id == patient_id)
        .order_by(visits_t.c.started_at, visits_t.c.id)
    )
    return list(map(_stored_visit, _connection(session).execute(query).all()))


def load_patient_charts(
    session: Session, patient_id: int, visit_ids: Collection[int] | None = None
) -> list[VisitChart]:
    """The patient's charts (all, or only ``visit_ids``), oldest first; at most 6 queries.

    Raises NotFoundError for an unknown patient.

    Deleted marks are left out, as in ``ChartRepository.load_chart``; the row order within a
    chart is the same too (trigger points by number, zones and measures by id).
    """
    connection = _connection(session)
    patient_row = connection.execute(
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
    query = (
        select(*(visits_t.c[name] for name in _VISIT_FIELDS))
        .where(wanted)
        .order_by(visits_t.c.started_at, visits_t.c.id)
    )
    visits = [
        _stored_visit(row)
        for row in connection.execute(query).all()
        if visit_ids is None or row.id in visit_ids  # the by-patient case of a long id list
    ]
    if not visits:
        return []
    clinician_ids = {v.clinician_id for v in visits if v.clinician_id is not None}
    clinicians = {}
    if clinician_ids:
        table = _table(ClinicianRow)
        for row in connection.execute(select(table).where(table.c.id.in_(sorted(clinician_ids)))):
            clinicians[row.id] = mapping.clinician_from_row(cast(ClinicianRow, row))
    ids = None if visit_ids is None else [v.id for v in visits if v.id is not None]
    points = _marks(
        session, TriggerPointRow, _POINT_FIELDS, patient_id, ids, ("number", "id"), _stored_point
    )
    zones = _marks(session, PainZoneRow, _ZONE_FIELDS, patient_id, ids, ("id",), _stored_zone)
    measures = _marks(
        session, OutcomeMeasureRow, _MEASURE_FIELDS, patient_id, ids, ("id",), _stored_measure_row
    )
    return [
        VisitChart(
            visit=visit,
            patient=patient,
            clinician=clinicians.get(visit.clinician_id),
            trigger_points=points.get(visit.id or 0, ()),
            zones=zones.get(visit.id or 0, ()),
            measures=measures.get(visit.id or 0, ()),
        )
        for visit in visits
    ]


def _marks(
    session: Session,
    cls: type[Any],
    columns: Sequence[str],
    patient_id: int,
    visit_ids: Sequence[int] | None,
    order: tuple[str, ...],
    build: Callable[[Sequence[Any]], T],
) -> dict[int, tuple[T, ...]]:
    """Live records of one mark table for the visits, by visit id (1 query).

    ``columns`` are the record's fields, in the order ``build`` takes them; ``visit_ids`` None:
    all the patient's visits.
    """
    if visit_ids is None or len(visit_ids) > _ID_LIST_LIMIT:
        query = _marks_of_patient(cls, tuple(columns), order)
    else:
        query = _marks_query(cls, columns, order).where(_table(cls).c.visit_id.in_(visit_ids))
    # Core, not the ORM: nothing is written back, and the rows are plain tuples. One fetchall
    # (not a fetch per row), already in visit order.
    rows = _connection(session).execute(query, {"patient_id": patient_id}).all()
    return {visit_id: tuple(map(build, group)) for visit_id, group in groupby(rows, _OF_VISIT)}


def _marks_query(cls: type[Any], columns: Sequence[str], order: tuple[str, ...]) -> Select[Any]:
    table = _table(cls)
    return (
        select(*(table.c[name] for name in columns), table.c.visit_id.label("of_visit"))
        .where(table.c.deleted_at.is_(None))
        .order_by(table.c.visit_id, *(table.c[name] for name in order))
    )


def _marks_of_patient(
    cls: type[Any], columns: tuple[str, ...], order: tuple[str, ...]
) -> Select[Any]:
    """One statement per table, built once: its compiled form is reused (no id list to expand)."""
    key = (_table(cls).name, columns, order)
    query = _OF_PATIENT.get(key)
    if query is None:
        visits = _table(VisitRow)
        of_patient = select(visits.c.id).where(visits.c.patient_id == bindparam("patient_id"))
        query = _marks_query(cls, columns, order).where(
            _table(cls).c.visit_id.in_(of_patient.scalar_subquery())
        )
        _OF_PATIENT[key] = query
    return query


_OF_PATIENT: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Select[Any]] = {}

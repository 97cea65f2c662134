"""Reading whole records for an archive: every row of the chosen visits, deleted ones included.

One read transaction, a handful of queries per 500 visits (not per visit), so exporting a
clinic's 40,000 visits stays a matter of seconds. Callers get ``bodymap.model.bundle`` values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bodymap.model import Clinician
from bodymap.model.bundle import CarriedSignature, RecordFlags, Snapshot, VisitBundle
from bodymap.storage import mapping, record_mapping
from bodymap.storage.archive_tables import CONTENT_ROWS
from bodymap.storage.base import RepositoryBase
from bodymap.storage.integrity_tables import VisitSignatureRow
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
from bodymap.storage.tables import (
    AuditRow,
    Base,
    ClinicianRow,
    OutcomeMeasureRow,
    PainZoneRow,
    PatientRow,
    TriggerPointRow,
    VisitRow,
)

#: Visits read per round of queries.
CHUNK = 500
RowT = TypeVar("RowT", bound=Base)


def read_snapshot(repo: RepositoryBase, patient_ids: Collection[int] | None = None) -> Snapshot:
    """Patients (all, archived too, when ``patient_ids`` is None), their visits, and clinicians.

    With ``patient_ids`` the clinicians are those the visits refer to; without, every clinician.
    Everything is read in one transaction, so the snapshot is consistent.
    """
    with repo.transaction(write=False) as session:
        query = select(PatientRow).order_by(PatientRow.id)
        if patient_ids is not None:
            query = query.where(PatientRow.id.in_(list(patient_ids)))
        patients = [mapping.patient_from_row(r) for r in session.scalars(query)]
        visits = _visits_of(session, [p.id for p in patients if p.id is not None])
        bundles = visit_bundles(session, visits)
        wanted = None if patient_ids is None else referenced_clinicians(bundles)
        return Snapshot(
            clinicians=tuple(_clinicians(session, wanted)),
            patients=tuple(patients),
            visits=tuple(bundles),
        )


def read_matching(
    repo: RepositoryBase,
    clinician_uuids: Collection[str],
    patient_uuids: Collection[str],
    visit_uuids: Collection[str],
) -> Snapshot:
    """The stored records having these uuids, with the clinicians and patients they refer to."""
    with repo.transaction(write=False) as session:
        visits: list[VisitRow] = []
        for chunk in _chunks(sorted(visit_uuids)):
            visits += session.scalars(select(VisitRow).where(VisitRow.uuid.in_(chunk)))
        visits.sort(key=lambda v: v.id)
        bundles = visit_bundles(session, visits)
        patient_ids = {v.patient_id for v in visits}
        for chunk in _chunks(sorted(patient_uuids)):
            query = select(PatientRow.id).where(PatientRow.uuid.in_(chunk))
            patient_ids.update(session.scalars(query))
        clinician_ids = referenced_clinicians(bundles)
        for chunk in _chunks(sorted(clinician_uuids)):
            query = select(ClinicianRow.id).where(ClinicianRow.uuid.in_(chunk))
            clinician_ids.update(session.scalars(query))
        patients = []
        for chunk in _chunks(sorted(patient_ids)):
            rows = session.scalars(select(PatientRow).where(PatientRow.id.in_(chunk)))
            patients += [mapping.patient_from_row(r) for r in rows]
        return Snapshot(
            clinicians=tuple(_clinicians(session, clinician_ids)),
            patients=tuple(sorted(patients, key=lambda p: p.id or 0)),
            visits=tuple(bundles),
        )


def referenced_clinicians(bundles: Iterable[VisitBundle]) -> set[int]:
    """Ids of every clinician the bundles name: charting, signing, consent, addenda, audit."""
    ids: set[int | None] = set()
    for b in bundles:
        ids.update((b.visit.clinician_id, b.visit.signed_by))
        ids.add(b.consent.obtained_by if b.consent else None)
        ids.add(b.bilateral_thorax.acknowledged_by if b.bilateral_thorax else None)
        ids.update(a.author_id for a in b.addenda)
        ids.update(e.who for e in b.audit)
    return {i for i in ids if i is not None}


def _clinicians(session: Session, ids: Collection[int] | None) -> list[Clinician]:
    query = select(ClinicianRow).order_by(ClinicianRow.id)
    if ids is not None:
        query = query.where(ClinicianRow.id.in_(list(ids)))
    return [mapping.clinician_from_row(r) for r in session.scalars(query)]


def _visits_of(session: Session, patient_ids: Sequence[int]) -> list[VisitRow]:
    visits: list[VisitRow] = []
    for chunk in _chunks(list(patient_ids)):
        visits += session.scalars(select(VisitRow).where(VisitRow.patient_id.in_(chunk)))
    return sorted(visits, key=lambda v: v.id)


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _by_visit(session: Session, cls: type[RowT], visit_ids: Sequence[int]) -> dict[int, list[RowT]]:
    grouped: dict[int, list[RowT]] = defaultdict(list)
    column: Any = cls.visit_id  # type: ignore[attr-defined]
    for row in session.scalars(select(cls).where(column.in_(visit_ids)).order_by(cls.id)):  # type: ignore[attr-defined]
        grouped[row.visit_id].append(row)  # type: ignore[attr-defined]
    return grouped


def visit_bundles(session: Session, visits: Sequence[VisitRow]) -> list[VisitBundle]:
    """Bundles of ``visits`` (in the given order), read a chunk of visits at a time."""
    bundles: list[VisitBundle] = []
    for chunk in _chunks(list(visits)):
        ids = [v.id for v in chunk]
        tables: tuple[type[Base], ...] = (*CONTENT_ROWS, AuditRow, VisitSignatureRow)
        rows = {cls: _by_visit(session, cls, ids) for cls in tables}
        bundles += [
            _bundle(visit, {cls: r.get(visit.id, []) for cls, r in rows.items()}) for visit in chunk
        ]
    return bundles


def _first(rows: list[Any]) -> Any:
    return rows[0] if rows else None


def _bundle(visit: VisitRow, rows: dict[type[Base], list[Any]]) -> VisitBundle:
    deleted: dict[str, datetime] = {}
    for cls in (TriggerPointRow, PainZoneRow, OutcomeMeasureRow, NeedlingRow, AdverseEventRow):
        deleted.update((r.uuid, r.deleted_at) for r in rows[cls] if r.deleted_at is not None)
    screening, consent = _first(rows[ScreeningRow]), _first(rows[ConsentRow])
    plan, flags = _first(rows[PlanRow]), _first(rows[RecordFlagsRow])
    bilateral = _first(rows[BilateralThoraxRow])
    return VisitBundle(
        visit=mapping.visit_from_row(visit),
        trigger_points=tuple(mapping.trigger_point_from_row(r) for r in rows[TriggerPointRow]),
        zones=tuple(mapping.zone_from_row(r) for r in rows[PainZoneRow]),
        measures=tuple(mapping.measure_from_row(r) for r in rows[OutcomeMeasureRow]),
        screening=record_mapping.screening_from_row(screening) if screening else None,
        consent=record_mapping.consent_from_row(consent) if consent else None,
        needling=tuple(record_mapping.needling_from_row(r) for r in rows[NeedlingRow]),
        adverse_events=tuple(record_mapping.event_from_row(r) for r in rows[AdverseEventRow]),
        flags=RecordFlags(id=flags.id, no_adverse_events=flags.no_adverse_events)
        if flags
        else None,
        plan=record_mapping.plan_from_row(plan) if plan else None,
        bilateral_thorax=record_mapping.bilateral_from_row(bilateral) if bilateral else None,
        addenda=tuple(record_mapping.addendum_from_row(r) for r in rows[AddendumRow]),
        audit=tuple(mapping.audit_from_row(r) for r in rows[AuditRow]),
        deleted_at=deleted,
        signature=_carried(_first(rows[VisitSignatureRow])),
        addendum_hashes={r.uuid: r.content_hash for r in rows[AddendumRow] if r.content_hash},
    )


def _carried(row: VisitSignatureRow | None) -> CarriedSignature | None:
    if row is None:
        return None
    return CarriedSignature(
        format_version=row.format_version,
        content_hash=row.content_hash,
        signed_by=row.signed_by,
        signed_at=row.signed_at,
        identity=row.identity,
        content=row.content,
    )


__all__ = ["read_matching", "read_snapshot", "referenced_clinicians", "visit_bundles"]

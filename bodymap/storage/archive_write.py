"""Writing an archive's records in one transaction, through the guarded session.

Rows are ORM rows in the repository's guarded session, so the signed-visit guard checks every
one of them. A visit is written as a draft, its content added, then it is signed again with the
signature it carried (``guard.mark_signature_imported``); from then on it is guarded like any
other signed visit. Instead of generated "create" entries, the archive's own audit trail is
written, plus one ``import`` entry per visit. A record keeps its local id when that id is free
in this database (so an import into an empty database reproduces the source ids); otherwise it
gets a new one and every reference is mapped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session

from bodymap.model.audit import AuditAction
from bodymap.model.bundle import Snapshot, VisitBundle
from bodymap.storage import mapping, record_mapping
from bodymap.storage.base import RepositoryBase
from bodymap.storage.guard import mark_signature_imported, restore_audit_trail
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

#: Visits whose content is written per flush.
CHUNK = 250


@dataclass(frozen=True, slots=True)
class WriteCounts:
    """How many records of each kind were written."""

    clinicians: int
    patients: int
    visits: int


class _Ids:
    """Local ids: keep the archive's id when it is free in this database, map every reference."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._taken: dict[type[Base], set[int]] = {}
        self.mapped: dict[tuple[str, int], int] = {}
        self.explicit: set[str] = set()
        self._pending: list[tuple[Base, int | None]] = []

    def add(self, row: Base, local_id: int | None) -> None:
        """Add ``row`` to the session, with its archive id if that id is free here."""
        self.place(row, local_id)
        self._session.add(row)
        self._pending.append((row, local_id))

    def settle(self) -> list[Base]:
        """After a flush: remember the stored id of every row added since the last settle."""
        rows = []
        for row, local_id in self._pending:
            self.remember(row, local_id)
            rows.append(row)
        self._pending.clear()
        return rows

    def place(self, row: Base, local_id: int | None) -> None:
        cls = type(row)
        if cls not in self._taken:
            column: Any = cls.id  # type: ignore[attr-defined]
            self._taken[cls] = set(self._session.scalars(select(column)))
        taken = self._taken[cls]
        if local_id is not None and local_id not in taken:
            row.id = local_id  # type: ignore[attr-defined]
            taken.add(local_id)
            self.explicit.add(cast(Table, cls.__table__).name)

    def remember(self, row: Base, local_id: int | None) -> None:
        if local_id is not None:
            name = cast(Table, type(row).__table__).name
            self.mapped[(name, local_id)] = row.id  # type: ignore[attr-defined]

    def of(self, table: str, local_id: int | None) -> int | None:
        if local_id is None:
            return None
        return self.mapped[(table, local_id)]


def write_snapshot(
    repo: RepositoryBase, snapshot: Snapshot, present: Mapping[str, int], source: str
) -> WriteCounts:
    """Write every record of ``snapshot`` whose uuid is not in ``present`` (uuid -> stored id).

    ``present`` holds the clinicians, patients and visits already stored identically; they are
    referenced, not written. ``source`` (e.g. the archive's SHA-256) goes into each visit's
    import audit entry. All of it commits together or not at all.
    """
    with repo.transaction() as session:
        restore_audit_trail(session, True)
        try:
            return _write(session, snapshot, present, source)
        finally:
            restore_audit_trail(session, False)


def _write(
    session: Session, snapshot: Snapshot, present: Mapping[str, int], source: str
) -> WriteCounts:
    ids = _Ids(session)
    counts = [0, 0, 0]
    for clinician in snapshot.clinicians:
        if (clinician.uuid or "") in present:
            ids.mapped[("clinicians", clinician.id or 0)] = present[clinician.uuid or ""]
            continue
        ids.add(
            ClinicianRow(uuid=clinician.uuid, **mapping.clinician_values(clinician)), clinician.id
        )
        counts[0] += 1
    for patient in snapshot.patients:
        if (patient.uuid or "") in present:
            ids.mapped[("patients", patient.id or 0)] = present[patient.uuid or ""]
            continue
        ids.add(PatientRow(uuid=patient.uuid, **mapping.patient_values(patient)), patient.id)
        counts[1] += 1
    session.flush()
    ids.settle()
    for bundle in snapshot.visits:
        if bundle.uuid in present:
            ids.mapped[("visits", bundle.visit.id or 0)] = present[bundle.uuid]
    new = [b for b in snapshot.visits if b.uuid not in present]
    visits = {b.uuid: _visit_row(ids, b) for b in new}
    session.flush()
    ids.settle()
    for start in range(0, len(new), CHUNK):
        chunk = new[start : start + CHUNK]
        _write_content(session, ids, chunk, visits, source)
    counts[2] = len(new)
    _advance_sequences(session, ids.explicit)
    return WriteCounts(*counts)


def _visit_row(ids: _Ids, bundle: VisitBundle) -> VisitRow:
    visit = bundle.visit
    values = mapping.visit_values(visit)
    values["patient_id"] = ids.of("patients", visit.patient_id)
    values["clinician_id"] = ids.of("clinicians", visit.clinician_id)
    row = VisitRow(uuid=visit.uuid, status="draft", **values)
    ids.add(row, visit.id)
    return row


def _write_content(
    session: Session,
    ids: _Ids,
    chunk: list[VisitBundle],
    visits: dict[str, VisitRow],
    source: str,
) -> None:
    add = ids.add
    for b in chunk:
        visit_id = visits[b.uuid].id
        for tp in b.trigger_points:
            values = {**mapping.trigger_point_values(tp), "visit_id": visit_id}
            add(
                TriggerPointRow(uuid=tp.uuid, deleted_at=b.deleted_at.get(tp.uuid or ""), **values),
                tp.id,
            )
    session.flush()
    written = ids.settle()
    for b in chunk:
        _add_record(b, visits[b.uuid].id, ids, add)
    session.flush()
    written += ids.settle()
    _write_audit(session, ids, chunk, visits, source)
    for b in chunk:
        if b.visit.is_signed:
            visit = visits[b.uuid]
            mark_signature_imported(session, visit.id)
            visit.status = "signed"
            visit.signed_at = b.visit.signed_at
            visit.signed_by = ids.of("clinicians", b.visit.signed_by)
    session.flush()
    for row in written:
        session.expunge(row)


def _add_record(b: VisitBundle, visit_id: int, ids: _Ids, add: Any) -> None:
    """Add everything of one visit except its trigger points (already written)."""
    gone = b.deleted_at
    for zone in b.zones:
        values = {**mapping.zone_values(zone), "visit_id": visit_id}
        values["source_point_id"] = ids.of("trigger_points", zone.source_point_id)
        add(PainZoneRow(uuid=zone.uuid, deleted_at=gone.get(zone.uuid or ""), **values), zone.id)
    for m in b.measures:
        values = {**mapping.measure_values(m), "visit_id": visit_id}
        add(OutcomeMeasureRow(uuid=m.uuid, deleted_at=gone.get(m.uuid or ""), **values), m.id)
    if b.screening is not None:
        values = record_mapping.screening_values(b.screening)
        values["prefilled_from_visit_id"] = ids.of("visits", b.screening.prefilled_from_visit_id)
        add(ScreeningRow(uuid=b.screening.uuid, visit_id=visit_id, **values), b.screening.id)
    if b.consent is not None:
        values = record_mapping.consent_values(b.consent)
        values["obtained_by"] = ids.of("clinicians", b.consent.obtained_by)
        add(ConsentRow(uuid=b.consent.uuid, visit_id=visit_id, **values), b.consent.id)
    for n in b.needling:
        values = record_mapping.needling_values(n)
        values["trigger_point_id"] = ids.of("trigger_points", n.trigger_point_id)
        needling = NeedlingRow(
            uuid=n.uuid, visit_id=visit_id, deleted_at=gone.get(n.uuid or ""), **values
        )
        add(needling, n.id)
    for e in b.adverse_events:
        values = record_mapping.event_values(e)
        row = AdverseEventRow(
            uuid=e.uuid, visit_id=visit_id, deleted_at=gone.get(e.uuid or ""), **values
        )
        add(row, e.id)
    if b.flags is not None:
        add(
            RecordFlagsRow(visit_id=visit_id, no_adverse_events=b.flags.no_adverse_events),
            b.flags.id,
        )
    if b.plan is not None:
        values = record_mapping.plan_values(b.plan)
        add(PlanRow(uuid=b.plan.uuid, visit_id=visit_id, **values), b.plan.id)
    if (t := b.bilateral_thorax) is not None:
        ack = BilateralThoraxRow(
            uuid=t.uuid,
            visit_id=visit_id,
            reason=t.reason,
            acknowledged_by=ids.of("clinicians", t.acknowledged_by),
            acknowledged_at=t.acknowledged_at,
        )
        add(ack, t.id)
    for a in b.addenda:
        author = ids.of("clinicians", a.author_id)
        add(
            AddendumRow(
                uuid=a.uuid,
                visit_id=visit_id,
                author_id=author,
                created_at=a.created_at,
                text=a.text,
            ),
            a.id,
        )


def _write_audit(
    session: Session,
    ids: _Ids,
    chunk: list[VisitBundle],
    visits: dict[str, VisitRow],
    source: str,
) -> None:
    now = datetime.now()
    rows: list[dict[str, Any]] = []
    for b in chunk:
        visit_id = visits[b.uuid].id
        for e in b.audit:
            record_id = ids.mapped.get((e.table, e.record_id), e.record_id)
            rows.append(
                {
                    "at": e.when,
                    "actor_id": ids.of("clinicians", e.who),
                    "visit_id": visit_id,
                    "table_name": e.table,
                    "record_id": record_id,
                    "action": e.action.value,
                    "field": e.field,
                    "old_value": e.old,
                    "new_value": e.new,
                }
            )
        rows.append(
            {
                "at": now,
                "actor_id": session.info.get("actor"),
                "visit_id": visit_id,
                "table_name": "visits",
                "record_id": visit_id,
                "action": AuditAction.IMPORT.value,
                "field": None,
                "old_value": None,
                "new_value": json.dumps({"archive": source, "uuid": b.uuid}, sort_keys=True),
            }
        )
    if rows:
        session.connection().execute(insert(cast(Table, AuditRow.__table__)), rows)


def _advance_sequences(session: Session, tables: set[str]) -> None:
    """PostgreSQL: move each id sequence past the ids written explicitly (SQLite needs nothing)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in sorted(tables):
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        )

"""Writing an archive's records in one transaction, through the guarded session.

Clinicians, patients and visits are ORM rows in the repository's guarded session. A visit is
written as a draft, its content added, then it is signed again with the signature it carried
(``guard.mark_signature_imported``), so the guard sees every visit and every signing; from then
on it is guarded like any other signed visit. The content rows (marks, record, audit trail) go
in by executemany, the only way to write a clinic's 40,000 visits within the time budget; they
are written only into visits this transaction has just created as drafts, which is checked
before each batch (``_refuse_unless_new_drafts``), and the database's own constraints and
triggers apply to them as to any row. Instead of generated "create" entries, the archive's own
audit trail is written, plus one ``import`` entry per visit. A record keeps its local id when
that id is free in this database (so an import into an empty database reproduces the source
ids); otherwise it gets the next free one and every reference is mapped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, text
from sqlalchemy.orm import Session

from bodymap.model import integrity as fmt
from bodymap.model.audit import AuditAction
from bodymap.model.bundle import Snapshot, VisitBundle
from bodymap.model.signature_formats import CURRENT
from bodymap.storage import mapping, record_mapping
from bodymap.storage.archive_tables import CONTENT_ROWS
from bodymap.storage.audit_chain import append_entries
from bodymap.storage.base import RepositoryBase
from bodymap.storage.errors import DatabaseError
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
from bodymap.storage.signatures import SIGNATURES, write_signatures
from bodymap.storage.tables import (
    Base,
    ClinicianRow,
    OutcomeMeasureRow,
    PainZoneRow,
    PatientRow,
    TriggerPointRow,
    VisitRow,
)
from bodymap.storage.verify import check_visits

#: Visits whose content is written per flush.
CHUNK = 250


@dataclass(frozen=True, slots=True)
class WriteCounts:
    """How many records of each kind were written."""

    clinicians: int
    patients: int
    visits: int


class _Ids:
    """Row ids: the archive's id when it is free here, else the next free one.

    Every reference (table, archive id) maps to the id written.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._taken: dict[str, set[int]] = {}
        self._next: dict[str, int] = {}
        self.mapped: dict[tuple[str, int], int] = {}
        self.explicit: set[str] = set()

    def assign(self, table: Table, local_id: int | None) -> int:
        """The id the row of ``table`` with archive id ``local_id`` gets here."""
        name = table.name
        if name not in self._taken:
            if self._session.get_bind().dialect.name == "postgresql":
                # Ids are chosen here, not by the sequence: keep other writers out meanwhile.
                self._session.execute(text(f"LOCK TABLE {name} IN EXCLUSIVE MODE"))
            self._taken[name] = set(self._session.scalars(select(table.c.id)))
            self._next[name] = max(self._taken[name], default=0) + 1
        taken = self._taken[name]
        if local_id is not None and local_id not in taken:
            new_id = local_id
        else:
            while self._next[name] in taken:
                self._next[name] += 1
            new_id = self._next[name]
        taken.add(new_id)
        self.explicit.add(name)
        if local_id is not None:
            self.mapped[(name, local_id)] = new_id
        return new_id

    def of(self, table: str, local_id: int | None) -> int | None:
        if local_id is None:
            return None
        return self.mapped[(table, local_id)]


def _table(cls: type[Base]) -> Table:
    return cast(Table, cls.__table__)


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
        row = ClinicianRow(uuid=clinician.uuid, **mapping.clinician_values(clinician))
        row.id = ids.assign(_table(ClinicianRow), clinician.id)
        session.add(row)
        counts[0] += 1
    for patient in snapshot.patients:
        if (patient.uuid or "") in present:
            ids.mapped[("patients", patient.id or 0)] = present[patient.uuid or ""]
            continue
        prow = PatientRow(uuid=patient.uuid, **mapping.patient_values(patient))
        prow.id = ids.assign(_table(PatientRow), patient.id)
        session.add(prow)
        counts[1] += 1
    for bundle in snapshot.visits:
        if bundle.uuid in present:
            ids.mapped[("visits", bundle.visit.id or 0)] = present[bundle.uuid]
    new = [b for b in snapshot.visits if b.uuid not in present]
    visits = {b.uuid: _visit_row(ids, b) for b in new}
    session.add_all(visits.values())
    session.flush()  # through the guard: every visit is inserted as a draft
    for start in range(0, len(new), CHUNK):
        chunk = new[start : start + CHUNK]
        _write_content(session, ids, chunk, visits, source)
    counts[2] = len(new)
    _check_carried(session.connection(), new, visits)
    _advance_sequences(session, ids.explicit)
    return WriteCounts(*counts)


def _visit_row(ids: _Ids, bundle: VisitBundle) -> VisitRow:
    visit = bundle.visit
    values = mapping.visit_values(visit)
    values["patient_id"] = ids.of("patients", visit.patient_id)
    values["clinician_id"] = ids.of("clinicians", visit.clinician_id)
    row = VisitRow(uuid=visit.uuid, status="draft", **values)
    row.id = ids.assign(_table(VisitRow), visit.id)
    return row


def _refuse_unless_new_drafts(visit_ids: set[int], visits: dict[str, VisitRow]) -> None:
    """The content rows about to be written belong only to drafts this import created."""
    drafts = {v.id for v in visits.values() if v.status == "draft"}
    if not visit_ids <= drafts:
        raise DatabaseError(
            f"import refused: rows for visits {sorted(visit_ids - drafts)[:5]} that this "
            "import did not just create as drafts"
        )


class _Rows:
    """Content rows of a chunk, by table, ready for executemany."""

    def __init__(self, ids: _Ids) -> None:
        self.ids = ids
        self.by_table: dict[type[Base], list[dict[str, Any]]] = {}

    def add(self, cls: type[Base], local_id: int | None, values: dict[str, Any]) -> None:
        values["id"] = self.ids.assign(_table(cls), local_id)
        self.by_table.setdefault(cls, []).append(values)


#: Insert order of the content written before signing (addenda follow the signature).
_ORDER = tuple(cls for cls in CONTENT_ROWS if cls is not AddendumRow)


def _write_content(
    session: Session,
    ids: _Ids,
    chunk: list[VisitBundle],
    visits: dict[str, VisitRow],
    source: str,
) -> None:
    rows = _Rows(ids)
    for b in chunk:
        visit_id = visits[b.uuid].id
        for tp in b.trigger_points:
            values = {**mapping.trigger_point_values(tp), "visit_id": visit_id}
            values.update(uuid=tp.uuid, deleted_at=b.deleted_at.get(tp.uuid or ""))
            rows.add(TriggerPointRow, tp.id, values)
    for b in chunk:
        _add_record(b, visits[b.uuid].id, ids, rows)
    touched = {v["visit_id"] for table_rows in rows.by_table.values() for v in table_rows}
    _refuse_unless_new_drafts(touched, visits)
    connection = session.connection()
    for cls in _ORDER:
        if rows.by_table.get(cls):
            connection.execute(insert(_table(cls)), rows.by_table[cls])
    _write_audit(session, ids, chunk, visits, source)
    for b in chunk:
        if b.visit.is_signed:
            visit = visits[b.uuid]
            mark_signature_imported(session, visit.id)
            visit.status = "signed"
            visit.signed_at = b.visit.signed_at
            visit.signed_by = ids.of("clinicians", b.visit.signed_by)
    session.flush()  # the signing goes through the guard
    signed = [b for b in chunk if b.visit.is_signed]
    hashes = _write_signatures(connection, ids, signed, visits, session.info.get("actor"))
    addenda = _Rows(ids)
    for b in signed:
        _add_addenda(b, visits[b.uuid].id, ids, addenda, hashes[b.uuid])
    if addenda.by_table.get(AddendumRow):
        connection.execute(insert(_table(AddendumRow)), addenda.by_table[AddendumRow])


#: Said in the audit by a signature computed on import (a format-1 archive carries none).
RESEAL_NOTE = "content hash computed on import of a format-1 archive, which carries none"


def _write_signatures(
    connection: Connection,
    ids: _Ids,
    signed: list[VisitBundle],
    visits: dict[str, VisitRow],
    actor: int | None,
) -> dict[str, str]:
    """Store each signed visit's signature; its hash by visit uuid.

    Format 2 carries the signature: stored exactly as it came (checked after the writing, by
    :func:`_check_carried`). Format 1 carries none: it is computed as signing would, and the
    audit says so.
    """
    rows, resealed, found = [], [], {}
    for b in signed:
        visit = visits[b.uuid]
        sig = b.signature
        if sig is None:
            resealed.append((visit.id, visit.signed_by or visit.clinician_id or 0, visit.signed_at))
            continue
        found[b.uuid] = sig.content_hash
        rows.append(
            {
                "visit_id": visit.id,
                "signed_by": ids.of("clinicians", sig.signed_by),
                "signed_at": visit.signed_at,
                "format_version": sig.format_version,
                "content_hash": sig.content_hash,
                "content": sig.content,
                "identity": sig.identity,
            }
        )
    if rows:
        connection.execute(insert(SIGNATURES), rows)
    if resealed:
        by_id = {visits[b.uuid].id: b.uuid for b in signed}
        digests = write_signatures(connection, resealed, actor, RESEAL_NOTE)  # type: ignore[arg-type]
        found.update({by_id[v]: d for (v, _by, _at), d in zip(resealed, digests, strict=True)})
    return found


def _add_addenda(b: VisitBundle, visit_id: int, ids: _Ids, rows: _Rows, previous: str) -> None:
    """A signed visit's addenda with their hashes: carried (format 2) or chained here."""
    for a in b.addenda:
        addendum = {
            "uuid": a.uuid,
            "visit_id": visit_id,
            "author_id": ids.of("clinicians", a.author_id),
            "created_at": a.created_at,
            "text": a.text,
        }
        carried = b.addendum_hashes.get(a.uuid or "")
        if carried is None:
            hashed = fmt.row_dict(
                fmt.converters(CURRENT.addendum), [addendum[n] for n, _k in CURRENT.addendum]
            )
            carried = fmt.addendum_hash(previous, hashed)
        addendum["content_hash"] = previous = carried
        rows.add(AddendumRow, a.id, addendum)


def _check_carried(
    connection: Connection, new: list[VisitBundle], visits: dict[str, VisitRow]
) -> None:
    """Every imported signed visit verifies against its signature, inside the transaction.

    A carried hash that does not match the content written (an edited archive, or local ids
    that could not be kept here) refuses the whole import, naming the visit.
    """
    signed = {visits[b.uuid].id: b.uuid for b in new if b.visit.is_signed}
    for result in check_visits(connection, sorted(signed)):
        if result.tampered:
            uuid = signed.get(result.visit_id, "?")
            problem = result.problems[0].split(": ", 1)[-1]
            raise ImportedSignatureError(
                f"import refused, nothing written: visit {uuid}: its signature does not match "
                f"the imported content ({problem})"
            )


class ImportedSignatureError(DatabaseError):
    """A signed visit of the archive does not verify against the signature it carries."""


def _add_record(b: VisitBundle, visit_id: int, ids: _Ids, rows: _Rows) -> None:
    """Add everything of one visit except its trigger points (already added)."""
    gone = b.deleted_at
    for zone in b.zones:
        values = {**mapping.zone_values(zone), "visit_id": visit_id, "uuid": zone.uuid}
        values["source_point_id"] = ids.of("trigger_points", zone.source_point_id)
        values["deleted_at"] = gone.get(zone.uuid or "")
        rows.add(PainZoneRow, zone.id, values)
    for m in b.measures:
        values = {**mapping.measure_values(m), "visit_id": visit_id, "uuid": m.uuid}
        values["deleted_at"] = gone.get(m.uuid or "")
        rows.add(OutcomeMeasureRow, m.id, values)
    if (s := b.screening) is not None:
        values = {**record_mapping.screening_values(s), "visit_id": visit_id, "uuid": s.uuid}
        values["prefilled_from_visit_id"] = ids.of("visits", s.prefilled_from_visit_id)
        rows.add(ScreeningRow, s.id, values)
    if (c := b.consent) is not None:
        values = {**record_mapping.consent_values(c), "visit_id": visit_id, "uuid": c.uuid}
        values["obtained_by"] = ids.of("clinicians", c.obtained_by)
        rows.add(ConsentRow, c.id, values)
    for n in b.needling:
        values = {**record_mapping.needling_values(n), "visit_id": visit_id, "uuid": n.uuid}
        values["trigger_point_id"] = ids.of("trigger_points", n.trigger_point_id)
        values["deleted_at"] = gone.get(n.uuid or "")
        rows.add(NeedlingRow, n.id, values)
    for e in b.adverse_events:
        values = {**record_mapping.event_values(e), "visit_id": visit_id, "uuid": e.uuid}
        values["deleted_at"] = gone.get(e.uuid or "")
        rows.add(AdverseEventRow, e.id, values)
    if b.flags is not None:
        flags = {"visit_id": visit_id, "no_adverse_events": b.flags.no_adverse_events}
        rows.add(RecordFlagsRow, b.flags.id, flags)
    if b.plan is not None:
        values = {**record_mapping.plan_values(b.plan), "visit_id": visit_id, "uuid": b.plan.uuid}
        rows.add(PlanRow, b.plan.id, values)
    if (t := b.bilateral_thorax) is not None:
        ack = {
            "uuid": t.uuid,
            "visit_id": visit_id,
            "reason": t.reason,
            "acknowledged_by": ids.of("clinicians", t.acknowledged_by),
            "acknowledged_at": t.acknowledged_at,
        }
        rows.add(BilateralThoraxRow, t.id, ack)


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
    append_entries(session.connection(), rows)  # hash-chained like every audit entry


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

"""Session hooks: the signed-visit guard and the audit log, so no code path can bypass them.

Both hooks are attached to the repository's session factory. Any mapped row that is a visit or
carries a ``visit_id`` is guarded and audited automatically, so a table added by a later
migration is covered as soon as its row class exists. A row class may set
``signed_visit_writable = True`` (addenda): it can be added to a signed visit and is audited as
an addendum.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import column, event, inspect, select, table
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.attributes import History

from bodymap.model.audit import AuditAction
from bodymap.storage.audit_chain import append_entries
from bodymap.storage.concurrency import lock_visit_status
from bodymap.storage.errors import DatabaseError, SignedVisitError
from bodymap.storage.tables import AuditRow, Base, ClinicianRow, PatientRow, VisitRow

SIGNED = "signed"
#: ``session.info`` key: ids of visits whose record rules were checked in this session.
_SIGN_CHECKED = "bodymap_sign_checked"
#: ``session.info`` key set only by the archive import (``archive_write``): the archive's own
#: audit trail is written instead of generated entries, so a record's history stays its own.
_AUDIT_RESTORED = "bodymap_audit_restored"
#: Columns whose change is the sign action rather than ordinary field updates.
_SIGN_COLUMNS = frozenset({"status", "signed_at", "signed_by"})
#: The optimistic-locking counter (``tables.Versioned``), left out of update entries.
_VERSION_COLUMN = "row_version"


def install_hooks(factory: sessionmaker[Session]) -> None:
    """Attach the signed-visit guard and the audit writer to every session from ``factory``."""
    event.listen(factory, "before_flush", _refuse_signed_changes)
    event.listen(factory, "after_flush", _write_audit_entries)
    event.listen(factory, "do_orm_execute", _refuse_bulk_writes)


def _is_visit_data(obj: object) -> bool:
    return isinstance(obj, VisitRow) or (
        isinstance(obj, Base) and not isinstance(obj, AuditRow) and hasattr(obj, "visit_id")
    )


def _writable_when_signed(obj: object) -> bool:
    return bool(getattr(type(obj), "signed_visit_writable", False))


def _stored_status(visit: VisitRow) -> str:
    """The status as stored before this flush (a visit being signed now is still a draft)."""
    state = inspect(visit)
    if state.pending or state.transient:
        return "draft"
    return cast(str, state.committed_state.get("status", visit.status))


def _touched_visit_ids(obj: Any) -> set[int]:
    if isinstance(obj, VisitRow):
        return {obj.id} if obj.id is not None else set()
    history: History = inspect(obj).attrs.visit_id.history
    values: Iterable[Any] = (*history.added, *history.unchanged, *history.deleted)
    return {int(v) for v in values if v is not None}


def mark_sign_checked(session: Session, visit_id: int) -> None:
    """Record that ``visit_id`` passed the sign rules in ``session``, so it may be signed there.

    Only ``RecordRepository.sign_visit`` calls this, right after ``check_signable``.
    """
    session.info.setdefault(_SIGN_CHECKED, set()).add(visit_id)


def mark_signature_imported(session: Session, visit_id: int) -> None:
    """Let ``visit_id`` become signed in ``session`` because it arrives signed in an archive.

    Only ``archive_write.write_snapshot`` calls this: the signature was made, under the rules,
    in the database the archive came from; the visit is written in full before it is signed,
    and it is guarded like any signed visit from then on.
    """
    session.info.setdefault(_SIGN_CHECKED, set()).add(visit_id)


def restore_audit_trail(session: Session, restoring: bool) -> None:
    """While ``restoring``, flushes write no audit entries: the caller writes the archive's own.

    Only ``archive_write.write_snapshot`` uses this, around writing imported records; the
    signed-visit guard keeps running.
    """
    if restoring:
        session.info[_AUDIT_RESTORED] = True
    else:
        session.info.pop(_AUDIT_RESTORED, None)


def _refuse_unchecked_signing(session: Session, visit: VisitRow) -> None:
    """Refuse a visit becoming signed unless the sign rules passed in this session.

    This keeps storage free of back doors: code that sets ``status`` directly fails here.
    """
    becoming_signed = visit.status == SIGNED and _stored_status(visit) != SIGNED
    if becoming_signed and visit.id not in session.info.get(_SIGN_CHECKED, set()):
        raise DatabaseError(
            f"visit {visit.id}: signing must go through RecordRepository.sign_visit, "
            "which checks the record rules first"
        )


def _refuse_signed_changes(session: Session, _context: object, _instances: object) -> None:
    """before_flush: refuse any write that touches a signed visit, and unchecked signing."""
    changes = [(obj, "changed") for obj in session.new] + [
        (obj, "changed") for obj in session.dirty if session.is_modified(obj)
    ]
    changes += [(obj, "deleted from") for obj in session.deleted]
    statuses: dict[int, str | None] = {}
    with session.no_autoflush:
        for obj, what in changes:
            if isinstance(obj, VisitRow) and what == "changed":
                _refuse_unchecked_signing(session, obj)
            if not _is_visit_data(obj) or _writable_when_signed(obj):
                continue
            for visit_id in _touched_visit_ids(obj):
                # Locked and read from the database, not the session's copy: a long
                # transaction (a batch) must see a signature committed after it began.
                if visit_id not in statuses:
                    status = lock_visit_status(session, visit_id)
                    # Set back to draft outside BodyMap: still sealed (bodymap verify says so).
                    if status is not None and has_signature(session, visit_id):
                        status = SIGNED
                    statuses[visit_id] = status
                if statuses[visit_id] == SIGNED:
                    raise SignedVisitError(visit_id, what)


_SIGNATURES = table("visit_signatures", column("visit_id"))


def has_signature(session: Session, visit_id: int) -> bool:
    """True when the visit was signed (its signature row exists), whatever its status says."""
    query = select(_SIGNATURES.c.visit_id).where(_SIGNATURES.c.visit_id == visit_id)
    return session.connection().execute(query).first() is not None


def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    """Bulk UPDATE/DELETE on visit data would skip the guard and the audit log: refuse them."""
    if not (state.is_update or state.is_delete) or state.bind_mapper is None:
        return
    cls = state.bind_mapper.class_
    if cls is VisitRow or (cls is not AuditRow and "visit_id" in state.bind_mapper.columns):
        raise DatabaseError(
            f"bulk writes to {state.bind_mapper.local_table} are refused: "
            "they would bypass the signed-visit guard and the audit log"
        )


# --- audit --------------------------------------------------------------------------------


def _json(value: Any, column_info: dict[Any, Any] | None = None) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if column_info and column_info.get("json") and isinstance(value, str):
        return json.loads(value)
    return value


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _row_snapshot(obj: Any) -> str:
    mapper = inspect(obj).mapper
    return _dumps(
        {
            attr.key: _json(getattr(obj, attr.key), attr.columns[0].info)
            for attr in mapper.column_attrs
        }
    )


def _visit_id_of(obj: Any) -> int | None:
    if isinstance(obj, PatientRow | ClinicianRow):
        return None
    return cast(int | None, obj.id if isinstance(obj, VisitRow) else obj.visit_id)


@dataclass(frozen=True, slots=True)
class _Change:
    """One audit entry before it gets its row, time and actor."""

    action: AuditAction
    field: str | None = None
    old: str | None = None
    new: str | None = None


def _changes_on_update(obj: Any) -> list[_Change]:
    state = inspect(obj)
    changed: dict[str, tuple[Any, Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key == _VERSION_COLUMN:
            continue  # bumped by every update: not a change anyone made
        history = state.attrs[attr.key].history
        if history.added or history.deleted:
            info = attr.columns[0].info
            old = _json(history.deleted[0], info) if history.deleted else None
            new = _json(history.added[0], info) if history.added else None
            if old != new:
                changed[attr.key] = (old, new)
    changes: list[_Change] = []
    if isinstance(obj, VisitRow) and changed.get("status", (None, None))[1] == SIGNED:
        signed = {k: changed.pop(k)[1] for k in _SIGN_COLUMNS & changed.keys()}
        changes.append(_Change(AuditAction.SIGN, new=_dumps(signed)))
    if "archived" in changed:
        old, new = changed.pop("archived")
        action = AuditAction.ARCHIVE if new else AuditAction.RESTORE
        changes.append(_Change(action, "archived", _dumps(old), _dumps(new)))
    if "deleted_at" in changed:
        old, new = changed.pop("deleted_at")
        action = AuditAction.DELETE if new is not None else AuditAction.RESTORE
        changes.append(_Change(action, "deleted_at", _dumps(old), _dumps(new)))
    changes += [
        _Change(AuditAction.UPDATE, key, _dumps(old), _dumps(new))
        for key, (old, new) in changed.items()
    ]
    return changes


def _write_audit_entries(session: Session, _context: object) -> None:
    """after_flush: write one audit row per change, in the flush's own transaction."""
    if session.info.get(_AUDIT_RESTORED):
        return
    rows: list[dict[str, Any]] = []

    def add(obj: Any, changes: list[_Change]) -> None:
        rows.extend(
            {
                "table_name": inspect(obj).mapper.local_table.name,
                "record_id": obj.id,
                "visit_id": _visit_id_of(obj),
                "action": change.action.value,
                "field": change.field,
                "old_value": change.old,
                "new_value": change.new,
            }
            for change in changes
        )

    for obj in session.new:
        if _is_visit_data(obj):
            action = AuditAction.ADDENDUM if _writable_when_signed(obj) else AuditAction.CREATE
            # Changed fields only: the new row holds its values (audit_read.py recovers them).
            add(obj, [_Change(action)])
    for obj in session.dirty:
        if _is_visit_data(obj) and session.is_modified(obj):
            add(obj, _changes_on_update(obj))
    for obj in session.deleted:
        if _is_visit_data(obj):
            add(obj, [_Change(AuditAction.DELETE, old=_row_snapshot(obj))])
    for obj in session.new:
        if isinstance(obj, PatientRow | ClinicianRow):
            add(obj, [_Change(AuditAction.CREATE)])  # changed fields only, as for visit data
    for obj in session.dirty:
        if isinstance(obj, PatientRow | ClinicianRow) and session.is_modified(obj):
            add(obj, _changes_on_update(obj))
    if rows:
        now = datetime.now()
        actor = session.info.get("actor")
        for row in rows:
            row["at"] = now
            row["actor_id"] = actor
        append_entries(session.connection(), rows)

"""Reading the audit log: creation entries get their record back from the row and later entries.

The log stores changed fields only (``guard.py``): an update keeps the old and new value of
each field it changed, while a creation keeps no copy of the new row, because the row itself
holds those values and is never hard-deleted — every later change to it is an entry with the
field's old value. Copying whole rows (zone polygons, screening checklists) into the log made
it two thirds of a clinic's database.

So the record as created is recovered on reading: start from the row as stored now, then undo
the record's later entries newest first (each restores its field's old value; signing restores
a draft). The result is the same JSON snapshot the log held when it copied rows, so callers
(the audit dialog, ``bodymap audit``) see no difference.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Mapper, Session

from bodymap.model.audit import AuditAction
from bodymap.storage.guard import _row_snapshot as row_snapshot
from bodymap.storage.migrate import load_table_modules
from bodymap.storage.tables import AuditRow, Base

#: What signing set, and the values of a draft it replaced (SIGN entries keep only the new).
_UNSIGNED = {"status": "draft", "signed_at": None, "signed_by": None}
_BORN = (AuditAction.CREATE.value, AuditAction.ADDENDUM.value)


def _mapper_of(table_name: str) -> Mapper[Any] | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table_name:  # type: ignore[attr-defined]
            return mapper
    return None


def creation_snapshots(session: Session, rows: Sequence[AuditRow]) -> dict[int, str]:
    """Audit row id → the created record's snapshot, for creations stored without one."""
    missing = [r for r in rows if r.action in _BORN and r.new_value is None]
    if not missing:
        return {}
    load_table_modules()  # a visit's log may name record tables the chart never mapped
    later: dict[tuple[str, int], list[AuditRow]] = defaultdict(list)
    for row in rows:
        later[(row.table_name, row.record_id)].append(row)
    by_table: dict[str, list[int]] = defaultdict(list)
    for row in missing:
        by_table[row.table_name].append(row.record_id)
    current: dict[tuple[str, int], dict[str, Any]] = {}
    for table_name, ids in by_table.items():
        mapper = _mapper_of(table_name)
        if mapper is None:
            continue
        cls = mapper.class_
        for obj in session.scalars(select(cls).where(cls.id.in_(ids))):
            current[(table_name, obj.id)] = json.loads(row_snapshot(obj))
    result: dict[int, str] = {}
    for row in missing:
        key = (row.table_name, row.record_id)
        snapshot = current.get(key)
        history = later[key]
        if snapshot is None:  # hard-deleted: its DELETE entry kept the last values
            gone = [e for e in history if e.action == AuditAction.DELETE.value and e.old_value]
            if not gone:
                continue
            snapshot = json.loads(gone[-1].old_value or "{}")
        for entry in reversed([e for e in history if e.id > row.id]):
            _undo(snapshot, entry)
        if "row_version" in snapshot:
            snapshot["row_version"] = 1  # every row starts at 1; its bumps are not audited
        result[row.id] = json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
    return result


def _undo(snapshot: dict[str, Any], entry: AuditRow) -> None:
    """Put back what ``entry`` changed, so the snapshot is the record as it was before it."""
    if entry.action == AuditAction.SIGN.value:
        snapshot.update(_UNSIGNED)
    elif entry.field is not None and entry.field in snapshot:
        snapshot[entry.field] = json.loads(entry.old_value) if entry.old_value else None

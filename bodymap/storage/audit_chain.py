"""The audit log as a hash chain: each entry stores its predecessor's hash and its own.

Every audit row is appended here (the flush hook, failed signing attempts, migrations), with ids
given in order under a lock, so the chain order is the id order. Editing, deleting, inserting
or reordering a row makes :func:`verify_chain` stop at the first entry that no longer follows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, column, insert, select, table, text

#: The predecessor of the first entry.
GENESIS = "0" * 64
#: Columns covered by an entry's hash, in this order (the chain's format; never reorder).
HASHED = (
    "id",
    "at",
    "actor_id",
    "visit_id",
    "table_name",
    "record_id",
    "action",
    "field",
    "old_value",
    "new_value",
)
_AUDIT = table("audit_log", *(column(c) for c in (*HASHED, "prev_hash", "row_hash")))
#: Arbitrary constant naming BodyMap's audit-append lock on PostgreSQL.
_PG_LOCK_KEY = 0x0B0D_7A0D


def _moment(value: Any) -> str:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.isoformat()


def _text(value: Any) -> str:
    # Length-prefixed, so no two different rows frame alike; no escaping to pay for.
    return "-" if value is None else f"{len(value)}:{value}"


def entry_hash(previous: str, values: Sequence[Any]) -> str:
    """The hash of one entry: ``values`` in :data:`HASHED` order (``at`` as stored)."""
    row_id, at, actor, visit, table_name, record, action, field, old, new = values
    body = (
        f"{previous}\n{row_id}|{_moment(at)}|{'-' if actor is None else actor}|"
        f"{'-' if visit is None else visit}|{_text(table_name)}|{record}|{_text(action)}|"
        f"{_text(field)}|{_text(old)}|{_text(new)}"
    )
    return hashlib.sha256(body.encode()).hexdigest()


def _last(connection: Connection) -> tuple[int, str]:
    if connection.dialect.name == "postgresql":
        # Held to commit: appenders queue, so each sees the previous one's entries.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    query = select(_AUDIT.c.id, _AUDIT.c.row_hash).order_by(_AUDIT.c.id.desc()).limit(1)
    last = connection.execute(query).first()
    if last is None:
        return 0, GENESIS
    return int(last[0]), str(last[1] or GENESIS)


def append_entries(connection: Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Append audit rows (each with every :data:`HASHED` column but ``id``) to the chain."""
    last_id, previous = _last(connection)
    chained = []
    for offset, row in enumerate(rows, start=1):
        values = {**row, "id": last_id + offset}
        digest = entry_hash(previous, [values[c] for c in HASHED])
        chained.append({**values, "prev_hash": previous, "row_hash": digest})
        previous = digest
    if chained:
        connection.execute(insert(_AUDIT), chained[0] if len(chained) == 1 else chained)


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The outcome of walking the whole audit chain."""

    entries: int
    problems: tuple[str, ...]


def _where(row: Sequence[Any]) -> str:
    visit = f" (visit {row[3]})" if row[3] is not None else ""
    return f"audit entry {row[0]}{visit}"


def verify_chain(connection: Connection) -> ChainReport:
    """Walk the chain in id order; name the first entry that does not follow its predecessor."""
    query = select(*(_AUDIT.c[c] for c in HASHED), _AUDIT.c.prev_hash, _AUDIT.c.row_hash)
    result = connection.execute(query.order_by(_AUDIT.c.id))
    previous, count, last_id = GENESIS, 0, 0
    problems: tuple[str, ...] = ()
    for part in result.partitions(2000):  # bounded memory: entries can hold large snapshots
        if problems:
            count += len(part)
            continue
        for row in part:
            count += 1
            problem = None if problems else _break(row, previous, last_id)
            if problem:
                problems = (problem,)
            previous, last_id = row[-1], row[0]
    return ChainReport(count, problems)


def _break(row: Sequence[Any], previous: str, last_id: int) -> str | None:
    """Why ``row`` does not follow the entry before it (hash ``previous``), or None."""
    stored_prev, stored_hash = row[-2], row[-1]
    where = f"audit chain broken at {_where(row)}"
    if stored_hash is None:
        return f"{where}: entry has no hash"
    if stored_prev != previous:
        gap = _gap(last_id, row[0])
        return f"{where}: an entry before it was deleted, inserted or reordered{gap}"
    if entry_hash(previous, row[: len(HASHED)]) != stored_hash:
        return f"{where}: entry edited"
    return None


def _gap(last_id: int, next_id: int) -> str:
    if next_id == last_id + 2:
        return f"; entry {last_id + 1} missing"
    if next_id > last_id + 2:
        return f"; entries {last_id + 1}–{next_id - 1} missing"
    return ""

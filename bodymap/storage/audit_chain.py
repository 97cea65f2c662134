"""The audit log as a hash chain: each entry stores its predecessor's hash and its own.

Every audit row is appended here (the flush hook, failed signing attempts, migrations), with ids
given in order under a lock, so the chain order is the id order. Editing, deleting, inserting
or reordering a row makes :func:`verify_chain` stop at the first entry that no longer follows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
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


def _moment_exact(value: Any) -> str:
    try:
        return _moment(value)
    except (TypeError, ValueError):
        return f"unreadable: {value!r}"  # cannot hash as written: the entry reads as edited


def _raw_partitions(connection: Connection, sql: str) -> Iterator[list[Any]]:
    """Rows of ``sql`` as plain driver tuples, 5,000 at a time, in the session's transaction.

    PostgreSQL gets a server-side cursor, so a million entries never sit in memory at once.
    """
    driver = connection.connection.driver_connection
    assert driver is not None
    server_side = connection.dialect.name == "postgresql"
    cursor = driver.cursor(name="bodymap_audit_chain") if server_side else driver.cursor()
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(5000):
            yield rows
    finally:
        cursor.close()


def verify_chain(connection: Connection) -> ChainReport:
    """Walk the chain in id order; name the first entry that does not follow its predecessor.

    The loop is :func:`entry_hash` written out (same bytes; tests hold them equal): 1.1 million
    entries are re-hashed for 40,000 visits, and calls per entry are most of the cost.
    """
    sql = f"SELECT {', '.join(HASHED)}, prev_hash, row_hash FROM audit_log ORDER BY id"
    previous, count, last_id = GENESIS, 0, 0
    sha256 = hashlib.sha256
    parts = _raw_partitions(connection, sql)
    for part in parts:
        count += len(part)
        for row in part:
            (row_id, at, actor, visit, table_name, record, action, field, old, new) = row[:10]
            if type(at) is str and len(at) == 26 and at[10] == " " and at[19] == ".":
                # SQLAlchemy's SQLite spelling, rewritten as isoformat spells it
                at = f"{at[:10]}T{at[11:19]}" if at.endswith(".000000") else f"{at[:10]}T{at[11:]}"
            else:
                at = _moment_exact(at)
            body = (
                f"{previous}\n{row_id}|{at}|{'-' if actor is None else actor}|"
                f"{'-' if visit is None else visit}|"
                f"{'-' if table_name is None else f'{len(table_name)}:{table_name}'}|{record}|"
                f"{'-' if action is None else f'{len(action)}:{action}'}|"
                f"{'-' if field is None else f'{len(field)}:{field}'}|"
                f"{'-' if old is None else f'{len(old)}:{old}'}|"
                f"{'-' if new is None else f'{len(new)}:{new}'}"
            )
            digest = row[11]
            if row[10] != previous or digest is None or sha256(body.encode()).hexdigest() != digest:
                problem = _break(row, previous, last_id) or f"audit chain broken at {_where(row)}"
                count += sum(len(rest) for rest in parts)
                return ChainReport(count, (problem,))
            previous, last_id = digest, row_id
    return ChainReport(count, ())


def _break(row: Sequence[Any], previous: str, last_id: int) -> str | None:
    """Why ``row`` does not follow the entry before it (hash ``previous``), or None."""
    stored_prev, stored_hash = row[-2], row[-1]
    where = f"audit chain broken at {_where(row)}"
    if stored_hash is None:
        return f"{where}: entry has no hash"
    if stored_prev != previous:
        gap = _gap(last_id, row[0])
        return f"{where}: an entry before it was deleted, inserted or reordered{gap}"
    try:
        edited = entry_hash(previous, row[: len(HASHED)]) != stored_hash
    except (TypeError, ValueError):
        edited = True  # a time that is no time: written by something else
    if edited:
        return f"{where}: entry edited"
    return None


def _gap(last_id: int, next_id: int) -> str:
    if next_id == last_id + 2:
        return f"; entry {last_id + 1} missing"
    if next_id > last_id + 2:
        return f"; entries {last_id + 1}–{next_id - 1} missing"
    return ""

"""Several writers on one database: visit row locks, field-level version-checked saves, retries.

- Every write to a visit's data locks the visit row (``SELECT … FOR UPDATE`` on PostgreSQL;
  on SQLite the writer's ``BEGIN IMMEDIATE`` already holds the file's write lock) and reads its
  status there, so nothing lands in a visit once it is signed, and trigger-point numbers are
  allocated one writer at a time.
- A save names the version it started from (``base``): only the fields that differ from the
  base are written; a field someone else changed meanwhile raises ``EditConflictError`` with
  their version, who and when (from the audit log), never a silent revert.
- A write that lost a race (serialization failure, deadlock, stale row) is retried a few times.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from bodymap.storage.errors import EditConflictError, TransientDatabaseError
from bodymap.storage.tables import AuditRow, Base, ClinicianRow, VisitRow

#: Tries of one repository call that keeps losing races before the error reaches the caller.
MAX_ATTEMPTS = 4
#: PostgreSQL's serialization_failure and deadlock_detected: the transaction may be rerun.
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01"})

P = ParamSpec("P")
R = TypeVar("R")
RowT = TypeVar("RowT", bound=Base)
ModelT = TypeVar("ModelT")


class _Repository(Protocol):
    @property
    def in_batch(self) -> bool: ...


S = TypeVar("S", bound=_Repository)


def retried(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Rerun a repository write that lost a race, up to MAX_ATTEMPTS times.

    Not inside a batch: its earlier work went with the failed transaction.
    """

    @functools.wraps(method)
    def run(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
        attempt = 1
        while True:
            try:
                return method(self, *args, **kwargs)
            except TransientDatabaseError:
                if self.in_batch or attempt >= MAX_ATTEMPTS:
                    raise
                time.sleep(0.005 * attempt)
                attempt += 1

    return cast(Callable[Concatenate[S, P], R], run)


def lock_visit_status(session: Session, visit_id: int) -> str | None:
    """Lock the visit row for this transaction and return its committed status (None: no row).

    A Core query, so a visit row the session holds with unsaved changes is left alone.
    """
    visits = cast(Table, VisitRow.__table__)
    query = select(visits.c.status).where(visits.c.id == visit_id).with_for_update()
    return session.execute(query).scalar()


def locked_row(session: Session, cls: type[RowT], row_id: int | None) -> RowT | None:
    """The row re-read under a row lock, so its version is the committed one (None: no row)."""
    if row_id is None:
        return None
    session.flush()  # a batch's pending changes must not be overwritten by the re-read
    query = (
        select(cls)
        .where(cls.id == row_id)  # type: ignore[attr-defined]
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return session.scalars(query).first()


def last_change(session: Session, row: Base) -> tuple[datetime | None, str | None]:
    """When and by whom ``row`` was last changed, from the audit log (None where unknown)."""
    table = cast(Table, type(row).__table__).name
    query = (
        select(AuditRow.at, ClinicianRow.name)
        .outerjoin(ClinicianRow, ClinicianRow.id == AuditRow.actor_id)
        .where(AuditRow.table_name == table, AuditRow.record_id == row.id)  # type: ignore[attr-defined]
        .order_by(AuditRow.id.desc())
        .limit(1)
    )
    found = session.execute(query).first()
    return (None, None) if found is None else (found[0], found[1])


def save_fields(
    session: Session,
    row: Base,
    values: Mapping[str, Any],
    base: tuple[Mapping[str, Any], int] | None,
    noun: str,
    to_model: Callable[[Any], ModelT],
) -> None:
    """Write ``values`` into ``row``: all of them, or with a ``base`` only those that changed.

    Args:
        session: the open write transaction.
        row: the stored row, read under a lock (see :func:`locked_row`).
        values: the column values the caller wants stored.
        base: the column values and ``row_version`` the caller's window started from; None
            writes every value (a caller that saw no earlier version).
        noun: what the row is, for the conflict message.
        to_model: turns the stored row into the model value carried by a conflict.

    Raises:
        EditConflictError: the row changed since ``base`` in a field this save changes too.
    """
    if base is None:
        for key, value in values.items():
            setattr(row, key, value)
        return
    base_values, base_version = base
    changed = {key: value for key, value in values.items() if base_values.get(key) != value}
    if getattr(row, "row_version") != base_version:  # noqa: B009 (mixin column)
        clashes = tuple(
            key
            for key, mine in changed.items()
            if getattr(row, key) != base_values.get(key) and getattr(row, key) != mine
        )
        if clashes:
            at, by = last_change(session, row)
            row_id = int(getattr(row, "id"))  # noqa: B009
            raise EditConflictError(noun, row_id, clashes, to_model(row), at, by)
    for key, value in changed.items():
        setattr(row, key, value)

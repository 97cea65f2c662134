"""Argument types and look-ups shared by the headless commands."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.errors import NotFoundError
from bodymap.terminal import printable

if TYPE_CHECKING:
    from bodymap.model import Patient
    from bodymap.storage import ChartRepository


#: the largest id a database row can have (SQLite and PostgreSQL BIGINT)
MAX_ID = 2**63 - 1


def whole_id(text: str, what: str = "VISIT") -> int:
    """A stored row id written in ``text``: digits only, from 1 to 2^63-1.

    Raises:
        argparse.ArgumentTypeError: one line naming ``what`` and the allowed range.
    """
    stripped = text.strip()
    if not (stripped.isascii() and stripped.isdigit()) or len(stripped) > 19:
        raise argparse.ArgumentTypeError(
            f"{what} must be a {what.lower()} id (a whole number from 1 to {MAX_ID}), "
            f"got {printable(text)}"
        )
    value = int(stripped)
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(
            f"{what} must be a {what.lower()} id (a whole number from 1 to {MAX_ID}), "
            f"got {printable(text)}"
        )
    return value


def visit_id(text: str) -> int:
    """Argparse type for VISIT: a positive whole number that fits a database id."""
    return whole_id(text, "VISIT")


def database_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file ``--db`` / ``$BODYMAP_DB`` names (outputs must never replace it)."""
    spec = database_spec(args)
    if spec is None:
        from bodymap.storage.engine import default_database_path

        return default_database_path()
    if "://" in spec:
        scheme, _, rest = spec.partition("://")
        if not scheme.startswith("sqlite") or not rest.startswith("/"):
            return None
        return Path(rest[1:].split("?", 1)[0])
    return Path(spec).expanduser().absolute()


def database_spec(args: argparse.Namespace) -> str | None:
    """Return the database the user asked for (``--db`` or ``$BODYMAP_DB``), None for default."""
    spec: str | None = getattr(args, "db", None) or os.environ.get("BODYMAP_DB") or None
    return spec


#: seconds a command spends on ``quick_check`` at open (a bigger file is checked by the window)
OPEN_CHECK_BUDGET = 1.0


def open_database(args: argparse.Namespace, *, create: bool | None = None) -> ChartRepository:
    """Open the repository named by ``--db`` / ``$BODYMAP_DB`` (SQLAlchemy imported only now).

    A new database is made only at the default location (or when ``create`` says so, as for
    ``init`` and ``demo``): a typo in ``--db`` is refused, not turned into an empty database.
    A damaged file is moved aside and the newest verified backup named, in one line.

    On a SQLite file, every write the command makes first checks the window's write lock:
    while a BodyMap window has the file open for writing, the write is refused with one line
    (reads go on). The check reads the lock file itself, so no Qt is loaded.
    """
    from bodymap.storage import open_repository
    from bodymap.storage.errors import DatabaseDamagedError
    from bodymap.write_lock import refuse_if_window_writes

    spec = database_spec(args)
    try:
        repo = open_repository(
            spec, create=spec is None if create is None else create, check_budget=OPEN_CHECK_BUDGET
        )
    except DatabaseDamagedError as exc:
        from bodymap.storage.errors import DatabaseError
        from bodymap.storage.recovery import recover

        raise DatabaseError(recover(exc).message()) from None
    path = database_file(args)
    if path is not None:
        repo.set_write_check(lambda: refuse_if_window_writes(path))
    return repo


def find_patient(repo: ChartRepository, key: str) -> Patient:
    """The patient with id ``key`` (digits) or, failing that, chart number ``key``.

    Raises:
        NotFoundError: when neither matches.
    """
    if key.isascii() and key.isdigit() and len(key) <= 19 and 1 <= int(key) <= MAX_ID:
        try:
            return repo.get_patient(int(key))
        except NotFoundError:
            pass
    patient = repo.find_patient_by_chart_number(key) if key.strip() else None
    if patient is None:
        raise NotFoundError(
            f"no patient with id or chart number {printable(key)} (see 'bodymap patients')"
        )
    return patient

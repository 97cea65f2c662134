"""A SQLite database as files on disk: its side files, private modes, checks and moving aside.

A database is its main file plus its ``-wal`` (the last committed writes until a checkpoint)
and ``-shm``; copying the main file alone can lose writes, so copies go through
``bodymap.storage.backup``. Nothing here deletes or overwrites a file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

#: the side files SQLite keeps beside a database in WAL mode (and the rollback journal)
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
#: POSIX modes: patient data is readable by its owner only
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
#: names a user gives a database file; such a file that is not SQLite was meant to be one
DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db", ".db3", ".bodymap")


def side_files(path: Path) -> list[Path]:
    """The side files of the database ``path`` that exist now."""
    return [p for p in (Path(f"{path}{s}") for s in SIDE_SUFFIXES) if p.exists()]


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Create files 0600 and folders 0700 inside the block (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` (and parents) 0700 if missing; an existing folder keeps its mode."""
    if not folder.is_dir():
        with private_umask():
            folder.mkdir(parents=True, exist_ok=True)
    return folder


def make_private(path: Path) -> None:
    """Make the database file and its side files owner-only (POSIX), if we own them."""
    if os.name != "posix":
        return
    for file in (path, *side_files(path)):
        with contextlib.suppress(OSError):
            if file.stat().st_mode & 0o077:
                os.chmod(file, PRIVATE_FILE_MODE)


def meant_as_database(path: Path, default: Path | None = None) -> bool:
    """True if a file at ``path`` was meant to be a database (so a non-SQLite one is damage).

    A stranger's document named by a typo (``--db notes.txt``) is refused untouched; a file
    with a database's name, at the default location or with side files or backups beside it
    is a database whose header was lost.
    """
    if path.suffix.lower() in DATABASE_SUFFIXES or (default is not None and path == default):
        return True
    return bool(side_files(path)) or (path.parent / "backups").is_dir()


def stamp(now: datetime | None = None) -> str:
    """``YYYYMMDD-HHMMSS`` for file names (local time, as the user reads it)."""
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def _link_or_rename(source: Path, target: Path) -> None:
    """Give ``source`` the new name ``target``, never replacing an existing ``target``."""
    try:
        os.link(source, target)  # fails if target exists: nothing is ever overwritten
    except OSError as exc:
        if target.exists():
            raise FileExistsError(f"{target} exists") from exc
        os.rename(source, target)  # file systems without hard links
        return
    os.unlink(source)


def move_aside(path: Path, label: str = "corrupt") -> Path:
    """Rename ``path`` and its side files to ``NAME.<label>-YYYYMMDD-HHMMSS`` (+ ``-wal`` …).

    The side files keep their suffix after the new name, so the pair still opens together.
    Never deletes and never overwrites: a clash adds ``-2``, ``-3`` … to the stamp.

    Returns:
        The new path of the main file.
    """
    base = f"{path.name}.{label}-{stamp()}"
    for attempt in range(1, 100):
        name = base if attempt == 1 else f"{base}-{attempt}"
        target = path.with_name(name)
        if target.exists() or any(Path(f"{target}{s}").exists() for s in SIDE_SUFFIXES):
            continue
        sides = side_files(path)
        _link_or_rename(path, target)
        for side in sides:
            suffix = side.name[len(path.name) :]
            _link_or_rename(side, Path(f"{target}{suffix}"))
        return target
    raise FileExistsError(f"{path}: too many files named {base}")


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI that opens ``path`` read-only (its WAL still read if present)."""
    return f"file:{quote(str(path))}?mode=ro"


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API errors of sqlite3 and, when installed, SQLCipher's sqlite3 build."""
    try:
        import sqlcipher3  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher3.Error)


def connect_file(path: Path, *, read_only: bool = True, key: str | None = None) -> Any:
    """A DB-API connection to ``path``; an encrypted file is opened with its key.

    Without ``key``, a file that lacks the plain SQLite header gets the stored key (see
    ``bodymap.storage.encryption``), if any.
    """
    from bodymap.storage import encryption

    if key is None and path.exists() and not encryption.has_sqlite_header(path):
        key = encryption.stored_key(path)
    target = read_only_uri(path) if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, timeout=30)
    connection = encryption.sqlcipher().connect(target, uri=read_only, timeout=30)
    connection.execute(encryption.QUIET)
    connection.execute(f"PRAGMA key = {encryption.quote_key(key)}")
    return connection


def run_check(
    path: Path, pragma: str, budget: float | None = None, key: str | None = None
) -> list[str] | None:
    """Run ``PRAGMA quick_check`` / ``integrity_check`` on ``path`` read-only.

    Args:
        path: the database file.
        pragma: ``"quick_check"`` or ``"integrity_check"``.
        budget: seconds after which the check is abandoned (None: no limit).
        key: the SQLCipher key (default: the stored one, for a file without a plain header).

    Returns:
        The problems found (empty: healthy), or None when the budget ran out first.

    Raises:
        sqlite3.DatabaseError: the file cannot be read as a database at all (or SQLCipher's).
    """
    if pragma not in ("quick_check", "integrity_check"):
        raise ValueError(pragma)
    connection = connect_file(path, key=key)
    # The check runs inside one SQLite instruction, so a progress handler would not stop it;
    # sqlite3_interrupt() from a timer thread does (the check polls for it as it goes).
    timer = None if budget is None else threading.Timer(budget, connection.interrupt)
    if timer is not None:
        timer.daemon = True
        timer.start()
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    except database_errors() as exc:
        if timer is not None and "interrupted" in str(exc):
            return None
        raise
    finally:
        if timer is not None:
            timer.cancel()
        connection.close()
    return [] if rows == ["ok"] else rows


def foreign_key_problems(path: Path) -> list[str]:
    """Rows whose foreign key points nowhere, in plain words (read-only)."""
    connection = connect_file(path)
    try:
        rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    return [f"{table} row {rowid} points to a missing {parent}" for table, rowid, parent, _ in rows]

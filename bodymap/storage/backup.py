"""Verified, rotating backups of a SQLite database, and restoring one.

A backup is taken with SQLite's online backup API in one step from a read snapshot: under WAL
a reader never blocks a writer, so charting continues while a large file is copied, and the
copy is one consistent moment (stepping in small pieces would restart whenever another
connection writes). Each copy is written under a temporary name, checked with
``PRAGMA integrity_check`` and fsynced before it gets its final name: every ``*.sqlite`` file
in ``backups/`` is a verified backup. See docs/backups.md for the rotation.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from bodymap.storage.encryption import has_sqlite_header, stored_key
from bodymap.storage.errors import DatabaseError
from bodymap.storage.files import (
    PRIVATE_FILE_MODE,
    connect_file,
    database_errors,
    make_private_folder,
    move_aside,
    private_umask,
    run_check,
    side_files,
    stamp,
)

BACKUPS_FOLDER = "backups"
#: why a backup was made; part of its file name
REASONS = ("manual", "close", "daily", "migration", "restore", "encrypt", "decrypt")
#: the rotation: the newest N, the newest of each of the last days and weeks; migration copies
KEEP_LAST = 10
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MIGRATION = 3
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)\.sqlite$"
)


@dataclass(frozen=True)
class Backup:
    """One backup file: where, when, why, how big."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


def backups_folder(database: Path) -> Path:
    """The folder beside ``database`` that holds its backups."""
    return database.parent / BACKUPS_FOLDER


def _parse(path: Path, stem: str | None = None) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None or match.group("reason") not in REASONS:
        return None
    if stem is not None and match.group("stem") != stem:
        return None  # clinic-old.sqlite's backups are not clinic.sqlite's
    try:
        taken = datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path=path, taken_at=taken, reason=match.group("reason"), size=size)


def list_backups(database: Path) -> list[Backup]:
    """The backups of ``database`` in its backups folder, newest first."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    entries = folder.iterdir()
    found = [backup for entry in entries if (backup := _parse(entry, database.stem)) is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def newest_backup(database: Path) -> Backup | None:
    """The most recent backup of ``database``, if any."""
    backups = list_backups(database)
    return backups[0] if backups else None


def _copy(source: Path, target: Path, key: str | None) -> None:
    """Copy the live database ``source`` into the new file ``target`` (one read snapshot).

    An encrypted database is copied page by page into a file with the same key: the backup
    is as unreadable without the key as the database.
    """
    with private_umask():
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)
    src = connect_file(source, key=key)
    try:
        dst = connect_file(target, read_only=False, key=key) if key else sqlite3.connect(target)
        try:
            src.backup(dst)  # pages=-1: the whole file from one snapshot; writers go on
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal
        finally:
            dst.close()
    finally:
        src.close()


def _verify_and_sync(path: Path, key: str | None) -> None:
    problems = run_check(path, "integrity_check", key=key)
    if problems:
        raise DatabaseError(f"backup of {path.name} failed its check ({problems[0]})")
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_verified(source: Path, target: Path) -> Path:
    """Back ``source`` up to the new file ``target``: copied, integrity-checked, fsynced.

    Raises:
        DatabaseError: the copy failed or did not pass ``integrity_check``; no file is left.
    """
    temp = target.with_name(f".{target.name}.part")
    key = None if has_sqlite_header(source) else stored_key(source)
    try:
        _copy(source, temp, key)
        _verify_and_sync(temp, key)
        if target.exists():
            raise DatabaseError(f"{target}: exists already; choose a new name")
        os.rename(temp, target)
        _sync_folder(target.parent)
    except database_errors() as exc:
        raise DatabaseError(f"cannot back up {source}: {exc}") from None
    except OSError as exc:
        raise DatabaseError(f"cannot back up {source}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
    return target


def take_backup(database: Path, reason: str = "manual", now: datetime | None = None) -> Backup:
    """Make a verified backup of ``database`` in its backups folder, then rotate the folder.

    Raises:
        DatabaseError: the database cannot be read or the copy failed its check.
    """
    if reason not in REASONS:
        raise ValueError(reason)
    folder = make_private_folder(backups_folder(database))
    taken = now or datetime.now()
    base = f"{database.stem}-{stamp(taken)}"
    target = folder / f"{base}-{reason}.sqlite"
    number = 2
    while target.exists():
        target = folder / f"{base}-{number}-{reason}.sqlite"
        number += 1
    copy_verified(database, target)
    rotate(database, today=taken.date())
    backup = _parse(target)
    assert backup is not None  # the name was made to parse
    return backup


def kept_by_rotation(backups: list[Backup], today: date) -> set[Path]:
    """Which backups the rotation keeps (``backups`` newest first); see module docs."""
    keep = {b.path for b in backups[:KEEP_LAST]}
    keep |= {b.path for b in [b for b in backups if b.reason == "migration"][:KEEP_MIGRATION]}
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in backups:  # newest first: the first seen of a day or week is its newest
        day = backup.taken_at.date()
        if today - day < timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(backup.path)
        week = day.isocalendar()[:2]
        if today - day < timedelta(weeks=KEEP_WEEKS) and week not in weeks:
            weeks.add(week)
            keep.add(backup.path)
    return keep


def rotate(database: Path, today: date | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns the deleted paths.

    Only files this module named are touched; anything else in the folder stays.
    """
    backups = list_backups(database)
    keep = kept_by_rotation(backups, today or date.today())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def due_daily(database: Path, now: datetime | None = None) -> bool:
    """True when no backup of ``database`` was taken in the last 24 hours."""
    newest = newest_backup(database)
    return newest is None or (now or datetime.now()) - newest.taken_at >= timedelta(days=1)


def is_bodymap_database(path: Path) -> bool:
    """True if ``path`` reads as a BodyMap database (has the schema version table)."""
    try:
        connection = connect_file(path)
        try:
            row = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
        finally:
            connection.close()
    except database_errors():
        return False
    return row is not None


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Put the verified ``backup`` in place of ``database``; the current file is moved aside.

    The backup is checked first; it is copied to a temporary file beside the database, which
    is renamed into place only after the current file (and its -wal/-shm) was renamed to
    ``NAME.before-restore-YYYYMMDD-HHMMSS``. Nothing is deleted.

    Returns:
        Where the previous database now is (None if there was none).

    Raises:
        DatabaseError: the backup is missing, damaged or not a BodyMap database.
    """
    if not backup.is_file():
        raise DatabaseError(f"{backup}: no such backup file")
    try:
        problems = run_check(backup, "integrity_check")
    except database_errors() as exc:
        raise DatabaseError(f"{backup}: is not a readable database ({exc})") from None
    if problems:
        raise DatabaseError(f"{backup}: is damaged ({problems[0]}); choose another backup")
    if not is_bodymap_database(backup):
        raise DatabaseError(f"{backup}: is not a BodyMap database")
    staged = database.with_name(f".{database.name}.restoring")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()  # our own leftover from an interrupted restore
    copy_verified(backup, staged)
    previous = None
    if database.exists() or side_files(database):
        previous = move_aside(database, "before-restore")
    os.rename(staged, database)
    _sync_folder(database.parent)
    return previous

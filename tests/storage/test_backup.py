"""Verified rotating backups: contents, modes, rotation and the copy made before a migration."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bodymap.model import Patient
from bodymap.storage import open_repository
from bodymap.storage.backup import (
    KEEP_DAYS,
    KEEP_LAST,
    KEEP_WEEKS,
    Backup,
    backups_folder,
    kept_by_rotation,
    list_backups,
    restore_backup,
    rotate,
    take_backup,
)
from bodymap.storage.errors import DatabaseError
from bodymap.storage.files import run_check
from bodymap.storage.migrate import head_revision

FIXTURE = Path(__file__).with_name("fixtures") / "schema_v1.sqlite"
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    repo = open_repository(str(path))
    repo.add_patient(Patient(name="Ana Backup"))
    repo.close()
    return path


def names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM patients ORDER BY id")]
    finally:
        connection.close()


def test_a_backup_holds_the_last_committed_write_and_passes_its_check(database: Path) -> None:
    repo = open_repository(str(database))
    repo.add_patient(Patient(name="Written last"))  # still in the -wal while repo is open
    backup = take_backup(database, "manual")
    repo.close()
    assert backup.path.parent == backups_folder(database)
    assert names(backup.path) == ["Ana Backup", "Written last"]
    assert run_check(backup.path, "integrity_check") == []
    assert not Path(f"{backup.path}-wal").exists()  # one self-contained file
    assert [b.path for b in list_backups(database)] == [backup.path]


@POSIX
def test_backups_and_their_folder_are_private(database: Path) -> None:
    backup = take_backup(database, "manual")
    assert backup.path.stat().st_mode & 0o777 == 0o600
    assert backups_folder(database).stat().st_mode & 0o777 == 0o700


def test_a_copy_never_overwrites_and_leaves_no_part_file(database: Path) -> None:
    when = datetime(2026, 11, 30, 8, 0, 0)
    first = take_backup(database, "manual", now=when)
    second = take_backup(database, "manual", now=when)  # same second: a new name
    assert first.path != second.path
    assert {p.name for p in backups_folder(database).iterdir()} == {
        first.path.name,
        second.path.name,
    }


def fake(day: datetime, reason: str = "close") -> Backup:
    return Backup(Path(f"/b/clinic-{day:%Y%m%d-%H%M%S}-{reason}.sqlite"), day, reason, 1)


def test_rotation_keeps_the_documented_counts() -> None:
    today = date(2026, 12, 2)
    start = datetime(2026, 12, 2, 18, 0)
    # three backups a day for ten weeks, newest first
    backups = [fake(start - timedelta(hours=8 * n)) for n in range(3 * 70)]
    kept = kept_by_rotation(backups, today)
    newest = {b.path for b in backups[:KEEP_LAST]}
    daily = {b.taken_at.date() for b in backups if b.path in kept}
    assert newest <= kept
    assert {today - timedelta(days=d) for d in range(KEEP_DAYS)} <= daily
    weeks = {b.taken_at.date().isocalendar()[:2] for b in backups if b.path in kept}
    assert len(weeks) == KEEP_WEEKS + 1  # this week plus the previous four, partly
    oldest_kept = min(b.taken_at for b in backups if b.path in kept)
    assert today - oldest_kept.date() < timedelta(weeks=KEEP_WEEKS)
    assert len(kept) <= KEEP_LAST + KEEP_DAYS + KEEP_WEEKS


def test_rotation_keeps_migration_copies_and_touches_nothing_else(database: Path) -> None:
    folder = backups_folder(database)
    folder.mkdir()
    old = datetime(2026, 1, 1, 9, 0)
    for n in range(15):
        (folder / f"clinic-{old + timedelta(days=n):%Y%m%d-%H%M%S}-close.sqlite").touch()
    migration = folder / f"clinic-{old:%Y%m%d-%H%M%S}-migration.sqlite"
    migration.touch()
    stranger = folder / "notes.txt"
    stranger.write_text("mine")
    removed = rotate(database, today=date(2026, 12, 1))
    assert len(removed) == 5  # 15 + 1 migration: the ten newest and the migration stay
    assert migration.exists()
    assert stranger.read_text() == "mine"


def test_a_migration_leaves_a_verified_backup_of_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    open_repository(str(path)).close()
    (backup,) = list_backups(path)
    assert backup.reason == "migration"
    assert run_check(backup.path, "integrity_check") == []
    connection = sqlite3.connect(backup.path)
    try:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    assert revision != head_revision()
    assert names(backup.path) == names(FIXTURE)  # the old file's records, as they were
    open_repository(str(path)).close()  # at head now: no second backup
    assert len(list_backups(path)) == 1


def test_restore_moves_the_current_file_aside_and_refuses_a_bad_backup(
    database: Path, tmp_path: Path
) -> None:
    backup = take_backup(database, "manual")
    repo = open_repository(str(database))
    repo.add_patient(Patient(name="After the backup"))
    repo.close()
    previous = restore_backup(backup.path, database)
    assert previous is not None
    assert previous.name.startswith("clinic.sqlite.before-restore-")
    assert names(database) == ["Ana Backup"]
    assert names(previous) == ["Ana Backup", "After the backup"]
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    with pytest.raises(DatabaseError):
        restore_backup(junk, database)
    assert names(database) == ["Ana Backup"]

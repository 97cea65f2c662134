"""Privacy at rest: new databases, their side files, backups and folders are owner-only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bodymap.cli import run
from bodymap.model import Patient
from bodymap.storage import open_repository
from bodymap.storage.engine import default_database_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_new_database_and_its_side_files_are_0600_even_with_a_loose_umask(
    tmp_path: Path,
) -> None:
    previous = os.umask(0o022)
    try:
        path = tmp_path / "clinic.sqlite"
        repo = open_repository(str(path))
        repo.add_patient(Patient(name="Private"))
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
        assert mode(Path(f"{path}-shm")) == 0o600
        repo.close()
    finally:
        os.umask(previous)


def test_the_default_folder_is_0700(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        assert run(["patients"]) == 0
    finally:
        os.umask(previous)
    default = default_database_path()
    assert mode(default) == 0o600
    assert mode(default.parent) == 0o700


def test_exports_and_backups_are_0600(tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite"
    assert run(["init", str(db)]) == 0
    assert run(["--db", str(db), "backup"]) == 0
    (backup,) = (tmp_path / "backups").iterdir()
    assert mode(tmp_path / "backups") == 0o700
    assert mode(backup) == 0o600

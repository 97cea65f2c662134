"""``bodymap backup`` / ``backups`` / ``restore`` round-trip a demo database exactly."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bodymap.cli import run


def show_all(db: str, capsys: pytest.CaptureFixture[str]) -> dict[int, str]:
    assert run(["--db", db, "patients", "--json"]) == 0
    patients = json.loads(capsys.readouterr().out)
    shown = {}
    for patient in patients:
        assert run(["--db", db, "visits", str(patient["id"]), "--json"]) == 0
        for visit in json.loads(capsys.readouterr().out):
            assert run(["--db", db, "show", str(visit["id"]), "--json"]) == 0
            shown[visit["id"]] = capsys.readouterr().out
    return shown


def test_backup_then_restore_round_trips_the_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert run(["--db", db, "demo"]) == 0
    capsys.readouterr()
    before = show_all(db, capsys)
    assert len(before) >= 10
    assert run(["--db", db, "backup"]) == 0
    written = capsys.readouterr().out
    assert "verified" in written
    assert run(["--db", db, "backups", "--json", "--check"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["verified"] is True
    assert listed["size"] > 0
    # the record changes after the backup: a new patient
    assert run(["--db", str(tmp_path / "other.sqlite"), "patients"]) == 1
    capsys.readouterr()
    from bodymap.model import Patient
    from bodymap.storage import open_repository

    repo = open_repository(db)
    repo.add_patient(Patient(name="Added after the backup"))
    repo.close()
    assert run(["--db", db, "restore", listed["path"]]) == 0
    assert "moved to" in capsys.readouterr().out
    assert show_all(db, capsys) == before
    assert list(tmp_path.glob("demo.sqlite.before-restore-*"))


def test_backup_out_writes_a_new_private_file_and_never_replaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "clinic.sqlite")
    assert run(["init", db]) == 0
    out = tmp_path / "copy.sqlite"
    assert run(["--db", db, "backup", "--out", str(out)]) == 0
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    capsys.readouterr()
    for target in (out, Path(db)):
        assert run(["--db", db, "backup", "--out", str(target)]) == 1
        assert capsys.readouterr().err.count("\n") == 1


def test_postgres_backup_says_how_without_pg_dump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump on it
    url = "postgresql://bodymap:secret@127.0.0.1:5432/clinic"
    assert run(["--db", url, "backup", "--out", str(tmp_path / "c.dump")]) == 1
    err = capsys.readouterr().err
    assert "pg_dump is not installed" in err
    assert "pg_dump --format=custom" in err
    assert "secret" not in err

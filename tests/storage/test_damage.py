"""Damaged, missing and empty database files: moved aside or refused, never deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bodymap.cli import run
from bodymap.model import Patient
from bodymap.storage import open_repository
from bodymap.storage.backup import take_backup
from bodymap.storage.errors import DatabaseDamagedError, DatabaseError, DatabaseMissingError


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    repo = open_repository(str(path))
    for n in range(30):
        repo.add_patient(Patient(name=f"Patient {n}", notes="x" * 500))
    repo.close()
    return path


def flip_page(path: Path) -> None:
    """Scramble the header of the patients table's root page (a b-tree page)."""
    connection = sqlite3.connect(path)
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'patients'"
    ).fetchone()
    (size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    for offset in range((root - 1) * size, (root - 1) * size + 12):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [flip_page, truncate, zero_header])
def test_a_damaged_file_is_moved_aside_and_the_newest_backup_named(
    database: Path, capsys: pytest.CaptureFixture[str], damage: object
) -> None:
    backup = take_backup(database, "manual")
    damage(database)  # type: ignore[operator]
    damaged_bytes = database.read_bytes()
    assert run(["--db", str(database), "patients"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert "is damaged" in err
    assert str(backup.path) in err
    (moved,) = database.parent.glob("clinic.sqlite.corrupt-*[0-9]")
    assert moved.read_bytes() == damaged_bytes  # kept byte for byte, never deleted
    assert not database.exists()
    assert run(["--db", str(database), "restore", str(backup.path)]) == 0
    assert run(["--db", str(database), "patients", "--json"]) == 0
    assert "Patient 29" in capsys.readouterr().out


def test_moving_aside_never_overwrites_an_earlier_damaged_copy(database: Path) -> None:
    from bodymap.storage.files import move_aside

    first = move_aside(database)
    database.write_bytes(b"second")
    second = move_aside(database)
    assert first != second
    assert first.exists()
    assert second.read_bytes() == b"second"


def test_a_strangers_files_are_refused_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes")
    with pytest.raises(DatabaseError, match="not a SQLite file") as refused:
        open_repository(str(notes))
    assert not isinstance(refused.value, DatabaseDamagedError)
    assert notes.read_text() == "my own notes"
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    with pytest.raises(DatabaseError, match="not a BodyMap one"):
        open_repository(str(other))
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "notes.txt", "other.sqlite"]


@pytest.mark.parametrize("spec", ["missing.sqlite", "::::", "empty.sqlite"])
def test_commands_refuse_a_missing_or_empty_database_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    spec: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.sqlite").touch()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert run(["--db", spec, "patients"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "bodymap init" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    with pytest.raises(DatabaseMissingError):
        open_repository(spec, create=False)


def test_init_and_demo_create_and_init_refuses_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.sqlite"
    assert run(["init", str(path)]) == 0
    assert run(["--db", str(path), "patients"]) == 0
    assert run(["init", str(path)]) == 1
    assert "already" in capsys.readouterr().err


def test_check_reports_health_and_damage_in_plain_words(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", str(database), "check"]) == 0
    assert "is healthy" in capsys.readouterr().out
    flip_page(database)
    assert run(["--db", str(database), "check"]) == 1
    out = capsys.readouterr().out
    assert "is damaged" in out
    assert "Restore the newest backup" in out
    assert database.exists()  # check only reports; it moves nothing

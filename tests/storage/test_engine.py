"""Opening databases: URLs, pragmas, and refusing bad paths or newer schemas without a trace."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from bodymap.model import Patient
from bodymap.storage import DatabaseError, DatabaseTooNewError, open_repository
from bodymap.storage.engine import (
    create_database_engine,
    database_url,
    default_database_path,
    open_engine,
)
from bodymap.storage.migrate import head_revision

FIXTURE = Path(__file__).with_name("fixtures") / "schema_v1.sqlite"
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64))


def test_spec_to_url(tmp_path: Path) -> None:
    assert database_url(str(tmp_path / "a.sqlite")).database == str(tmp_path / "a.sqlite")
    assert database_url("relative.db").database == str(Path.cwd() / "relative.db")
    pg = database_url("postgresql://u:secret@db.example/clinic")
    assert pg.drivername == "postgresql+psycopg"
    assert database_url("sqlite:///x.db").database == "x.db"
    with pytest.raises(DatabaseError, match="not a valid database URL"):
        database_url("nonsense://:@:::")


def test_default_database_lives_in_user_data_folder() -> None:
    path = default_database_path()
    assert not path.parent.exists()
    repo = open_repository(None)
    try:
        assert path.is_file()
        assert path.name == "bodymap.sqlite"
        assert path.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))
    finally:
        repo.close()


def test_sqlite_pragmas_on_every_connection(tmp_path: Path) -> None:
    engine, _url = open_engine(str(tmp_path / "p.sqlite"))
    try:
        with engine.connect() as connection:
            pragma = {
                name: connection.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
            }
        assert pragma == {
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": 2,
            "busy_timeout": 5000,
        }
    finally:
        engine.dispose()


def test_new_file_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_repository(str(path)).close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]


def test_missing_folder_is_refused_and_nothing_created(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir" / "chart.sqlite"
    with pytest.raises(DatabaseError, match="folder .* does not exist") as caught:
        open_repository(str(path))
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"just some notes\nnot a database\n", "notes.txt"), (PNG_BYTES, "picture.png")],
)
def test_non_database_file_is_refused_unchanged(tmp_path: Path, content: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="not a BodyMap database") as caught:
        open_repository(str(path))
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["home", name])


def test_folder_and_fifo_are_refused(tmp_path: Path) -> None:
    # Tests run as root, which can read a chmod 000 file; a folder and a FIFO are the
    # unreadable-as-a-database cases that hold for every user (a FIFO must not block us).
    with pytest.raises(DatabaseError, match="is a folder"):
        open_repository(str(tmp_path))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(DatabaseError, match="not a regular file"):
        open_repository(str(fifo))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 files anyway")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite"
    shutil.copy(FIXTURE, path)
    path.chmod(0)
    try:
        with pytest.raises(DatabaseError, match="cannot be read"):
            open_repository(str(path))
    finally:
        path.chmod(0o600)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a BodyMap one"):
        open_repository(str(path))
    assert path.read_bytes() == before


def _stamp(path: Path, revision: str) -> None:
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_newer_schema_is_refused_byte_identical(tmp_path: Path, journal: str) -> None:
    path = tmp_path / "future.sqlite"
    shutil.copy(FIXTURE, path)
    _stamp(path, "9999_from_the_future")
    if journal == "wal":
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode = WAL")
        db.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as caught:
        open_repository(str(path))
    message = str(caught.value)
    assert "written by a newer BodyMap (schema 9999_from_the_future)" in message
    assert f"knows up to {head_revision()}" in message
    assert message.endswith("update BodyMap")
    assert str(path) in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.sqlite", "home"]


def test_read_only_file_is_refused(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only files")
    path = tmp_path / "ro.sqlite"
    shutil.copy(FIXTURE, path)
    path.chmod(0o444)
    with pytest.raises(DatabaseError, match="read-only"):
        open_repository(str(path))


def test_unreachable_server_is_one_clear_line() -> None:
    with pytest.raises(DatabaseError, match="cannot be opened") as caught:
        open_repository("postgresql+psycopg://nobody:pw@127.0.0.1:1/none?connect_timeout=2")
    assert "pw" not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_readers_do_not_wait_for_a_writer(db_path: Path) -> None:
    writer = open_repository(str(db_path))
    reader = open_repository(str(db_path))
    try:
        patient = writer.add_patient(Patient(name="Ana"))
        with writer.batch():  # holds the write lock until the block ends
            writer.update_patient(replace(patient, name="Ana María"))
            assert reader.get_patient(patient.id or 0).name == "Ana"  # WAL: old snapshot, no wait
        assert reader.get_patient(patient.id or 0).name == "Ana María"
    finally:
        writer.close()
        reader.close()


def test_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    open_repository(str(path)).close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_in_memory_database_is_refused() -> None:
    with pytest.raises(DatabaseError, match="in-memory"):
        open_repository("sqlite:///:memory:")


def test_postgresql_without_its_driver_names_the_extra(monkeypatch):
    # psycopg is the optional extra bodymap[postgres]; a SQLite user does not install it
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(DatabaseError, match=r"pip install 'bodymap\[postgres\]'"):
        create_database_engine(database_url("postgresql://u:secret@localhost/clinic"))

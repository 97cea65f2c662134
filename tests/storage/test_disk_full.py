"""A full disk is reported as "disk full", never as a bare "disk I/O error"."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, text

from bodymap.model import Patient
from bodymap.storage import disk_errors, open_repository
from bodymap.storage.errors import DatabaseError


def test_a_database_that_runs_out_of_room_says_disk_full(tmp_path: Path) -> None:
    repo = open_repository(str(tmp_path / "full.sqlite"))
    try:
        engine = repo._engine  # noqa: SLF001 (the test caps the file size on every connection)
        with engine.connect() as connection:
            pages = int(connection.execute(text("PRAGMA page_count")).scalar_one())
        engine.dispose()

        def cap(dbapi_connection: object, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")  # type: ignore[attr-defined]

        event.listen(engine, "connect", cap)
        failure = ""
        for number in range(200):
            try:
                repo.add_patient(Patient(name=f"Patient {number}", notes="x" * 19_000))
            except DatabaseError as error:
                failure = str(error)
                break
        assert "disk full" in failure
        assert "I/O" not in failure
    finally:
        repo.close()


def test_an_io_error_on_a_nearly_full_disk_is_reported_as_disk_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "chart.sqlite"
    assert disk_errors.explain("disk I/O error", database) == "disk I/O error"  # plenty of room
    monkeypatch.setattr(disk_errors, "free_bytes", lambda _folder: 1024)
    message = disk_errors.explain("disk I/O error", database)
    assert message.startswith("disk full")
    assert str(tmp_path) in message
    assert disk_errors.explain("database is locked", database) == "database is locked"

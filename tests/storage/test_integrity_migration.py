"""Migration 0003 on a database from the previous schemas: hashes what was signed, says so."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from bodymap.model import Patient, Visit
from bodymap.model.audit import AuditAction
from bodymap.storage import open_repository
from bodymap.storage.engine import open_engine
from bodymap.storage.guard_triggers import (
    VISIT_CONTENT,
    WRITE_ONCE,
    create_guard_triggers,
    guard_trigger_names,
)
from bodymap.storage.verify import verify_records

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema_v*.sqlite")))
def test_old_database_migrates_and_verifies_clean(tmp_path: Path, fixture: str) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / fixture, path)
    repo = open_repository(str(path))
    try:
        report = verify_records(repo)
        [signed_visit] = [v for v in report.visits if v.hash]
        trail = repo.audit_log(signed_visit.visit_id)
    finally:
        repo.close()
    assert report.ok, report.problems
    assert report.summary().startswith("1 signed visit verified; audit chain intact")
    [note] = [e for e in trail if e.action is AuditAction.SIGNATURE]
    assert note.who is None
    assert "computed by migration 0006" in json.loads(note.new or "")["note"]
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError, match="bodymap"):
        db.execute("UPDATE visits SET assessment = 'x' WHERE status = 'signed'")


def test_triggers_cover_every_guarded_table_and_can_be_recreated(tmp_path: Path) -> None:
    engine, _url = open_engine(str(tmp_path / "fresh.sqlite"))
    try:
        with engine.begin() as connection:
            names = guard_trigger_names(connection)
            create_guard_triggers(connection)  # idempotent: a later migration may call it
            assert guard_trigger_names(connection) == names
    finally:
        engine.dispose()
    expected = 2 + 3 * len(VISIT_CONTENT) + 2 * len(WRITE_ONCE)
    assert len(names) == expected


def test_a_batch_rebuild_of_visits_keeps_the_guard(tmp_path: Path) -> None:
    """What a later migration does on SQLite: rebuild ``visits``; env.py restores the guard."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations
    from sqlalchemy import Column, Integer

    path = tmp_path / "rebuilt.sqlite"
    repo = open_repository(str(path))
    patient = repo.add_patient(Patient(name="Ada Bell"))
    repo.add_visit(Visit(patient_id=patient.id or 0, started_at=datetime(2026, 1, 5, 9)))
    repo.close()
    engine, _url = open_engine(str(path))
    try:
        with engine.begin() as connection:
            # As env.py sets them for every migration on SQLite.
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            connection.exec_driver_sql("PRAGMA legacy_alter_table = ON")
            operations = Operations(MigrationContext.configure(connection))
            with operations.batch_alter_table("visits", recreate="always") as batch:
                batch.add_column(Column("version", Integer, nullable=True))
            assert not any("visits_update" in n for n in guard_trigger_names(connection))
            create_guard_triggers(connection)  # as env.py does after the migrations
            connection.exec_driver_sql("PRAGMA legacy_alter_table = OFF")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE visits SET status = 'signed', signed_at = '2026-01-05 10:00:00'")
        refused = (
            "UPDATE visits SET assessment = 'x'",
            "INSERT INTO record_flags (visit_id, no_adverse_events) VALUES (1, 1)",
        )
        for sql in refused:
            with pytest.raises(sqlite3.IntegrityError, match="bodymap guard"):
                db.execute(sql)

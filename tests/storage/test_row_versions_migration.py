"""Migration 0004 on a database written before it: versions start at 1, data kept, and
duplicate trigger-point numbers (left by concurrent writers) renumbered in draft visits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from bodymap.storage import DatabaseError, open_repository
from bodymap.storage.migrate import alembic_config
from bodymap.storage.record_repository import RecordRepository

BEFORE = "0003_thorax"


def _database_at(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


def _chart_with_duplicate_numbers(path: Path, status: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO patients (id, name, chart_number, sex, contact, notes, archived)"
            " VALUES (1, 'Ada Brook', 'M-1', 'unknown', '', '', 0)"
        )
        db.execute(
            "INSERT INTO visits (id, patient_id, started_at, status, subjective, objective,"
            " assessment, plan) VALUES (1, 1, '2026-11-01 09:00:00', ?, 'S', '', '', '')",
            (status,),
        )
        for point_id, number in ((1, 1), (2, 2), (3, 2), (4, 2)):
            db.execute(
                "INSERT INTO trigger_points (id, visit_id, number, view, x, y, muscle, side,"
                " activity, familiar_pain, twitch, notes, carry) VALUES (?, 1, ?, 'posterior',"
                " 200, 200, 'infraspinatus', 'right', 'active', 0, 'none', '', 'new')",
                (point_id, number),
            )


def test_versions_start_at_1_and_duplicates_are_renumbered_with_an_audit_entry(
    tmp_path: Path,
) -> None:
    path = tmp_path / "before.sqlite"
    _database_at(path, BEFORE)
    _chart_with_duplicate_numbers(path, "draft")
    repo = open_repository(str(path))
    try:
        chart = repo.load_chart(1)
        assert sorted(p.number for p in chart.trigger_points) == [1, 2, 3, 4]
        assert {p.id: p.number for p in chart.trigger_points}[2] == 2  # the first keeps its own
        assert {p.row_version for p in chart.trigger_points} == {1}
        assert chart.visit.row_version == 1
        assert chart.visit.subjective == "S"
        renumbered = [e for e in repo.audit_log(1) if e.field == "number"]
        assert len(renumbered) == 2
        RecordRepository(repo, frozenset())  # the record tables are mapped and usable
    finally:
        repo.close()


def test_a_signed_visit_with_duplicates_stops_the_upgrade_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "signed.sqlite"
    _database_at(path, BEFORE)
    _chart_with_duplicate_numbers(path, "signed")
    refused = "cannot be upgraded: signed visits 1 have duplicate trigger-point numbers"
    with pytest.raises(DatabaseError, match=refused):
        open_repository(str(path))
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (BEFORE,)
        assert db.execute("SELECT number FROM trigger_points ORDER BY id").fetchall() == [
            (1,),
            (2,),
            (2,),
            (2,),
        ]  # signed content untouched

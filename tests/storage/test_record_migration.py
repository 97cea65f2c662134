"""The clinical-record migration: a stored foundation (v1) database upgrades intact."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bodymap.model import VisitStatus
from bodymap.model.record import Plan, Screening
from bodymap.storage import SignedVisitError, open_repository
from bodymap.storage.engine import open_engine
from bodymap.storage.migrate import head_revision
from bodymap.storage.record_repository import RecordRepository

FIXTURE = Path(__file__).with_name("fixtures") / "schema_v1.sqlite"
RECORD_TABLES = {
    "screenings",
    "consents",
    "needling_records",
    "adverse_events",
    "record_flags",
    "plans",
    "addenda",
}


def _rows(path: Path, table: str) -> list[tuple[object, ...]]:
    """The table's rows, in the columns of the stored v1 schema (later migrations add some)."""
    with sqlite3.connect(FIXTURE) as v1:
        columns = ", ".join(row[1] for row in v1.execute(f"PRAGMA table_info({table})"))
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()


def test_v1_database_upgrades_to_the_record_schema_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite"
    shutil.copy(FIXTURE, path)
    foundation = (
        "clinicians",
        "patients",
        "visits",
        "trigger_points",
        "pain_zones",
        "outcome_measures",
    )
    before = {table: _rows(path, table) for table in foundation}
    repo = open_repository(str(path))
    repo.close()
    after = {table: _rows(path, table) for table in foundation}
    # Later migrations may append columns (trigger_points.side_override): the old values stay.
    assert {t: [r[: len(b)] for r, b in zip(after[t], before[t], strict=True)] for t in after} == (
        before
    )
    with sqlite3.connect(path) as db:
        [(revision,)] = db.execute("SELECT version_num FROM alembic_version").fetchall()
    assert revision == head_revision()
    engine, _url = open_engine(str(path))
    try:
        assert set(inspect(engine).get_table_names()) >= RECORD_TABLES
    finally:
        engine.dispose()


def test_upgraded_database_takes_record_data_and_keeps_the_signed_visit_locked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v1.sqlite"
    shutil.copy(FIXTURE, path)
    repo = open_repository(str(path))
    try:
        records = RecordRepository(repo, frozenset())
        [patient] = repo.list_patients()
        signed, draft = repo.list_visits(patient.id or 0)
        assert signed.status is VisitStatus.SIGNED
        with pytest.raises(SignedVisitError):
            records.save_plan(Plan(visit_id=signed.id, stretching=True))
        saved = records.save_screening(Screening(visit_id=draft.id, decision="proceed"))
        assert records.load_record(draft.id or 0).screening == saved
        addendum = records.add_addendum(signed.id or 0, 1, "Late entry: patient phoned, no PNS.")
        assert addendum.created_at <= datetime.now()
        assert records.list_addenda(signed.id or 0) == [addendum]
    finally:
        repo.close()

"""Stable identities: each record gets a UUID at creation or by migration; unique, never changed."""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from bodymap.model import Patient, ValidationError
from bodymap.model.record import Plan
from bodymap.storage import ChartRepository, open_repository
from bodymap.storage.migrate import alembic_config
from bodymap.storage.record_repository import RecordRepository
from tests.storage.conftest import Chart, make_point
from tests.storage.signing import sign_complete_visit

FIXTURE = Path(__file__).with_name("fixtures") / "schema_v1.sqlite"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
UUID_TABLES = (
    "clinicians",
    "patients",
    "visits",
    "trigger_points",
    "pain_zones",
    "outcome_measures",
    "screenings",
    "consents",
    "needling_records",
    "adverse_events",
    "plans",
    "addenda",
    "bilateral_thorax",
)


def test_new_records_get_distinct_uuids_exposed_on_the_model(
    repo: ChartRepository, chart: Chart
) -> None:
    records = RecordRepository(repo, frozenset())
    plan = records.save_plan(Plan(visit_id=chart.visit.id, notes="stretch daily"))
    uuids = [
        chart.clinician.uuid,
        chart.patient.uuid,
        chart.visit.uuid,
        chart.point.uuid,
        chart.zone.uuid,
        chart.measure.uuid,
        plan.uuid,
    ]
    assert all(u is not None and UUID.fullmatch(u) for u in uuids)
    assert len(set(uuids)) == len(uuids)
    loaded = repo.load_chart(chart.visit.id or 0)
    assert loaded.visit.uuid == chart.visit.uuid
    assert loaded.trigger_points[0].uuid == chart.point.uuid


def test_a_uuid_never_changes_and_is_never_reused(repo: ChartRepository, chart: Chart) -> None:
    moved = repo.update_trigger_point(replace(chart.point, x=240.0, uuid=chart.zone.uuid))
    assert moved.uuid == chart.point.uuid  # updates keep the stored identity
    # A copy of a loaded mark (carry forward) is a new record with its own identity.
    copy = repo.add_trigger_point(replace(chart.point, id=None, number=0))
    assert copy.uuid not in (None, chart.point.uuid)
    renamed = repo.update_patient(replace(chart.patient, name="Zoë N."))
    assert renamed.uuid == chart.patient.uuid


def test_the_model_refuses_a_malformed_uuid() -> None:
    with pytest.raises(ValidationError, match="uuid"):
        Patient(name="A", uuid="not-a-uuid")
    with pytest.raises(ValidationError, match="uuid"):
        Patient(name="A", uuid="1B4E28BA-2FA1-11D2-883F-0016D3CCA427")  # canonical is lower-case


def test_the_database_refuses_missing_and_duplicate_uuids(
    db_path: Path, repo: ChartRepository, chart: Chart
) -> None:
    with sqlite3.connect(db_path) as db:
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
            db.execute(
                "INSERT INTO patients (name, chart_number, sex, contact, notes, archived)"
                " VALUES ('B', '', 'unknown', '', '', 0)"
            )
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            db.execute(
                "INSERT INTO patients (uuid, name, chart_number, sex, contact, notes, archived)"
                " VALUES (?, 'B', '', 'unknown', '', '', 0)",
                (chart.patient.uuid,),
            )


def _v2_database(path: Path) -> None:
    """The v1 fixture upgraded to 0002 (the record schema) with a record section added."""
    shutil.copy(FIXTURE, path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002_record")
    engine.dispose()
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO plans (visit_id, stretching, stretching_detail, strengthening,"
            " strengthening_detail, manual_therapy, manual_therapy_detail, education,"
            " education_detail, home_exercise, home_exercise_detail, frequency, referral, notes)"
            " VALUES (2, 1, 'neck', 0, '', 0, '', 0, '', 0, '', 'weekly', '', '')"
        )


def test_migration_fills_every_existing_row_including_signed_visits(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite"
    _v2_database(path)
    repo = open_repository(str(path))
    try:
        [patient] = repo.list_patients()
        first, second = repo.list_visits(patient.id or 0)
        assert first.is_signed
        assert UUID.fullmatch(first.uuid or "")
        # The signed visit is still guarded after its rows were given identities.
        chart = repo.load_chart(first.id or 0)
        assert chart.trigger_points[0].uuid
        assert RecordRepository(repo, frozenset()).get_plan(second.id or 0).uuid  # type: ignore[union-attr]
        with pytest.raises(Exception, match="signed"):
            repo.add_trigger_point(make_point(first.id))
    finally:
        repo.close()
    with sqlite3.connect(path) as db:
        for table in UUID_TABLES:
            values = [u for (u,) in db.execute(f"SELECT uuid FROM {table}")]
            assert all(UUID.fullmatch(v) for v in values), table
            assert len(set(values)) == len(values), table
            notnull = {r[1]: r[3] for r in db.execute(f"PRAGMA table_info({table})")}
            assert notnull["uuid"] == 1, table
            unique = [r for r in db.execute(f"PRAGMA index_list({table})") if r[2] == 1]
            assert any(
                [c[2] for c in db.execute(f"PRAGMA index_info({r[1]})")] == ["uuid"] for r in unique
            ), table
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_signing_a_visit_created_after_the_migration_keeps_its_uuid(
    repo: ChartRepository, chart: Chart
) -> None:
    signed = sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
    assert signed.uuid == chart.visit.uuid

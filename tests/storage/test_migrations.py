"""Migrations: a fresh database matches the tables, and a stored v1 database upgrades intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bodymap.model import Instrument, Side, View, VisitStatus, ZoneKind
from bodymap.storage import open_repository
from bodymap.storage.engine import open_engine
from bodymap.storage.migrate import (
    FILE_TEMPLATE,
    MIGRATIONS_DIR,
    head_revision,
    load_table_modules,
)
from bodymap.storage.tables import Base

FIXTURE = Path(__file__).with_name("fixtures") / "schema_v1.sqlite"


def test_migrated_schema_matches_the_table_mapping(tmp_path: Path) -> None:
    load_table_modules()
    engine, _url = open_engine(str(tmp_path / "fresh.sqlite"))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_migrations_ship_in_the_package_with_timestamped_names() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "script.py.mako").is_file()
    names = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    assert names[0].endswith("-0001_foundation_foundation_schema.py")
    assert all(name[:4].isdigit() and name[10] == "_" for name in names)
    assert "%%(year)d" in FILE_TEMPLATE


def test_v1_fixture_upgrades_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    repo = open_repository(str(path))
    try:
        [patient] = repo.list_patients()
        assert patient.name == "Zoë Ñúñez-Łukasiewicz"
        assert patient.chart_number == "V1-001"
        [clinician] = repo.list_clinicians()
        assert clinician.training_hours == 54
        first, second = repo.list_visits(patient.id or 0)
        assert first.status is VisitStatus.SIGNED
        assert second.status is VisitStatus.DRAFT
        chart = repo.load_chart(first.id or 0)
        [point] = chart.trigger_points
        assert (point.view, point.x, point.side, point.tenderness) == (
            View.POSTERIOR,
            238.5,
            Side.RIGHT,
            7,
        )
        [zone] = chart.zones
        assert zone.kind is ZoneKind.REFERRED
        assert zone.area == 800.0
        assert zone.source_point_id == point.id
        assert [m.instrument for m in chart.measures] == [Instrument.NPRS, Instrument.PPT]
        assert chart.measures[1].items == (2.3, 2.4, 2.5)
        assert repo.previous_visit(second.id or 0) == first
    finally:
        repo.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )


def test_reopening_at_head_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "again.sqlite"
    open_repository(str(path)).close()
    open_repository(str(path)).close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


def test_known_revisions_match_the_shipped_scripts() -> None:
    from bodymap.storage.migrate import KNOWN_REVISIONS, migration_scripts

    scripts = migration_scripts()
    chain = [s.revision for s in scripts.walk_revisions()]
    assert tuple(reversed(chain)) == KNOWN_REVISIONS
    assert scripts.get_current_head() == KNOWN_REVISIONS[-1]

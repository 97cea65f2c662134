"""The same code and migrations on PostgreSQL (needs $BODYMAP_TEST_PG_URL; skipped without it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import create_engine, text

from bodymap.model.audit import AuditAction
from bodymap.storage import (
    ChartRepository,
    DatabaseTooNewError,
    SignedVisitError,
    open_repository,
)
from bodymap.storage.migrate import head_revision
from tests.pg_schema import fresh_pg_schema
from tests.storage.conftest import fill_chart, make_point
from tests.storage.signing import sign_complete_visit

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_schema_url() -> Iterator[str]:
    """A fresh schema for this run, dropped afterwards; the URL puts it first on search_path."""
    yield from fresh_pg_schema("bodymap_test")


@pytest.fixture
def pg_repo(pg_schema_url: str) -> Iterator[ChartRepository]:
    repo = open_repository(pg_schema_url)
    yield repo
    repo.close()


def test_upgrade_and_round_trip(pg_repo: ChartRepository, pg_schema_url: str) -> None:
    chart = fill_chart(pg_repo)
    loaded = pg_repo.load_chart(chart.visit.id or 0)
    assert loaded.patient.name == "Zoë Ñúñez-Łukasiewicz"
    assert loaded.trigger_points == (chart.point,)
    assert loaded.zones == (chart.zone,)
    assert loaded.measures == (chart.measure,)
    assert pg_repo.list_patients("zoë") == [chart.patient]
    second = pg_repo.add_trigger_point(make_point(chart.visit.id))
    assert second.number == 2
    pg_repo.delete_trigger_point(second.id or 0)
    assert pg_repo.restore_trigger_point(second.id or 0) == second
    engine = create_engine(pg_schema_url)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert stored == head_revision()


def test_signed_guard_and_audit(pg_repo: ChartRepository) -> None:
    chart = fill_chart(pg_repo)
    pg_repo.set_actor(chart.clinician.id)
    sign_complete_visit(pg_repo, chart.visit.id or 0, chart.clinician.id or 0)
    with pytest.raises(SignedVisitError):
        pg_repo.update_trigger_point(replace(chart.point, x=10.0))
    actions = [e.action for e in pg_repo.audit_log(chart.visit.id or 0)]
    assert actions[0] is AuditAction.CREATE
    assert actions[-2:] == [AuditAction.SIGN, AuditAction.SIGNATURE]


def test_reopen_is_a_no_op(pg_schema_url: str) -> None:
    open_repository(pg_schema_url).close()
    open_repository(pg_schema_url).close()


def test_newer_schema_is_refused_untouched(pg_schema_url: str) -> None:
    open_repository(pg_schema_url).close()
    engine = create_engine(pg_schema_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        with pytest.raises(DatabaseTooNewError, match="schema 9999_future"):
            open_repository(pg_schema_url)
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert stored == "9999_future"
    finally:
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE alembic_version SET version_num = :head"), {"head": head_revision()}
            )
        engine.dispose()

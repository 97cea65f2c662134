"""Test helpers for tampering: a database on SQLite or PostgreSQL, a signed chart in it, and a
raw connection that acts as another tool would (outside BodyMap's sessions)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bodymap.storage import ChartRepository, open_repository
from bodymap.storage.guard_triggers import drop_guard_triggers
from tests.pg_schema import fresh_pg_schema
from tests.storage.conftest import Chart, fill_chart
from tests.storage.signing import sign_complete_visit

#: Tamper paths of issue 10's "Why": raw SQL, and a fragment the problem line must contain.
TAMPERS: dict[str, tuple[str, str]] = {
    "assessment": (
        "UPDATE visits SET assessment = 'rewritten later' WHERE id = {visit}",
        "signed content changed (soap.assessment)",
    ),
    "tenderness": (
        "UPDATE trigger_points SET tenderness = 1 WHERE visit_id = {visit}",
        "].tenderness",
    ),
    "side_override": (  # covered since signature format 2
        "UPDATE trigger_points SET side_override = NOT side_override WHERE visit_id = {visit}",
        "].side_override",
    ),
    "signed_at": (
        "UPDATE visits SET signed_at = '2020-01-01 08:00:00' WHERE id = {visit}",
        "visit.signed_at",
    ),
    "sign_audit_deleted": (
        "DELETE FROM audit_log WHERE visit_id = {visit} AND action = 'sign'",
        "audit log",
    ),
    "back_to_draft": (
        "UPDATE visits SET status = 'draft' WHERE id = {visit}",
        "set back to draft after signing",
    ),
}


@dataclass
class Database:
    """A migrated database (``url``) and raw access to it, as a tool outside BodyMap has."""

    url: str
    kind: str
    path: Path | None = None

    def raw(self, sql: str) -> None:
        """Run ``sql`` and commit, outside every BodyMap session."""
        if self.path is not None:
            with sqlite3.connect(self.path) as db:
                db.execute(sql)
            return
        engine = create_engine(self.url)
        try:
            with engine.begin() as connection:
                connection.execute(text(sql))
        finally:
            engine.dispose()

    def drop_triggers(self) -> None:
        """What an attacker with the file does first."""
        if self.path is not None:
            with sqlite3.connect(self.path) as db:
                names = db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                for (name,) in names.fetchall():
                    db.execute(f'DROP TRIGGER "{name}"')
            return
        engine = create_engine(self.url)
        try:
            with engine.begin() as connection:
                drop_guard_triggers(connection)
        finally:
            engine.dispose()

    def open(self) -> ChartRepository:
        return open_repository(self.url)


def _postgres_url() -> Iterator[str]:
    yield from fresh_pg_schema("bodymap_test")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated database on each engine (PostgreSQL skipped without a server)."""
    if request.param == "sqlite":
        path = tmp_path / "tamper.sqlite"
        open_repository(str(path)).close()
        yield Database(str(path), "sqlite", path)
        return
    urls = _postgres_url()
    url = next(urls)
    open_repository(url).close()
    yield Database(url, "postgres")
    next(urls, None)


@dataclass
class Signed:
    """A database holding one signed visit (and a later draft visit of the same patient)."""

    db: Database
    chart: Chart
    draft_id: int

    @property
    def visit_id(self) -> int:
        return self.chart.visit.id or 0


@pytest.fixture
def signed(database: Database) -> Signed:
    repo = database.open()
    try:
        chart = fill_chart(repo)
        repo.set_actor(chart.clinician.id)
        sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
        later = chart.visit.started_at.replace(day=chart.visit.started_at.day + 7)
        from dataclasses import replace

        draft = repo.add_visit(replace(chart.visit, id=None, started_at=later, subjective="Better"))
    finally:
        repo.close()
    return Signed(database, chart, draft.id or 0)

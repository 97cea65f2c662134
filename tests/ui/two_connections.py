"""Two connections to one database, for the two-window tests: a SQLite file or a PostgreSQL schema.

The PostgreSQL case needs $BODYMAP_TEST_PG_URL (each test gets its own schema, dropped after) and
is skipped without it. Views are opened straight on the repositories: on PostgreSQL there is no
window lock (several workstations write at once, kept safe by version checks), so both are
writable; on SQLite they stand for two connections to one file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bodymap.storage import ChartRepository, open_repository
from tests.pg_schema import fresh_pg_schema


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_spec(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where both connections point: a tmp SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "shared.sqlite")
        return
    yield from fresh_pg_schema("bodymap_ui")


@pytest.fixture
def repo(database_spec: str) -> Iterator[ChartRepository]:
    """The first workstation's connection (A)."""
    repository = open_repository(database_spec)
    yield repository
    repository.close()


@pytest.fixture
def other_repo(database_spec: str, repo: ChartRepository) -> Iterator[ChartRepository]:
    """The second workstation's connection (B), opened after A migrated the database."""
    second = open_repository(database_spec)
    yield second
    second.close()

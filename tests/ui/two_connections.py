"""Two connections to one database, for the two-window tests: a SQLite file or a PostgreSQL schema.

The PostgreSQL case needs $BODYMAP_TEST_PG_URL (each test gets its own schema, dropped after) and
is skipped without it. Views are opened straight on the repositories: on PostgreSQL there is no
window lock (several workstations write at once, kept safe by version checks), so both are
writable; on SQLite they stand for two connections to one file.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bodymap.storage import ChartRepository, open_repository

PG_URL = os.environ.get("BODYMAP_TEST_PG_URL", "")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_spec(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where both connections point: a tmp SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "shared.sqlite")
        return
    if not PG_URL:
        pytest.skip("BODYMAP_TEST_PG_URL is not set")
    schema = f"bodymap_ui_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


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

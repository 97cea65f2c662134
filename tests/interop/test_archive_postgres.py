"""The archive round trip on PostgreSQL: same bytes, ids kept, sequences moved past them."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bodymap.interop.archive import export_archive, import_archive
from bodymap.model import Patient
from bodymap.storage import open_repository

pytestmark = pytest.mark.postgres
PG_URL = os.environ.get("BODYMAP_TEST_PG_URL", "")


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("BODYMAP_TEST_PG_URL is not set")
    schema = f"bodymap_archive_{uuid.uuid4().hex[:12]}"
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


def test_round_trip_through_postgres(pg_url: str, demo_archive: bytes) -> None:
    repo = open_repository(pg_url)
    try:
        result = import_archive(repo, demo_archive)
        assert result.visits == 18
        assert export_archive(repo) == demo_archive
        # The id sequences moved past the imported ids: a new patient gets a fresh id.
        added = repo.add_patient(Patient(name="After Import"))
        assert (added.id or 0) > max(p.id or 0 for p in repo.list_patients() if p != added)
    finally:
        repo.close()

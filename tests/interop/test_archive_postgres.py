"""The archive round trip on PostgreSQL: same bytes, ids kept, sequences moved past them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bodymap.interop.archive import export_archive, import_archive
from bodymap.model import Patient
from bodymap.storage import open_repository
from tests.pg_schema import fresh_pg_schema

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from fresh_pg_schema("bodymap_archive")


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

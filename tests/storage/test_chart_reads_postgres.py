"""Bulk chart reading and revisions on PostgreSQL (needs $BODYMAP_TEST_PG_URL)."""

from __future__ import annotations

import pytest

from bodymap.storage import ChartRepository
from tests.storage.test_chart_reads import counted_statements, course
from tests.storage.test_postgres import pg_repo, pg_schema_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgres


def test_patient_charts_in_constant_queries_on_postgresql(pg_repo: ChartRepository):  # noqa: F811
    patient_id, ids = course(pg_repo)
    expected = [pg_repo.load_chart(visit_id) for visit_id in ids]
    with counted_statements() as statements:
        assert pg_repo.load_patient_charts(patient_id) == expected
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 6
    revisions = pg_repo.visit_revisions(patient_id)
    assert set(revisions) == set(ids)
    assert min(revisions.values()) > 0

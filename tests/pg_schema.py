"""A fresh PostgreSQL schema per test (or module), for every test that runs on CI's server.

Needs $BODYMAP_TEST_PG_URL; without it the test is skipped. The schema is dropped afterwards, so
tests never see each other's rows and the server is left as found.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("BODYMAP_TEST_PG_URL", "")


def fresh_pg_schema(prefix: str) -> Iterator[str]:
    """Yield a URL whose search_path starts at a new schema named ``prefix_<random>``."""
    if not PG_URL:
        pytest.skip("BODYMAP_TEST_PG_URL is not set")
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
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

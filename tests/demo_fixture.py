"""A pytest plugin with the real demo database (real atlas), written once per session.

Tests copy ``demo_file`` to their own tmp_path before opening it, so it is never changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

DEMO_DAY = date(2026, 11, 27)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bodymap.demo import load_demo
    from bodymap.storage import open_repository

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    repo = open_repository(str(path))
    try:
        load_demo(repo, today=DEMO_DAY)
    finally:
        repo.close()
    return path

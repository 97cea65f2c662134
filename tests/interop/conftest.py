"""Interop fixtures: the real demo (real atlas) written once, copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bodymap.interop.archive import export_archive
from bodymap.storage import ChartRepository, open_repository


@pytest.fixture(scope="session")
def demo_archive(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    copy = tmp_path_factory.mktemp("demo-read") / "demo.sqlite"
    shutil.copy(demo_file, copy)
    repo = open_repository(str(copy))
    try:
        return export_archive(repo)
    finally:
        repo.close()


@pytest.fixture
def demo_repo(demo_file: Path, tmp_path: Path) -> Iterator[ChartRepository]:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    repo = open_repository(str(copy))
    yield repo
    repo.close()


@pytest.fixture
def empty_repo(tmp_path: Path) -> Iterator[ChartRepository]:
    repo = open_repository(str(tmp_path / "empty.sqlite"))
    yield repo
    repo.close()

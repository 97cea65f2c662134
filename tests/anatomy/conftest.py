"""Fixtures for the atlas tests: the shipped atlas, and copies of its files to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bodymap.anatomy.atlas import Atlas, load_atlas
from bodymap.resources import asset_path


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    return load_atlas()


@pytest.fixture
def atlas_files(tmp_path: Path) -> dict[str, Path]:
    """Copies of body.json, regions.json and catalogue.json that a test may corrupt."""
    copies = {}
    for name in ("body", "regions", "catalogue"):
        target = tmp_path / f"{name}.json"
        shutil.copy(asset_path(f"atlas/{name}.json"), target)
        copies[name] = target
    return copies

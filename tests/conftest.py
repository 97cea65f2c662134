"""Shared test set-up: headless Qt, and settings, data and config folders isolated in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from bodymap.i18n import set_language

#: Shared fixtures: ``demo_file``, the real demo database written once per session.
#: ``tests.storage.tampering``: a signed visit on SQLite and PostgreSQL, for the integrity tests.
pytest_plugins = ("tests.demo_fixture", "tests.storage.tampering")

# Property tests are derandomized and have no deadline: CI runs must be repeatable, and a shared
# 2-core machine must not turn a slow example into a failure.
settings.register_profile("bodymap", derandomize=True, deadline=None, print_blob=True)
settings.load_profile("bodymap")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--headed", action="store_true", help="show windows on a real screen")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--headed"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Send every per-user folder and the default database into tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BODYMAP_DB", raising=False)
    # English unless a test chooses a language: a German desktop must not change what tests read.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_language("en")

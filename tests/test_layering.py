"""The architecture's arrows: Qt only in bodymap/ui, SQLAlchemy/Alembic only in bodymap/storage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "bodymap"

#: top-level import name -> the only package (relative to bodymap/) allowed to import it
CONFINED = {
    "PySide6": "ui",
    "shiboken6": "ui",
    "sqlalchemy": "storage",
    "alembic": "storage",
}
#: package -> our packages it must not import (architecture.md: arrows point down only;
#: report may read storage, as ui and cli do)
FORBIDDEN = {
    "model": (
        "bodymap.ui",
        "bodymap.storage",
        "bodymap.cli",
        "bodymap.anatomy",
        "bodymap.analysis",
        "bodymap.report",
    ),
    "anatomy": (
        "bodymap.ui",
        "bodymap.storage",
        "bodymap.cli",
        "bodymap.analysis",
        "bodymap.report",
    ),
    "analysis": ("bodymap.ui", "bodymap.storage", "bodymap.cli", "bodymap.report"),
    "report": ("bodymap.ui", "bodymap.cli", "bodymap.commands"),
    "storage": ("bodymap.ui", "bodymap.cli", "bodymap.commands", "bodymap.report"),
}


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def package_of(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0]


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_confined_libraries_stay_in_their_package(path: Path) -> None:
    owner = package_of(path)
    for module in imported_modules(path):
        top = module.split(".")[0]
        allowed = CONFINED.get(top)
        assert allowed is None or owner == allowed, f"{path} imports {module}"


@pytest.mark.parametrize(
    "path",
    [p for p in SOURCES if package_of(p) in FORBIDDEN],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_pure_packages_do_not_reach_up(path: Path) -> None:
    forbidden = FORBIDDEN[package_of(path)]
    for module in imported_modules(path):
        assert not module.startswith(forbidden), f"{path} imports {module}"

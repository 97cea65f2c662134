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
#: plain-Python packages that must not depend on the storage or ui packages
PURE_PACKAGES = ("model", "anatomy", "analysis", "report")


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
    [p for p in SOURCES if package_of(p) in PURE_PACKAGES],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_pure_packages_do_not_reach_up(path: Path) -> None:
    for module in imported_modules(path):
        assert not module.startswith(("bodymap.ui", "bodymap.storage", "bodymap.cli")), (
            f"{path} imports {module}"
        )
        if package_of(path) == "model":
            assert not module.startswith(("bodymap.anatomy", "bodymap.analysis")), module

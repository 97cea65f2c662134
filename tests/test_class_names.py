"""Every class in the package has its own name: one name never means two different things."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import bodymap

PACKAGE = Path(bodymap.__file__).parent


def class_names(source: str) -> list[str]:
    """Names of every class defined in a module's source, nested ones included."""
    return [node.name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ClassDef)]


def duplicate_class_names(root: Path) -> dict[str, list[str]]:
    """Each class name defined more than once under ``root``, with where it is defined."""
    where: dict[str, list[str]] = defaultdict(list)
    for path in sorted(root.rglob("*.py")):
        for name in class_names(path.read_text(encoding="utf-8")):
            where[name].append(str(path.relative_to(root.parent)))
    return {name: places for name, places in where.items() if len(places) > 1}


def test_no_class_name_is_used_twice_in_the_package() -> None:
    assert duplicate_class_names(PACKAGE) == {}


def test_the_check_finds_a_name_used_twice(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "ui").mkdir(parents=True)
    (package / "report").mkdir()
    (package / "ui" / "a.py").write_text("class MapView:\n    class Inner: ...\n")
    (package / "report" / "b.py").write_text("def f():\n    class MapView: ...\n")
    (package / "report" / "c.py").write_text("class Inner: ...\nclass Unique: ...\n")
    assert duplicate_class_names(package) == {
        "Inner": ["pkg/report/c.py", "pkg/ui/a.py"],
        "MapView": ["pkg/report/b.py", "pkg/ui/a.py"],
    }

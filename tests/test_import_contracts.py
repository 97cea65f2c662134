"""The architecture's arrows, checked by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bodymap"


def lint_imports(package_parent: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run lint-imports on the ``bodymap`` package found in ``package_parent``."""
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command as c; c()",
            str(ROOT / "pyproject.toml"),
            "--no-cache",
        ],
        cwd=package_parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_package_keeps_every_contract():
    result = lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_module_of_the_package_sits_in_a_layer():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    present = {
        p.stem if p.is_file() else p.name
        for p in PACKAGE.iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").is_file()
    }
    assert present - placed == set()


def test_a_broken_arrow_is_caught(tmp_path):
    # A copy of the package with three violations: Qt in the model, SQLAlchemy in the report
    # package, storage reaching up into the window.
    copy = tmp_path / "bodymap"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "assets"))
    (copy / "model" / "broken_qt.py").write_text("import PySide6.QtCore\n")
    (copy / "report" / "broken_sql.py").write_text("import sqlalchemy\n")
    (copy / "storage" / "broken_up.py").write_text("import bodymap.ui.app\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    out = " ".join(result.stdout.split())
    assert "bodymap.model is not allowed to import PySide6" in out
    assert "bodymap.model.broken_qt -> PySide6 (l.1)" in out
    assert "bodymap.report.broken_sql -> sqlalchemy (l.1)" in out
    assert "bodymap.storage is not allowed to import bodymap.ui" in out
    assert "bodymap.storage.broken_up -> bodymap.ui.app (l.1)" in out
    assert "3 broken" in out

"""Refresh the translation catalogues: ``python -m bodymap.i18n.update``.

Runs ``pyside6-lupdate`` over every module that calls ``translate`` (new strings are added
to each ``bodymap_<lang>.ts`` as unfinished, removed ones dropped), then ``pyside6-lrelease``
to compile the ``.qm`` files the window loads. Needs PySide6 (a developer tool, not used at
run time). See docs/translating.md.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from bodymap.i18n import CATALOGUE_DIR

PACKAGE_DIR = CATALOGUE_DIR.parent
#: Folders whose modules hold translatable strings (the window and the PDFs).
SOURCE_DIRS = ("ui", "report", "model", "i18n")


def qt_tool(name: str) -> Path:
    """Path of a Qt tool (``lupdate``, ``lrelease``) shipped inside the PySide6 wheel."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit("bodymap.i18n.update needs PySide6 installed")
    folder = Path(spec.origin).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"{name} not found in {folder}")


def source_files() -> list[Path]:
    """Every module lupdate reads, in a stable order."""
    return sorted(p for d in SOURCE_DIRS for p in (PACKAGE_DIR / d).rglob("*.py"))


def catalogues() -> list[Path]:
    """The ``.ts`` files of every translated language."""
    return sorted(CATALOGUE_DIR.glob("bodymap_*.ts"))


def run_lupdate(ts_file: Path, language: str) -> None:
    """Bring ``ts_file`` up to date with the sources (no line numbers: fewer merge conflicts)."""
    command = [str(qt_tool("lupdate")), "-locations", "none", "-no-obsolete"]
    command += ["-target-language", language, *map(str, source_files()), "-ts", str(ts_file)]
    subprocess.run(command, check=True, capture_output=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    command = [str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=True)


def main(argv: list[str]) -> int:
    """Update every catalogue (or create the one for a language given as an argument)."""
    files = catalogues() + [CATALOGUE_DIR / f"bodymap_{code}.ts" for code in argv]
    for ts_file in dict.fromkeys(files):
        language = ts_file.stem.removeprefix("bodymap_")
        run_lupdate(ts_file, language)
        run_lrelease(ts_file, ts_file.with_suffix(".qm"))
        sys.stdout.write(f"updated {ts_file.name} and {ts_file.with_suffix('.qm').name}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

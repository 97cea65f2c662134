"""The translation catalogues: the .qm is compiled from the .ts, the .ts holds every string."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from bodymap.i18n import CATALOGUE_DIR, catalogue_path, read_catalogue
from bodymap.i18n.update import catalogues, run_lrelease, run_lupdate

TS_FILES = catalogues()


def _messages(path: Path) -> set[tuple[str, str]]:
    root = ElementTree.parse(path).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_german_is_shipped() -> None:
    assert CATALOGUE_DIR / "bodymap_de.ts" in TS_FILES
    assert catalogue_path("de", compiled=True) == CATALOGUE_DIR / "bodymap_de.qm"
    assert catalogue_path("de_AT") == CATALOGUE_DIR / "bodymap_de.ts"  # region falls back
    assert catalogue_path("en") is None  # the sources are English


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_qm_is_compiled_from_the_current_ts(ts_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    run_lrelease(ts_file, fresh)
    assert fresh.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), (
        f"{ts_file.with_suffix('.qm').name} is stale: run 'python -m bodymap.i18n.update'"
    )


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_ts_holds_every_string_of_the_sources(ts_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts_file.name
    shutil.copy(ts_file, copy)
    run_lupdate(copy, ts_file.stem.removeprefix("bodymap_"))
    new = _messages(copy) - _messages(ts_file)
    assert not new, f"missing from {ts_file.name} (python -m bodymap.i18n.update): {new}"


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated_with_its_placeholders(ts_file: Path) -> None:
    language = ts_file.stem.removeprefix("bodymap_")
    finished = read_catalogue(ts_file, language).singular
    unfinished = _messages(ts_file) - set(finished)
    assert not unfinished, f"untranslated in {ts_file.name}: {sorted(unfinished)[:20]}"
    import re

    for (context, source), text in finished.items():
        # {name} placeholders are filled by str.format: a lost one drops data from the screen.
        # ({value} helpers that only pluralise English may be dropped.)
        wanted = set(re.findall(r"\{\w+(?::[^}]*)?\}", source)) - {"{value}"}
        got = set(re.findall(r"\{\w+(?::[^}]*)?\}", text))
        assert wanted <= got, f"{context}: {source!r} -> {text!r} lost {wanted - got}"

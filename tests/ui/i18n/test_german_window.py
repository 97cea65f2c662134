"""The window in German: every text a clinician reads on the main pages is translated.

The window is built twice on the demo database, in English and in German, and every text is
collected (labels, buttons, tooltips, placeholders, combo and list items, table headers,
menus and actions) on the Chart page, every Record section and every History page. A text
shown identically in both languages is untranslated, unless it is data: a patient's or a
clinician's name, the catalogue's anatomy (muscle and site names, written in Latin-based
English as the reference literature does) or a word that is the same in German.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas, load_atlas
from bodymap.i18n import set_language
from bodymap.preferences import Preferences
from bodymap.storage import open_repository
from bodymap.ui.history import HistoryView
from bodymap.ui.i18n import install_language
from bodymap.ui.main_window import MainWindow
from bodymap.ui.record.view import RecordView
from tests.ui.i18n.walk import visible_texts

#: Words and names that are the same in German (not a missing translation).
SAME_IN_GERMAN = frozenset(
    {
        "BodyMap",
        "Patient",
        "Status",
        "Diabetes",
        "Needling",
        "Plan",
        "Screening",
        "Latent",
        "Stimulation:",
        "Text:",
        "Michigan Body Map",
        "PSFS 1.0",
        "PSFS 2.0",
        "Name",
        "Pneumothorax",
        "Flexion",
        "Extension",
        "Rotation",
        "Esc",
        "1 Screening",
        "3 Needling",
        "6 Plan",
    }
)
#: PPT sites offered by name are stored as typed: catalogue anatomy, kept as written.
PPT_SITES = frozenset({"Tibialis anterior (remote control site)"})
#: Ranked referral suggestions: the catalogue's reasons are data of the anatomy catalogue.
SUGGESTION_ROW = re.compile(r"^\d+\. .+ · (score|Wert) \d+")


def _data_strings(atlas: Atlas, db: Path) -> set[str]:
    """Texts that are data, not interface: names from the database and the anatomy catalogue."""
    repo = open_repository(str(db))
    try:
        names = {p.name for p in repo.list_patients(include_archived=True)}
        names |= {c.display_name for c in repo.list_clinicians()}
    finally:
        repo.close()
    names |= {m.name for m in atlas.muscles.values()}
    names |= {s.name for s in atlas.sites.values()}
    names.add(str(db))
    return names | PPT_SITES


def _walk(window: MainWindow, app: QApplication) -> dict[str, str]:
    """Visit the Chart tab, every Record section and every History page; collect texts."""
    texts: dict[str, str] = {}

    def collect() -> None:
        app.processEvents()
        for text, kind in visible_texts(window).items():
            texts.setdefault(text, kind)

    collect()
    window.tabs.setCurrentIndex(1)
    record = window.findChild(RecordView)
    assert record is not None
    for row in range(record.nav.count()):
        record.nav.setCurrentRow(row)
        collect()
    window.tabs.setCurrentIndex(2)
    history = window.findChild(HistoryView)
    assert history is not None
    for page in range(history.tabs.count()):
        history.tabs.setCurrentIndex(page)
        collect()
    return texts


def _window_texts(
    language: str, qtbot: QtBot, atlas: Atlas, db: Path, tmp_path: Path
) -> dict[str, str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(language)
    install_language(app, language)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    repo = open_repository(str(db))
    window = MainWindow(repo, atlas, Preferences(), tmp_path / f"prefs-{language}.json")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    visits = [v for p in repo.list_patients() for v in repo.list_visits(p.id or 0)]
    window.show_visit(visits[-1].id or 0)
    try:
        return _walk(window, app)
    finally:
        window.close()


@pytest.fixture
def german_and_english(
    qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> Iterator[tuple[dict[str, str], dict[str, str], set[str]]]:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    atlas = load_atlas()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        english = _window_texts("en", qtbot, atlas, db, tmp_path)
        german = _window_texts("de", qtbot, atlas, db, tmp_path)
        yield german, english, _data_strings(atlas, db)
    finally:
        set_language("en")
        install_language(app, "en")


def _is_data(text: str, data: set[str]) -> bool:
    if text in data or text in SAME_IN_GERMAN or SUGGESTION_ROW.match(text):
        return True
    rest = text
    for value in sorted(data, key=len, reverse=True):
        rest = rest.replace(value, "")
    return not re.search(r"[A-Za-z]{3,}", rest)


def test_no_untranslated_text_on_the_main_pages(
    german_and_english: tuple[dict[str, str], dict[str, str], set[str]],
) -> None:
    german, english, data = german_and_english
    assert len(german) > 300  # the walk really reached the pages
    untranslated = sorted(
        f"{kind}: {text}"
        for text, kind in german.items()
        if text in english and re.search(r"[A-Za-z]{3,}", text) and not _is_data(text, data)
    )
    assert not untranslated, "untranslated in German:\n" + "\n".join(untranslated)


def test_german_window_shows_german_words_and_numbers(
    german_and_english: tuple[dict[str, str], dict[str, str], set[str]],
) -> None:
    german, english, _data = german_and_english
    for expected in ("Körperkarte", "Dokumentation", "Verlauf", "Triggerpunkt", "Screening"):
        assert any(expected in text for text in german), expected
    assert "Chart" in english
    assert "Körperkarte" not in english
    # Decimal commas: the PPT mean and the pain area follow the German locale.
    assert any(re.search(r"\d,\d+ kg/cm²", text) for text in german)
    assert not any(re.search(r"\d\.\d+ kg/cm²", text) for text in german)
    assert not any("u²" in text for text in german)

"""Light and dark themes: one style table, text contrast ≥ 4.5:1, icons and fonts that follow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.preferences import Preferences, load_preferences, save_preferences
from bodymap.storage import ChartRepository
from bodymap.ui.preferences_dialog import PreferencesDialog
from bodymap.ui.record.forms import FieldError, section_header
from bodymap.ui.theme import (
    DARK,
    GRAPHIC_PAIRS,
    LIGHT,
    TEXT_PAIRS,
    apply_theme,
    contrast_ratio,
    style_table,
    theme_manager,
)
from tests.ui.theme_walk import TextSample, open_demo_window, pages, visible_text

AA_TEXT = 4.5


@pytest.fixture(autouse=True)
def light_afterwards() -> Iterator[None]:
    """Every test leaves the application in the light theme the other tests expect."""
    yield
    if isinstance(QApplication.instance(), QApplication):
        apply_theme("light")


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#777777")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("table", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_pair_of_the_style_table_reaches_aa(table: object) -> None:
    assert table is LIGHT or table is DARK
    low = {
        f"{fg} on {bg}": round(contrast_ratio(table.color(fg), table.color(bg)), 2)
        for fg, bg in TEXT_PAIRS
        if contrast_ratio(table.color(fg), table.color(bg)) < AA_TEXT
    }
    assert low == {}
    weak_marks = {
        f"{fg} on {bg}": round(contrast_ratio(table.color(fg), table.color(bg)), 2)
        for fg, bg in GRAPHIC_PAIRS
        if contrast_ratio(table.color(fg), table.color(bg)) < 3.0
    }
    assert weak_marks == {}


def _failures(samples: list[TextSample]) -> list[str]:
    return [
        f"{s.where}: {s.text[:40]!r} {s.foreground.name()} on {s.background.name()} "
        f"= {s.ratio:.2f}:1"
        for s in samples
        if s.ratio < AA_TEXT
    ]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_visible_text_reaches_4_5_to_1_on_every_page(
    qtbot: QtBot, demo_file: Path, atlas: Atlas, tmp_path: Path, theme: str
) -> None:
    window, repo = open_demo_window(qtbot, demo_file, atlas, tmp_path, theme)
    try:
        assert style_table().dark is (theme == "dark")
        background = window.palette().color(QPalette.ColorRole.Window)
        assert (background.lightness() < 128) is (theme == "dark")
        samples: list[TextSample] = []
        names: set[str] = set()
        for where in pages(window):
            found = list(visible_text(window, where))
            samples.extend(found)
            names.update(s.text for s in found)
        # The walk saw the parts the issue named: section list, hints, History's titles.
        assert {"3  Needling", "7  SOAP note"} <= names
        assert any(s.where.startswith("History") for s in samples)
        assert len(samples) > 200
        assert _failures(samples) == []
    finally:
        window.close()
        repo.close()


def test_dark_theme_reaches_widgets_built_before_the_switch(
    qtbot: QtBot, demo_file: Path, atlas: Atlas, tmp_path: Path
) -> None:
    window, repo = open_demo_window(qtbot, demo_file, atlas, tmp_path, "light")
    try:
        toolbar_icon = window.actions_.zoom_in.icon().pixmap(24, 24).toImage()
        before = _darkest_ink(toolbar_icon)
        window.update_preferences(Preferences(theme="dark"))
        QApplication.processEvents()
        assert window.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
        after = _darkest_ink(window.actions_.zoom_in.icon().pixmap(24, 24).toImage())
        # The icons were redrawn in the dark theme's light ink (was 1.27:1 on dark).
        assert before.lightness() < 100 < after.lightness()
        assert contrast_ratio(after, QColor(DARK.window)) >= 3.0
        # The choice was saved with the other preferences.
        assert load_preferences(tmp_path / "prefs.json").theme == "dark"
    finally:
        window.close()
        repo.close()


def _darkest_ink(image: object) -> QColor:
    """The most opaque pixel's colour of an icon image (its ink)."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    best, best_alpha = QColor(), -1
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > best_alpha:
                best, best_alpha = pixel, pixel.alpha()
    return best


def test_unknown_theme_in_the_preferences_file_falls_back_to_system(tmp_path: Path) -> None:
    path = tmp_path / "prefs.json"
    save_preferences(Preferences(theme="dark"), path)
    assert load_preferences(path).theme == "dark"
    path.write_text('{"theme": "purple"}', encoding="utf-8")
    assert load_preferences(path).theme == "system"
    path.write_text('{"theme": 3}', encoding="utf-8")
    assert load_preferences(path).theme == "system"


def test_headings_and_errors_follow_the_system_font(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QFont(app.font())
    try:
        big = QFont(original)
        big.setPointSizeF(16.0)
        app.setFont(big)
        apply_theme("light")
        header = section_header("Outcome measures", "a hint")
        error = FieldError()
        body = QLabel("body text")
        for widget in (header, error, body):
            qtbot.addWidget(widget)
            widget.ensurePolished()
        title = header.findChildren(QLabel)[0]
        title.ensurePolished()
        assert body.font().pointSizeF() == pytest.approx(16.0)
        assert error.font().pointSizeF() >= 16.0  # was fixed at 11 px
        assert title.font().pointSizeF() > body.font().pointSizeF()  # was fixed at 15 px
    finally:
        app.setFont(original)
        manager = theme_manager()
        assert manager is not None
        manager.refresh_fonts()


def test_preferences_dialog_chooses_the_theme_with_the_keyboard(
    qtbot: QtBot, repo: ChartRepository
) -> None:
    dialog = PreferencesDialog(repo, Preferences(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.theme_combo.currentData() == "system"
    focused = QApplication.focusWidget() or dialog
    qtbot.keyClick(focused, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Theme
    assert dialog.theme_combo.hasFocus()
    qtbot.keyClick(dialog.theme_combo, Qt.Key.Key_End)  # the last choice: Dark
    dialog.accept()
    assert dialog.result_preferences is not None
    assert dialog.result_preferences.theme == "dark"

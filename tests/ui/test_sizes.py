"""Small windows, large text and ×2 scale: no sideways scrolling, nothing cut, toolbar fits."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.ui.main_window import MainWindow
from bodymap.ui.theme import apply_theme
from tests.ui.theme_walk import open_demo_window, record_view


@pytest.fixture
def large_font() -> Iterator[None]:
    """The system font at 16 pt for one test (headings follow it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QFont(app.font())
    big = QFont(original)
    big.setPointSizeF(16.0)
    app.setFont(big)
    apply_theme("light")
    yield
    app.setFont(original)
    apply_theme("light")


def _settle() -> None:
    """Let layouts settle (a page shown for the first time is sized on later passes)."""
    for _ in range(5):
        QTest.qWait(20)


def _sideways(window: MainWindow) -> list[str]:
    """Record sections whose page would scroll sideways, or whose name in the list is cut."""
    view = record_view(window)
    problems = []
    names_need = view.nav.sizeHintForColumn(0)
    if names_need > view.nav.viewport().width():
        problems.append(f"section list {view.nav.viewport().width()} < {names_need}")
    for row, section in enumerate(view.sections):
        view.go_to(row)
        _settle()
        scroll = view.pages.currentWidget()
        assert isinstance(scroll, QScrollArea)
        content = scroll.widget()
        assert content is not None
        need = content.minimumSizeHint().width()
        if scroll.horizontalScrollBar().isVisible() or need > scroll.viewport().width():
            problems.append(f"{section.title}: needs {need}, has {scroll.viewport().width()}")
    return problems


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)], ids=["1280x800", "1024x768"])
def test_record_pages_fit_without_sideways_scrolling(
    qtbot: QtBot, demo_file: Path, atlas: Atlas, tmp_path: Path, size: tuple[int, int]
) -> None:
    window, repo = open_demo_window(qtbot, demo_file, atlas, tmp_path)
    try:
        window.resize(*size)
        _settle()
        assert (window.width(), window.height()) == size
        assert _sideways(window) == []
        # The Needling page keeps Remove and the safety note in view (they were cut off).
        needling = record_view(window).needling_section
        record_view(window).go_to(2)
        _settle()
        remove = needling.remove_button
        page = record_view(window).pages.currentWidget()
        assert isinstance(page, QScrollArea)
        right_edge = remove.mapTo(page.viewport(), remove.rect().topRight()).x()
        assert 0 < right_edge <= page.viewport().width()
        note = needling.safety_note
        assert note.isVisible()
        assert note.mapTo(page.viewport(), note.rect().topRight()).x() <= page.viewport().width()
    finally:
        window.close()
        repo.close()


def test_patient_and_visit_lists_show_whole_names_at_1280x800(
    qtbot: QtBot, demo_file: Path, atlas: Atlas, tmp_path: Path
) -> None:
    window, repo = open_demo_window(qtbot, demo_file, atlas, tmp_path)
    try:
        _settle()
        for listing in (window.patients.patient_list, window.patients.visit_list):
            assert not listing.horizontalScrollBar().isVisible()
            widest = max(
                listing.fontMetrics().horizontalAdvance(listing.item(i).text())
                for i in range(listing.count())
            )
            assert widest < listing.viewport().width()
    finally:
        window.close()
        repo.close()


def test_sixteen_point_font_keeps_headings_larger_and_nothing_cut(
    qtbot: QtBot, demo_file: Path, atlas: Atlas, tmp_path: Path, large_font: None
) -> None:
    window, repo = open_demo_window(qtbot, demo_file, atlas, tmp_path)
    try:
        _settle()
        assert _sideways(window) == []
        view = record_view(window)
        view.go_to(3)
        _settle()
        body = QApplication.font().pointSizeF()
        headings = [
            label
            for label in view.sections[3].findChildren(QLabel)
            if label.property("role") == "heading"
        ]
        assert headings
        assert all(h.font().pointSizeF() > body for h in headings)
        errors = [e for e in view.findChildren(QLabel) if e.property("role") == "error"]
        assert errors
        assert all(e.font().pointSizeF() >= body for e in errors)
        # The toolbar fits: no overflow (») button; the tools keep their icons and tooltips.
        window.tabs.setCurrentWidget(window.chart_page)
        _settle()
        bar = window.findChild(QToolBar, "ChartToolBar")
        assert bar is not None
        overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert overflow is None or not overflow.isVisible()
        assert bar.sizeHint().width() <= window.width()
    finally:
        window.close()
        repo.close()


def test_screenshot_at_double_scale_is_crisp_and_complete(demo_file: Path, tmp_path: Path) -> None:
    # Scale is fixed when Qt starts, so a separate process renders the window at ×2.
    out = tmp_path / "x2.png"
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    db = tmp_path / "demo.sqlite"
    db.write_bytes(demo_file.read_bytes())
    command = [sys.executable, "-m", "bodymap", "--db", str(db), "screenshot"]
    result = subprocess.run(
        [*command, "--size", "1280x800", "--theme", "dark", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2560, 1600)
    corner = image.pixelColor(image.width() // 2, image.height() - 4)
    assert corner.lightness() < 128  # dark theme down to the status bar

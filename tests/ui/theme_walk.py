"""Helpers for the theme and size tests: a demo window, its pages, and the text they show."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.preferences import Preferences
from bodymap.storage import ChartRepository, open_repository
from bodymap.ui.main_window import MainWindow
from bodymap.ui.record.view import RecordView
from bodymap.ui.theme import contrast_ratio

ROLE = QPalette.ColorRole


@dataclass(frozen=True)
class TextSample:
    """One piece of visible text with the colours it is drawn in."""

    where: str
    text: str
    foreground: QColor
    background: QColor

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.foreground, self.background)


def open_demo_window(
    qtbot: QtBot, demo_file: Path, atlas: Atlas, tmp_path: Path, theme: str = "light"
) -> tuple[MainWindow, ChartRepository]:
    """A shown main window on a copy of the demo database, its latest visit open."""
    # Qt caches the settings folder per process: this test's own, so no saved layout leaks in.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    repo = open_repository(str(copy))
    window = MainWindow(repo, atlas, Preferences(theme=theme), tmp_path / "prefs.json")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    patient = repo.list_patients()[0]
    assert patient.id is not None
    visit_id = repo.list_visits(patient.id)[-1].id
    assert visit_id is not None
    window.show_visit(visit_id)
    window.reference_docks()
    QApplication.processEvents()
    return window, repo


def record_view(window: MainWindow) -> RecordView:
    """The Record tab, built and in front."""
    window.tabs.setCurrentWidget(window.record_tab)
    QApplication.processEvents()
    view = window.record_tab.built
    assert isinstance(view, RecordView)
    return view


def pages(window: MainWindow) -> Iterator[str]:
    """Bring each page to the front in turn (Chart, every Record section, History's tabs)."""
    window.tabs.setCurrentWidget(window.chart_page)
    QApplication.processEvents()
    yield "Chart"
    view = record_view(window)
    for row, section in enumerate(view.sections):
        view.go_to(row)
        QApplication.processEvents()
        yield f"Record › {section.title}"
    window.tabs.setCurrentWidget(window.history_tab)
    QApplication.processEvents()
    history = window.history_tab.built
    assert history is not None
    for index in range(history.tabs.count()):
        history.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"History › {history.tabs.tabText(index)}"


def _background(widget: QWidget) -> QColor:
    """The colour behind ``widget``: the nearest ancestor (or itself) that paints one."""
    node: QWidget | None = widget
    while node is not None:
        styled = node.testAttribute(Qt.WidgetAttribute.WA_StyledBackground) and node.property(
            "role"
        )
        if node.isWindow() or node.autoFillBackground() or styled:
            return node.palette().color(node.backgroundRole())
        node = node.parentWidget()
    return widget.palette().color(ROLE.Window)


def _plain(text: str) -> str:
    return text.replace("&", "").strip()


def visible_text(root: QWidget, where: str) -> Iterator[TextSample]:
    """Every enabled, visible label, button and list or table item under ``root``."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.visibleRegion().isEmpty():
            continue
        palette = widget.palette()
        if isinstance(widget, QLabel) and _plain(widget.text()) and widget.pixmap().isNull():
            foreground = palette.color(widget.foregroundRole())
            yield TextSample(where, _plain(widget.text()), foreground, _background(widget))
        elif isinstance(widget, QPushButton | QToolButton) and _plain(widget.text()):
            checked = isinstance(widget, QToolButton) and widget.isChecked()
            if checked and widget.autoRaise():
                continue  # a checked toolbar button is drawn sunken in the button colour
            text, button = palette.color(ROLE.ButtonText), palette.color(ROLE.Button)
            yield TextSample(where, _plain(widget.text()), text, button)
        elif isinstance(widget, QCheckBox | QRadioButton) and _plain(widget.text()):
            foreground = palette.color(widget.foregroundRole())
            yield TextSample(where, _plain(widget.text()), foreground, _background(widget))
        elif isinstance(widget, QListWidget):
            yield from _list_items(widget, where)
        elif isinstance(widget, QTableWidget):
            yield from _table_items(widget, where)


def _item_colours(
    palette: QPalette, selected: bool, brush_colour: QColor | None, alternate: bool
) -> tuple[QColor, QColor]:
    if selected:
        return palette.color(ROLE.HighlightedText), palette.color(ROLE.Highlight)
    background = palette.color(ROLE.AlternateBase if alternate else ROLE.Base)
    return brush_colour or palette.color(ROLE.Text), background


def _list_items(widget: QListWidget, where: str) -> Iterator[TextSample]:
    palette = widget.palette()
    for row in range(widget.count()):
        item = widget.item(row)
        if item.isHidden() or not _plain(item.text()):
            continue
        brush = item.data(Qt.ItemDataRole.ForegroundRole)
        colour = brush.color() if hasattr(brush, "color") else brush
        alternate = widget.alternatingRowColors() and row % 2 == 1
        foreground, background = _item_colours(
            palette, item.isSelected(), colour if isinstance(colour, QColor) else None, alternate
        )
        yield TextSample(f"{where} (list)", item.text(), foreground, background)


def _table_items(widget: QTableWidget, where: str) -> Iterator[TextSample]:
    palette = widget.palette()
    for row in range(widget.rowCount()):
        for column in range(widget.columnCount()):
            item = widget.item(row, column)
            if item is None or not item.text().strip():
                continue
            brush = item.data(Qt.ItemDataRole.ForegroundRole)
            colour = brush.color() if hasattr(brush, "color") else brush
            alternate = widget.alternatingRowColors() and row % 2 == 1
            foreground, background = _item_colours(
                palette,
                item.isSelected(),
                colour if isinstance(colour, QColor) else None,
                alternate,
            )
            yield TextSample(f"{where} (table)", item.text(), foreground, background)


def all_buttons(root: QWidget) -> list[QAbstractButton]:
    """The visible buttons under ``root`` (for size checks)."""
    return [b for b in root.findChildren(QAbstractButton) if b.isVisible()]

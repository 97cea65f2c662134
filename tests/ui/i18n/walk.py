"""Collect every text a clinician reads on the window: labels, buttons, tips, menus, lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")
_ENTITY = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}


def plain(text: str) -> str:
    """Text without HTML tags, entities or mnemonic ampersands, whitespace collapsed."""
    text = _TAG.sub(" ", text)
    for entity, char in _ENTITY.items():
        text = text.replace(entity, char)
    text = re.sub(r"&(?=\w)", "", text)
    return " ".join(text.split())


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.statusTip()
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield widget.placeholderText()
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            yield widget.item(i).text()
            yield widget.item(i).toolTip()
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            if header is not None:
                yield header.text()
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        yield from (header.text(c) for c in range(header.columnCount()))
    for action in widget.actions():
        yield from _action_texts(action)


def _action_texts(action: QAction) -> Iterator[str]:
    yield action.text()
    yield action.toolTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()
        for sub in menu.actions():
            yield from _action_texts(sub)


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every non-empty text under ``root`` (plain), mapped to the class of a widget showing it."""
    found: dict[str, str] = {}
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        for text in _widget_texts(widget):
            cleaned = plain(text or "")
            if cleaned:
                found.setdefault(cleaned, type(widget).__name__)
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            for text in _action_texts(action):
                cleaned = plain(text or "")
                if cleaned:
                    found.setdefault(cleaned, "menu")
    return found

"""Help ▸ Guide and keyboard reference (F1): the bundled guide plus a table of every shortcut.

The table is built from the window's actions when the dialog opens, so it cannot go stale.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.resources import asset_path
from bodymap.ui.i18n import translate

GUIDE_ASSET = "help/guide.md"

#: Keys that act on the map and the mark list, not through an action (see canvas.keyboard).
MAP_KEYS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Terms", "Tab / Shift+Tab, PgDown / PgUp"),
        QT_TRANSLATE_NOOP("Terms", "Next / previous mark on the map"),
    ),
    (
        QT_TRANSLATE_NOOP("Terms", "Arrow keys"),
        QT_TRANSLATE_NOOP("Terms", "Nudge the focused marker (Shift: ten steps)"),
    ),
    (
        QT_TRANSLATE_NOOP("Terms", "Enter"),
        QT_TRANSLATE_NOOP("Terms", "Open the inspector on the focused mark"),
    ),
    (QT_TRANSLATE_NOOP("Terms", "Space + drag"), QT_TRANSLATE_NOOP("Terms", "Pan the map")),
    (
        QT_TRANSLATE_NOOP("Terms", "Esc"),
        QT_TRANSLATE_NOOP("Terms", "Cancel the gesture in progress"),
    ),
)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action of the window's menus and the window itself."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(place: str, action: QAction) -> None:
        if id(action) in seen or action.isSeparator() or not action.text():
            return
        seen.add(id(action))
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        text = action.text().replace("&", "").rstrip(".…")
        if text.startswith(("Undo ", "Redo ")):
            text = text[:4]  # the undo actions carry the name of the edit they would undo
        if keys:
            rows.append((place, text, keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            for action in menu.actions():
                add(top.text().replace("&", ""), action)
    for action in window.findChildren(QAction):
        add("Chart and window", action)
    return rows


def guide_html(window: QMainWindow) -> str:
    """The guide (Markdown from the bundled asset) followed by the keyboard reference table."""
    browser = QTextBrowser()
    browser.setMarkdown(asset_path(GUIDE_ASSET).read_text(encoding="utf-8"))
    body = browser.toHtml()
    cells = "".join(
        f"<tr><td>{html.escape(p)}</td><td>{html.escape(c)}</td><td><b>{html.escape(k)}</b></td></tr>"
        for p, c, k in shortcut_rows(window)
    )
    cells += "".join(
        f"<tr><td>Map</td><td>{html.escape(c)}</td><td><b>{html.escape(k)}</b></td></tr>"
        for k, c in MAP_KEYS
    )
    table = (
        '<table cellspacing="0" cellpadding="4" border="1" width="100%">'
        "<tr><th align='left'>Where</th><th align='left'>Command</th>"
        f"<th align='left'>Keys</th></tr>{cells}</table>"
    )
    return body.replace("</body>", f"{table}</body>")


class HelpDialog(QDialog):
    """A non-modal window with the guide and the keyboard reference, readable offline."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(translate("HelpDialog", "BodyMap guide and keyboard reference"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("HelpDialog", "Guide and keyboard reference"))
        self.browser.setOpenExternalLinks(False)
        self._window = window
        self.refresh()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def refresh(self) -> None:
        """Rebuild the page from the window's current actions."""
        self.browser.setHtml(guide_html(self._window))

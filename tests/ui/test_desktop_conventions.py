"""F1 guide with a keyboard reference built from the actions, Ctrl+F search, export notice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.model import Visit
from bodymap.ui import export_actions
from bodymap.ui.help_dialog import HelpDialog, shortcut_rows
from bodymap.ui.main_window import MainWindow


def test_f1_opens_the_guide_listing_every_shortcut(
    qtbot: QtBot, main_window: Callable[..., MainWindow], visit: Visit
) -> None:
    window = main_window()
    window.activateWindow()
    window.chart_page.view.setFocus()
    qtbot.waitUntil(window.chart_page.view.hasFocus)
    qtbot.keyClick(window.chart_page.view, Qt.Key.Key_F1)
    dialogs = window.findChildren(HelpDialog)
    assert len(dialogs) == 1
    text = dialogs[0].browser.toPlainText()
    assert "BodyMap guide" in text
    rows = shortcut_rows(window)
    commands = {command for _place, command, _keys in rows}
    assert {"Add trigger point", "Add pain zone by region", "Find patient", "Undo"} <= commands
    # Every shortcut of every menu action is in the table (it is read from the actions).
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu else []:
            for key in action.shortcuts():
                assert key.toString(QKeySequence.SequenceFormat.NativeText) in text
    assert "Ctrl+T" in text
    assert "Nudge the focused marker" in text


def test_ctrl_f_puts_the_focus_in_patient_search(
    qtbot: QtBot, main_window: Callable[..., MainWindow], visit: Visit
) -> None:
    window = main_window()
    window.activateWindow()
    window.chart_page.view.setFocus()
    qtbot.waitUntil(window.chart_page.view.hasFocus)
    qtbot.keyClick(window.chart_page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.patients.search
    qtbot.keyClicks(window.patients.search, "Zo")
    assert window.patients.search.text() == "Zo"


def test_export_says_where_it_went_and_opens_the_folder(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    visit: Visit,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "note.pdf"
    target.parent.mkdir()
    # The file dialog is the system's; the rest (render, write, notice) is real.
    monkeypatch.setattr(export_actions, "_ask_path", lambda *_args: target)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = main_window()
    window.actions_.export_note.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    notice = window.desktop.export_notice
    assert notice.isVisible()
    assert notice.label.text() == f"Exported to {target}"
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target.parent))]

"""The window's progress report asks for a date range and covers only the visits in it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from bodymap.model import Patient, Visit
from bodymap.report.formatting import format_date
from bodymap.ui import export_actions
from bodymap.ui.main_window import MainWindow
from bodymap.ui.report_range_dialog import ReportRangeDialog


def _press(widget: object, key: Qt.Key, times: int) -> None:
    for _ in range(times):
        QTest.keyClick(widget, key)  # type: ignore[call-overload]


def test_the_report_covers_only_the_visits_in_the_chosen_range(
    main_window: Callable[..., MainWindow],
    make_visit: Callable[..., Visit],
    patient: Patient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for day in (1, 5, 9):
        make_visit(day=day)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(export_actions, "_ask_path", lambda *_args: target)
    window = main_window()
    assert window.patients.current_patient_id() == patient.id
    seen: list[str] = []

    def choose_range() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReportRangeDialog):
            QTimer.singleShot(20, choose_range)
            return
        seen.append(dialog.count_label.text())
        # From 1 Oct up to 5 Oct with the arrow key on the day, as on the keyboard.
        dialog.from_edit.setFocus()
        _press(dialog.from_edit, Qt.Key.Key_Up, 4)
        seen.append(dialog.count_label.text())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_range)
    window.actions_.export_report.trigger()
    assert seen == ["3 visits in the range", "2 visits in the range"]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(target)).pages)
    period = f"{format_date(date(2026, 10, 5))} \u2013 {format_date(date(2026, 10, 9))}"
    assert period in text
    assert format_date(date(2026, 10, 1)) not in text  # the visit before the range is out
    assert window.desktop.export_notice.path == target


def test_a_back_to_front_or_empty_range_cannot_be_exported(qtbot: QtBot) -> None:
    dialog = ReportRangeDialog([date(2026, 10, 1), date(2026, 10, 9)])
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.from_edit.setFocus()
    _press(dialog.from_edit, Qt.Key.Key_Up, 9)  # 1 Oct -> 10 Oct: after To
    assert dialog.chosen() == (date(2026, 10, 10), date(2026, 10, 9))
    assert not ok.isEnabled()
    assert dialog.error.text() == "From must be on or before To"
    assert dialog.error.accessibleName() == dialog.error.text()  # a screen reader hears it
    dialog.to_edit.setFocus()
    _press(dialog.to_edit, Qt.Key.Key_Up, 1)  # 10 Oct: in order, but no visit inside
    assert dialog.visits_in_range() == 0
    assert not ok.isEnabled()
    assert dialog.error.text().startswith("No visit from")

"""The typical visit with the keyboard alone: trigger point and zone on the map (Ctrl+T,
Ctrl+Shift+T), screening, consent, a needling record, no adverse events, then Sign.

Focus is put on each control the way Alt-letters and Tab would bring it there; every change
is made with a key (typing, Space, arrows, Enter), and the test checks what was stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bodymap.model import Side, Visit
from bodymap.storage import ChartRepository, open_repository
from bodymap.storage.record_repository import RecordRepository
from bodymap.ui.main_window import MainWindow
from bodymap.ui.record import RecordView
from bodymap.ui.record.adverse import AdverseEventsSection
from bodymap.ui.record.consent import ConsentSection
from bodymap.ui.record.screening import ScreeningSection

from .canvas.test_keyboard_charting import answer_dialog, focus_map


class Yes:
    """Answers the record's questions yes (the dialogs are covered in the record tests)."""

    def confirm(self, title: str, text: str) -> bool:
        return True

    def ask_reason(self, title: str, text: str) -> str | None:
        return "keyboard test"


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    """Bring the focus to ``widget`` and press ``key`` there."""
    qtbot.waitUntil(widget.isVisible)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, key)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.waitUntil(widget.isVisible)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_visit_charted_recorded_and_signed_from_the_keyboard(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    visit: Visit,
) -> None:
    window = main_window()
    page = window.chart_page
    view = focus_map(qtbot, window)
    answer_dialog(qtbot, "gluteus medius")
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.model.points) == 1)
    focus_map(qtbot, window)
    answer_dialog(qtbot, "buttock")
    qtbot.keyClick(
        view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: len(page.model.zones) == 1)

    # Ctrl+Tab goes to the Record tab.
    window.activateWindow()
    window.tabs.setFocus()
    qtbot.keyClick(window.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.record_tab.built is not None)
    record = window.record_tab.built
    assert isinstance(record, RecordView)
    record.needling_section.prompter = Yes()
    record.sign_section.prompter = Yes()

    screening = record.section(ScreeningSection)
    assert isinstance(screening, ScreeningSection)
    record.go_to(0)
    press(qtbot, screening.all_absent_button)
    press(qtbot, screening.decision_combo, Qt.Key.Key_Down)  # "Proceed"

    consent = record.section(ConsentSection)
    assert isinstance(consent, ConsentSection)
    record.go_to(1)
    press(qtbot, consent.form_buttons[next(iter(consent.form_buttons))])
    for check in (*consent.flag_checks.values(), *consent.risk_checks.values()):
        press(qtbot, check)

    needling = record.needling_section
    record.go_to(2)
    press(qtbot, needling.point_combo, Qt.Key.Key_Home)
    press(qtbot, needling.add_button)
    qtbot.waitUntil(lambda: needling.table.rowCount() == 1)
    type_into(qtbot, needling.editor.insertions, "3")
    type_into(qtbot, needling.editor.needles_in, "2")
    type_into(qtbot, needling.editor.needles_out, "2")
    assert (needling.editor.needles_in.value(), needling.editor.needles_out.value()) == (2, 2)

    adverse = record.section(AdverseEventsSection)
    assert isinstance(adverse, AdverseEventsSection)
    record.go_to(4)
    press(qtbot, adverse.none_check)

    sign = record.sign_section
    record.go_to(7)
    sign.refresh_blockers()
    assert sign.blockers == []
    press(qtbot, sign.sign_button)
    # First signature of this clinician: the dialog asks for a new signing secret, twice.
    dialog = sign.sign_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.secret, "keyboard-secret")
    qtbot.keyClicks(dialog.repeat, "keyboard-secret")
    with qtbot.waitSignal(record.visit_signed, timeout=3000):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    QApplication.processEvents()

    fresh = open_repository(repo.location)
    try:
        chart = fresh.load_chart(visit.id)
        stored = RecordRepository(fresh, frozenset()).load_record(visit.id)
    finally:
        fresh.close()
    assert chart.visit.is_signed
    (point,) = chart.trigger_points
    assert point.muscle == "gluteus_medius"
    assert point.side is Side.RIGHT
    (zone,) = chart.zones
    assert zone.view.value == "posterior"
    (needled,) = stored.needling
    assert needled.trigger_point_id == point.id
    assert (needled.insertions, needled.needles_in, needled.needles_out) == (3, 2, 2)
    assert stored.no_adverse_events
    assert page.model.read_only
    assert not window.keyboard_charting.add_point.isEnabled()

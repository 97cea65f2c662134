"""A restart puts the clinician back where they were (issue 18, item 5).

Last patient, visit, tab, Record section and splitter positions come back at the next launch;
the settings live in this test's tmp_path (the ``main_window`` fixture points QSettings there).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from bodymap.model import Patient, Visit
from bodymap.storage import ChartRepository
from bodymap.ui.main_window import MainWindow
from bodymap.ui.record.adverse import AdverseEventsSection


def _drag_handle(handle: QWidget, by: int) -> None:
    """Drag a splitter handle down by ``by`` pixels with the left button, as a user would."""
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        point = start + QPoint(0, by * step // 5)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(point),
            QPointF(handle.mapToGlobal(point)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(handle, move)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(0, by))


def test_a_restart_reopens_patient_visit_tab_section_and_splitters(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    make_visit: Callable[..., Visit],
    patient: Patient,
) -> None:
    first, second = make_visit(day=2), make_visit(day=9)
    assert patient.id is not None
    assert first.id is not None
    assert second.id is not None
    window = main_window()
    window.patients.select_visit(patient.id, first.id)  # not the latest: must still come back
    reference, _suggestions = window.reference_docks()
    reference.show()
    reference.raise_()
    splitter = reference.findChild(QSplitter, "reference")
    assert splitter is not None
    qtbot.waitUntil(splitter.isVisible)
    before = splitter.sizes()
    _drag_handle(splitter.handle(1), 60)
    moved = splitter.sizes()
    assert moved != before
    window.tabs.setCurrentWidget(window.record_tab)
    record = window.record_tab.built
    assert record is not None
    adverse_row = next(
        i for i, s in enumerate(record.sections) if isinstance(s, AdverseEventsSection)
    )
    qtbot.waitUntil(record.nav.isEnabled)  # the visit is loaded
    record.go_to(adverse_row)
    assert record.nav.currentRow() == adverse_row
    window.close()

    again = main_window()
    assert again.patients.current_patient_id() == patient.id
    assert again.chart_page.model.visit_id == first.id
    assert again.tabs.currentWidget() is again.record_tab
    reopened = again.record_tab.built
    assert reopened is not None
    assert reopened.nav.currentRow() == adverse_row
    assert isinstance(reopened.pages.currentWidget().widget(), AdverseEventsSection)  # type: ignore[attr-defined]
    assert reopened.visit_id() == first.id
    again.tabs.setCurrentWidget(again.chart_page)
    reference_again = again.reference_docks()[0]
    reference_again.show()
    reference_again.raise_()
    restored = reference_again.findChild(QSplitter, "reference")
    assert restored is not None
    qtbot.waitUntil(restored.isVisible)
    qtbot.wait(50)  # the dock's layout settles
    # The same share of the panel per pane (the dock may be another height at launch).
    shares = [size / sum(moved) for size in moved]
    restored_shares = [size / sum(restored.sizes()) for size in restored.sizes()]
    assert restored_shares == pytest.approx(shares, abs=0.02)


def test_a_patient_without_visits_is_reselected(
    main_window: Callable[..., MainWindow],
    make_visit: Callable[..., Visit],
    patient: Patient,
    repo: ChartRepository,
) -> None:
    visit = make_visit(day=3)
    newcomer = repo.add_patient(Patient(name="Aaron Newcomer", chart_number="N-1"))
    assert patient.id is not None
    assert visit.id is not None
    assert newcomer.id is not None
    window = main_window()
    window.patients.select_visit(patient.id, visit.id)
    window.patients.reload_patients(newcomer.id)
    assert window.patients.current_patient_id() == newcomer.id
    window.close()
    again = main_window()
    assert again.patients.current_patient_id() == newcomer.id
    assert again.tabs.currentWidget() is again.chart_page


def test_settings_from_a_bigger_window_do_not_break_the_launch(
    main_window: Callable[..., MainWindow],
) -> None:
    """Out-of-range or foreign values are ignored, never an error."""
    from PySide6.QtCore import QSettings

    from bodymap.ui import session_state

    settings = QSettings()
    settings.setValue(session_state.TAB_KEY, 17)
    settings.setValue(session_state.RECORD_SECTION_KEY, "lots")
    settings.setValue(session_state.PATIENT_KEY, 99_999)
    window = main_window()
    assert window.tabs.currentWidget() is window.chart_page
    assert window.patients.current_patient_id() is None

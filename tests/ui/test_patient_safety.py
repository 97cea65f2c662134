"""The patient in front of you, always: banner, tool keys, list keys, switch, reopen, undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import Clinician, Patient, View, Visit
from bodymap.storage import ChartRepository
from bodymap.ui.canvas.tools import ToolKind
from bodymap.ui.main_window import LAST_VISIT_KEY, MainWindow
from bodymap.ui.record.soap import SoapSection
from tests.ui.conftest import answer_next_question, click_at


@pytest.fixture
def second_patient(repo: ChartRepository, clinician: Clinician) -> tuple[Patient, Visit]:
    """'Test, Timing' — the patient a type-ahead `t` used to jump to — with a visit."""
    other = repo.add_patient(
        Patient(name="Test, Timing", chart_number="T-200", date_of_birth=date(1990, 1, 2))
    )
    assert other.id is not None
    visit = repo.add_visit(
        Visit(patient_id=other.id, clinician_id=clinician.id, started_at=datetime(2026, 10, 3, 8))
    )
    return other, visit


def _row_of(window: MainWindow, patient_id: int | None) -> int:
    patients = window.patients.patient_list
    return next(i for i in range(patients.count()) if patients.item(i).data(256) == patient_id)


def _click_patient(qtbot: QtBot, window: MainWindow, patient_id: int | None) -> None:
    patients = window.patients.patient_list
    rect = patients.visualItemRect(patients.item(_row_of(window, patient_id)))
    qtbot.mouseClick(patients.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_banner_names_the_open_patient_with_two_identifiers_and_changes_on_a_switch(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    patient: Patient,
    visit: Visit,
    second_patient: tuple[Patient, Visit],
) -> None:
    window = main_window()
    _click_patient(qtbot, window, patient.id)
    banner = window.banner
    assert banner.isVisible()
    assert patient.name in banner.text
    assert "born 1984-05-17" in banner.text
    assert "Chart T-100" in banner.text
    other, _visit = second_patient
    _click_patient(qtbot, window, other.id)
    assert "Test, Timing" in banner.text
    assert "Chart T-200" in banner.text
    assert patient.name not in banner.text
    assert banner.flashing  # the colour change that makes a switch visible
    window.tabs.setCurrentWidget(window.record_tab)
    assert banner.isVisible()  # over every tab, not only the chart


def test_t_in_the_patient_list_picks_the_tool_and_never_switches_patient(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    patient: Patient,
    visit: Visit,
    second_patient: tuple[Patient, Visit],
) -> None:
    window = main_window()
    _click_patient(qtbot, window, patient.id)
    window.set_tool(ToolKind.BRUSH)
    patients = window.patients.patient_list
    patients.setFocus()
    qtbot.waitUntil(patients.hasFocus)
    qtbot.keyClick(patients, Qt.Key.Key_T)
    assert window.patients.current_patient_id() == patient.id
    assert window.chart_page.model.visit_id == visit.id
    assert window.chart_page.view.tool is window.chart_page.tools[ToolKind.TRIGGER_POINT]
    # Arrow keys only move the highlight; Enter opens the highlighted patient.
    qtbot.keyClick(patients, Qt.Key.Key_Down if _row_of(window, patient.id) == 0 else Qt.Key.Key_Up)
    assert window.chart_page.model.visit_id == visit.id
    qtbot.keyClick(patients, Qt.Key.Key_Return)
    other, other_visit = second_patient
    assert window.patients.current_patient_id() == other.id
    assert window.chart_page.model.visit_id == other_visit.id


@pytest.mark.parametrize("key", ["T", "B", "L", "E", "K", "V"])
def test_tool_keys_work_from_the_record_tab_but_not_while_typing(
    qtbot: QtBot, main_window: Callable[..., MainWindow], visit: Visit, key: str
) -> None:
    window = main_window()
    window.tabs.setCurrentWidget(window.record_tab)
    qtbot.waitUntil(lambda: window.record_tab.built is not None)
    record = window.record_tab.built
    assert record is not None
    qtbot.waitUntil(lambda: record.sign_section.has_visit and record.isVisible())
    soap = record.section(SoapSection)
    assert isinstance(soap, SoapSection)
    record.go_to(record.sections.index(soap))
    note = soap.edits["subjective"]
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, key.lower())
    assert note.toPlainText() == key.lower()
    assert window.tabs.currentWidget() is window.record_tab
    record.nav.setFocus()
    qtbot.waitUntil(record.nav.hasFocus)
    qtbot.keyClick(record.nav, getattr(Qt.Key, f"Key_{key}"))
    kind = {"T": "TRIGGER_POINT", "B": "BRUSH", "L": "LASSO", "E": "ERASER", "K": "LINK"}
    expected = ToolKind[kind.get(key, "SELECT")]
    assert window.actions_.tools[expected].isChecked()
    assert window.tabs.currentWidget() is window.chart_page


def test_a_switch_clears_the_referral_overlay_selection_and_tool(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    atlas: Atlas,
    patient: Patient,
    visit: Visit,
    second_patient: tuple[Patient, Visit],
) -> None:
    window = main_window()
    _click_patient(qtbot, window, patient.id)
    site = next(s for s in atlas.sites.values() if s.referral.essential)
    reference, _suggestions = window.reference_docks()
    reference.referral_requested.emit(site.id)
    posterior = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    click_at(window.chart_page.view, (View.POSTERIOR, posterior.x, posterior.y))
    window.set_tool(ToolKind.SELECT)
    click_at(window.chart_page.view, (View.POSTERIOR, posterior.x, posterior.y))
    assert window.chart_page.scene.selectedItems()
    assert window.chart_page.scene.referral_shown
    window.set_tool(ToolKind.BRUSH)
    other, _visit = second_patient
    _click_patient(qtbot, window, other.id)
    assert not window.chart_page.scene.referral_shown
    assert not window.chart_page.scene.selectedItems()
    assert window.chart_page.view.tool is window.chart_page.tools[ToolKind.TRIGGER_POINT]


def test_search_ignores_accents_and_never_switches_the_open_patient(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    patient: Patient,
    visit: Visit,
    second_patient: tuple[Patient, Visit],
) -> None:
    window = main_window()
    other, other_visit = second_patient
    _click_patient(qtbot, window, other.id)
    search = window.patients.search
    search.setFocus()
    qtbot.keyClicks(search, "zoe nunez")
    qtbot.waitUntil(lambda: window.patients.patient_list.count() == 1)
    assert window.patients.patient_list.item(0).text() == patient.name
    assert window.chart_page.model.visit_id == other_visit.id  # typing never switched
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.chart_page.model.visit_id == visit.id


def test_the_last_patient_and_visit_reopen_at_launch(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    patient: Patient,
    visit: Visit,
    second_patient: tuple[Patient, Visit],
) -> None:
    window = main_window()
    other, other_visit = second_patient
    _click_patient(qtbot, window, other.id)
    assert QSettings().value(LAST_VISIT_KEY) is not None
    window.close()
    again = main_window()
    assert again.patients.current_patient_id() == other.id
    assert again.chart_page.model.visit_id == other_visit.id
    assert "Test, Timing" in again.banner.text


def test_ctrl_z_on_the_record_tab_never_touches_the_chart_and_both_redo_keys_work(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
) -> None:
    window = main_window()
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    click_at(window.chart_page.view, (View.POSTERIOR, site.x, site.y))
    assert visit.id is not None
    assert len(repo.load_chart(visit.id).trigger_points) == 1
    window.tabs.setCurrentWidget(window.record_tab)
    qtbot.waitUntil(lambda: window.record_tab.built is not None)
    record = window.record_tab.built
    assert record is not None
    qtbot.waitUntil(lambda: record.sign_section.has_visit and record.isVisible())
    soap = record.section(SoapSection)
    assert isinstance(soap, SoapSection)
    record.go_to(record.sections.index(soap))
    note = soap.edits["assessment"]
    note.setFocus()
    qtbot.keyClicks(note, "Improving")
    record.nav.setFocus()  # focus-out saves
    qtbot.waitUntil(lambda: repo.get_visit(visit.id).assessment == "Improving")  # type: ignore[arg-type]
    QTest.keyClick(record.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_visit(visit.id).assessment == ""
    assert note.toPlainText() == ""
    assert len(repo.load_chart(visit.id).trigger_points) == 1  # the chart is untouched
    QTest.keyClick(record.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(repo.load_chart(visit.id).trigger_points) == 1
    QTest.keyClick(
        record.nav,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert repo.get_visit(visit.id).assessment == "Improving"
    QTest.keyClick(record.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(record.nav, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_visit(visit.id).assessment == "Improving"
    # Back on the chart, Ctrl+Z undoes the chart's own last gesture.
    window.tabs.setCurrentWidget(window.chart_page)
    window.chart_page.view.setFocus()
    QTest.keyClick(window.chart_page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(repo.load_chart(visit.id).trigger_points) == 0


def test_a_second_draft_visit_for_the_same_patient_asks_first(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    patient: Patient,
    visit: Visit,
) -> None:
    window = main_window()
    _click_patient(qtbot, window, patient.id)
    assert patient.id is not None
    asked = answer_next_question("Open the draft")
    window.patients.new_visit_button.click()
    assert asked
    assert "already has a draft visit" in asked[0]
    assert window.people.dialog is None or not window.people.dialog.isVisible()
    assert window.chart_page.model.visit_id == visit.id
    assert len(repo.list_visits(patient.id)) == 1
    answer_next_question("Cancel")
    window.patients.new_visit_button.click()
    assert len(repo.list_visits(patient.id)) == 1

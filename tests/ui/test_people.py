"""Patients, clinicians, who is charting, new visits, preferences and the visit audit trail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import Clinician, Patient, View, Visit
from bodymap.preferences import Preferences, load_preferences
from bodymap.storage import ChartRepository
from bodymap.ui.audit_dialog import AuditTrailDialog
from bodymap.ui.main_window import MainWindow
from bodymap.ui.people import CliniciansDialog
from bodymap.ui.preferences_dialog import PreferencesDialog
from bodymap.ui.record.people_dialogs import ClinicianDialog, PatientDialog
from bodymap.ui.visit_dialog import NewVisitDialog
from tests.ui.conftest import PREFERENCES_FILE, answer_next_question, click_at


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the next confirmation with ``button``; return the questions asked."""
    asked: list[str] = []

    def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _focus_patient_list(qtbot: QtBot, window: MainWindow) -> None:
    """Give the patient list the keyboard focus (shortcuts need an active, focused window)."""
    window.activateWindow()
    window.patients.patient_list.setFocus()
    qtbot.waitUntil(window.patients.patient_list.hasFocus)


def _listed(window: MainWindow) -> list[str]:
    names = window.patients.patient_list
    return [names.item(i).text() for i in range(names.count())]


def test_ctrl_e_edits_the_patient_and_double_click_opens_the_dialog(
    qtbot: QtBot, main_window: Callable[..., MainWindow], repo: ChartRepository, patient: Patient
) -> None:
    window = main_window()
    _focus_patient_list(qtbot, window)
    QTest.keyClick(window.patients.patient_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.people.dialog
    assert isinstance(dialog, PatientDialog)
    assert dialog.name_edit.text() == patient.name
    dialog.name_edit.setText("Zoë Núñez")
    dialog.contact_edit.setText("+34 600 000 000")
    with qtbot.waitSignal(dialog.accepted):
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = repo.get_patient(patient.id or 0)
    assert (stored.name, stored.contact) == ("Zoë Núñez", "+34 600 000 000")
    assert _listed(window) == ["Zoë Núñez"]
    assert window.people.dialog is None
    names = window.patients.patient_list
    rect = names.visualItemRect(names.item(0))
    # Qt 6 needs the first click before its double-click event reaches the item view.
    QTest.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(names.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(window.people.dialog, PatientDialog))


def test_archive_hides_the_patient_and_restore_brings_them_back(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    patient: Patient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = repo.add_patient(Patient(name="Bruno Keller", chart_number="K-7"))
    window = main_window()
    window.patients.select_visit(patient.id or 0, -1)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.actions_.archive_patient.trigger()
    assert asked == ["Archive patient"]
    assert not repo.get_patient(patient.id or 0).archived  # cancelled: nothing changed
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.actions_.archive_patient.trigger()
    assert repo.get_patient(patient.id or 0).archived
    assert _listed(window) == [other.name]
    # Shown again, greyed and marked, when asked for; the action then offers Restore.
    window.actions_.show_archived.trigger()
    assert _listed(window) == [other.name, patient.name]
    window.patients.select_visit(patient.id or 0, -1)
    row = window.patients.patient_list.currentItem()
    assert row.foreground().color() != window.palette().text().color()
    assert "Archived" in row.toolTip()
    assert window.actions_.archive_patient.text().replace("&", "") == "Restore patient…"
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.actions_.archive_patient.trigger()
    assert asked == ["Restore patient"]
    assert not repo.get_patient(patient.id or 0).archived
    window.actions_.show_archived.trigger()
    assert _listed(window) == [other.name, patient.name]  # both active: nothing was deleted


def test_added_clinician_charts_and_is_named_in_the_audit_log(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    atlas: Atlas,
    clinician: Clinician,
    visit: Visit,
    tmp_path: Path,
) -> None:
    window = main_window()
    assert window.people.current_clinician == clinician.id  # the first one, on first launch
    assert window.people.charting_button.text() == "Charting as: Ana Ruiz, PT, DPT"
    window.actions_.clinicians.trigger()
    clinicians = window.people.dialog
    assert isinstance(clinicians, CliniciansDialog)
    QTest.mouseClick(clinicians.add_button, Qt.MouseButton.LeftButton)
    editor = clinicians.editor
    assert isinstance(editor, ClinicianDialog)
    editor.name_edit.setText("Ben Osei")
    editor.credentials_edit.setText("PT")
    editor.course_edit.setText("Dry needling level 1")
    editor.hours_edit.setText("27")
    with qtbot.waitSignal(editor.accepted):
        QTest.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert clinicians.table.rowCount() == 2
    new_id = clinicians.selected_id()
    assert new_id is not None
    assert repo.get_clinician(new_id).name == "Ben Osei"
    training = clinicians.table.item(1, 2)
    assert training is not None
    assert training.text() == "Dry needling level 1, 27 h"
    QTest.mouseClick(clinicians.choose_button, Qt.MouseButton.LeftButton)
    assert window.people.current_clinician == new_id
    assert repo.actor == new_id
    assert window.people.charting_button.text() == "Charting as: Ben Osei, PT"
    assert load_preferences(tmp_path / PREFERENCES_FILE).clinician_for(repo.location) == new_id
    # An edit made now is written under Ben's name.
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    click_at(window.chart_page.view, (View.POSTERIOR, site.x, site.y))
    last = repo.audit_log(visit.id or 0)[-1]
    assert (last.table, last.who) == ("trigger_points", new_id)
    window.actions_.audit_trail.trigger()
    trail = window.people.dialog
    assert isinstance(trail, AuditTrailDialog)
    newest = [cell.text() for col in range(5) if (cell := trail.table.item(0, col))]
    assert newest[1:4] == ["Ben Osei, PT", "Added", "Trigger point #1"]
    assert trail.table.rowCount() == len(repo.audit_log(visit.id or 0))


def test_saved_clinician_is_used_only_for_its_own_database(
    main_window: Callable[..., MainWindow], repo: ChartRepository, clinician: Clinician
) -> None:
    second = repo.add_clinician(Clinician(name="Zed Quinn"))
    chosen = Preferences().with_clinician(repo.location, second.id)
    assert main_window(chosen).people.current_clinician == second.id
    elsewhere = Preferences().with_clinician("/another/database.sqlite", second.id)
    assert main_window(elsewhere).people.current_clinician == clinician.id


def test_new_visit_dialog_creates_the_visit_with_the_chosen_date_and_clinician(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    patient: Patient,
    clinician: Clinician,
    visit: Visit,
) -> None:
    other = repo.add_clinician(Clinician(name="Ben Osei", credentials="PT"))
    window = main_window()
    _focus_patient_list(qtbot, window)
    asked = answer_next_question("Start another visit")  # ``visit`` is still a draft
    QTest.keyClick(window.patients.patient_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked
    assert "already has a draft visit" in asked[0]
    dialog = window.people.dialog
    assert isinstance(dialog, NewVisitDialog)
    assert dialog.chosen_clinician() == clinician.id  # the one charting now
    assert not dialog.carry_check.isChecked()  # "New visit" starts blank
    assert abs((dialog.chosen_time() - datetime.now()).total_seconds()) < 120
    dialog.when_edit.setDateTime(QDateTime(QDate(2026, 10, 8), QTime(14, 45)))
    dialog.clinician_combo.setCurrentIndex(dialog.clinician_combo.findData(other.id))
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.when_edit, Qt.Key.Key_Return)  # Enter accepts
    visits = repo.list_visits(patient.id or 0)
    created = visits[-1]
    assert created.id != visit.id
    assert (created.started_at, created.clinician_id) == (datetime(2026, 10, 8, 14, 45), other.id)
    assert window.chart_page.model.visit_id == created.id
    answer_next_question("Start another visit")
    window.actions_.new_visit_from_previous.trigger()
    again = window.people.dialog
    assert isinstance(again, NewVisitDialog)
    assert again.carry_check.isChecked()  # preset by the menu item used
    again.reject()
    assert len(repo.list_visits(patient.id or 0)) == 2


def test_new_visit_refuses_a_date_far_in_the_future(
    qtbot: QtBot, repo: ChartRepository, patient: Patient
) -> None:
    now = datetime(2026, 11, 2, 9, 0)
    dialog = NewVisitDialog(repo, patient.id or 0, clinician_id=None, carry_forward=True, now=now)
    qtbot.addWidget(dialog)
    assert not dialog.carry_check.isEnabled()  # the first visit: nothing to carry
    assert dialog.chosen_clinician() is None
    dialog.when_edit.setMaximumDateTime(QDateTime(QDate(2030, 1, 1), QTime(0, 0)))
    dialog.when_edit.setDateTime(QDateTime(QDate(2026, 11, 20), QTime(9, 0)))
    dialog.accept()
    assert dialog.created is None
    assert dialog.when_error.text().startswith("Date and time:")
    assert repo.list_visits(patient.id or 0) == []


def test_preferences_dialog_saves_clinic_name_and_clinician(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    clinician: Clinician,
    tmp_path: Path,
) -> None:
    second = repo.add_clinician(Clinician(name="Ben Osei", credentials="PT"))
    window = main_window()
    window.actions_.preferences.trigger()
    dialog = window.people.dialog
    assert isinstance(dialog, PreferencesDialog)
    dialog.clinic_edit.setText("")
    dialog.accept()
    assert dialog.clinic_error.text().startswith("Clinic name:")
    dialog.clinic_edit.setText("Fisioterapia Río Claro")
    dialog.clinician_combo.setCurrentIndex(dialog.clinician_combo.findData(second.id))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert window.preferences.clinic_name == "Fisioterapia Río Claro"
    saved = load_preferences(tmp_path / PREFERENCES_FILE)
    assert saved.clinic_name == "Fisioterapia Río Claro"
    assert saved.clinician_for(repo.location) == second.id
    assert repo.actor == second.id
    assert "Ben Osei" in window.people.charting_button.text()


def test_preferences_offer_each_instruments_thresholds_and_history_uses_the_choice(
    qtbot: QtBot, main_window: Callable[..., MainWindow], clinician: Clinician, tmp_path: Path
) -> None:
    window = main_window()
    window.actions_.preferences.trigger()
    dialog = window.people.dialog
    assert isinstance(dialog, PreferencesDialog)
    nprs = dialog.threshold_combos["nprs"]
    assert [nprs.itemData(i) for i in range(nprs.count())] == ["nprs_2_points", "nprs_30_percent"]
    assert "30 %" in nprs.itemText(1)
    psfs = dialog.threshold_combos["psfs"]
    assert psfs.currentText().startswith("MDC90 2 points")
    nprs.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert window.preferences.thresholds["nprs"] == "nprs_30_percent"
    assert load_preferences(tmp_path / PREFERENCES_FILE).thresholds["ndi"] == "ndi_young_7_5"
    window.tabs.setCurrentWidget(window.history_tab)
    history = window.history_tab.built
    assert history is not None
    assert history.trends_page.thresholds["nprs"] == "nprs_30_percent"

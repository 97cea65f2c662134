"""Patient and clinician dialogs: typed input, errors beside the field, stored on OK."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from bodymap.model import Clinician, Patient, Sex
from bodymap.ui.record import ClinicianDialog, PatientDialog


def test_new_patient_typed_and_stored(qtbot, repo):
    dialog = PatientDialog(repo)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # a name is required
    qtbot.keyClicks(dialog.name_edit, "Zo")
    dialog.name_edit.insert("ë Ñúñez-Łukasiewicz")  # QTest can only type ASCII keys
    qtbot.keyClicks(dialog.chart_number_edit, "C-204")
    qtbot.keyClicks(dialog.birth_date_edit, "1984-13-01")
    error = dialog._errors["date_of_birth"]
    assert not error.isHidden()
    assert "YYYY-MM-DD" in error.text()
    assert not dialog.ok_button.isEnabled()

    dialog.birth_date_edit.clear()
    qtbot.keyClicks(dialog.birth_date_edit, "1984-03-09")
    assert error.isHidden()
    assert "years" in dialog.age_label.text()
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData(Sex.FEMALE))
    qtbot.keyClicks(dialog.contact_edit, "+34 600 000 000")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    saved = dialog.saved
    assert saved is not None
    assert saved.id is not None
    stored = repo.get_patient(saved.id)
    assert stored.name == "Zoë Ñúñez-Łukasiewicz"
    assert stored.date_of_birth == date(1984, 3, 9)
    assert stored.sex is Sex.FEMALE
    assert stored.chart_number == "C-204"


def test_birth_date_in_the_future_names_the_range(qtbot, repo):
    dialog = PatientDialog(repo)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Ana")
    qtbot.keyClicks(dialog.birth_date_edit, "2999-01-01")
    assert dialog._errors["date_of_birth"].text() == "Must be from 1900-01-01 to today"
    assert not dialog.ok_button.isEnabled()


def test_edit_patient_archives(qtbot, repo):
    patient = repo.add_patient(Patient(name="Ben Okafor", chart_number="C-9"))
    dialog = PatientDialog(repo, patient)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Ben Okafor"
    dialog.archived_check.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert patient.id is not None
    assert repo.get_patient(patient.id).archived
    assert repo.list_patients() == []


def test_clinician_hours_out_of_range_then_stored(qtbot, repo):
    dialog = ClinicianDialog(repo)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Ana Ruiz")
    qtbot.keyClicks(dialog.credentials_edit, "PT, DPT")
    qtbot.keyClicks(dialog.hours_edit, "20000")
    error = dialog._errors["training_hours"]
    assert error.text() == "Must be from 0 to 10000, got 20000"
    assert not dialog.ok_button.isEnabled()
    dialog.hours_edit.clear()
    qtbot.keyClicks(dialog.hours_edit, "54")
    qtbot.keyClicks(dialog.training_date_edit, "2019-05-20")
    qtbot.keyClicks(dialog.course_edit, "Dry needling level 1 and 2")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = dialog.saved
    assert isinstance(saved, Clinician)
    assert saved.id is not None
    stored = repo.get_clinician(saved.id)
    assert stored.training_hours == 54
    assert stored.training_date == date(2019, 5, 20)
    assert stored.display_name == "Ana Ruiz, PT, DPT"

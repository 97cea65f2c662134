"""Hard stops, medication precautions and adverse-event severity as the record view shows them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel

from bodymap.model.catalog_lists import AdverseEventSeverity, MedicationClass, ScreeningStatus
from bodymap.ui.record.adverse import AdverseEventsSection
from bodymap.ui.record.screening import ScreeningSection
from tests.ui.record.test_record_journey import ScriptedPrompter, click, open_view, type_into
from tests.ui.record.test_record_rules_ui import records_for


def test_a_hard_stop_is_shown_and_no_override_unblocks_needling(qtbot, repo, atlas, charted_visit):
    view = open_view(qtbot, repo, atlas, charted_visit)
    screening = view.section(ScreeningSection)
    assert isinstance(screening, ScreeningSection)
    click(qtbot, screening.rows["no_consent"].buttons[ScreeningStatus.PRESENT])
    assert screening.hard_stop_note.isVisible()
    assert "Refuses or cannot give informed consent" in screening.hard_stop_note.text()
    assert "no override" in screening.hard_stop_note.text()
    screening.override_reason.setFocus()
    qtbot.keyClicks(screening.override_reason, "Patient insists; I take responsibility.")
    qtbot.keyClick(screening.override_reason, Qt.Key.Key_Tab)
    needling = view.needling_section
    needling.prompter = ScriptedPrompter(True)
    view.go_to(2)
    needling.point_combo.setCurrentIndex(2)  # gluteus medius: away from the thorax
    click(qtbot, needling.add_button)
    assert needling.table.rowCount() == 0
    assert "Hard stop present" in needling.save_error.text()
    assert records_for(repo, atlas).list_needling(charted_visit) == []


def test_ticking_an_anticoagulant_marks_the_bleeding_precaution_and_asks_for_its_note(
    qtbot, repo, atlas, charted_visit
):
    view = open_view(qtbot, repo, atlas, charted_visit)
    screening = view.section(ScreeningSection)
    assert isinstance(screening, ScreeningSection)
    assert "still unknown" in screening.precaution_note.text()
    click(qtbot, screening.all_absent_button)
    click(qtbot, screening.medication_checks[MedicationClass.ANTICOAGULANT])
    row = screening.rows["blood_thinners"]
    assert row.status is ScreeningStatus.PRESENT
    assert "bleeding risk" in screening.precaution_note.text()
    type_into(qtbot, row.note, "Apixaban: superficial sites only, 2 min pressure")
    stored = records_for(repo, atlas).get_screening(charted_visit)
    assert stored is not None
    assert stored.answer("blood_thinners").note.startswith("Apixaban")
    assert not screening.precaution_note.isVisible()


def test_adverse_event_severity_follows_its_type(qtbot, repo, atlas, charted_visit):
    view = open_view(qtbot, repo, atlas, charted_visit)
    adverse = view.section(AdverseEventsSection)
    assert isinstance(adverse, AdverseEventsSection)
    view.go_to(4)
    click(qtbot, adverse.add_button)
    combo = adverse.type_combo
    combo.setCurrentIndex(combo.findData("pneumothorax"))
    severity = adverse.severity_combo
    assert severity.currentData() == AdverseEventSeverity.SIGNIFICANT
    model = severity.model()
    assert isinstance(model, QStandardItemModel)
    mild = severity.findData(AdverseEventSeverity.MILD)
    assert not model.item(mild).isEnabled()
    [event] = records_for(repo, atlas).list_adverse_events(charted_visit)
    assert (event.event_type, event.severity) == ("pneumothorax", AdverseEventSeverity.SIGNIFICANT)
    combo.setCurrentIndex(combo.findData("bruising"))
    assert model.item(mild).isEnabled()

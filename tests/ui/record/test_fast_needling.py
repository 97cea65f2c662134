"""Fewer actions per visit: needle all active points, suggested settings, summary, screening."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from bodymap.anatomy import needling_hints
from bodymap.model import Activity, Side, TriggerPoint, View
from bodymap.model.catalog_lists import PatientPosition, ScreeningDecision, Technique
from bodymap.ui.record.screening import ScreeningSection
from bodymap.ui.record.soap import SoapSection
from tests.ui.record.test_record_journey import ScriptedPrompter, click, open_view
from tests.ui.record.test_record_rules_ui import records_for


def test_needle_all_active_points_in_one_click_with_per_muscle_suggestions(
    qtbot, repo, atlas, charted_visit
):
    chart = repo.load_chart(charted_visit)
    latent = next(tp for tp in chart.trigger_points if tp.side.value == "left")
    repo.update_trigger_point(replace(latent, activity=Activity.LATENT))
    view = open_view(qtbot, repo, atlas, charted_visit)
    needling = view.needling_section
    prompter = ScriptedPrompter(True)
    needling.prompter = prompter
    view.go_to(2)
    click(qtbot, needling.needle_all_button)
    records = records_for(repo, atlas).list_needling(charted_visit)
    points = {tp.id: tp for tp in repo.load_chart(charted_visit).trigger_points}
    assert sorted(points[r.trigger_point_id].muscle for r in records) == [
        "gluteus_medius",
        "upper_trapezius",
    ]  # the latent point is left out
    by_muscle = {points[r.trigger_point_id].muscle: r for r in records}
    trapezius, gluteus = by_muscle["upper_trapezius"], by_muscle["gluteus_medius"]
    # each from its own catalogue site: the shortest needle of the usual range
    assert trapezius.needle_length_mm == 25.0
    assert trapezius.patient_position is PatientPosition.PRONE
    assert gluteus.needle_length_mm == 50.0  # not the trapezius's needle
    assert gluteus.patient_position is PatientPosition.SIDE_LYING_LEFT  # right side up
    for record in records:
        assert record.needles_out == record.needles_in == 1
        assert record.passes == 1  # a record with no pass is not a needling
        assert record.technique is Technique.DEEP_DYNAMIC
    assert by_muscle["upper_trapezius"].aftercare_pneumothorax  # one thorax prompt, answered
    assert [a.split(":")[0] for a in prompter.asked] == ["Needling over the thorax"]
    assert needling.table.rowCount() == 2
    # Pressing it again adds nothing twice.
    click(qtbot, needling.needle_all_button)
    assert len(records_for(repo, atlas).list_needling(charted_visit)) == 2


def test_needles_out_follows_needles_in(qtbot, repo, atlas, charted_visit):
    view = open_view(qtbot, repo, atlas, charted_visit)
    needling = view.needling_section
    needling.prompter = ScriptedPrompter(True)
    view.go_to(2)
    needling.point_combo.setCurrentIndex(2)  # gluteus medius
    click(qtbot, needling.add_button)
    insertions = needling.editor.insertions
    insertions.setFocus()
    qtbot.waitUntil(lambda: insertions.lineEdit().selectedText() == "1")
    qtbot.keyClicks(insertions, "3")
    qtbot.keyClick(insertions, Qt.Key.Key_Tab)
    needles_in = needling.editor.needles_in
    needles_in.setFocus()
    qtbot.waitUntil(needles_in.hasFocus)
    qtbot.waitUntil(lambda: needles_in.lineEdit().selectedText() == "1")  # selected on focus
    qtbot.keyClicks(needles_in, "3")
    qtbot.keyClick(needles_in, Qt.Key.Key_Tab)
    (record,) = records_for(repo, atlas).list_needling(charted_visit)
    assert (record.needles_in, record.needles_out) == (3, 3)


def test_summary_names_every_trigger_point_needled_or_not(qtbot, repo, atlas, charted_visit):
    view = open_view(qtbot, repo, atlas, charted_visit)
    soap = view.section(SoapSection)
    view.go_to(view.sections.index(soap))
    click(qtbot, soap.summarise_button)
    objective = repo.get_visit(charted_visit).objective
    assert "Trigger points: #1 Upper trapezius, right (active)" in objective
    assert "#2 Upper trapezius, left (active)" in objective
    assert "#3 Gluteus medius, right (active)" in objective


def test_screening_with_every_item_absent_defaults_to_proceed(qtbot, repo, atlas, charted_visit):
    view = open_view(qtbot, repo, atlas, charted_visit)
    screening = view.section(ScreeningSection)
    view.go_to(0)
    assert screening.decision_combo.currentData() is None
    click(qtbot, screening.all_absent_button)
    assert screening.decision_combo.currentData() == ScreeningDecision.PROCEED
    stored = records_for(repo, atlas).get_screening(charted_visit)
    assert stored is not None
    assert stored.decision is ScreeningDecision.PROCEED


def test_a_muscle_without_a_catalogue_row_gets_no_suggested_needle(
    qtbot, repo, atlas, charted_visit
):
    repo.add_trigger_point(
        TriggerPoint(
            visit_id=charted_visit,
            view=View.POSTERIOR,
            x=240.0,
            y=150.0,
            muscle="tibialis_anterior",  # no site in this atlas: the catalogue has no row
            side=Side.RIGHT,
        )
    )
    hint = needling_hints.suggest(
        atlas.sites, atlas.sites_for_muscle, "tibialis_anterior", Side.RIGHT
    )
    assert hint is None
    view = open_view(qtbot, repo, atlas, charted_visit)
    needling = view.needling_section
    needling.prompter = ScriptedPrompter(True)
    view.go_to(2)
    needling.point_combo.setCurrentIndex(3)  # the tibialis anterior point
    click(qtbot, needling.add_button)
    (record,) = records_for(repo, atlas).list_needling(charted_visit)
    assert record.needle_length_mm == needling_hints.UNSUGGESTED[0]  # the placeholder
    assert record.direction == ""  # nothing borrowed from another muscle
    assert "No catalogue suggestion for Tibialis anterior" in needling.safety_note.text()

"""Outcome-measure forms: live questionnaire scores, PSFS carried across visits, ROM rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt

from bodymap.model import Instrument, MeasureTiming
from bodymap.model.measures import PsfsAssessment
from bodymap.ui.record.measures import MeasuresSection
from tests.ui.record.test_record_journey import click, open_view, type_into


def measures_page(qtbot, repo, atlas, visit_id) -> MeasuresSection:
    view = open_view(qtbot, repo, atlas, visit_id)
    view.go_to(3)
    section = view.section(MeasuresSection)
    assert isinstance(section, MeasuresSection)
    return section


def test_odi_scores_live_over_answered_sections(qtbot, repo, atlas, charted_visit):
    page = measures_page(qtbot, repo, atlas, charted_visit)
    answers = "3241231 21"  # section 8 left unanswered (a space keeps it at "—")
    for combo, answer in zip(page.odi.items, answers, strict=True):
        if answer != " ":
            combo.setFocus()
            qtbot.keyClicks(combo, answer)
    # 19 points over 9 answered sections: 19 / 45 = 42 %.
    assert "42 %" in page.odi.score_label.text()
    assert "severe" in page.odi.score_label.text()
    assert "prorated over 9 items" in page.odi.score_label.text()
    (odi,) = [m for m in repo.load_chart(charted_visit).measures if m.instrument is Instrument.ODI]
    assert round(odi.value, 2) == 42.22
    assert odi.items[7] is None


def test_psfs_activities_carried_from_the_last_visit(qtbot, repo, atlas, charted_visit):
    first = PsfsAssessment(
        activities=("Reversing the car", "Desk work 1 h", "Sleeping on the right"), scores=(3, 4, 2)
    )
    repo.add_measure(replace(first.to_measure(), visit_id=charted_visit))
    visit = repo.get_visit(charted_visit)
    later = repo.add_visit(replace(visit, id=None, started_at=datetime(2026, 3, 19, 9)))
    page = measures_page(qtbot, repo, atlas, later.id)
    psfs = page.psfs
    assert [a.text() for a in psfs.activities[:3]] == list(first.activities)
    assert "carried from the last visit" in psfs.carried_note.text()
    for spin, score in zip(psfs.scores, ("5", "6", "4"), strict=False):
        type_into(qtbot, spin, score)
    (stored,) = [m for m in repo.load_chart(later.id).measures if m.instrument is Instrument.PSFS]
    assert PsfsAssessment.from_measure(stored).scores == (5, 6, 4)
    assert stored.item_labels == first.activities
    assert "5.0" in psfs.mean.text()

    # A changed activity would break the trend line: refused, with the reason.
    type_into(qtbot, psfs.activities[1], "Gardening")
    assert "same activities as at the last visit" in psfs.error.text()


def test_rom_row_saved_and_removed(qtbot, repo, atlas, charted_visit):
    page = measures_page(qtbot, repo, atlas, charted_visit)
    click(qtbot, page.rom.add_button)
    row = page.rom.rows[0]
    type_into(qtbot, row.joint, "Cervical spine")
    type_into(qtbot, row.movement, "Rotation")
    row.side.setCurrentIndex(row.side.findText("Right"))
    type_into(qtbot, row.degrees, "55")
    (rom,) = [m for m in repo.load_chart(charted_visit).measures if m.instrument is Instrument.ROM]
    assert (rom.site, rom.label, rom.value, rom.timing) == (
        "Cervical spine",
        "rotation",
        55.0,
        MeasureTiming.PRE,
    )
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    assert not [
        m for m in repo.load_chart(charted_visit).measures if m.instrument is Instrument.ROM
    ]

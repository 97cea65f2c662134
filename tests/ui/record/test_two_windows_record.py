"""Two record views on two connections to one file (two windows or workstations), driven by keys.

A saves Subjective, B (which read the visit before) saves Plan: both notes stay. Both change
the same note: the second save shows the conflict bar in place, never a silent revert or win.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from bodymap.storage import ChartRepository
from bodymap.ui.record import RecordView
from bodymap.ui.record.soap import SoapSection
from tests.ui import two_connections
from tests.ui.record.test_record_journey import click, leave

# Each test runs on a SQLite file and on a PostgreSQL schema (when the server is set).
database_spec = two_connections.database_spec
repo = two_connections.repo
other_repo = two_connections.other_repo


def _window(qtbot, repo: ChartRepository, atlas, visit_id: int) -> RecordView:
    view = RecordView(repo, atlas)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_visit(visit_id)
    view.go_to(view.sections.index(view.section(SoapSection)))
    return view


def _activate(qtbot, view: RecordView) -> SoapSection:
    view.activateWindow()
    view.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    soap = view.section(SoapSection)
    assert isinstance(soap, SoapSection)
    return soap


def test_subjective_saved_in_a_and_plan_saved_in_b_are_both_kept(
    qtbot, repo: ChartRepository, other_repo: ChartRepository, atlas, charted_visit: int
) -> None:
    view_a = _window(qtbot, repo, atlas, charted_visit)
    view_b = _window(qtbot, other_repo, atlas, charted_visit)  # both read the visit now
    soap_a = _activate(qtbot, view_a)
    leave(qtbot, soap_a.edits["subjective"], "Worse after driving")
    soap_b = _activate(qtbot, view_b)
    leave(qtbot, soap_b.edits["plan"], "Review in a week")
    stored = repo.get_visit(charted_visit)
    assert stored.subjective == "Worse after driving"  # A's note was not reverted by B
    assert stored.plan == "Review in a week"
    assert not soap_b.conflict_bar.isVisible()
    # B's window now shows A's note too, since B had not typed there.
    assert soap_b.edits["subjective"].toPlainText() == "Worse after driving"


def test_the_same_note_changed_in_both_windows_asks_in_place(
    qtbot, repo: ChartRepository, other_repo: ChartRepository, atlas, charted_visit: int
) -> None:
    repo.set_actor(repo.list_clinicians()[0].id)
    view_a = _window(qtbot, repo, atlas, charted_visit)
    view_b = _window(qtbot, other_repo, atlas, charted_visit)
    soap_a = _activate(qtbot, view_a)
    leave(qtbot, soap_a.edits["subjective"], "A: neck 6/10")
    soap_b = _activate(qtbot, view_b)
    leave(qtbot, soap_b.edits["subjective"], "B: neck 4/10")
    bar = soap_b.conflict_bar
    assert bar.isVisible()
    assert "Changed on another workstation at " in bar.headline.text()
    assert "by Ana Ruiz" in bar.headline.text()
    assert repo.get_visit(charted_visit).subjective == "A: neck 6/10"  # nothing overwritten
    assert soap_b.edits["subjective"].toPlainText() == "B: neck 4/10"  # nor B's text lost
    click(qtbot, bar.show_button)
    assert bar.their_version.isVisible()
    assert "A: neck 6/10" in bar.their_version.text()
    click(qtbot, bar.keep_button)
    assert not bar.isVisible()
    assert repo.get_visit(charted_visit).subjective == "B: neck 4/10"


def test_take_theirs_shows_their_note_and_writes_nothing(
    qtbot, repo: ChartRepository, other_repo: ChartRepository, atlas, charted_visit: int
) -> None:
    view_a = _window(qtbot, repo, atlas, charted_visit)
    view_b = _window(qtbot, other_repo, atlas, charted_visit)
    leave(qtbot, _activate(qtbot, view_a).edits["assessment"], "A's assessment")
    soap_b = _activate(qtbot, view_b)
    leave(qtbot, soap_b.edits["assessment"], "B's assessment")
    click(qtbot, soap_b.conflict_bar.take_button)
    assert soap_b.edits["assessment"].toPlainText() == "A's assessment"
    assert repo.get_visit(charted_visit).assessment == "A's assessment"

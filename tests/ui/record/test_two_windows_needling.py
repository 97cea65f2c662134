"""Two record views on two connections edit one needling record, driven by keys.

A changes the twitch count while B (which read the record before) changes the insertions: both
are kept. Both change the twitch count: B's save shows the conflict bar in place; "Keep mine"
writes B's count over A's, "Take theirs" shows A's and writes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from bodymap.storage import ChartRepository
from bodymap.ui.record import RecordView
from bodymap.ui.record.needling import NeedlingSection
from tests.ui import two_connections
from tests.ui.record.test_record_journey import click, type_into
from tests.ui.record.test_record_rules_ui import complete_except_counts, records_for

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
    view.go_to(view.sections.index(view.needling_section))
    return view


def _activate(qtbot, view: RecordView) -> NeedlingSection:
    view.activateWindow()
    view.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    section = view.needling_section
    assert section.selected_row() == 0
    return section


def _stored(repo: ChartRepository, atlas, visit_id: int):
    (record,) = records_for(repo, atlas).list_needling(visit_id)
    return record


def _two_views(qtbot, repo, other_repo, atlas, visit_id: int) -> tuple[RecordView, RecordView]:
    complete_except_counts(repo, atlas, visit_id, needles_out=2)  # insertions 2, twitches 0
    return _window(qtbot, repo, atlas, visit_id), _window(qtbot, other_repo, atlas, visit_id)


def test_twitches_in_a_and_insertions_in_b_are_both_kept(
    qtbot, repo: ChartRepository, other_repo: ChartRepository, atlas, charted_visit: int
) -> None:
    view_a, view_b = _two_views(qtbot, repo, other_repo, atlas, charted_visit)
    type_into(qtbot, _activate(qtbot, view_a).editor.twitches, "4")
    needling_b = _activate(qtbot, view_b)
    type_into(qtbot, needling_b.editor.insertions, "5")
    stored = _stored(repo, atlas, charted_visit)
    assert stored.twitch_responses == 4  # A's count was not reverted by B's save
    assert stored.insertions == 5
    assert not needling_b.conflict_bar.isVisible()
    assert needling_b.editor.twitches.value() == 4  # B's form now shows A's count too


def test_the_same_count_changed_in_both_views_asks_and_keep_mine_writes_it(
    qtbot, repo: ChartRepository, other_repo: ChartRepository, atlas, charted_visit: int
) -> None:
    repo.set_actor(repo.list_clinicians()[0].id)
    view_a, view_b = _two_views(qtbot, repo, other_repo, atlas, charted_visit)
    type_into(qtbot, _activate(qtbot, view_a).editor.twitches, "4")
    needling_b = _activate(qtbot, view_b)
    type_into(qtbot, needling_b.editor.twitches, "7")
    bar = needling_b.conflict_bar
    assert bar.isVisible()
    assert "Changed on another workstation at " in bar.headline.text()
    assert "by Ana Ruiz" in bar.headline.text()
    assert "twitch responses" in bar.headline.text()
    assert _stored(repo, atlas, charted_visit).twitch_responses == 4  # nothing overwritten
    assert needling_b.editor.twitches.value() == 7  # nor B's count lost
    click(qtbot, bar.show_button)
    assert bar.their_version.isVisible()
    assert "Their twitch responses: 4" in bar.their_version.text()
    click(qtbot, bar.keep_button)
    assert not bar.isVisible()
    stored = _stored(repo, atlas, charted_visit)
    assert stored.twitch_responses == 7
    assert stored.insertions == 2


def test_take_theirs_shows_their_count_and_writes_nothing(
    qtbot, repo: ChartRepository, other_repo: ChartRepository, atlas, charted_visit: int
) -> None:
    view_a, view_b = _two_views(qtbot, repo, other_repo, atlas, charted_visit)
    type_into(qtbot, _activate(qtbot, view_a).editor.twitches, "4")
    needling_b = _activate(qtbot, view_b)
    type_into(qtbot, needling_b.editor.twitches, "7")
    click(qtbot, needling_b.conflict_bar.take_button)
    assert not needling_b.conflict_bar.isVisible()
    assert needling_b.editor.twitches.value() == 4
    assert _stored(repo, atlas, charted_visit).twitch_responses == 4
    # B edits on from their version without a new conflict.
    type_into(qtbot, needling_b.editor.insertions, "6")
    stored = _stored(repo, atlas, charted_visit)
    assert (stored.twitch_responses, stored.insertions) == (4, 6)
    assert not needling_b.conflict_bar.isVisible()

"""Two record views on two connections edit one adverse event, driven by keys.

Different fields are both kept; the same field asks in place on the second save.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from bodymap.model.record import AdverseEvent
from bodymap.storage import ChartRepository
from bodymap.ui.record import RecordView
from bodymap.ui.record.adverse import AdverseEventsSection
from tests.ui import two_connections
from tests.ui.record.test_record_journey import click, type_into
from tests.ui.record.test_record_rules_ui import records_for

# Each test runs on a SQLite file and on a PostgreSQL schema (when the server is set).
database_spec = two_connections.database_spec
repo = two_connections.repo
other_repo = two_connections.other_repo


def _two_views(qtbot, repo, other_repo, atlas, visit_id: int) -> tuple[RecordView, RecordView]:
    records_for(repo, atlas).add_adverse_event(
        AdverseEvent(visit_id=visit_id, event_type="bruising")
    )
    views = []
    for connection in (repo, other_repo):
        view = RecordView(connection, atlas)
        qtbot.addWidget(view)
        view.resize(1100, 900)
        view.show()
        qtbot.waitExposed(view)
        view.set_visit(visit_id)
        view.go_to(view.sections.index(view.section(AdverseEventsSection)))
        views.append(view)
    return views[0], views[1]


def _activate(qtbot, view: RecordView) -> AdverseEventsSection:
    view.activateWindow()
    view.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    section = view.section(AdverseEventsSection)
    assert isinstance(section, AdverseEventsSection)
    assert section.selected_row() == 0
    return section


def _stored(repo: ChartRepository, atlas, visit_id: int) -> AdverseEvent:
    (event,) = records_for(repo, atlas).list_adverse_events(visit_id)
    return event


def test_action_in_a_and_time_course_in_b_are_both_kept(
    qtbot, repo: ChartRepository, other_repo: ChartRepository, atlas, charted_visit: int
) -> None:
    view_a, view_b = _two_views(qtbot, repo, other_repo, atlas, charted_visit)
    type_into(qtbot, _activate(qtbot, view_a).action_edit, "Pressure 2 min")
    adverse_b = _activate(qtbot, view_b)
    type_into(qtbot, adverse_b.time_course_edit, "Gone in 2 days")
    stored = _stored(repo, atlas, charted_visit)
    assert (stored.action_taken, stored.time_course) == ("Pressure 2 min", "Gone in 2 days")
    assert not adverse_b.conflict_bar.isVisible()
    assert adverse_b.action_edit.text() == "Pressure 2 min"  # B now shows A's action


def test_the_same_action_changed_in_both_views_asks_in_place(
    qtbot, repo: ChartRepository, other_repo: ChartRepository, atlas, charted_visit: int
) -> None:
    view_a, view_b = _two_views(qtbot, repo, other_repo, atlas, charted_visit)
    type_into(qtbot, _activate(qtbot, view_a).action_edit, "Pressure 2 min")
    adverse_b = _activate(qtbot, view_b)
    type_into(qtbot, adverse_b.action_edit, "Ice 10 min")
    bar = adverse_b.conflict_bar
    assert bar.isVisible()
    assert "action taken" in bar.headline.text()
    assert _stored(repo, atlas, charted_visit).action_taken == "Pressure 2 min"
    assert adverse_b.action_edit.text() == "Ice 10 min"
    click(qtbot, bar.keep_button)
    assert not bar.isVisible()
    assert _stored(repo, atlas, charted_visit).action_taken == "Ice 10 min"

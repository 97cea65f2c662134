"""Two record views on two connections change one stored NPRS reading, driven by keys.

The second save asks in place: "Keep mine" writes B's value over A's, "Take theirs" shows A's.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication, QSpinBox

from bodymap.model import MeasureTiming
from bodymap.model.measures import NprsReading, nprs_measure
from bodymap.storage import ChartRepository
from bodymap.ui.record import RecordView
from bodymap.ui.record.measures import MeasuresSection
from tests.ui import two_connections
from tests.ui.record.test_record_journey import click, type_into

# Each test runs on a SQLite file and on a PostgreSQL schema (when the server is set).
database_spec = two_connections.database_spec
repo = two_connections.repo
other_repo = two_connections.other_repo

KEY = (NprsReading.CURRENT, MeasureTiming.PRE)


def _views(qtbot, repo, other_repo, atlas, visit_id: int) -> tuple[RecordView, RecordView]:
    reading = nprs_measure(NprsReading.CURRENT, 5, MeasureTiming.PRE)
    repo.add_measure(replace(reading, visit_id=visit_id))
    views = []
    for connection in (repo, other_repo):
        view = RecordView(connection, atlas)
        qtbot.addWidget(view)
        view.resize(1100, 900)
        view.show()
        qtbot.waitExposed(view)
        view.set_visit(visit_id)
        view.go_to(view.sections.index(view.section(MeasuresSection)))
        views.append(view)
    return views[0], views[1]


def _spin(qtbot, view: RecordView) -> tuple[MeasuresSection, QSpinBox]:
    view.activateWindow()
    view.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    section = view.section(MeasuresSection)
    assert isinstance(section, MeasuresSection)
    return section, section.nprs.spins[KEY]


def _stored(repo: ChartRepository, visit_id: int) -> float:
    (measure,) = repo.load_chart(visit_id).measures
    return measure.value


def test_the_same_reading_changed_in_both_views_asks_and_keep_mine_writes_it(
    qtbot, repo: ChartRepository, other_repo: ChartRepository, atlas, charted_visit: int
) -> None:
    view_a, view_b = _views(qtbot, repo, other_repo, atlas, charted_visit)
    type_into(qtbot, _spin(qtbot, view_a)[1], "6")
    measures_b, spin_b = _spin(qtbot, view_b)
    type_into(qtbot, spin_b, "4")
    bar = measures_b.conflict_bar
    assert bar.isVisible()
    assert "Changed on another workstation" in bar.headline.text()
    assert "value" in bar.headline.text()
    assert _stored(repo, charted_visit) == 6  # A's reading stands until B chooses
    assert spin_b.value() == 4
    click(qtbot, bar.show_button)
    assert "Their NPRS current (before treatment) value: 6" in bar.their_version.text()
    click(qtbot, bar.keep_button)
    assert not bar.isVisible()
    assert _stored(repo, charted_visit) == 4
    assert measures_b.nprs.spins[KEY].value() == 4
    type_into(qtbot, measures_b.nprs.spins[KEY], "3")  # B goes on from the stored version
    assert not bar.isVisible()
    assert _stored(repo, charted_visit) == 3


def test_take_theirs_shows_their_reading_and_writes_nothing(
    qtbot, repo: ChartRepository, other_repo: ChartRepository, atlas, charted_visit: int
) -> None:
    view_a, view_b = _views(qtbot, repo, other_repo, atlas, charted_visit)
    type_into(qtbot, _spin(qtbot, view_a)[1], "6")
    measures_b, spin_b = _spin(qtbot, view_b)
    type_into(qtbot, spin_b, "4")
    click(qtbot, measures_b.conflict_bar.take_button)
    assert not measures_b.conflict_bar.isVisible()
    assert measures_b.nprs.spins[KEY].value() == 6
    assert _stored(repo, charted_visit) == 6

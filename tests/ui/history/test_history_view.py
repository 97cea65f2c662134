from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from bodymap.model import CarryStatus, Patient
from bodymap.ui.history import HistoryView
from tests.ui.history.conftest import add_course

HEX_ARGB = QColor.NameFormat.HexArgb


def make_view(qtbot, repo, toy) -> HistoryView:
    view = HistoryView(repo, toy)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    return view


def test_first_and_latest_visits_are_compared_by_default(qtbot, repo, toy) -> None:
    patient = add_course(repo, visits=4)
    view = make_view(qtbot, repo, toy)
    view.set_patient(patient.id)
    assert view.timeline.count() == 4
    selected = sorted(view.timeline.row(i) for i in view.timeline.selectedItems())
    assert selected == [0, 3]
    comparison = view.compare_page.comparison
    assert comparison is not None
    # The back zone shrank from 160 x 260 to 160 x 215: nothing new, a strip resolved.
    change = comparison.view(view.charts[0].zones[0].view)
    assert change.new_area == 0.0
    assert change.resolved_area == 160 * 45
    assert view.compare_page.summary.value("Overlap (Jaccard)") == f"{215 / 260:.2f}"
    statuses = sorted(m.status.value for m in comparison.points)
    assert statuses == ["new", "persisting", "resolved"]
    assert view.compare_page.points_table.rowCount() == 3
    assert view.compare_page.points_table.item(0, 0).text() == "Persisting"


def test_clicking_a_visit_compares_it_with_the_one_before(qtbot, repo, toy) -> None:
    patient = add_course(repo, visits=4)
    view = make_view(qtbot, repo, toy)
    view.set_patient(patient.id)
    view.show()
    qtbot.waitExposed(view)
    timeline = view.timeline
    centre = timeline.visualItemRect(timeline.item(2)).center()
    with qtbot.waitSignal(timeline.pair_selected) as blocker:
        qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [1, 2]
    assert view.compare_page.summary.value("Pain area").count("→") == 1
    # Ctrl+click a second visit: compare any two, earlier first.
    first = timeline.visualItemRect(timeline.item(0)).center()
    with qtbot.waitSignal(timeline.pair_selected) as blocker:
        qtbot.mouseClick(
            timeline.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            pos=QPoint(first),
        )
    assert blocker.args == [0, 2]


def test_a_third_pick_drops_the_oldest_pick(qtbot, repo, toy) -> None:
    patient = add_course(repo, visits=4)
    view = make_view(qtbot, repo, toy)
    view.set_patient(patient.id)
    view.compare(0, 1)
    with qtbot.waitSignal(view.timeline.pair_selected) as blocker:
        view.timeline.item(3).setSelected(True)
    assert blocker.args == [1, 3]
    assert len(view.timeline.selectedItems()) == 2


def test_overlay_colours_follow_the_change(qtbot, repo, toy) -> None:
    from bodymap.ui.history import palette

    patient = add_course(repo, visits=3)
    view = make_view(qtbot, repo, toy)
    view.set_patient(patient.id)
    page = view.compare_page
    assert not page.overlay_shown
    qtbot.mouseClick(page.overlay_button, Qt.MouseButton.LeftButton)
    assert page.overlay_shown
    fills = {area.fill.name(HEX_ARGB) for area in page.overlay_map.content.areas}
    assert palette.PERSISTING.name(HEX_ARGB) in fills
    assert palette.RESOLVED.name(HEX_ARGB) in fills
    inks = [m.ink for m in page.overlay_map.content.markers]
    assert palette.STATUS_INK[CarryStatus.NEW] in inks


def test_trends_and_heat_map(qtbot, repo, toy) -> None:
    patient = add_course(repo, visits=4)
    view = make_view(qtbot, repo, toy)
    view.set_patient(patient.id)
    assert view.trends_page.charts == []  # computed when its tab is shown, not before
    assert view.heat_page.heat is None
    view.tabs.setCurrentWidget(view.trends_page)
    view.tabs.setCurrentWidget(view.heat_page)
    titles = [chart.series[0].title for chart in view.trends_page.charts]
    assert titles == [
        "Pain (NPRS) — current",
        "Neck Disability Index",
        "Pain area (patient-reported)",
    ]
    nprs = view.trends_page.charts[0].series
    assert [s.line_label for s in nprs] == ["Pre-treatment", "Post-treatment"]
    assert nprs[0].reached_reference
    heat = view.heat_page.heat
    assert heat is not None
    assert heat.frequency(207).painful_visits == 4  # left shoulder, painful throughout
    assert view.heat_page.ranking.count() == len(heat.most_frequent)


def test_single_visit_and_no_visits(qtbot, repo, toy) -> None:
    view = make_view(qtbot, repo, toy)
    lonely = repo.add_patient(Patient(name="No Visits"))
    view.set_patient(lonely.id)
    assert "no visits yet" in view.empty_message
    patient = add_course(repo, visits=1)
    view.set_patient(patient.id)
    assert view.compare_page.comparison is None
    assert view.compare_page.summary.value("Overlap (Jaccard)") == "—"
    view.set_patient(None)
    assert view.patient is None


def test_widgets_paint(qtbot, repo, toy) -> None:
    patient = add_course(repo, visits=3)
    view = make_view(qtbot, repo, toy)
    view.set_patient(patient.id)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        image = view.grab().toImage()
        assert not image.isNull()
    chart = view.trends_page.charts[0].grab().toImage()
    # The chart is drawn, not blank: it has more than one colour.
    colours = {
        chart.pixel(x, y) for x in range(0, chart.width(), 7) for y in range(0, chart.height(), 7)
    }
    assert len(colours) > 3


def test_refresh_picks_up_a_new_visit_and_keeps_the_pair(qtbot, repo, toy) -> None:
    from datetime import datetime

    from bodymap.model import Visit

    patient = add_course(repo, visits=3)
    view = make_view(qtbot, repo, toy)
    view.set_patient(patient.id)
    view.compare(0, 1)
    repo.add_visit(Visit(patient_id=patient.id, started_at=datetime(2026, 12, 1, 9)))
    view.refresh()
    assert view.timeline.count() == 4
    assert sorted(view.timeline.row(i) for i in view.timeline.selectedItems()) == [0, 1]
    assert view.compare_page.comparison is not None

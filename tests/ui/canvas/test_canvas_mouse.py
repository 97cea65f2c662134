"""The canvas driven by real mouse events on the viewport, checked against model and database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.anatomy.types import TriggerSite
from bodymap.model import View, Visit, ZoneKind
from bodymap.storage import ChartRepository
from bodymap.ui.canvas.constants import model_to_scene
from bodymap.ui.canvas.items import TriggerPointItem
from bodymap.ui.canvas.page import ChartPage
from bodymap.ui.canvas.tools import ToolKind
from tests.storage.signing import sign_complete_visit
from tests.ui.conftest import click_at, drag, drag_along, shown_texts


def _site(atlas: Atlas, view: View, muscle: str | None = None) -> TriggerSite:
    sites = [s for s in atlas.sites.values() if s.view is view]
    if muscle is not None:
        sites = [s for s in sites if s.muscle == muscle] or sites
    return sites[0]


def _messages(page: ChartPage) -> list[str]:
    seen: list[str] = []
    page.message.connect(seen.append)
    return seen


@pytest.mark.parametrize("view", [View.ANTERIOR, View.POSTERIOR])
def test_click_on_a_catalogue_site_places_that_muscle_and_side(
    qtbot: QtBot,
    chart_page: ChartPage,
    atlas: Atlas,
    repo: ChartRepository,
    visit: Visit,
    view: View,
) -> None:
    site = _site(atlas, view)
    click_at(chart_page.view, (view, site.x, site.y))
    points = list(chart_page.model.points.values())
    assert len(points) == 1
    point = points[0]
    assert (point.view, point.muscle, point.side, point.site) == (
        view,
        site.muscle,
        site.side,
        site.id,
    )
    assert point.number == 1
    assert visit.id is not None
    assert repo.load_chart(visit.id).trigger_points == (point,)
    assert chart_page.scene.point_item(point.id or 0) is not None


def test_both_sides_of_one_muscle_get_the_patients_side(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    pairs = {}
    for site in atlas.sites.values():
        pairs.setdefault((site.view, site.muscle, site.name), []).append(site)
    left_right = next(v for v in pairs.values() if len(v) == 2)
    for site in left_right:
        click_at(chart_page.view, (site.view, site.x, site.y))
    sides = sorted(p.side.value for p in chart_page.model.points.values())
    assert sides == sorted(s.side.value for s in left_right)
    assert {s.side.value for s in left_right} == {"left", "right"}


def test_click_outside_the_body_places_nothing_and_says_why(
    qtbot: QtBot, chart_page: ChartPage
) -> None:
    messages = _messages(chart_page)
    click_at(chart_page.view, (View.ANTERIOR, 10.0, 800.0))
    assert chart_page.model.points == {}
    assert chart_page.undo_stack.count() == 0
    assert any("outside the body" in m for m in messages)


def test_brush_stroke_yields_a_clipped_zone(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas, repo: ChartRepository, visit: Visit
) -> None:
    chart_page.set_tool(ToolKind.BRUSH)
    chart_page.set_brush_width(16)
    drag(chart_page.view, (View.POSTERIOR, 170.0, 300.0), (View.POSTERIOR, 230.0, 330.0))
    zones = list(chart_page.model.zones.values())
    assert len(zones) == 1
    assert zones[0].view is View.POSTERIOR
    assert zones[0].area > 60 * 16
    assert chart_page.scene.zone_item(zones[0].id or 0) is not None
    assert visit.id is not None
    assert repo.load_chart(visit.id).zones == (zones[0],)
    assert chart_page.undo_stack.count() == 1


def test_brush_stroke_outside_the_body_is_refused(qtbot: QtBot, chart_page: ChartPage) -> None:
    messages = _messages(chart_page)
    chart_page.set_tool(ToolKind.BRUSH)
    drag(chart_page.view, (View.ANTERIOR, 5.0, 700.0), (View.ANTERIOR, 20.0, 780.0))
    assert chart_page.model.zones == {}
    assert any("nothing drawn" in m for m in messages)


def test_link_drag_from_marker_to_zone_draws_an_arrow(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    site = _site(atlas, View.POSTERIOR)
    click_at(chart_page.view, (View.POSTERIOR, site.x, site.y))
    chart_page.set_tool(ToolKind.LASSO)
    chart_page.scene.clearSelection()
    outline = [(View.POSTERIOR, x, y) for x, y in ((170, 290), (230, 290), (230, 340), (170, 340))]
    drag_along(chart_page.view, [*outline, outline[0]])
    zone = next(iter(chart_page.model.zones.values()))
    chart_page.set_tool(ToolKind.LINK)
    drag(chart_page.view, (View.POSTERIOR, site.x, site.y), (View.POSTERIOR, 200.0, 315.0))
    linked = chart_page.model.zone(zone.id or 0)
    point = next(iter(chart_page.model.points.values()))
    assert linked.source_point_id == point.id
    assert linked.kind is ZoneKind.REFERRED
    arrow = chart_page.scene.link_item(zone.id or 0)
    assert arrow is not None
    assert not arrow.path().isEmpty()


def test_drag_moves_a_marker_in_one_undo_step(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    site = _site(atlas, View.POSTERIOR)
    click_at(chart_page.view, (View.POSTERIOR, site.x, site.y))
    before = next(iter(chart_page.model.points.values()))
    target = (View.POSTERIOR, 215.0, 330.0)
    drag(chart_page.view, (View.POSTERIOR, site.x, site.y), target)
    after = chart_page.model.point(before.id or 0)
    assert (after.x, after.y) == pytest.approx((215.0, 330.0), abs=1.5)
    hit = atlas.hit(View.POSTERIOR, after.x, after.y)
    assert hit.top is not None
    assert (after.muscle, after.side) == (hit.top.muscle, hit.top.side)
    assert after.muscle != before.muscle
    assert after.site is None
    assert chart_page.undo_stack.count() == 2
    chart_page.undo_stack.undo()
    assert chart_page.model.point(before.id or 0) == before


def test_drop_where_no_muscle_lies_puts_the_marker_back(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    messages = _messages(chart_page)
    site = _site(atlas, View.POSTERIOR)
    click_at(chart_page.view, (View.POSTERIOR, site.x, site.y))
    before = next(iter(chart_page.model.points.values()))
    drag(chart_page.view, (View.POSTERIOR, site.x, site.y), (View.POSTERIOR, 10.0, 790.0))
    assert chart_page.model.point(before.id or 0) == before
    item = chart_page.scene.point_item(before.id or 0)
    assert item is not None
    assert item.pos() == model_to_scene(before.view, before.x, before.y)
    assert any("Not moved" in m for m in messages)
    assert chart_page.undo_stack.count() == 1


def test_undo_redo_restore_the_model_exactly(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    snapshots = [chart_page.model.chart]
    for view in (View.ANTERIOR, View.POSTERIOR):
        site = _site(atlas, view)
        click_at(chart_page.view, (view, site.x, site.y))
        snapshots.append(chart_page.model.chart)
    chart_page.set_tool(ToolKind.BRUSH)
    drag(chart_page.view, (View.POSTERIOR, 170.0, 300.0), (View.POSTERIOR, 230.0, 330.0))
    snapshots.append(chart_page.model.chart)
    chart_page.set_tool(ToolKind.ERASER)
    drag(chart_page.view, (View.POSTERIOR, 200.0, 280.0), (View.POSTERIOR, 200.0, 350.0))
    snapshots.append(chart_page.model.chart)
    stack = chart_page.undo_stack
    assert stack.count() == len(snapshots) - 1
    for expected in reversed(snapshots[:-1]):
        stack.undo()
        assert chart_page.model.chart == expected
    for expected in snapshots[1:]:
        stack.redo()
        assert chart_page.model.chart == expected


def test_reopening_from_the_database_shows_the_identical_chart(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas, repo: ChartRepository, visit: Visit
) -> None:
    for view in (View.ANTERIOR, View.POSTERIOR):
        site = _site(atlas, view)
        click_at(chart_page.view, (view, site.x, site.y))
    chart_page.set_tool(ToolKind.BRUSH)
    drag(chart_page.view, (View.ANTERIOR, 170.0, 300.0), (View.ANTERIOR, 230.0, 330.0))
    drawn = chart_page.model.chart
    chart_page.close()

    reopened = ChartPage(repo, atlas, QUndoStack())
    qtbot.addWidget(reopened)
    reopened.set_visit(visit.id)
    assert reopened.model.chart == drawn
    assert drawn is not None
    shown = {i.point_id for i in reopened.scene.items() if isinstance(i, TriggerPointItem)}
    assert shown == {p.id for p in drawn.trigger_points}


def test_signed_visit_is_read_only(
    qtbot: QtBot,
    chart_page: ChartPage,
    atlas: Atlas,
    repo: ChartRepository,
    visit: Visit,
    clinician: object,
) -> None:
    site = _site(atlas, View.ANTERIOR)
    click_at(chart_page.view, (View.ANTERIOR, site.x, site.y))
    assert visit.id is not None
    sign_complete_visit(repo, visit.id, clinician.id)  # type: ignore[attr-defined]
    chart_page.set_visit(visit.id)
    assert chart_page.model.read_only
    assert any("read-only" in text for text in shown_texts(chart_page))  # the signed banner
    other = _site(atlas, View.POSTERIOR)
    click_at(chart_page.view, (View.POSTERIOR, other.x, other.y))
    chart_page.set_tool(ToolKind.BRUSH)
    drag(chart_page.view, (View.POSTERIOR, 170.0, 300.0), (View.POSTERIOR, 230.0, 330.0))
    assert len(chart_page.model.points) == 1
    assert chart_page.model.zones == {}
    assert chart_page.undo_stack.count() == 0
    # selecting to read the details still works
    chart_page.set_tool(ToolKind.SELECT)
    click_at(chart_page.view, (View.ANTERIOR, site.x, site.y))
    assert chart_page.selected_ids()[0] == list(chart_page.model.points)


def test_delete_key_removes_the_selected_marker(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    site = _site(atlas, View.ANTERIOR)
    click_at(chart_page.view, (View.ANTERIOR, site.x, site.y))
    assert chart_page.selected_ids()[0]
    chart_page.delete_selection()
    assert chart_page.model.points == {}
    chart_page.undo_stack.undo()
    assert len(chart_page.model.points) == 1


def test_hover_reports_muscle_and_side(qtbot: QtBot, chart_page: ChartPage, atlas: Atlas) -> None:
    site = _site(atlas, View.POSTERIOR)
    with qtbot.waitSignal(chart_page.hover_text) as blocker:
        chart_page.view.hovered.emit((View.POSTERIOR, site.x, site.y))
    assert atlas.muscle_name(site.muscle) in blocker.args[0]
    assert site.side.value in blocker.args[0]


def test_wheel_and_fit_zoom(qtbot: QtBot, chart_page: ChartPage) -> None:
    fitted = chart_page.view.zoom
    chart_page.view.zoom_in()
    assert chart_page.view.zoom == pytest.approx(fitted * 1.25)
    chart_page.view.fit_to_window()
    assert chart_page.view.zoom == pytest.approx(fitted)
    qtbot.keyClick(chart_page.view, Qt.Key.Key_Escape)  # no gesture: nothing happens


def test_middle_button_drag_pans_without_editing(qtbot: QtBot, chart_page: ChartPage) -> None:
    view = chart_page.view
    view.zoom_to(View.ANTERIOR, 200.0, 400.0, 4.0)
    before = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    viewport = view.viewport()
    start = viewport.rect().center()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=start)
    end = start + QPoint(-80, -60)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(end),
        QPointF(viewport.mapToGlobal(end)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.MiddleButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=end)
    after = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    assert after == (before[0] + 80, before[1] + 60)
    assert chart_page.model.points == {}


def test_storage_refusal_places_nothing_and_says_why(
    qtbot: QtBot,
    chart_page: ChartPage,
    atlas: Atlas,
    repo: ChartRepository,
    visit: Visit,
    clinician: object,
) -> None:
    # Signed elsewhere (another workstation) after this chart was opened.
    assert visit.id is not None
    sign_complete_visit(repo, visit.id, clinician.id)  # type: ignore[attr-defined]
    messages = _messages(chart_page)
    site = _site(atlas, View.ANTERIOR)
    click_at(chart_page.view, (View.ANTERIOR, site.x, site.y))
    assert chart_page.model.points == {}
    assert chart_page.undo_stack.count() == 0
    assert any("signed" in m for m in messages)

"""The inspector: showing the selection and turning field edits into undoable commands."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import Activity, CarryStatus, View, ZoneKind
from bodymap.ui.canvas.page import ChartPage
from tests.storage.signing import sign_complete_visit
from tests.ui.conftest import click_at


def _place(qtbot: QtBot, page: ChartPage, atlas: Atlas) -> int:
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    click_at(page.view, (View.POSTERIOR, site.x, site.y))
    return next(iter(page.model.points))


def test_selecting_a_marker_shows_its_details(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    point_id = _place(qtbot, chart_page, atlas)
    inspector = chart_page.inspector
    point = chart_page.model.point(point_id)
    assert inspector._stack.currentIndex() == 1
    assert atlas.muscle_name(point.muscle) in inspector._point_title.text()
    assert inspector._muscle.currentData() == point.muscle
    site = atlas.sites[point.site or ""]
    assert site.name in inspector._site_label.text()


def test_field_edits_are_undoable_commands(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    point_id = _place(qtbot, chart_page, atlas)
    inspector = chart_page.inspector
    inspector._activity.setCurrentIndex(inspector._activity.findData(Activity.LATENT))
    inspector._activity.activated.emit(inspector._activity.currentIndex())
    inspector._tenderness.setValue(7)
    inspector._tenderness.editingFinished.emit()
    inspector._point_carry.setCurrentIndex(inspector._point_carry.findData(CarryStatus.RESOLVED))
    inspector._point_carry.activated.emit(inspector._point_carry.currentIndex())
    point = chart_page.model.point(point_id)
    assert (point.activity, point.tenderness, point.carry) == (
        Activity.LATENT,
        7,
        CarryStatus.RESOLVED,
    )
    assert chart_page.undo_stack.count() == 4
    chart_page.undo_stack.undo()
    chart_page.undo_stack.undo()
    assert chart_page.model.point(point_id).tenderness is None
    assert inspector._tenderness.value() == -1  # the form follows the model


def test_choosing_a_deeper_muscle_keeps_the_side(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    hit = atlas.hit(View.POSTERIOR, 215.0, 330.0)
    assert len(hit.muscles) >= 2
    chart_page.editor.place_point(View.POSTERIOR, 215.0, 330.0)
    point_id = next(iter(chart_page.model.points))
    chart_page.scene.point_item(point_id).setSelected(True)  # type: ignore[union-attr]
    deeper = hit.muscles[1]
    assert deeper.muscle in chart_page.inspector._alternatives.text()
    chart_page.inspector._alternatives.linkActivated.emit(deeper.muscle)
    point = chart_page.model.point(point_id)
    assert (point.muscle, point.side) == (deeper.muscle, deeper.side)


def test_zone_link_can_be_picked_in_the_inspector(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    point_id = _place(qtbot, chart_page, atlas)
    zone = chart_page.editor.draw_lasso(
        View.POSTERIOR, [(170, 290), (230, 290), (230, 340), (170, 340)]
    )
    chart_page.scene.clearSelection()
    chart_page.scene.zone_item(zone.id or 0).setSelected(True)  # type: ignore[union-attr]
    inspector = chart_page.inspector
    assert inspector._stack.currentIndex() == 2
    inspector._source.setCurrentIndex(inspector._source.findData(point_id))
    inspector._source.activated.emit(inspector._source.currentIndex())
    linked = chart_page.model.zone(zone.id or 0)
    assert linked.source_point_id == point_id
    assert linked.kind is ZoneKind.REFERRED
    assert chart_page.scene.link_item(zone.id or 0) is not None
    inspector._intensity.setValue(9)
    assert chart_page.model.zone(zone.id or 0).intensity == 9


def test_signed_visit_shows_a_read_only_inspector(
    qtbot: QtBot,
    chart_page: ChartPage,
    atlas: Atlas,
    repo: object,
    visit: object,
    clinician: object,
) -> None:
    point_id = _place(qtbot, chart_page, atlas)
    sign_complete_visit(repo, visit.id, clinician.id)  # type: ignore[arg-type, attr-defined]
    chart_page.set_visit(visit.id)  # type: ignore[attr-defined]
    chart_page.scene.point_item(point_id).setSelected(True)  # type: ignore[union-attr]
    assert chart_page.inspector._stack.currentIndex() == 1
    assert not chart_page.inspector._tenderness.isEnabled()


def test_near_a_catalogue_site_the_marker_can_be_snapped(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas
) -> None:
    messages: list[str] = []
    chart_page.message.connect(messages.append)
    site = next(
        s
        for s in atlas.sites.values()
        if s.view is View.POSTERIOR
        and atlas.hit(s.view, s.x + 6, s.y).top is not None
        and atlas.nearest_site(s.view, s.x + 6, s.y, 2.0) is None
        and atlas.nearest_site(s.view, s.x + 6, s.y, 14.0) == s
    )
    click_at(chart_page.view, (View.POSTERIOR, site.x + 6, site.y))
    point_id = next(iter(chart_page.model.points))
    placed = chart_page.model.point(point_id)
    assert placed.site is None
    assert any("Snap to site" in m for m in messages)
    assert chart_page.inspector._snap.isEnabled()
    chart_page.snap_selection()
    snapped = chart_page.model.point(point_id)
    assert (snapped.x, snapped.y, snapped.site, snapped.muscle, snapped.side) == (
        site.x,
        site.y,
        site.id,
        site.muscle,
        site.side,
    )
    chart_page.undo_stack.undo()
    assert chart_page.model.point(point_id) == placed

"""Zones the way drawing programs make them: one stroke one zone, Shift extends, Escape, digits."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from shapely.geometry import Polygon

from bodymap.anatomy.atlas import Atlas
from bodymap.model import View, Visit
from bodymap.model.map_shapes import zone_shape
from bodymap.storage import ChartRepository
from bodymap.ui.canvas.items import ZoneItem
from bodymap.ui.canvas.page import ChartPage
from bodymap.ui.canvas.tools import ToolKind
from tests.ui.conftest import drag, drag_along

FOREARM = ((View.POSTERIOR, 290.0, 345.0), (View.POSTERIOR, 296.0, 380.0))
SHIN = ((View.POSTERIOR, 228.0, 650.0), (View.POSTERIOR, 230.0, 700.0))


def _stored_zones(repo: ChartRepository, visit: Visit) -> list[object]:
    assert visit.id is not None
    return list(repo.load_chart(visit.id).zones)


def test_two_strokes_make_two_zones_and_shift_extends_the_selected_one(
    chart_page: ChartPage, repo: ChartRepository, visit: Visit
) -> None:
    chart_page.set_tool(ToolKind.BRUSH)
    drag(chart_page.view, *FOREARM)
    drag(chart_page.view, *SHIN)
    assert len(_stored_zones(repo, visit)) == 2
    drag(
        chart_page.view,
        (View.POSTERIOR, 232.0, 710.0),
        (View.POSTERIOR, 234.0, 730.0),
        modifier=Qt.KeyboardModifier.ShiftModifier,
    )
    zones = _stored_zones(repo, visit)
    assert len(zones) == 2  # the Shift stroke grew the selected shin zone
    assert max(z.area for z in zones) > min(z.area for z in zones)  # type: ignore[attr-defined]


def test_escape_deselects_and_digits_set_intensity_of_the_selected_and_next_zone(
    qtbot: QtBot, chart_page: ChartPage, repo: ChartRepository, visit: Visit
) -> None:
    chart_page.set_tool(ToolKind.BRUSH)
    drag(chart_page.view, *FOREARM)
    assert chart_page.selected_ids()[1]
    chart_page.view.setFocus()
    qtbot.waitUntil(chart_page.view.hasFocus)
    qtbot.keyClick(chart_page.view, Qt.Key.Key_8)
    assert [z.intensity for z in _stored_zones(repo, visit)] == [8]  # type: ignore[attr-defined]
    qtbot.keyClick(chart_page.view, Qt.Key.Key_Escape)
    assert chart_page.selected_ids() == ([], [])
    qtbot.keyClick(chart_page.view, Qt.Key.Key_3)
    assert [z.intensity for z in _stored_zones(repo, visit)] == [8]  # nothing selected
    drag(chart_page.view, *SHIN)
    intensities = sorted(z.intensity for z in _stored_zones(repo, visit))  # type: ignore[attr-defined]
    assert intensities == [3, 8]


def test_escape_cancels_a_stroke_in_progress(
    qtbot: QtBot, chart_page: ChartPage, repo: ChartRepository, visit: Visit
) -> None:
    chart_page.set_tool(ToolKind.BRUSH)
    view = chart_page.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    start = view.mapFromScene(view.mapToScene(QPoint(0, 0)))
    from tests.ui.conftest import viewport_point

    start = viewport_point(view, FOREARM[0])
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(0, 30))
    assert _stored_zones(repo, visit) == []


def test_an_outline_around_the_thigh_leaves_out_the_hand_beside_it(
    chart_page: ChartPage, atlas: Atlas, repo: ChartRepository, visit: Visit
) -> None:
    chart_page.set_tool(ToolKind.LASSO)
    a = View.ANTERIOR
    # Starts on the right thigh and sweeps out over the right hand hanging beside it.
    drag_along(
        chart_page.view,
        [
            (a, 150.0, 440.0),
            (a, 150.0, 430.0),
            (a, 95.0, 430.0),
            (a, 95.0, 495.0),
            (a, 170.0, 495.0),
            (a, 170.0, 430.0),
            (a, 150.0, 430.0),
        ],
    )
    zones = _stored_zones(repo, visit)
    assert len(zones) == 1
    shape = zone_shape(zones[0].polygons)  # type: ignore[attr-defined]
    hand = Polygon(atlas.surface_regions[125].polygon.exterior)  # Hand, palm (R)
    thigh = Polygon(atlas.surface_regions[126].polygon.exterior)  # Upper leg (R)
    assert shape.intersection(hand).area < 1.0
    assert shape.intersection(thigh).area > 500.0


def test_clicking_the_intensity_slider_jumps_to_the_clicked_value(
    qtbot: QtBot, chart_page: ChartPage, repo: ChartRepository, visit: Visit
) -> None:
    chart_page.set_tool(ToolKind.BRUSH)
    drag(chart_page.view, *FOREARM)
    item = next(i for i in chart_page.scene.items() if isinstance(i, ZoneItem))
    assert item.isSelected()
    chart_page.inspector.show()
    slider = chart_page.inspector._intensity
    chart_page.inspector.resize(320, 600)
    qtbot.waitExposed(chart_page.inspector)
    target = next(x for x in range(slider.width()) if slider.value_at(x, 5) == 9)
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(target, slider.height() // 2))
    assert [z.intensity for z in _stored_zones(repo, visit)] == [9]  # type: ignore[attr-defined]

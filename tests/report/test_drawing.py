"""Body-map and chart drawings: what they contain, checked on the ReportLab shape tree."""

from __future__ import annotations

from datetime import datetime

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Shape, String

from bodymap.model import MeasureTiming, Side, View, ZonePolygon
from bodymap.model.map_content import MapArrow, MapContent, MapMarker
from bodymap.model.map_style import MAP_STYLE, MarkerState
from bodymap.report.bodymap_drawing import (
    THUMBNAIL_STYLE,
    BodyMapPainter,
    intensity_colour,
    simplified,
)
from bodymap.report.charts import trend_drawing
from bodymap.report.progress_summary import ChartLine, TrendChart
from tests.report.conftest import TinyAtlas, circle


def shapes(node: Group) -> list[Shape]:
    found: list[Shape] = []
    for child in node.contents:
        if isinstance(child, Group):
            found.extend(shapes(child))
        else:
            found.append(child)
    return found


def strings(drawing: Drawing) -> list[str]:
    return [s.text for s in shapes(drawing) if isinstance(s, String)]


CONTENT = MapContent(
    markers=(
        MapMarker(1, View.POSTERIOR, 200, 300, MarkerState.ACTIVE, Side.LEFT),
        MapMarker(2, View.POSTERIOR, 201, 301, MarkerState.LATENT, Side.LEFT),  # on top of 1
        MapMarker(3, View.ANTERIOR, 200, 500, MarkerState.ACTIVE, Side.RIGHT),
    ),
    arrows=(MapArrow(View.POSTERIOR, (200, 300), (200, 600), View.POSTERIOR, 1),),
)


def test_figure_draws_the_view_markers_with_numbers_and_sides(tiny_atlas: TinyAtlas) -> None:
    painter = BodyMapPainter(tiny_atlas)
    back = painter.figure(View.POSTERIOR, CONTENT, 200, 400)
    texts = strings(back)
    assert "1" in texts
    assert "2" in texts
    assert "3" not in texts  # marker 3 is on the front
    assert "Back" in texts
    # The patient's left is on the viewer's left in the back view.
    left, right = (s for s in shapes(back) if isinstance(s, String) and s.text in ("L", "R"))
    assert left.text == "L"
    assert left.x < right.x
    front_texts = [
        s
        for s in shapes(painter.figure(View.ANTERIOR, CONTENT, 200, 400))
        if isinstance(s, String) and s.text in ("L", "R")
    ]
    assert [s.text for s in sorted(front_texts, key=lambda s: s.x)] == ["R", "L"]


def test_overlapping_markers_are_moved_apart_on_a_leader(tiny_atlas: TinyAtlas) -> None:
    back = BodyMapPainter(tiny_atlas).figure(View.POSTERIOR, CONTENT, 200, 400)
    markers = [s for s in shapes(back) if isinstance(s, Circle) and s.r > 2]
    assert len(markers) == 2
    first, second = markers
    distance = ((first.cx - second.cx) ** 2 + (first.cy - second.cy) ** 2) ** 0.5
    assert distance >= 2 * first.r
    assert any(isinstance(s, Line) for s in shapes(back))  # arrow shaft or leader


def test_thumbnails_have_no_numbers_or_arrows(tiny_atlas: TinyAtlas) -> None:
    apart = MapContent(markers=(CONTENT.markers[0], CONTENT.markers[2]), arrows=CONTENT.arrows)
    pair = BodyMapPainter(tiny_atlas).side_by_side(apart, 80, 120, THUMBNAIL_STYLE)
    assert strings(pair) == []
    assert not any(isinstance(s, Line) for s in shapes(pair))
    assert pair.width == 80


def test_intensity_colours_follow_the_map_style_scale() -> None:
    # The continuous scale the window uses too, not three bands of its own.
    assert intensity_colour(3) != intensity_colour(2)
    assert intensity_colour(10).hexval() == "0x" + MAP_STYLE.intensity_hex(10)[1:]
    assert intensity_colour(0).hexval() == "0x" + MAP_STYLE.intensity_hex(0)[1:]


def test_simplified_keeps_the_shape_with_fewer_points() -> None:
    polygon = ZonePolygon(circle(100, 100, 50, n=400))
    smaller = simplified(polygon)
    assert len(smaller.exterior) < 100
    assert abs(smaller.area - polygon.area) / polygon.area < 0.01


def test_trend_chart_draws_lines_legend_and_mcid() -> None:
    days = [datetime(2026, 1, d) for d in (1, 8, 15)]
    chart = TrendChart(
        title="Pain (NPRS)",
        unit="points",
        low=0,
        high=10,
        higher_is_better=False,
        lines=(
            ChartLine("Pre-treatment", MeasureTiming.PRE, tuple(zip(days, (7, 5, 3), strict=True))),
            ChartLine(
                "Post-treatment", MeasureTiming.POST, tuple(zip(days, (5, 3, 1), strict=True))
            ),
        ),
        target=5,
        target_label="MCID",
        caption="",
    )
    drawing = trend_drawing(chart, 240, 140)
    texts = strings(drawing)
    assert "MCID" in texts
    assert "Pre-treatment" in texts
    assert "Post-treatment" in texts
    assert "1 Jan" in texts
    assert "15 Jan" in texts
    assert [t for t in texts if t in ("0", "10")] == ["0", "10"]

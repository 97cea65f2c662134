"""Properties of the pure zone geometry: areas, the shapely round trip, union, clipping, anchors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import Point as ShapelyPoint
from shapely.geometry import Polygon, box

from bodymap.model import ZonePolygon
from bodymap.model.geometry import ring_area
from bodymap.model.map_shapes import SLIVER_AREA, arrow_anchor, zone_polygons, zone_shape
from bodymap.ui.canvas import geometry
from tests.strategies import rectangles, star_polygons

FAST = settings(max_examples=60)
#: A body-shaped stand-in for a silhouette: the canvas clips every drawn zone to it.
BODY = geometry.silhouette_geometry(
    (ZonePolygon(((150, 40), (250, 40), (280, 420), (250, 820), (150, 820), (120, 420))),)
)


def _area(polygons: tuple[ZonePolygon, ...]) -> float:
    return float(zone_shape(polygons).area)


@FAST
@given(star_polygons())
def test_the_shoelace_area_is_shapelys_area(polygon: ZonePolygon) -> None:
    assert ring_area(polygon.exterior) == pytest.approx(Polygon(polygon.exterior).area)
    assert polygon.area == pytest.approx(ring_area(polygon.exterior))


@FAST
@given(star_polygons())
def test_a_polygon_survives_the_round_trip_through_shapely(polygon: ZonePolygon) -> None:
    back = zone_polygons(zone_shape((polygon,)))
    if polygon.area < SLIVER_AREA:
        assert back == ()
    else:
        assert len(back) == 1
        assert back[0].area == pytest.approx(polygon.area)
        assert zone_polygons(zone_shape(back)) == back  # a second trip changes nothing


@FAST
@given(st.lists(star_polygons(), min_size=1, max_size=4))
def test_no_part_left_by_the_conversion_is_a_sliver(polygons: list[ZonePolygon]) -> None:
    shape = zone_shape(polygons)
    for inner in polygons:  # cut holes of every size into the union
        shape = shape.difference(ShapelyPoint(inner.exterior[0]).buffer(1.0))
    for part in zone_polygons(shape):
        assert part.area >= SLIVER_AREA * 0.999
        for hole in part.holes:
            assert ring_area(hole) >= SLIVER_AREA * 0.999


@FAST
@given(star_polygons(), star_polygons())
def test_union_is_no_larger_than_its_parts_together(a: ZonePolygon, b: ZonePolygon) -> None:
    union = geometry.union_polygons((a,), (b,))
    parts = _area((a,)) + _area((b,))
    biggest = max(_area((a,)), _area((b,)))
    # Stored outlines are lightened (0.4 units), so allow that much along the outline.
    slack = 0.4 * (Polygon(a.exterior).length + Polygon(b.exterior).length)
    assert _area(union) <= parts + slack
    assert _area(union) >= biggest - slack


@FAST
@given(star_polygons(max_radius=200.0))
def test_clipping_to_the_body_never_grows_a_lasso(polygon: ZonePolygon) -> None:
    try:
        clipped = geometry.lasso_polygons(polygon.exterior, BODY)
    except geometry.DegenerateZoneError:
        assert Polygon(polygon.exterior).intersection(BODY).area < SLIVER_AREA + 1.0
        return
    slack = 0.4 * Polygon(polygon.exterior).length
    assert _area(clipped) <= _area((polygon,)) + slack
    assert zone_shape(clipped).difference(BODY).area <= slack  # nothing outside the body


@FAST
@given(star_polygons(), st.lists(st.tuples(st.floats(100, 300), st.floats(100, 740)), min_size=1))
def test_erasing_never_adds_area(polygon: ZonePolygon, stroke: list[tuple[float, float]]) -> None:
    erased = geometry.subtract_polygons((polygon,), geometry.stroke_shape(stroke, 12.0))
    assert _area(erased) <= _area((polygon,)) + 0.4 * Polygon(polygon.exterior).length


@FAST
@given(st.lists(star_polygons(), min_size=1, max_size=3))
def test_the_arrow_anchor_is_always_on_the_zones_largest_part(
    polygons: list[ZonePolygon],
) -> None:
    largest = max(polygons, key=lambda p: p.area)
    anchor = arrow_anchor(tuple(polygons))
    assert Polygon(largest.exterior).buffer(1e-6).covers(ShapelyPoint(anchor))


@FAST
@given(rectangles())
def test_the_anchor_of_a_rectangle_is_its_centre(rectangle: ZonePolygon) -> None:
    (x0, y0), _, (x1, y1), _ = rectangle.exterior
    assert arrow_anchor((rectangle,)) == pytest.approx(((x0 + x1) / 2, (y0 + y1) / 2))


def test_a_sliver_of_exactly_the_threshold_is_kept() -> None:
    # the boundary the property tests above rely on
    assert len(zone_polygons(box(0, 0, 2, 2))) == 1

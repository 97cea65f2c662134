"""Pure zone geometry and hit-testing, without Qt or the atlas."""

from __future__ import annotations

import pytest
from shapely.geometry import box

from bodymap.model import PainZone, Side, TriggerPoint, View, ZonePolygon
from bodymap.ui.canvas import geometry
from bodymap.ui.canvas.geometry import DegenerateZoneError, Target, TargetKind

BODY = box(100, 100, 300, 700)


def test_stroke_is_buffered_to_the_brush_width() -> None:
    polygons = geometry.stroke_polygons([(150, 200), (250, 200)], 20, BODY)
    assert len(polygons) == 1
    # 100 long x 20 wide plus two round caps of radius 10
    assert polygons[0].area == pytest.approx(100 * 20 + 3.14159 * 100, rel=0.03)


def test_stroke_is_clipped_to_the_silhouette() -> None:
    polygons = geometry.stroke_polygons([(50, 300), (150, 300)], 20, BODY)
    xs = [x for p in polygons for x, _ in p.exterior]
    assert min(xs) >= 100 - 1e-6


def test_stroke_outside_the_body_is_refused() -> None:
    with pytest.raises(DegenerateZoneError, match="inside the body"):
        geometry.stroke_polygons([(10, 10), (40, 40)], 10, BODY)


def test_lasso_needs_area() -> None:
    with pytest.raises(DegenerateZoneError):
        geometry.lasso_polygons([(150, 150), (200, 200), (250, 250)], BODY)  # collinear
    with pytest.raises(DegenerateZoneError):
        geometry.lasso_polygons([(150, 150), (160, 160)], BODY)


def test_self_crossing_lasso_keeps_enclosed_area() -> None:
    bow_tie = [(150, 150), (250, 250), (250, 150), (150, 250)]
    polygons = geometry.lasso_polygons(bow_tie, BODY)
    assert sum(p.area for p in polygons) == pytest.approx(5000, rel=0.02)


def test_eraser_cuts_a_zone_in_two() -> None:
    zone = (ZonePolygon(((120, 300), (280, 300), (280, 340), (120, 340))),)
    cut = geometry.subtract_polygons(zone, geometry.stroke_shape([(200, 280), (200, 360)], 20))
    assert len(cut) == 2
    assert sum(p.area for p in cut) == pytest.approx(160 * 40 - 20 * 40, rel=0.01)


def test_union_merges_overlapping_strokes() -> None:
    a = geometry.stroke_polygons([(150, 200), (200, 200)], 20, BODY)
    b = geometry.stroke_polygons([(190, 200), (250, 200)], 20, BODY)
    assert len(geometry.union_polygons(a, b)) == 1


def _point(point_id: int, x: float, y: float, view: View = View.ANTERIOR) -> TriggerPoint:
    return TriggerPoint(id=point_id, view=view, x=x, y=y, muscle="deltoid", side=Side.RIGHT)


def _zone(zone_id: int, x0: float, y0: float, size: float) -> PainZone:
    ring = ((x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size))
    return PainZone(id=zone_id, view=View.ANTERIOR, polygons=(ZonePolygon(ring),))


def test_find_target_prefers_the_nearest_marker_then_the_smallest_zone() -> None:
    points = [_point(1, 150, 150), _point(2, 158, 150), _point(3, 150, 150, View.POSTERIOR)]
    zones = [_zone(10, 100, 100, 200), _zone(11, 140, 140, 30)]

    def find(x: float, y: float) -> Target | None:
        return geometry.find_target(
            points=points, zones=zones, view=View.ANTERIOR, pos=(x, y), tolerance=5
        )

    assert find(157, 151) == Target(TargetKind.POINT, 2)
    assert find(165, 165) == Target(TargetKind.ZONE, 11)
    assert find(250, 250) == Target(TargetKind.ZONE, 10)
    assert find(400, 400) is None

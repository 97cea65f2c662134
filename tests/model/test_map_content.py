"""The one map content and its shape rules: arrow anchors, sliver removal, markers' states."""

from __future__ import annotations

import pytest
from shapely.geometry import Point as ShapelyPoint
from shapely.geometry import Polygon, box

from bodymap.model import (
    Activity,
    CarryStatus,
    PainZone,
    Side,
    TriggerPoint,
    View,
    ZoneKind,
    ZonePolygon,
)
from bodymap.model.map_content import build_map_content, marker_state, referral_arrow
from bodymap.model.map_shapes import SLIVER_AREA, arrow_anchor, zone_polygons, zone_shape
from bodymap.model.map_style import MAP_STYLE, MarkerState

L_SHAPE = ((120, 120), (200, 120), (200, 140), (140, 140), (140, 220), (120, 220))


def _inside(polygon: ZonePolygon, point: tuple[float, float]) -> bool:
    return Polygon(polygon.exterior, polygon.holes).contains(ShapelyPoint(point))


def test_the_anchor_of_a_convex_zone_is_its_centre() -> None:
    square = ZonePolygon(((100, 100), (140, 100), (140, 140), (100, 140)))
    assert arrow_anchor((square,)) == pytest.approx((120, 120))


@pytest.mark.parametrize(
    "polygon",
    [
        ZonePolygon(L_SHAPE),  # its centroid lies outside the L
        ZonePolygon(  # a ring: its centroid is the hole
            ((100, 100), (200, 100), (200, 200), (100, 200)),
            (((110, 110), (190, 110), (190, 190), (110, 190)),),
        ),
    ],
)
def test_the_anchor_of_a_hollow_or_bent_zone_is_still_on_the_zone(polygon: ZonePolygon) -> None:
    assert _inside(polygon, arrow_anchor((polygon,)))


def test_the_anchor_is_in_the_largest_part() -> None:
    small = ZonePolygon(((0, 0), (10, 0), (10, 10), (0, 10)))
    large = ZonePolygon(((100, 100), (200, 100), (200, 200), (100, 200)))
    assert _inside(large, arrow_anchor((small, large)))


def test_a_zero_area_outline_still_has_an_anchor() -> None:
    line = ZonePolygon(((0, 0), (10, 0), (20, 0)))
    assert arrow_anchor((line,)) == pytest.approx((10, 0))


def test_slivers_are_dropped_by_one_threshold() -> None:
    shape = box(0, 0, 50, 50).union(box(100, 100, 101.9, 101.9))  # a 1.9 × 1.9 crumb
    kept = zone_polygons(shape)
    assert len(kept) == 1
    assert kept[0].area == pytest.approx(2500)
    assert len(zone_polygons(box(0, 0, 2, 2))) == 1  # exactly SLIVER_AREA is kept
    assert zone_polygons(box(0, 0, 2, 1.99)) == ()
    assert SLIVER_AREA == 4.0


def test_small_holes_are_filled_and_large_ones_kept() -> None:
    shape = box(0, 0, 100, 100).difference(box(10, 10, 11, 11)).difference(box(50, 50, 60, 60))
    (polygon,) = zone_polygons(shape)
    assert len(polygon.holes) == 1


def test_a_self_crossing_outline_keeps_both_lobes() -> None:
    bow_tie = ZonePolygon(((0, 0), (100, 100), (100, 0), (0, 100)))
    assert zone_shape((bow_tie,)).area == pytest.approx(5000)
    assert len(zone_polygons(zone_shape((bow_tie,)))) == 2


def _point(point_id: int, view: View = View.POSTERIOR, **kw: object) -> TriggerPoint:
    return TriggerPoint(
        id=point_id, number=point_id, view=view, x=150, y=300, muscle="m", side=Side.LEFT, **kw
    )


def _zone(zone_id: int, source: int | None, view: View = View.POSTERIOR, intensity: int = 5):
    ring = ((100, 400), (200, 400), (200, 500), (100, 500))
    return PainZone(
        id=zone_id,
        view=view,
        polygons=(ZonePolygon(ring),),
        kind=ZoneKind.REFERRED,
        intensity=intensity,
        source_point_id=source,
    )


def test_content_links_each_referred_zone_to_its_source() -> None:
    content = build_map_content(
        [_point(2), _point(1)], [_zone(10, 1, intensity=8), _zone(11, None, intensity=2)]
    )
    assert [m.number for m in content.markers] == [1, 2]
    assert [z.intensity for z in content.zones] == [2, 8]  # most intense on top
    (arrow,) = content.arrows
    assert arrow.start == (150, 300)
    assert arrow.end == pytest.approx((150, 450))
    assert arrow.zone_id == 10
    assert not arrow.crosses_views


def test_a_link_across_views_is_kept_but_not_drawn_inside_one_view() -> None:
    content = build_map_content([_point(1, View.ANTERIOR)], [_zone(10, 1, View.POSTERIOR)])
    (arrow,) = content.arrows
    assert arrow.crosses_views
    assert content.in_view(View.POSTERIOR).arrows == ()


def test_small_maps_skip_arrows() -> None:
    content = build_map_content([_point(1)], [_zone(10, 1)], arrows=False)
    assert content.arrows == ()
    assert referral_arrow(_zone(10, 2), _point(1)) is None  # not this point's zone


def test_marker_states_and_their_colours() -> None:
    assert marker_state(_point(1)) is MarkerState.ACTIVE
    assert marker_state(_point(1, activity=Activity.LATENT)) is MarkerState.LATENT
    assert marker_state(_point(1, carry=CarryStatus.RESOLVED)) is MarkerState.RESOLVED
    assert MAP_STYLE.marker_fill(MarkerState.ACTIVE) == MAP_STYLE.active_fill
    assert MAP_STYLE.number_ink(MarkerState.ACTIVE) == "#ffffff"
    assert MAP_STYLE.number_ink(MarkerState.LATENT) == MAP_STYLE.marker_ink
    assert MAP_STYLE.marker_outline(MarkerState.RESOLVED) == MAP_STYLE.resolved_ink


def test_zone_outline_is_the_fill_darkened() -> None:
    fill = int(MAP_STYLE.intensity_hex(6)[1:3], 16)
    outline = int(MAP_STYLE.zone_outline_hex(6)[1:3], 16)
    assert outline == round(fill * 2 / 3)
    assert MAP_STYLE.zone_fill_opacity(True) < MAP_STYLE.zone_fill_opacity(False)

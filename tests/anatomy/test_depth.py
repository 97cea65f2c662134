"""The "beneath" relation: no deep muscle is offered where bone lies between it and the skin."""

from __future__ import annotations

import pytest
from shapely.geometry import Point, Polygon

from bodymap.anatomy.artwork.back import SCAPULA
from bodymap.anatomy.artwork.depth import BENEATH, MIN_OVERLAP_WIDTH
from bodymap.anatomy.artwork.shapes import mirror_geometry, polygon
from bodymap.anatomy.atlas import Atlas
from bodymap.anatomy.types import Layer
from bodymap.model import Side, View


def _shape(region) -> Polygon:  # noqa: ANN001
    return Polygon(region.polygon.exterior, region.polygon.holes)


@pytest.mark.parametrize("view", list(View))
def test_every_deep_muscle_lies_only_beneath_muscles_it_can_be_needled_through(
    atlas: Atlas, view: View
) -> None:
    regions = [r for r in atlas.muscle_regions if r.view is view]
    surface = [r for r in regions if r.layer is Layer.SUPERFICIAL]
    for deep in (r for r in regions if r.layer is Layer.DEEP):
        allowed = BENEATH[view.value].get(deep.muscle)
        assert allowed is not None, f"{deep.muscle}: no reviewed 'beneath' entry in {view.value}"
        shape = _shape(deep)
        for top in surface:
            if top.muscle == deep.muscle:
                continue  # the same muscle's own surface part
            overlap = shape.intersection(_shape(top)).buffer(-MIN_OVERLAP_WIDTH / 2)
            if overlap.area > 0.5:
                assert top.muscle in allowed, (view.value, deep.muscle, deep.side, top.muscle)


def _scapulae() -> list[tuple[Side, Polygon]]:
    blade = polygon(SCAPULA)  # authored on the viewer's left: the patient's left, behind
    return [(Side.LEFT, blade), (Side.RIGHT, mirror_geometry(blade))]


@pytest.mark.parametrize(("side", "blade"), _scapulae())
def test_no_click_over_the_scapula_offers_a_muscle_on_its_far_side(
    atlas: Atlas, side: Side, blade: Polygon
) -> None:
    minx, miny, maxx, maxy = blade.bounds
    clicks = 0
    for i in range(1, 24):
        for j in range(1, 24):
            x = minx + (maxx - minx) * i / 24
            y = miny + (maxy - miny) * j / 24
            if not blade.buffer(-1.0).contains(Point(x, y)):
                continue
            clicks += 1
            under = {m.muscle for m in atlas.hit(View.POSTERIOR, x, y).muscles}
            assert "subscapularis" not in under, (x, y)
            assert "rhomboids" not in under, (x, y)
    assert clicks > 150


@pytest.mark.parametrize("tag", ["tp1", "tp2", "tp3"])
@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
def test_subscapularis_is_never_offered_beneath_infraspinatus(
    atlas: Atlas, tag: str, side: Side
) -> None:
    site = atlas.sites[f"infraspinatus.{tag}.{side.value}"]
    hit = atlas.hit(site.view, site.x, site.y)
    assert hit.top is not None
    assert hit.top.muscle == "infraspinatus"
    assert "subscapularis" not in {m.muscle for m in hit.muscles}


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
def test_subscapularis_is_reached_beside_the_lateral_border(atlas: Atlas, side: Side) -> None:
    site = atlas.sites[f"subscapularis.tp1.{side.value}"]
    hit = atlas.hit(site.view, site.x, site.y)
    assert hit.top is not None
    assert hit.top.muscle in BENEATH["posterior"]["subscapularis"]
    assert ("subscapularis", side) in {(m.muscle, m.side) for m in hit.muscles}

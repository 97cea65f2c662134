"""CHOIR surface regions: complete, inside the body, covering it, barely overlapping, mirrored."""

from __future__ import annotations

import pytest
from shapely.geometry import Polygon
from shapely.ops import unary_union

from bodymap.anatomy.regionsgen.landmarks import mirror
from bodymap.anatomy.rollups import CHOIR_SEGMENTS
from bodymap.model import Side, View


def _shape(polygon) -> Polygon:
    return Polygon(polygon.exterior, polygon.holes)


def _silhouette(atlas, view):
    return unary_union([_shape(p) for p in atlas.views[view].silhouette])


def test_all_74_segments_carry_their_roll_ups(atlas):
    assert sorted(atlas.surface_regions) == sorted(CHOIR_SEGMENTS)
    for region in atlas.surface_regions.values():
        segment = CHOIR_SEGMENTS[region.id]
        assert (region.name, region.side, region.view) == (segment.name, segment.side, segment.view)
        assert (region.mbm, region.wpi) == (segment.mbm, segment.wpi)


@pytest.mark.parametrize("view", [View.ANTERIOR, View.POSTERIOR])
def test_regions_cover_the_silhouette_and_barely_overlap(atlas, view):
    body = _silhouette(atlas, view)
    shapes = [_shape(r.polygon) for r in atlas.surface_regions.values() if r.view is view]
    assert all(s.is_valid for s in shapes)
    union = unary_union(shapes)
    coverage = union.intersection(body).area / body.area
    overlap = (sum(s.area for s in shapes) - union.area) / body.area
    assert coverage >= 0.97
    assert overlap < 0.01


@pytest.mark.parametrize("view", [View.ANTERIOR, View.POSTERIOR])
def test_every_region_lies_inside_the_silhouette(atlas, view):
    body = _silhouette(atlas, view).buffer(0.5)
    for region in atlas.surface_regions.values():
        if region.view is view:
            assert _shape(region.polygon).difference(body).area < 0.5, region.id


@pytest.mark.parametrize("view", [View.ANTERIOR, View.POSTERIOR])
def test_every_muscle_region_lies_inside_the_silhouette(atlas, view):
    body = _silhouette(atlas, view).buffer(0.5)
    for region in atlas.muscle_regions:
        if region.view is view:
            assert _shape(region.polygon).difference(body).area < 0.5, region


def test_left_and_right_segments_mirror(atlas):
    by_key = {(r.view, r.name.split(" (")[0], r.side): r for r in atlas.surface_regions.values()}
    for (view, name, side), region in by_key.items():
        if side is not Side.RIGHT:
            continue
        twin = by_key[(view, name, Side.LEFT)]
        mirrored = Polygon([mirror(p) for p in twin.polygon.exterior])
        assert _shape(region.polygon).hausdorff_distance(mirrored) < 1.5, (view, name)


def test_regions_json_matches_a_fresh_cut(atlas):
    """The shipped regions are what the generator makes from the shipped body.json."""
    from bodymap.anatomy.regionsgen.build import build_regions, read_body
    from bodymap.resources import asset_path

    fresh = build_regions(read_body(asset_path("atlas/body.json")))
    for entry in fresh["regions"]:
        shipped = _shape(atlas.surface_regions[entry["id"]].polygon)
        cut = Polygon(entry["exterior"], entry["holes"])
        assert shipped.symmetric_difference(cut).area < 1.0, (
            f"region {entry['id']} is stale: run python -m bodymap.anatomy.regionsgen"
        )


def test_muscle_regions_mirror_left_to_right(atlas):
    regions = {(r.muscle, r.view, r.layer, r.side): r for r in atlas.muscle_regions}
    for (muscle, view, layer, side), region in regions.items():
        if side is not Side.RIGHT:
            continue
        twin = regions[(muscle, view, layer, Side.LEFT)]
        mirrored = Polygon([mirror(p) for p in twin.polygon.exterior])
        assert _shape(region.polygon).hausdorff_distance(mirrored) < 1.5, (muscle, view)


@pytest.mark.parametrize("view", [View.ANTERIOR, View.POSTERIOR])
def test_every_point_inside_the_body_has_a_region(atlas, view):
    missing = []
    for x in range(60, 341, 5):
        for y in range(15, 830, 5):
            hit = atlas.hit(view, x + 0.37, y + 0.21)  # off the round-number seams
            if hit.inside_body and hit.region is None:
                missing.append((x, y))
    assert missing == []

from __future__ import annotations

import pytest

from bodymap.analysis.extent import quantify
from tests.analysis.toy_atlas import BODY_AREA, A, P, ToyAtlas, rect, region_rect, zone


def test_no_zones_is_no_pain(toy: ToyAtlas) -> None:
    extent = quantify(toy, [])
    assert extent.percent == 0.0
    assert extent.choir_count == extent.mbm_count == extent.wpi_count == 0
    assert not extent.generalised_pain


@pytest.mark.parametrize("region", [101, 109, 127, 205, 218, 214])
def test_zone_equal_to_a_segment_counts_exactly_that_segment(toy: ToyAtlas, region: int) -> None:
    view = A if region < 200 else P
    extent = quantify(toy, [zone(view, region_rect(region))])
    assert extent.choir_ids == (region,)
    assert extent.regions[0].share == pytest.approx(1.0)
    # Each grid segment is 100 x 200 units: its share of that view's body surface.
    assert extent.view(view).percent == pytest.approx(100.0 * 20_000 / BODY_AREA)
    assert extent.percent == pytest.approx(100.0 * 20_000 / (2 * BODY_AREA))
    other = P if view is A else A
    assert extent.view(other).pain_area == 0.0


def test_overlapping_zones_count_once_and_outside_the_body_is_clipped(toy: ToyAtlas) -> None:
    inside = rect(100, 20, 200, 220)
    half_outside = rect(0, 20, 200, 220)  # x 0-100 lies outside the silhouette
    extent = quantify(toy, [zone(A, inside), zone(A, half_outside), zone(A, inside)])
    assert extent.view(A).pain_area == pytest.approx(20_000)
    assert extent.choir_ids == (101,)


def test_a_graze_across_a_border_does_not_count_the_neighbour(toy: ToyAtlas) -> None:
    # 101 fully, plus a 0.4-unit strip into 102: 80 square units, under 0.5 % of its 20,000.
    graze = rect(100, 20, 200.4, 220)
    assert quantify(toy, [zone(A, graze)]).choir_ids == (101,)
    spill = rect(100, 20, 210, 220)
    assert quantify(toy, [zone(A, spill)]).choir_ids == (101, 102)


def test_small_zone_inside_a_large_segment_counts(toy: ToyAtlas) -> None:
    extent = quantify(toy, [zone(P, rect(150, 300, 160, 310))])
    assert extent.choir_ids == (207,)
    assert extent.view(P).pain_area == pytest.approx(100)


def test_rollups_to_mbm_and_wpi(toy: ToyAtlas) -> None:
    extent = quantify(toy, [zone(A, region_rect(108), region_rect(109)), zone(P, region_rect(205))])
    assert extent.choir_ids == (108, 109, 205)
    assert extent.mbm_areas == (3, 4, 26)  # right chest, left chest, neck
    assert extent.wpi_areas == ("chest", "neck")
    assert extent.wpi_count == 2
    assert extent.wpi_regions == ("axial",)


def test_generalised_pain_needs_four_of_five_regions(toy: ToyAtlas) -> None:
    four = [
        zone(P, region_rect(207)),  # left shoulder girdle: left upper
        zone(P, region_rect(210)),  # right shoulder girdle: right upper
        zone(A, region_rect(126)),  # right upper leg: right lower
        zone(A, region_rect(127)),  # left upper leg: left lower
    ]
    extent = quantify(toy, four)
    assert extent.wpi_regions == ("left_upper", "right_upper", "left_lower", "right_lower")
    assert extent.generalised_pain
    three = quantify(toy, four[:3])
    assert not three.generalised_pain


def test_chest_does_not_make_the_axial_region_count(toy: ToyAtlas) -> None:
    chest = [zone(P, region_rect(207)), zone(P, region_rect(210)), zone(A, region_rect(126))]
    extent = quantify(toy, [*chest, zone(A, region_rect(108))])
    assert "chest" in extent.wpi_areas
    assert "axial" not in extent.wpi_regions
    assert not extent.generalised_pain
    with_back = quantify(toy, [*chest, zone(P, region_rect(218))])
    assert with_back.generalised_pain


def test_self_crossing_lasso_is_repaired(toy: ToyAtlas) -> None:
    from bodymap.model import ZonePolygon

    # Crosses itself at (156, 88): two triangles of 960 and 2160 square units.
    bowtie = ZonePolygon(((120, 40), (180, 120), (180, 40), (120, 160)))
    extent = quantify(toy, [zone(A, bowtie)])
    assert extent.view(A).pain_area == pytest.approx(3120)
    assert extent.choir_ids == (101,)


def test_painful_area_is_remembered_per_zone_set_and_bounded(toy: ToyAtlas) -> None:
    from bodymap.analysis.extent import painful_area_by_view
    from bodymap.analysis.geometry import PAIN_CACHE_SIZE, atlas_geometry

    zones = [zone(A, region_rect(101))]
    first = painful_area_by_view(toy, zones)
    assert painful_area_by_view(toy, list(zones)) is first  # equal zones: same result object
    other = painful_area_by_view(toy, [zone(A, region_rect(102))])
    assert other is not first
    for x in range(PAIN_CACHE_SIZE + 5):
        painful_area_by_view(toy, [zone(P, rect(110 + x, 30, 150 + x, 60))])
    assert len(atlas_geometry(toy).pain_cache) == PAIN_CACHE_SIZE
    assert quantify(toy, zones).choir_ids == (101,)  # recomputed after eviction, same answer

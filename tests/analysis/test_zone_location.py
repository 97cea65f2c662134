"""A zone is named by the Michigan Body Map areas it covers."""

from __future__ import annotations

from bodymap.analysis.zone_location import zone_location, zone_mbm_areas
from bodymap.anatomy.atlas import Atlas, load_atlas
from bodymap.model import PainZone, View, ZonePolygon


def _zone(atlas: Atlas, region_id: int) -> PainZone:
    region = atlas.surface_regions[region_id]
    return PainZone(view=region.view, polygons=(ZonePolygon(region.polygon.exterior, ()),))


def test_a_zone_over_the_right_thigh_is_the_right_upper_leg() -> None:
    atlas = load_atlas()
    assert zone_mbm_areas(atlas, _zone(atlas, 126)) == ["Rt upper leg"]  # Upper leg (R), front
    tiny = PainZone(
        view=View.ANTERIOR,
        polygons=(ZonePolygon(((150, 440), (152, 440), (152, 442), (150, 442)), ()),),
    )
    assert zone_location(atlas, tiny) == "Rt upper leg"  # below the threshold: largest overlap
    off = PainZone(
        view=View.ANTERIOR, polygons=(ZonePolygon(((2, 2), (8, 2), (8, 8), (2, 8)), ()),)
    )
    assert zone_location(atlas, off) == "off the mapped areas"

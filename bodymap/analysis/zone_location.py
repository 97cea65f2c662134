"""Where a pain zone lies, in Michigan Body Map area names ("Rt upper leg, Rt knee").

Used by the Objective summary and the session note, so a zone is named by body location rather
than by its drawing. A zone too small to reach the counting threshold of any segment is named
by the segment it overlaps most.
"""

from __future__ import annotations

import shapely

from bodymap.analysis.extent import painful_regions
from bodymap.analysis.geometry import AtlasLike, atlas_geometry, clip_to_body
from bodymap.anatomy.rollups import MBM_AREAS
from bodymap.model import PainZone
from bodymap.model.map_shapes import zone_shape


def zone_mbm_areas(atlas: AtlasLike, zone: PainZone) -> list[str]:
    """MBM area names the zone covers, largest share first (at least one when on the body)."""
    if zone.view not in atlas.views:
        return []
    shapes = atlas_geometry(atlas).view(zone.view)
    pain = clip_to_body(zone_shape(zone.polygons), shapes)
    if pain.is_empty or not shapes.region_ids:
        return []
    coverage = painful_regions(shapes, pain)
    if coverage:
        ranked = [c.region for c in sorted(coverage, key=lambda c: -c.pain_area)]
    else:
        candidates = shapes.region_tree.query(pain, predicate="intersects")
        if len(candidates) == 0:
            return []
        overlaps = shapely.area(shapely.intersection(shapes.region_shapes[candidates], pain))
        ranked = [shapes.region_ids[int(candidates[int(overlaps.argmax())])]]
    names: list[str] = []
    for region in ranked:
        mbm = atlas.surface_regions[region].mbm
        name = MBM_AREAS.get(mbm) if mbm is not None else None
        if name and name not in names:
            names.append(name)
    return names


def zone_location(atlas: AtlasLike, zone: PainZone) -> str:
    """The zone's MBM areas joined for print, or "off the mapped areas"."""
    return ", ".join(zone_mbm_areas(atlas, zone)) or "off the mapped areas"

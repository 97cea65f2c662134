"""Pain extent of a visit: % of the body surface per view and CHOIR / MBM / WPI region counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from bodymap.analysis.geometry import (
    AtlasLike,
    ViewShapes,
    area_of,
    atlas_geometry,
    polygon_array,
    union_shapes,
    zone_polygons_by_view,
)
from bodymap.anatomy.rollups import (
    WPI_REGIONS,
    is_generalised_pain,
)
from bodymap.anatomy.rollups import (
    painful_regions as wpi_painful_regions,
)
from bodymap.model import PainZone, View, ZoneKind
from bodymap.model.map_shapes import areas_only

#: A CHOIR segment counts as painful when the drawn area inside it reaches this many square
#: atlas units (about 4 x 4 mm on an adult) ...
MIN_REGION_OVERLAP = 4.0
#: ... and this share of the segment, so a stroke that only grazes a border is not counted.
MIN_REGION_SHARE = 0.005


@dataclass(frozen=True, slots=True)
class ViewExtent:
    """Painful area in one view, in square atlas units and as % of that view's body surface."""

    view: View
    pain_area: float
    body_area: float

    @property
    def percent(self) -> float:
        """Painful share of the body surface drawn in this view, 0-100."""
        return 100.0 * self.pain_area / self.body_area if self.body_area > 0 else 0.0


@dataclass(frozen=True, slots=True)
class RegionCoverage:
    """How much of one CHOIR segment is painful."""

    region: int
    pain_area: float
    region_area: float

    @property
    def share(self) -> float:
        """Painful fraction of the segment, 0-1."""
        return self.pain_area / self.region_area if self.region_area > 0 else 0.0


@dataclass(frozen=True, slots=True)
class PainExtent:
    """Quantified pain extent of one visit's drawn zones."""

    views: tuple[ViewExtent, ...]
    regions: tuple[RegionCoverage, ...]  # painful CHOIR segments, by id
    mbm_areas: tuple[int, ...]  # Michigan Body Map area keys
    wpi_areas: tuple[str, ...]  # Widespread Pain Index areas
    wpi_regions: tuple[str, ...]  # 2016 regions with a painful area that counts for the rule
    generalised_pain: bool  # 2016 rule: pain in at least 4 of the 5 regions

    @property
    def percent(self) -> float:
        """Painful share of the whole drawn body surface (both views), 0-100."""
        body = sum(v.body_area for v in self.views)
        return 100.0 * sum(v.pain_area for v in self.views) / body if body > 0 else 0.0

    @property
    def choir_ids(self) -> tuple[int, ...]:
        """Ids of the painful CHOIR segments."""
        return tuple(r.region for r in self.regions)

    @property
    def choir_count(self) -> int:
        """Number of painful CHOIR segments (0-74)."""
        return len(self.regions)

    @property
    def mbm_count(self) -> int:
        """Number of painful Michigan Body Map areas (0-35)."""
        return len(self.mbm_areas)

    @property
    def wpi_count(self) -> int:
        """Widespread Pain Index (0-19)."""
        return len(self.wpi_areas)

    def view(self, view: View) -> ViewExtent:
        """The extent in one view."""
        for extent in self.views:
            if extent.view == view:
                return extent
        raise KeyError(view)


def painful_regions(shapes: ViewShapes, pain: BaseGeometry) -> list[RegionCoverage]:
    """CHOIR segments of one view that the painful area covers enough to count."""
    if pain.is_empty or not shapes.region_ids:
        return []
    candidates = shapes.region_tree.query(pain, predicate="intersects")
    if len(candidates) == 0:
        return []
    overlap = shapely.area(shapely.intersection(shapes.region_shapes[candidates], pain))
    areas = shapes.region_areas[candidates]
    threshold = np.maximum(MIN_REGION_OVERLAP, MIN_REGION_SHARE * areas)
    return [
        RegionCoverage(shapes.region_ids[int(index)], float(painful), float(area))
        for index, painful, area, needed in zip(candidates, overlap, areas, threshold, strict=True)
        if painful >= needed
    ]


def painful_area_by_view(atlas: AtlasLike, zones: Iterable[PainZone]) -> dict[View, BaseGeometry]:
    """The union of the zones in each view, clipped to that view's silhouette.

    Zone values are immutable, so the result for the same zones is reused (see
    ``AtlasGeometry.pain_cache``); callers must not mutate the returned dict.
    """
    geometry = atlas_geometry(atlas)
    key = tuple(zones)
    cached = geometry.cached_pain(key)
    if cached is not None:
        return cached
    clipped: dict[View, BaseGeometry] = {}
    for view, polygons in zone_polygons_by_view(key).items():
        if view not in geometry.views:
            continue
        shapes = polygon_array(polygons)
        view_shapes = geometry.view(view)
        union = union_shapes(shapes)
        # Testing the small zones one by one is cheaper than testing their complex union.
        if not shapely.covers(view_shapes.silhouette_margin, shapes).all():
            union = areas_only(shapely.intersection(union, view_shapes.silhouette))
        clipped[view] = union
    geometry.remember_pain(key, clipped)
    return clipped


def quantify(atlas: AtlasLike, zones: Iterable[PainZone]) -> PainExtent:
    """Quantify the pain extent drawn in one visit.

    Args:
        atlas: The loaded atlas (its silhouettes and CHOIR segments are used).
        zones: The zones to count, overlapping ones once. Pass :func:`reported_zones` for the
            patient's pain (what every count and the 2016 rule describe); see
            :func:`visit_extent` for both kinds apart.

    Returns:
        Area per view, painful CHOIR segments, their MBM and WPI roll-ups and the 2016
        generalised-pain rule.
    """
    geometry = atlas_geometry(atlas)
    pain = painful_area_by_view(atlas, zones)
    views: list[ViewExtent] = []
    regions: list[RegionCoverage] = []
    for view, shapes in geometry.views.items():
        shape = pain.get(view)
        views.append(
            ViewExtent(view, area_of(shape) if shape is not None else 0.0, shapes.body_area)
        )
        if shape is not None:
            regions.extend(painful_regions(shapes, shape))
    regions.sort(key=lambda r: r.region)
    return extent_from_regions(atlas, views, regions)


def reported_zones(zones: Iterable[PainZone]) -> tuple[PainZone, ...]:
    """The zones the patient reported as painful: the only ones pain counts are made from."""
    return tuple(z for z in zones if z.kind is ZoneKind.PATIENT_REPORTED)


def referred_zones(zones: Iterable[PainZone]) -> tuple[PainZone, ...]:
    """The referral zones the clinician drew from trigger points (reported apart, labelled)."""
    return tuple(z for z in zones if z.kind is ZoneKind.REFERRED)


@dataclass(frozen=True, slots=True)
class VisitExtent:
    """A visit's pain extent, patient-reported and clinician-referred counted apart.

    Pain area, CHOIR/MBM/WPI counts and the 2016 rule describe the patient's pain, so they come
    from ``reported`` only; ``referred`` is shown alongside, labelled as the clinician's zones.
    """

    reported: PainExtent
    referred: PainExtent


def visit_extent(atlas: AtlasLike, zones: Iterable[PainZone]) -> VisitExtent:
    """Quantify a visit's reported and referred zones separately."""
    listed = tuple(zones)
    return VisitExtent(
        reported=quantify(atlas, reported_zones(listed)),
        referred=quantify(atlas, referred_zones(listed)),
    )


def extent_json(extent: PainExtent) -> dict[str, object]:
    """The ``show --json`` form of an extent; ids as ``atlas --json`` gives them."""
    return {
        "area_pct": round(extent.percent, 4),
        "choir": list(extent.choir_ids),
        "mbm": list(extent.mbm_areas),
        "wpi": list(extent.wpi_areas),
    }


def extent_from_regions(
    atlas: AtlasLike, views: list[ViewExtent], regions: list[RegionCoverage]
) -> PainExtent:
    """Roll painful CHOIR segments up to MBM and WPI terms."""
    surface = atlas.surface_regions
    mbm = sorted({m for r in regions if (m := surface[r.region].mbm) is not None})
    wpi = sorted({w for r in regions if (w := surface[r.region].wpi) is not None})
    return PainExtent(
        views=tuple(views),
        regions=tuple(regions),
        mbm_areas=tuple(mbm),
        wpi_areas=tuple(wpi),
        wpi_regions=tuple(r for r in WPI_REGIONS if r in wpi_painful_regions(wpi)),
        generalised_pain=is_generalised_pain(wpi),
    )

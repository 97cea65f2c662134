"""Shapely geometry shared by the analyses, with the atlas's shapes prepared once per atlas."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from bodymap.anatomy.types import SurfaceRegion, TriggerSite, ViewInfo
from bodymap.model import PainZone, View, ZonePolygon
from bodymap.model.map_shapes import EMPTY, areas_only, polygon_shape, zone_shape

#: Zones within this distance (atlas units) of the silhouette count as inside it: the canvas
#: already clips what is drawn, and clipping again would only cost time.
CLIP_TOLERANCE = 0.05

#: How many zone sets' painful areas each atlas remembers (a patient's visits, twice over).
PAIN_CACHE_SIZE = 64


class AtlasLike(Protocol):
    """The part of ``bodymap.anatomy.atlas.Atlas`` the analyses read."""

    @property
    def views(self) -> Mapping[View, ViewInfo]:
        """Body views by id."""

    @property
    def surface_regions(self) -> Mapping[int, SurfaceRegion]:
        """CHOIR segments by id."""

    @property
    def sites(self) -> Mapping[str, TriggerSite]:
        """Catalogue trigger-point sites by id."""

    def muscle_name(self, muscle_id: str) -> str:
        """Display name of a muscle."""


def polygon_array(polygons: Sequence[ZonePolygon]) -> Any:
    """Many model polygons as a numpy array of valid shapely polygons, built in one go.

    Building shapely polygons one by one from Python tuples costs more than unioning them;
    the vectorised constructors make it a small part of quantifying a visit.
    """
    simple = [p for p in polygons if not p.holes]
    result = [polygon_shape(p) for p in polygons if p.holes]
    if simple:
        coords = np.array([point for p in simple for point in p.exterior], dtype=float)
        indices = np.repeat(np.arange(len(simple)), [len(p.exterior) for p in simple])
        shapes = shapely.polygons(shapely.linearrings(coords, indices=indices))
        invalid = ~shapely.is_valid(shapes)
        if invalid.any():
            # A hand-drawn lasso can cross itself; make_valid keeps every enclosed area.
            shapes[invalid] = shapely.make_valid(shapes[invalid])
        result.extend(shapes)
    return np.array(result, dtype=object)


def zone_polygons_by_view(zones: Iterable[PainZone]) -> dict[View, list[ZonePolygon]]:
    """The polygons of the zones, grouped by view."""
    polygons: dict[View, list[ZonePolygon]] = {}
    for zone in zones:
        polygons.setdefault(zone.view, []).extend(zone.polygons)
    return polygons


def union_shapes(shapes: Any) -> BaseGeometry:
    """Union of an array of shapely polygons."""
    if len(shapes) == 0:
        return EMPTY
    return shapes[0] if len(shapes) == 1 else shapely.union_all(shapes)


def area_of(shape: BaseGeometry) -> float:
    """Area of a geometry, zero for an empty one."""
    return 0.0 if shape.is_empty else float(shape.area)


@dataclass(frozen=True, slots=True)
class ViewShapes:
    """One view's silhouette and CHOIR segments, ready for fast vectorised queries."""

    silhouette: BaseGeometry
    silhouette_margin: BaseGeometry  # a hair wider, to accept zones already clipped to it
    body_area: float
    region_ids: tuple[int, ...]
    region_shapes: Any  # numpy array of shapely polygons, aligned with region_ids
    region_areas: Any  # numpy array of floats
    region_tree: shapely.STRtree


@dataclass(frozen=True, slots=True)
class ReferralShapes:
    """A catalogue site's referral pattern per view: the essential zone and the whole pattern."""

    site_id: str
    essential: Mapping[View, BaseGeometry]
    pattern: Mapping[View, BaseGeometry]  # essential ∪ spillover
    essential_area: float


@dataclass(frozen=True, slots=True)
class AtlasGeometry:
    """Shapes of one atlas prepared for the analyses; build it with ``atlas_geometry(atlas)``."""

    views: Mapping[View, ViewShapes]
    referrals: tuple[ReferralShapes, ...]
    referral_tree: Mapping[View, tuple[shapely.STRtree, tuple[int, ...]]]
    #: Painful area per view of recently seen zone sets: the history view asks for the same
    #: visits' unions for its timeline, trends, heat map and comparison.
    pain_cache: OrderedDict[tuple[PainZone, ...], dict[View, BaseGeometry]] = field(
        default_factory=OrderedDict, compare=False
    )

    def view(self, view: View) -> ViewShapes:
        """Shapes of one view."""
        return self.views[view]

    def cached_pain(self, zones: tuple[PainZone, ...]) -> dict[View, BaseGeometry] | None:
        """The painful area of a zone set computed before, or None."""
        found = self.pain_cache.get(zones)
        if found is not None:
            self.pain_cache.move_to_end(zones)
        return found

    def remember_pain(self, zones: tuple[PainZone, ...], pain: dict[View, BaseGeometry]) -> None:
        """Keep the painful area of a zone set for the next request (least recent dropped)."""
        self.pain_cache[zones] = pain
        while len(self.pain_cache) > PAIN_CACHE_SIZE:
            self.pain_cache.popitem(last=False)


def _prepare_view(info: ViewInfo, regions: list[SurfaceRegion]) -> ViewShapes:
    silhouette = zone_shape(info.silhouette)
    shapely.prepare(silhouette)
    margin = silhouette.buffer(CLIP_TOLERANCE)
    shapely.prepare(margin)
    shapes = np.array([polygon_shape(r.polygon) for r in regions], dtype=object)
    shapely.prepare(shapes)
    return ViewShapes(
        silhouette=silhouette,
        silhouette_margin=margin,
        body_area=area_of(silhouette),
        region_ids=tuple(r.id for r in regions),
        region_shapes=shapes,
        region_areas=shapely.area(shapes) if len(shapes) else np.zeros(0),
        region_tree=shapely.STRtree(shapes),
    )


def clip_to_body(shape: BaseGeometry, view: ViewShapes) -> BaseGeometry:
    """The part of ``shape`` on the body; a shape within CLIP_TOLERANCE of it is kept as is."""
    if shapely.covers(view.silhouette_margin, shape):
        return shape
    return areas_only(shapely.intersection(shape, view.silhouette))


def _prepare_referral(site: TriggerSite, views: Mapping[View, ViewShapes]) -> ReferralShapes:
    essential: dict[View, list[ZonePolygon]] = {}
    pattern: dict[View, list[ZonePolygon]] = {}
    for view, polygon in site.referral.essential:
        essential.setdefault(view, []).append(polygon)
        pattern.setdefault(view, []).append(polygon)
    for view, polygon in site.referral.spillover:
        pattern.setdefault(view, []).append(polygon)
    # Only the part on the body counts: drawn pain is clipped to the silhouette too, so a zone
    # drawn over a site's whole essential zone fills all of it.
    essential_shapes = {
        view: clip_to_body(zone_shape(p), views[view])
        for view, p in essential.items()
        if view in views
    }
    pattern_shapes = {
        view: clip_to_body(zone_shape(p), views[view])
        for view, p in pattern.items()
        if view in views
    }
    return ReferralShapes(
        site_id=site.id,
        essential=essential_shapes,
        pattern=pattern_shapes,
        essential_area=sum(area_of(s) for s in essential_shapes.values()),
    )


def build_atlas_geometry(atlas: AtlasLike) -> AtlasGeometry:
    """Prepare every shape the analyses need from an atlas (tens of milliseconds; cache it)."""
    views: dict[View, ViewShapes] = {}
    for view, info in atlas.views.items():
        regions = sorted(
            (r for r in atlas.surface_regions.values() if r.view == view), key=lambda r: r.id
        )
        views[view] = _prepare_view(info, regions)
    referrals = tuple(_prepare_referral(atlas.sites[key], views) for key in sorted(atlas.sites))
    trees: dict[View, tuple[shapely.STRtree, tuple[int, ...]]] = {}
    for view in views:
        indexes = tuple(i for i, r in enumerate(referrals) if view in r.pattern)
        shapes = [referrals[i].pattern[view] for i in indexes]
        trees[view] = (shapely.STRtree(shapes), indexes)
    return AtlasGeometry(views=views, referrals=referrals, referral_tree=trees)


class _GeometryCache:
    """Remembers the prepared geometry of the few atlases a process uses, by identity."""

    def __init__(self, size: int = 4) -> None:
        self._size = size
        self._entries: list[tuple[object, AtlasGeometry]] = []

    def get(self, atlas: AtlasLike) -> AtlasGeometry:
        for known, geometry in self._entries:
            if known is atlas:
                return geometry
        geometry = build_atlas_geometry(atlas)
        self._entries = [(atlas, geometry), *self._entries][: self._size]
        return geometry


_CACHE = _GeometryCache()


def atlas_geometry(atlas: AtlasLike) -> AtlasGeometry:
    """Return the prepared geometry of ``atlas``, built on first use and then reused.

    The atlas is immutable once loaded, so caching by identity is safe; the cache holds
    only a handful of atlases (tests build several small ones).
    """
    return _CACHE.get(atlas)

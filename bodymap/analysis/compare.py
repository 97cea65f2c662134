"""Comparison of two visits: new, resolved and persisting pain areas and trigger points."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import shapely
from shapely.geometry.base import BaseGeometry

from bodymap.analysis.extent import painful_area_by_view, reported_zones
from bodymap.analysis.geometry import AtlasLike, area_of
from bodymap.model import CarryStatus, PainZone, Point, TriggerPoint, View, VisitChart, ZonePolygon
from bodymap.model.map_shapes import EMPTY, zone_polygons

#: Two trigger points of the same muscle and side without a common catalogue site are the same
#: point when they lie within this many atlas units (about 5 cm on an adult).
MATCH_DISTANCE = 25.0


@dataclass(frozen=True, slots=True)
class ViewChange:
    """How the painful area changed in one view between two visits (areas in sq atlas units)."""

    view: View
    new_shape: BaseGeometry  # painful now, not before
    resolved_shape: BaseGeometry  # painful before, not now
    persisting_shape: BaseGeometry  # painful at both visits
    new_area: float
    resolved_area: float
    persisting_area: float
    before_centroid: Point | None
    after_centroid: Point | None

    # Drawable polygons are made on demand: converting a large union to validated model
    # polygons costs more than computing the comparison itself.
    @property
    def new(self) -> tuple[ZonePolygon, ...]:
        """Pain present now that was not there before."""
        return zone_polygons(self.new_shape)

    @property
    def resolved(self) -> tuple[ZonePolygon, ...]:
        """Pain present before that is gone now."""
        return zone_polygons(self.resolved_shape)

    @property
    def persisting(self) -> tuple[ZonePolygon, ...]:
        """Pain present at both visits."""
        return zone_polygons(self.persisting_shape)

    @property
    def centroid_shift(self) -> float | None:
        """Distance the painful area's centroid moved, None when either visit had none here."""
        if self.before_centroid is None or self.after_centroid is None:
            return None
        return math.dist(self.before_centroid, self.after_centroid)


@dataclass(frozen=True, slots=True)
class PointMatch:
    """A trigger point followed across two visits."""

    status: CarryStatus
    before: TriggerPoint | None
    after: TriggerPoint | None

    @property
    def muscle(self) -> str:
        """Muscle id of the matched point."""
        point = self.after or self.before
        assert point is not None  # a match always holds at least one point
        return point.muscle


@dataclass(frozen=True, slots=True)
class VisitComparison:
    """Everything that changed between two visits."""

    views: tuple[ViewChange, ...]
    points: tuple[PointMatch, ...]

    @property
    def jaccard(self) -> float:
        """Overlap of the two painful areas (intersection over union, both views), 0-1.

        Two visits with no pain drawn at all agree completely, so their overlap is 1.
        """
        both = sum(v.persisting_area for v in self.views)
        union = both + sum(v.new_area + v.resolved_area for v in self.views)
        return both / union if union > 0 else 1.0

    @property
    def centroid_shift(self) -> float | None:
        """Largest centroid shift over the views where both visits had pain, or None."""
        shifts = [s for v in self.views if (s := v.centroid_shift) is not None]
        return max(shifts) if shifts else None

    def points_with(self, status: CarryStatus) -> tuple[PointMatch, ...]:
        """The matched trigger points with one status."""
        return tuple(p for p in self.points if p.status is status)

    def view(self, view: View) -> ViewChange:
        """The change in one view."""
        for change in self.views:
            if change.view == view:
                return change
        raise KeyError(view)


def _centroid(shape: BaseGeometry) -> Point | None:
    if shape.is_empty or shape.area <= 0:
        return None
    centre = shape.centroid
    return (float(centre.x), float(centre.y))


def compare_view(view: View, before: BaseGeometry, after: BaseGeometry) -> ViewChange:
    """Split two painful areas of one view into new, resolved and persisting parts."""
    new = shapely.difference(after, before)
    resolved = shapely.difference(before, after)
    persisting = shapely.intersection(before, after)
    return ViewChange(
        view=view,
        new_shape=new,
        resolved_shape=resolved,
        persisting_shape=persisting,
        new_area=area_of(new),
        resolved_area=area_of(resolved),
        persisting_area=area_of(persisting),
        before_centroid=_centroid(before),
        after_centroid=_centroid(after),
    )


def compare_zones(
    atlas: AtlasLike, before: Iterable[PainZone], after: Iterable[PainZone]
) -> tuple[ViewChange, ...]:
    """Compare the painful areas of two visits, view by view (clipped to the silhouette)."""
    before_pain = painful_area_by_view(atlas, before)
    after_pain = painful_area_by_view(atlas, after)
    return tuple(
        compare_view(view, before_pain.get(view, EMPTY), after_pain.get(view, EMPTY))
        for view in atlas.views
    )


def _pair_cost(before: TriggerPoint, after: TriggerPoint) -> float | None:
    """How far apart two points are as a match, or None when they cannot be the same point."""
    if before.muscle != after.muscle or before.side != after.side:
        return None
    if before.site is not None and after.site is not None:
        # Catalogue sites name the point exactly: same site is a match wherever it was clicked.
        return 0.0 if before.site == after.site else None
    if before.view != after.view:
        return None
    distance = math.dist((before.x, before.y), (after.x, after.y))
    return distance if distance <= MATCH_DISTANCE else None


def match_trigger_points(
    before: Sequence[TriggerPoint], after: Sequence[TriggerPoint]
) -> tuple[PointMatch, ...]:
    """Follow trigger points across two visits by muscle, side, catalogue site and nearness.

    Pairs are taken closest first, each point at most once. A matched point that the clinician
    marked resolved in the later visit counts as resolved.

    Returns:
        Persisting and resolved matches in the earlier visit's order, then new points.
    """
    candidates = sorted(
        (cost, i, j)
        for i, old in enumerate(before)
        for j, new in enumerate(after)
        if (cost := _pair_cost(old, new)) is not None
    )
    partner: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in candidates:
        if i not in partner and j not in taken:
            partner[i] = j
            taken.add(j)
    matches: list[PointMatch] = []
    for i, old in enumerate(before):
        if i in partner:
            new = after[partner[i]]
            resolved = new.carry is CarryStatus.RESOLVED
            status = CarryStatus.RESOLVED if resolved else CarryStatus.PERSISTING
            matches.append(PointMatch(status, old, new))
        else:
            matches.append(PointMatch(CarryStatus.RESOLVED, old, None))
    for j, new in enumerate(after):
        if j not in taken:
            # A point charted as resolved without an earlier partner is still not active.
            resolved = new.carry is CarryStatus.RESOLVED
            matches.append(
                PointMatch(CarryStatus.RESOLVED if resolved else CarryStatus.NEW, None, new)
            )
    return tuple(matches)


def compare_visits(atlas: AtlasLike, before: VisitChart, after: VisitChart) -> VisitComparison:
    """Compare an earlier and a later visit of one patient.

    Args:
        atlas: The loaded atlas.
        before: The earlier visit's chart.
        after: The later visit's chart.

    Returns:
        Per-view changes of the patient-reported pain (with Jaccard overlap and centroid
        shift) and matched points; the clinician's referral zones are left out.
    """
    return VisitComparison(
        views=compare_zones(atlas, reported_zones(before.zones), reported_zones(after.zones)),
        points=match_trigger_points(before.trigger_points, after.trigger_points),
    )

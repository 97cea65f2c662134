"""What a printed body map shows: numbered markers, zones by intensity and referral arrows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from shapely.geometry import Point as ShapelyPoint
from shapely.geometry import Polygon

from bodymap.model import Activity, PainZone, TriggerPoint, View, ZoneKind, ZonePolygon
from bodymap.model.geometry import Point


@dataclass(frozen=True, slots=True)
class MapMarker:
    """A numbered trigger-point marker at its atlas position."""

    number: int
    view: View
    x: float
    y: float
    active: bool


@dataclass(frozen=True, slots=True)
class MapZone:
    """A pain zone to fill with its intensity colour."""

    view: View
    polygons: tuple[ZonePolygon, ...]
    intensity: int
    referred: bool


@dataclass(frozen=True, slots=True)
class MapArrow:
    """A referral arrow from a trigger point to the zone it refers pain into (same view)."""

    view: View
    start: Point
    end: Point


@dataclass(frozen=True, slots=True)
class MapContent:
    """Everything drawn over the body for one visit, in atlas units."""

    markers: tuple[MapMarker, ...] = ()
    zones: tuple[MapZone, ...] = ()
    arrows: tuple[MapArrow, ...] = ()

    def in_view(self, view: View) -> MapContent:
        """Return only what lies in ``view``."""
        return MapContent(
            markers=tuple(m for m in self.markers if m.view is view),
            zones=tuple(z for z in self.zones if z.view is view),
            arrows=tuple(a for a in self.arrows if a.view is view),
        )

    @property
    def is_empty(self) -> bool:
        """True when nothing was charted."""
        return not (self.markers or self.zones)


def zone_anchor(polygons: Iterable[ZonePolygon]) -> Point:
    """Return where a referral arrow should point: the centre of the zone's largest polygon.

    The centroid is used when it falls inside the polygon; a crescent-shaped zone gets a point
    guaranteed to lie inside it instead, so the arrow never points at bare skin.
    """
    largest = max(polygons, key=lambda p: p.area)
    shape = Polygon(largest.exterior, largest.holes)
    if not shape.is_valid:
        shape = shape.buffer(0)
    centroid = shape.centroid
    if shape.contains(ShapelyPoint(centroid.x, centroid.y)):
        return (float(centroid.x), float(centroid.y))
    inner = shape.representative_point()
    return (float(inner.x), float(inner.y))


def build_map_content(
    trigger_points: Iterable[TriggerPoint], zones: Iterable[PainZone]
) -> MapContent:
    """Build the map content of one visit from its model objects.

    Args:
        trigger_points: the visit's trigger points (numbers as charted).
        zones: the visit's pain zones; a referred zone linked to a trigger point in the same
            view gets an arrow from that point.

    Returns:
        Markers sorted by number, zones with the most intense drawn last (on top), and arrows.
    """
    points = sorted(trigger_points, key=lambda tp: tp.number)
    by_id = {tp.id: tp for tp in points if tp.id is not None}
    zone_list = sorted(zones, key=lambda z: z.intensity)
    arrows: list[MapArrow] = []
    for zone in zone_list:
        source = by_id.get(zone.source_point_id) if zone.source_point_id is not None else None
        if source is not None and source.view is zone.view:
            arrows.append(MapArrow(zone.view, (source.x, source.y), zone_anchor(zone.polygons)))
    return MapContent(
        markers=tuple(
            MapMarker(tp.number, tp.view, tp.x, tp.y, tp.activity is Activity.ACTIVE)
            for tp in points
        ),
        zones=tuple(
            MapZone(z.view, z.polygons, z.intensity, z.kind is ZoneKind.REFERRED) for z in zone_list
        ),
        arrows=tuple(arrows),
    )

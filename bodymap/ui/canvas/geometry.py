"""Pure zone geometry and hit-testing for the canvas (shapely, no Qt), unit-tested on its own."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from bodymap.model import PainZone, TriggerPoint, View, ZonePolygon

#: Parts of a zone smaller than this (square atlas units) are dropped as slivers.
MIN_PART_AREA = 4.0
#: Vertex tolerance (atlas units) used to keep drawn outlines light without visible change.
SIMPLIFY_TOLERANCE = 0.4


class DegenerateZoneError(ValueError):
    """A drawn shape has no usable area (a dot, a line, or nothing inside the body)."""


def to_shapely(polygons: Iterable[ZonePolygon]) -> BaseGeometry:
    """Return the union of ``polygons`` as one shapely geometry."""
    parts = [Polygon(p.exterior, p.holes) for p in polygons]
    parts = [p if p.is_valid else shapely.make_valid(p) for p in parts]
    if not parts:
        return Polygon()
    return shapely.union_all(parts)


def from_shapely(geometry: BaseGeometry) -> tuple[ZonePolygon, ...]:
    """Convert a shapely (multi)polygon to zone polygons, dropping slivers and collinear runs."""
    geometry = geometry.simplify(SIMPLIFY_TOLERANCE, preserve_topology=True)
    if isinstance(geometry, Polygon):
        candidates: list[Polygon] = [geometry]
    elif isinstance(geometry, MultiPolygon):
        candidates = list(geometry.geoms)
    else:  # a GeometryCollection left over by an intersection
        candidates = [g for g in getattr(geometry, "geoms", ()) if isinstance(g, Polygon)]
    result = []
    for polygon in candidates:
        if polygon.is_empty or polygon.area < MIN_PART_AREA:
            continue
        exterior = tuple((round(x, 2), round(y, 2)) for x, y in polygon.exterior.coords[:-1])
        holes = tuple(
            tuple((round(x, 2), round(y, 2)) for x, y in ring.coords[:-1])
            for ring in polygon.interiors
            if Polygon(ring).area >= MIN_PART_AREA
        )
        result.append(ZonePolygon(exterior, holes))
    return tuple(result)


def silhouette_geometry(silhouette: Iterable[ZonePolygon]) -> BaseGeometry:
    """Return a view's body silhouette as one prepared shapely geometry."""
    geometry = to_shapely(silhouette)
    shapely.prepare(geometry)
    return geometry


def _clip(shape: BaseGeometry, silhouette: BaseGeometry, what: str) -> tuple[ZonePolygon, ...]:
    polygons = from_shapely(shape.intersection(silhouette))
    if not polygons:
        raise DegenerateZoneError(f"{what} has no area inside the body outline; nothing drawn")
    return polygons


def stroke_polygons(
    points: Sequence[tuple[float, float]], width: float, silhouette: BaseGeometry
) -> tuple[ZonePolygon, ...]:
    """Buffer a freehand brush stroke of ``width`` into polygons clipped to the silhouette.

    Raises:
        DegenerateZoneError: if the stroke leaves no area inside the body.
    """
    if not points or width <= 0:
        raise DegenerateZoneError("the brush stroke is empty; nothing drawn")
    line: BaseGeometry = LineString(points) if len(points) > 1 else Point(points[0])
    shape = line.buffer(width / 2.0, quad_segs=6)
    return _clip(shape, silhouette, "the brush stroke")


def lasso_polygons(
    points: Sequence[tuple[float, float]], silhouette: BaseGeometry
) -> tuple[ZonePolygon, ...]:
    """Close a lasso outline into polygons clipped to the silhouette.

    Raises:
        DegenerateZoneError: if the outline encloses no area inside the body.
    """
    if len(points) < 3:
        raise DegenerateZoneError("the outline needs at least three points; nothing drawn")
    shape: BaseGeometry = Polygon(points)
    if not shape.is_valid:
        shape = shapely.make_valid(shape)  # a self-crossing lasso: keep every area it encloses
    if shape.area < MIN_PART_AREA:
        raise DegenerateZoneError("the outline encloses no area; nothing drawn")
    return _clip(shape, silhouette, "the outline")


def union_polygons(
    first: Iterable[ZonePolygon], second: Iterable[ZonePolygon]
) -> tuple[ZonePolygon, ...]:
    """Return the union of two sets of polygons."""
    return from_shapely(to_shapely(first).union(to_shapely(second)))


def subtract_polygons(
    polygons: Iterable[ZonePolygon], eraser: BaseGeometry
) -> tuple[ZonePolygon, ...]:
    """Return ``polygons`` minus the eraser shape (possibly empty)."""
    return from_shapely(to_shapely(polygons).difference(eraser))


def stroke_shape(points: Sequence[tuple[float, float]], width: float) -> BaseGeometry:
    """Return the area swept by a stroke of ``width`` (used by the eraser)."""
    line: BaseGeometry = LineString(points) if len(points) > 1 else Point(points[0])
    return line.buffer(width / 2.0, quad_segs=6)


def anchor_point(polygons: Sequence[ZonePolygon]) -> tuple[float, float]:
    """Return a point inside the zone's largest part, where a referral arrow ends."""
    largest = max(polygons, key=lambda p: p.area)
    point = Polygon(largest.exterior, largest.holes).buffer(0).representative_point()
    return (float(point.x), float(point.y))


class TargetKind(StrEnum):
    """What a hit-test found."""

    POINT = "point"
    ZONE = "zone"


@dataclass(frozen=True, slots=True)
class Target:
    """A mark under a position: its kind and id."""

    kind: TargetKind
    id: int


def find_target(
    *,
    points: Iterable[TriggerPoint],
    zones: Iterable[PainZone],
    view: View,
    pos: tuple[float, float],
    tolerance: float,
) -> Target | None:
    """Return the mark at ``pos`` in ``view``, or None.

    The nearest marker within ``tolerance`` wins; else the smallest zone containing the position
    (so a small zone on top of a big one stays reachable).
    """
    x, y = pos
    best_point: tuple[float, int] | None = None
    for point in points:
        if point.view is not view or point.id is None:
            continue
        distance = math.hypot(point.x - x, point.y - y)
        if distance <= tolerance and (best_point is None or distance < best_point[0]):
            best_point = (distance, point.id)
    if best_point is not None:
        return Target(TargetKind.POINT, best_point[1])
    probe = Point(x, y)
    best_zone: tuple[float, int] | None = None
    for zone in zones:
        if zone.view is not view or zone.id is None:
            continue
        if to_shapely(zone.polygons).covers(probe) and (
            best_zone is None or zone.area < best_zone[0]
        ):
            best_zone = (zone.area, zone.id)
    return Target(TargetKind.ZONE, best_zone[1]) if best_zone is not None else None

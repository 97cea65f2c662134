"""Pure zone geometry and hit-testing for the canvas (shapely, no Qt), unit-tested on its own."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import shapely
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

from bodymap.model import PainZone, TriggerPoint, View, ZonePolygon
from bodymap.model.map_shapes import SLIVER_AREA, zone_polygons, zone_shape

#: Vertex tolerance (atlas units) used to keep drawn outlines light without visible change.
SIMPLIFY_TOLERANCE = 0.4


class DegenerateZoneError(ValueError):
    """A drawn shape has no usable area (a dot, a line, or nothing inside the body)."""


def drawn_polygons(geometry: BaseGeometry) -> tuple[ZonePolygon, ...]:
    """A drawn shape as the zone polygons to store: lightened, rounded, without slivers.

    The conversion (and its sliver rule) is the one every map uses
    (:func:`bodymap.model.map_shapes.zone_polygons`); the editor only simplifies the outline
    first and rounds it, so a stored zone carries no invisible detail.
    """
    return zone_polygons(geometry.simplify(SIMPLIFY_TOLERANCE, preserve_topology=True), decimals=2)


def silhouette_geometry(silhouette: Iterable[ZonePolygon]) -> BaseGeometry:
    """Return a view's body silhouette as one prepared shapely geometry."""
    geometry = zone_shape(silhouette)
    shapely.prepare(geometry)
    return geometry


def _clip(shape: BaseGeometry, silhouette: BaseGeometry, what: str) -> tuple[ZonePolygon, ...]:
    polygons = drawn_polygons(shape.intersection(silhouette))
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
    if shape.area < SLIVER_AREA:
        raise DegenerateZoneError("the outline encloses no area; nothing drawn")
    return _clip(shape, silhouette, "the outline")


def union_polygons(
    first: Iterable[ZonePolygon], second: Iterable[ZonePolygon]
) -> tuple[ZonePolygon, ...]:
    """Return the union of two sets of polygons."""
    return drawn_polygons(zone_shape(first).union(zone_shape(second)))


def subtract_polygons(
    polygons: Iterable[ZonePolygon], eraser: BaseGeometry
) -> tuple[ZonePolygon, ...]:
    """Return ``polygons`` minus the eraser shape (possibly empty)."""
    return drawn_polygons(zone_shape(polygons).difference(eraser))


def stroke_shape(points: Sequence[tuple[float, float]], width: float) -> BaseGeometry:
    """Return the area swept by a stroke of ``width`` (used by the eraser)."""
    line: BaseGeometry = LineString(points) if len(points) > 1 else Point(points[0])
    return line.buffer(width / 2.0, quad_segs=6)


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
        if zone_shape(zone.polygons).covers(probe) and (
            best_zone is None or zone.area < best_zone[0]
        ):
            best_zone = (zone.area, zone.id)
    return Target(TargetKind.ZONE, best_zone[1]) if best_zone is not None else None

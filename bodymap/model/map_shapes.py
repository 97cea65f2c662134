"""Zone polygons to and from shapely, and where a referral arrow points: one rule for every map.

The canvas, History, the PDF and the analyses all convert through these functions, so a zone
clipped by the eraser, compared across visits or printed keeps the same parts everywhere, and a
referral arrow ends on the same spot on screen and on paper.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry import Point as ShapelyPoint
from shapely.geometry.base import BaseGeometry

from bodymap.model.geometry import Point, ZonePolygon

#: Parts (and holes) smaller than this many square atlas units are slivers and are dropped.
#: 4 units² is a 2 × 2 speck: about 5 × 5 mm on the body (a head is 100 units), 2-3 pixels
#: at the canvas's fit zoom and under a point on paper. Nobody draws pain that small on
#: purpose; what is that small is the crumb an eraser stroke or a clip to the silhouette
#: leaves behind, which could neither be seen nor selected. (The editor used 4.0, the change
#: overlays 0.5, which kept such crumbs as dots on the History maps.)
SLIVER_AREA = 4.0

EMPTY: BaseGeometry = Polygon()


def polygon_shape(polygon: ZonePolygon) -> BaseGeometry:
    """A valid shapely geometry for one model polygon (a self-crossing outline is repaired)."""
    shape = Polygon(polygon.exterior, polygon.holes)
    if not shape.is_valid:
        # A hand-drawn lasso can cross itself; make_valid keeps every area it encloses.
        shape = shapely.make_valid(shape)
    return shape


def zone_shape(polygons: Iterable[ZonePolygon]) -> BaseGeometry:
    """The union of model polygons as one valid shapely geometry (empty for none)."""
    shapes = [polygon_shape(p) for p in polygons]
    if not shapes:
        return EMPTY
    return shapes[0] if len(shapes) == 1 else shapely.union_all(shapes)


def polygon_parts(shape: BaseGeometry) -> list[Polygon]:
    """The areas of a geometry; lines and points left over by an intersection are ignored."""
    if shape.is_empty:
        return []
    if isinstance(shape, Polygon):
        return [shape]
    if isinstance(shape, MultiPolygon):
        return list(shape.geoms)
    parts: list[Polygon] = []
    for geom in getattr(shape, "geoms", ()):  # a GeometryCollection
        parts.extend(polygon_parts(geom))
    return parts


def areas_only(shape: BaseGeometry) -> BaseGeometry:
    """The areas of a geometry as one (multi)polygon, without stray lines and points.

    Clipping a zone that only touches the silhouette at a corner yields such strays, and
    shapely cannot overlay a collection mixing them with areas (comparing two visits raised).
    """
    parts = polygon_parts(shape)
    if not parts:
        return EMPTY
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def zone_polygons(shape: BaseGeometry, *, decimals: int | None = None) -> tuple[ZonePolygon, ...]:
    """Model polygons of a shapely geometry, without slivers (parts or holes < SLIVER_AREA).

    Args:
        shape: a (multi)polygon or a collection from an intersection.
        decimals: round coordinates to this many decimals (stored outlines), or keep them.
    """

    def ring(coords: Iterable[tuple[float, ...]]) -> tuple[Point, ...]:
        points = tuple((float(c[0]), float(c[1])) for c in coords)[:-1]  # open the closed ring
        if decimals is None:
            return points
        return tuple((round(x, decimals), round(y, decimals)) for x, y in points)

    result: list[ZonePolygon] = []
    for part in polygon_parts(shape):
        if part.area < SLIVER_AREA:
            continue
        holes = tuple(
            ring(hole.coords) for hole in part.interiors if Polygon(hole).area >= SLIVER_AREA
        )
        result.append(ZonePolygon(ring(part.exterior.coords), holes))
    return tuple(result)


@lru_cache(maxsize=1024)
def arrow_anchor(polygons: tuple[ZonePolygon, ...]) -> Point:
    """Where a referral arrow into a zone ends: the middle of the zone's largest part.

    That is the part's centroid when it lies inside the part; for a crescent or a ring, whose
    centroid is on bare skin, a point guaranteed inside it instead. (Cached: the canvas, the
    History maps and the reports ask for the same zones again and again.)
    """
    largest = max(polygons, key=lambda p: p.area)
    parts = polygon_parts(polygon_shape(largest))
    if not parts:  # a zero-area outline (collinear points): its vertices' mean
        xs, ys = zip(*largest.exterior, strict=True)
        return (sum(xs) / len(xs), sum(ys) / len(ys))
    shape = max(parts, key=lambda p: p.area)
    centroid = shape.centroid
    if shape.contains(ShapelyPoint(centroid.x, centroid.y)):
        return (float(centroid.x), float(centroid.y))
    inner = shape.representative_point()
    return (float(inner.x), float(inner.y))

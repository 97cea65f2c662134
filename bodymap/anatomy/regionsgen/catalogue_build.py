"""Turn the authored catalogue rows into catalogue.json: placed sites and referral polygons."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, unary_union

from bodymap.anatomy.regionsgen import (
    rows_arm,
    rows_head_neck,
    rows_leg,
    rows_shoulder,
    rows_trunk_hip,
)
from bodymap.anatomy.regionsgen.choir import to_half
from bodymap.anatomy.regionsgen.landmarks import landmark, to_atlas
from bodymap.anatomy.regionsgen.needling_rows import NEEDLING
from bodymap.anatomy.regionsgen.sources import TRAVELL_SIMONS, source_of
from bodymap.anatomy.regionsgen.spec import InMuscle, PointSpec, Referral, Row, Shape, Site
from bodymap.model import Side, View

SIDES = (Side.RIGHT, Side.LEFT)
SPILL_MARGIN = 5.0  # the spillover zone always rings the essential zone by this much
INSET = 2.0  # sites are kept this far inside their muscle's border where the region allows


def all_rows() -> tuple[Row, ...]:
    """Every catalogue row, in domain.md order."""
    return (
        *rows_head_neck.ROWS,
        *rows_shoulder.ROWS,
        *rows_arm.ROWS,
        *rows_trunk_hip.TRUNK,
        *rows_trunk_hip.HIP,
        *rows_leg.THIGH,
        *rows_leg.LEG,
    )


@dataclass(frozen=True, slots=True)
class BodyGeometry:
    """The parts of body.json the catalogue needs, as shapely geometry on the page."""

    silhouettes: Mapping[View, BaseGeometry]
    regions: Mapping[tuple[str, Side, View], Polygon]


def _resolve(point: PointSpec) -> tuple[float, float]:
    return landmark(point) if isinstance(point, str) else (float(point[0]), float(point[1]))


def _in_muscle(region: Polygon, view: View, side: Side, at: InMuscle) -> tuple[float, float]:
    """Place fractions (u medial->lateral, v top->bottom) of the region's half-body extent."""
    min_dx, min_y, max_dx, max_y = to_half(view, side, region).bounds
    dx = min_dx + at.u * (max_dx - min_dx)
    return to_atlas(view, side, (dx, min_y + at.v * (max_y - min_y)))


def snap_inside(region: Polygon, x: float, y: float) -> tuple[float, float]:
    """Return (x, y) if it lies well inside ``region``, else the nearest point that does."""
    for inset in (INSET, 1.0, 0.3):
        inner = region.buffer(-inset)
        if inner.is_empty:
            continue
        if inner.contains(Point(x, y)):
            return (x, y)
        snapped = nearest_points(inner, Point(x, y))[0]
        # Step a hair further in so that rounding to 0.1 cannot put it on the border.
        inside = inner.buffer(-0.15)
        if not inside.is_empty:
            snapped = nearest_points(inside, snapped)[0]
        return (snapped.x, snapped.y)
    point = region.representative_point()
    return (point.x, point.y)


def place_site(body: BodyGeometry, muscle: str, site: Site, side: Side) -> tuple[float, float]:
    """Return the atlas position of a site on one side, inside its muscle's region.

    Raises:
        KeyError: if the muscle has no region in the site's view on that side.
    """
    region = body.regions.get((muscle, side, site.view))
    if region is None:
        raise KeyError(f"{muscle} has no {side.value} region in the {site.view.value} view")
    if isinstance(site.at, InMuscle):
        x, y = _in_muscle(region, site.view, side, site.at)
    else:
        x, y = to_atlas(site.view, side, _resolve(site.at))
    return snap_inside(region, x, y)


def _shape(shape: Shape, side: Side) -> BaseGeometry:
    placed_side = (Side.LEFT if side is Side.RIGHT else Side.RIGHT) if shape.other_side else side
    points = [to_atlas(shape.view, placed_side, _resolve(p)) for p in shape.points]
    geometry = Point(points[0]) if len(points) == 1 else LineString(points)
    return geometry.buffer(shape.radius, quad_segs=4)


def _zone_union(shapes: Iterable[Shape], side: Side, view: View) -> BaseGeometry:
    parts = [_shape(s, side) for s in shapes if s.view is view]
    return unary_union(parts) if parts else Polygon()


def _polygons_json(view: View, geometry: BaseGeometry) -> list[dict[str, Any]]:
    return [
        {"view": view.value, **polygon_json(p)}
        for p in rounded_polygons(geometry, tolerance=0.0)
        if p.area >= 4.0  # smaller pieces are crumbs left by clipping at the outline
    ]


def rounded_polygons(geometry: BaseGeometry, tolerance: float) -> list[Polygon]:
    """Simplify and round to 0.1 unit; return valid polygons (repaired where rounding broke one)."""
    out: list[Polygon] = []
    for polygon in _parts(geometry):
        simple = polygon.simplify(tolerance, preserve_topology=True)
        data = polygon_json(simple) if isinstance(simple, Polygon) else None
        if data is None or len(data["exterior"]) < 3:
            continue
        rounded = Polygon(data["exterior"], data["holes"])
        if rounded.is_valid:
            out.append(rounded)
        else:
            out.extend(_parts(rounded.buffer(0)))
    return out


def _parts(geometry: BaseGeometry) -> list[Polygon]:
    return [
        g
        for g in getattr(geometry, "geoms", [geometry])
        if isinstance(g, Polygon) and not g.is_empty
    ]


def polygon_json(polygon: Polygon) -> dict[str, Any]:
    """Return a polygon as {"exterior": [[x, y]...], "holes": [...]}, rounded to 0.1."""

    def ring(coords: Iterable[tuple[float, ...]]) -> list[list[float]]:
        points = [[round(c[0], 1), round(c[1], 1)] for c in coords]
        return points[:-1] if len(points) > 1 and points[0] == points[-1] else points

    return {
        "exterior": ring(polygon.exterior.coords),
        "holes": [ring(h.coords) for h in polygon.interiors],
    }


def referral_json(body: BodyGeometry, referral: Referral, side: Side) -> dict[str, Any]:
    """Build the essential and spillover zones of a referral for one side, clipped to the body.

    Raises:
        ValueError: if the essential zone comes out empty.
    """
    essential: list[dict[str, Any]] = []
    spillover: list[dict[str, Any]] = []
    for view, silhouette in body.silhouettes.items():
        # Simplify the smooth shapes first and clip afterwards, so that edges along the
        # outline (between the fingers, say) stay exactly on it.
        core = _zone_union(referral.essential, side, view).simplify(0.5)
        core = core.intersection(silhouette)
        spill = unary_union(
            [_zone_union(referral.spillover, side, view), core.buffer(SPILL_MARGIN, quad_segs=4)]
        )
        spill = spill.simplify(0.8).intersection(silhouette).difference(core)
        essential.extend(_polygons_json(view, core))
        spillover.extend(_polygons_json(view, spill))
    if not essential:
        raise ValueError(f"referral {referral.text[:40]!r} has an empty essential zone")
    return {"description": referral.text, "essential": essential, "spillover": spillover}


def _site_name(title: str, label: str) -> str:
    """Name a site "row title, site label", unless the title already carries the label."""
    return title if label.lower() in title.lower() else f"{title}, {label}"


def evidence(row: Row, site: Site) -> tuple[str, str]:
    """The evidence tag (S, S-2, R) and the source citation of one site."""
    source = source_of(row.title)
    if site.confidence == "R" and source.tag != "R":
        return "R", f"{source.citation}; this site's pattern: {TRAVELL_SIMONS}"
    return site.confidence or source.tag, source.citation


def needling_json(title: str, side: Side) -> dict[str, Any]:
    """A row's needling fields for a site on ``side`` (side-lying means that side up)."""
    needling = NEEDLING[title]
    position = needling.position
    if position == "side_up":  # lying on the other side
        position = "side_lying_left" if side is Side.RIGHT else "side_lying_right"
    return {
        "length_mm": list(needling.length_mm),
        "position": position,
        "technique": needling.technique,
        "direction": needling.direction,
        "at_risk": needling.at_risk,
    }


def site_json(body: BodyGeometry, row: Row, site: Site, side: Side) -> dict[str, Any]:
    """Build the catalogue entry of one site on one side."""
    x, y = place_site(body, row.muscle, site, side)
    confidence, citation = evidence(row, site)
    return {
        "id": f"{row.muscle}.{site.tag}.{side.value}",
        "muscle": row.muscle,
        "name": _site_name(row.title, site.label),
        "row": row.title,
        "view": site.view.value,
        "x": round(x, 1),
        "y": round(y, 1),
        "side": side.value,
        "location": site.location or row.location,
        "referral": referral_json(body, site.referral or row.referral, side),
        "safety": row.safety,
        "thorax_risk": row.thorax_risk,
        "needling": needling_json(row.title, side),
        "confidence": confidence,
        "citation": citation,
        "ids": list(row.ids),
    }


def build_catalogue(body: BodyGeometry) -> dict[str, Any]:
    """Build the whole catalogue document from the authored rows."""
    sites = [
        site_json(body, row, site, side)
        for row in all_rows()
        for site in row.sites
        for side in SIDES
    ]
    return {"format": 1, "rows": len(all_rows()), "sites": sites}

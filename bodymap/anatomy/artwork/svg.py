"""Write the body art: skin, quiet muscle tints with fibre hints, surface details and outline."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import quoteattr

from shapely.geometry import LineString, Polygon
from shapely.geometry.base import BaseGeometry

from bodymap.anatomy.artwork.shapes import Knot, Point, bezier, fmt, ring_knots, svg_path

SKIN = "#f4e6d8"
SKIN_SHADE = "#ead5c2"
OUTLINE = "#5e4a3e"
MUSCLE_LINE = "#b08070"
FIBRE = "#dcb4a6"
DETAIL = "#9c7b6b"

GRADIENTS = """<defs>
<radialGradient id="belly" cx="0.5" cy="0.45" r="0.62">
<stop offset="0" stop-color="#f8e4db"/><stop offset="0.7" stop-color="#f1d3c7"/>
<stop offset="1" stop-color="#e8c2b4"/></radialGradient>
<linearGradient id="skin" x1="0" y1="0" x2="1" y2="0">
<stop offset="0" stop-color="#ecd9c7"/><stop offset="0.25" stop-color="#f6e9dc"/>
<stop offset="0.75" stop-color="#f6e9dc"/><stop offset="1" stop-color="#ecd9c7"/>
</linearGradient></defs>"""


def ring_path(coords: Sequence[Point], tension: float = 1.0) -> str:
    """Smooth a polygon ring into a closed Bézier path, keeping its sharp corners."""
    return svg_path(bezier(ring_knots(coords), closed=True, tension=tension))


def polygon_path(poly: Polygon, tension: float = 1.0) -> str:
    """Path data for a polygon with holes (even-odd fill)."""
    rings = [poly.exterior, *poly.interiors]
    return " ".join(ring_path(list(r.coords), tension) for r in rings)


def open_path(knots: Sequence[Knot]) -> str:
    """Path data for an open smooth curve."""
    return svg_path(bezier(knots, closed=False), closed=False)


def _line_path(geom: BaseGeometry) -> Iterable[str]:
    """Path data for the straight pieces of a (multi)line geometry."""
    for line in getattr(geom, "geoms", [geom]):
        if isinstance(line, LineString) and line.length > 1.5:
            (x0, y0), (x1, y1) = line.coords[0], line.coords[-1]
            yield f"M{fmt(x0)},{fmt(y0)}L{fmt(x1)},{fmt(y1)}"


def fibre_lines(poly: Polygon, fibre: tuple[float, ...] | None, spacing: float = 3.6) -> str:
    """Fibre hints: parallel lines at an angle, or lines fanning from a focus point.

    Args:
        poly: the muscle region.
        fibre: ``(angle_deg,)`` for parallel fibres, ``(fx, fy)`` for a fan,
            ``(pennation_deg, 0, 0)`` for a feather about the long axis, None for fibres along
            the muscle's own long axis.
        spacing: distance between fibre lines in atlas units.

    Returns:
        Path data of the fibre segments, kept clear of the muscle's border.
    """
    inner = poly.buffer(-1.3)
    if inner.is_empty:
        return ""
    if fibre is not None and len(fibre) == 2:
        return _fan_lines(inner, (fibre[0], fibre[1]), spacing)
    if fibre is not None and len(fibre) == 3:
        return _pennate_lines(poly, inner, fibre[0], spacing)
    angle = fibre[0] if fibre else _long_axis_angle(poly)
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    nx, ny = -dy, dx
    cx, cy = poly.centroid.x, poly.centroid.y
    reach = math.hypot(poly.bounds[2] - poly.bounds[0], poly.bounds[3] - poly.bounds[1])
    parts: list[str] = []
    steps = int(reach / spacing) + 1
    for k in range(-steps, steps + 1):
        ox, oy = cx + nx * k * spacing, cy + ny * k * spacing
        line = LineString([(ox - dx * reach, oy - dy * reach), (ox + dx * reach, oy + dy * reach)])
        parts.extend(_line_path(line.intersection(inner)))
    return "".join(parts)


def _fan_lines(inner: BaseGeometry, focus: Point, spacing: float) -> str:
    """Lines radiating from a focus point across the region."""
    fx, fy = focus
    c = inner.centroid
    dist = math.hypot(c.x - fx, c.y - fy)
    reach = dist + 200
    corners = [(x, y) for x, y in inner.envelope.exterior.coords]
    angles = [math.atan2(y - fy, x - fx) for x, y in corners]
    base = math.atan2(c.y - fy, c.x - fx)
    offsets = [((a - base + math.pi) % (2 * math.pi)) - math.pi for a in angles]
    lo, hi = min(offsets), max(offsets)
    step = spacing / max(dist, 1.0)
    parts: list[str] = []
    count = int((hi - lo) / step)
    for k in range(count + 1):
        a = base + lo + k * step
        line = LineString([(fx, fy), (fx + math.cos(a) * reach, fy + math.sin(a) * reach)])
        parts.extend(_line_path(line.intersection(inner)))
    return "".join(parts)


def _pennate_lines(poly: Polygon, inner: BaseGeometry, pennation: float, spacing: float) -> str:
    """A feather: a central tendon along the long axis with fibres slanting off both sides."""
    axis = math.radians(_long_axis_angle(poly))
    dx, dy = math.cos(axis), math.sin(axis)
    if dy < 0:  # point the axis down the body so the feather opens upwards
        dx, dy = -dx, -dy
    nx, ny = -dy, dx
    theta = math.radians(pennation)
    cx, cy = poly.centroid.x, poly.centroid.y
    reach = math.hypot(poly.bounds[2] - poly.bounds[0], poly.bounds[3] - poly.bounds[1])
    tendon = LineString([(cx - dx * reach, cy - dy * reach), (cx + dx * reach, cy + dy * reach)])
    parts = list(_line_path(tendon.intersection(inner.buffer(-1.5))))
    step = spacing / max(math.sin(theta), 0.2)
    count = int(reach / step) + 1
    for k in range(-count, count + 1):
        px, py = cx + dx * k * step, cy + dy * k * step
        for sign in (1.0, -1.0):
            ux = -dx * math.cos(theta) + sign * nx * math.sin(theta)
            uy = -dy * math.cos(theta) + sign * ny * math.sin(theta)
            line = LineString([(px, py), (px + ux * reach, py + uy * reach)])
            parts.extend(_line_path(line.intersection(inner)))
    return "".join(parts)


def _long_axis_angle(poly: Polygon) -> float:
    """Angle (degrees) of the long side of the region's minimum rotated rectangle."""
    rect = poly.minimum_rotated_rectangle
    pts = list(rect.exterior.coords)
    e1 = (pts[1][0] - pts[0][0], pts[1][1] - pts[0][1])
    e2 = (pts[2][0] - pts[1][0], pts[2][1] - pts[1][1])
    edge = e1 if math.hypot(*e1) >= math.hypot(*e2) else e2
    return math.degrees(math.atan2(edge[1], edge[0]))


def element(tag: str, **attrs: str) -> str:
    """Render one empty SVG element (attribute names use ``_`` for ``-``)."""
    text = " ".join(f"{k.replace('_', '-')}={quoteattr(v)}" for k, v in attrs.items())
    return f"<{tag} {text}/>"


def document(body: Sequence[str], title: str) -> str:
    """Wrap SVG body elements into a standalone SVG 1.1 document."""
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="400" height="840" '
        'viewBox="0 0 400 840">\n'
        f"<title>{title}</title>\n{GRADIENTS}\n"
    )
    return head + "\n".join(body) + "\n</svg>\n"

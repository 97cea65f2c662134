"""Curve helpers: point specs, Catmull-Rom to cubic Bézier, sampling, mirroring, SVG paths."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

Point = tuple[float, float]
Segment = tuple[Point, Point, Point, Point]  # start, control 1, control 2, end

MIDLINE_X = 200.0


@dataclass(frozen=True, slots=True)
class Knot:
    """One authored point of a curve; ``corner`` keeps the curve sharp there."""

    x: float
    y: float
    corner: bool = False


def parse(spec: str) -> list[Knot]:
    """Parse ``"x,y x,y* ..."`` into knots; a trailing ``*`` marks a corner.

    Args:
        spec: whitespace-separated ``x,y`` pairs in atlas units.

    Returns:
        The knots in order.
    """
    knots = []
    for token in spec.split():
        corner = token.endswith("*")
        x_text, y_text = token.rstrip("*").split(",")
        knots.append(Knot(float(x_text), float(y_text), corner))
    return knots


def _tangent(prev: Point, here: Point, nxt: Point) -> Point:
    """Unit tangent at ``here`` from its neighbours (zero-safe)."""
    dx, dy = nxt[0] - prev[0], nxt[1] - prev[1]
    norm = math.hypot(dx, dy)
    return (0.0, 0.0) if norm == 0 else (dx / norm, dy / norm)


def bezier(knots: Sequence[Knot], closed: bool = True, tension: float = 1.0) -> list[Segment]:
    """Convert knots to cubic Bézier segments with chord-scaled Catmull-Rom tangents.

    Tangent handles are a third of each chord, so unevenly spaced knots do not overshoot; a
    corner knot's handles point straight along its chords.

    Args:
        knots: the authored points.
        closed: join the last knot back to the first.
        tension: scales the handles (1 = Catmull-Rom like, 0 = straight lines).

    Returns:
        One segment per chord.
    """
    pts = [(k.x, k.y) for k in knots]
    count = len(pts)
    segments: list[Segment] = []
    last = count if closed else count - 1
    for i in range(last):
        p0, p1 = pts[i], pts[(i + 1) % count]
        chord = math.hypot(p1[0] - p0[0], p1[1] - p0[1]) * tension / 3.0
        t0 = _knot_tangent(pts, knots, i, closed, forward=True)
        t1 = _knot_tangent(pts, knots, (i + 1) % count, closed, forward=False)
        c1 = (p0[0] + t0[0] * chord, p0[1] + t0[1] * chord)
        c2 = (p1[0] - t1[0] * chord, p1[1] - t1[1] * chord)
        segments.append((p0, c1, c2, p1))
    return segments


def _knot_tangent(
    pts: Sequence[Point], knots: Sequence[Knot], i: int, closed: bool, forward: bool
) -> Point:
    """Tangent used at knot ``i`` for the segment leaving (forward) or entering it."""
    count = len(pts)
    here, prev, nxt = pts[i], pts[(i - 1) % count], pts[(i + 1) % count]
    open_end = not closed and i in (0, count - 1)
    if knots[i].corner or open_end:
        # A corner (or an open end) aims its handle along its own chord.
        return _tangent(here, here, nxt) if forward else _tangent(prev, here, here)
    return _tangent(prev, here, nxt)


def sample(segments: Sequence[Segment], steps: int = 10) -> list[Point]:
    """Sample Bézier segments into a polyline (the start of each segment plus interior steps)."""
    out: list[Point] = []
    for p0, c1, c2, p1 in segments:
        for s in range(steps):
            t = s / steps
            u = 1.0 - t
            a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
            out.append(
                (
                    a * p0[0] + b * c1[0] + c * c2[0] + d * p1[0],
                    a * p0[1] + b * c1[1] + c * c2[1] + d * p1[1],
                )
            )
    if segments:
        out.append(segments[-1][3])
    return out


def polygon(spec: str | Sequence[Knot], steps: int = 10) -> Polygon:
    """Build a valid shapely polygon from a closed curve spec."""
    knots = parse(spec) if isinstance(spec, str) else list(spec)
    shape = Polygon(sample(bezier(knots), steps))
    return shape if shape.is_valid else shape.buffer(0)


def mirror_point(p: Point) -> Point:
    """Reflect a point about the figure's midline."""
    return (2 * MIDLINE_X - p[0], p[1])


def mirror_knots(knots: Sequence[Knot]) -> list[Knot]:
    """Reflect knots about the midline (order reversed so orientation is kept)."""
    return [Knot(2 * MIDLINE_X - k.x, k.y, k.corner) for k in reversed(knots)]


def mirror_geometry(geom: BaseGeometry) -> BaseGeometry:
    """Reflect a shapely geometry about the midline."""
    from shapely import affinity

    return affinity.scale(geom, xfact=-1.0, yfact=1.0, origin=(MIDLINE_X, 0.0))


def fmt(value: float) -> str:
    """Format a coordinate compactly with 0.1 precision."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def svg_path(segments: Sequence[Segment], closed: bool = True) -> str:
    """Return SVG path data for Bézier segments."""
    if not segments:
        return ""
    start = segments[0][0]
    parts = [f"M{fmt(start[0])},{fmt(start[1])}"]
    for _, c1, c2, p1 in segments:
        parts.append(
            f"C{fmt(c1[0])},{fmt(c1[1])} {fmt(c2[0])},{fmt(c2[1])} {fmt(p1[0])},{fmt(p1[1])}"
        )
    if closed:
        parts.append("Z")
    return "".join(parts)


def ring_knots(coords: Sequence[Point], corner_turn_deg: float = 38.0) -> list[Knot]:
    """Turn a polygon ring (closed, last == first) into knots, marking sharp turns as corners."""
    pts = list(coords[:-1]) if coords and coords[0] == coords[-1] else list(coords)
    knots = []
    count = len(pts)
    for i, here in enumerate(pts):
        prev, nxt = pts[i - 1], pts[(i + 1) % count]
        a1 = math.atan2(here[1] - prev[1], here[0] - prev[0])
        a2 = math.atan2(nxt[1] - here[1], nxt[0] - here[0])
        turn = abs((a2 - a1 + math.pi) % (2 * math.pi) - math.pi)
        knots.append(Knot(here[0], here[1], math.degrees(turn) > corner_turn_deg))
    return knots

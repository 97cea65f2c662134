"""The marks of a printed body map as ReportLab shapes: zones, numbered markers, referral arrows.

Colours come from :data:`bodymap.model.map_style.MAP_STYLE` (the one the window paints with),
sizes from the kind of printed map (:class:`PrintedMapSize`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Path, Polygon, Rect, String
from reportlab.lib.colors import HexColor

from bodymap.model import ZonePolygon
from bodymap.model.map_content import MapZone
from bodymap.model.map_style import MAP_STYLE, MarkerState
from bodymap.report.fonts import BOLD

ARROW = HexColor(MAP_STYLE.link_ink)


@dataclass(frozen=True, slots=True)
class PrintedMapSize:
    """Sizes of one kind of printed map, in points (its colours are the map style's)."""

    marker_radius: float = 4.7
    marker_font_size: float = 5.9
    show_numbers: bool = True
    show_muscles: bool = True
    show_caption: bool = True
    show_arrows: bool = True
    outline_width: float = 0.7


@dataclass(frozen=True, slots=True)
class FigureFrame:
    """Where a printed figure puts the atlas: ``scale`` points per atlas unit, y flipped."""

    scale: float
    left: float  # x of atlas x = 0, in points
    top: float  # y of atlas y = 0, in points (PDF y grows upwards)

    def place(self, x: float, y: float) -> tuple[float, float]:
        """The drawing position of an atlas position."""
        return (self.left + x * self.scale, self.top - y * self.scale)


def _ring_points(ring: Sequence[tuple[float, float]]) -> list[float]:
    return [c for point in ring for c in point]


def printed_polygon(polygon: ZonePolygon, **style: object) -> Path | Polygon:
    """A model polygon as one ReportLab shape (a path when it has holes)."""
    if not polygon.holes:
        return Polygon(_ring_points(polygon.exterior), **style)
    path = Path(**style)
    for ring in (polygon.exterior, *polygon.holes):
        path.moveTo(*ring[0])
        for x, y in ring[1:]:
            path.lineTo(x, y)
        path.closePath()
    return path


def zone_shapes(zone: MapZone, scale: float) -> list[Path | Polygon]:
    """A zone's polygons in atlas units (the caller's group scales them by ``scale``).

    Referred pain has a dashed outline: paper has no room for the screen's hatching.
    """
    fill = HexColor(MAP_STYLE.intensity_hex(zone.intensity))
    outline = HexColor(MAP_STYLE.zone_outline_hex(zone.intensity))
    return [
        printed_polygon(
            polygon,
            fillColor=fill,
            fillOpacity=MAP_STYLE.zone_fill_opacity(zone.resolved),
            strokeColor=outline,
            strokeWidth=0.8 / scale,
            strokeDashArray=[3 / scale, 2 / scale] if zone.referred else None,
        )
        for polygon in zone.polygons
    ]


def add_arrow(
    drawing: Drawing, start: tuple[float, float], end: tuple[float, float], size: PrintedMapSize
) -> None:
    """Draw a referral arrow from the marker at ``start`` to the zone's anchor at ``end``."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length < size.marker_radius * 2.5:
        return  # the zone surrounds the marker: an arrow would only hide the number
    ux, uy = dx / length, dy / length
    sx, sy = (start[0] + ux * (size.marker_radius + 1), start[1] + uy * (size.marker_radius + 1))
    ex, ey = end
    head = max(3.0, size.marker_radius * 0.8)
    bx, by = ex - ux * head, ey - uy * head
    drawing.add(Line(sx, sy, bx, by, strokeColor=ARROW, strokeWidth=0.9))
    drawing.add(
        Polygon(
            [
                ex,
                ey,
                bx - uy * head * 0.5,
                by + ux * head * 0.5,
                bx + uy * head * 0.5,
                by - ux * head * 0.5,
            ],
            fillColor=ARROW,
            strokeColor=None,
        )
    )


def free_spot(
    x: float, y: float, placed: list[tuple[float, float]], radius: float
) -> tuple[float, float]:
    """Return (x, y), or the nearest spot around it where a marker overlaps no placed one."""
    clearance = radius * 2.05

    def clear(px: float, py: float) -> bool:
        return all(math.hypot(px - qx, py - qy) >= clearance for qx, qy in placed)

    if clear(x, y):
        return (x, y)
    for ring in range(1, 6):
        distance = clearance * ring
        for step in range(12):
            angle = math.radians(30 * step + 15)
            px, py = x + distance * math.cos(angle), y + distance * math.sin(angle)
            if clear(px, py):
                return (px, py)
    return (x, y)


def add_marker(
    drawing: Drawing, x: float, y: float, number: int, state: MarkerState, size: PrintedMapSize
) -> None:
    """Draw a numbered trigger-point marker: filled when active, a ring when latent."""
    radius = size.marker_radius
    drawing.add(
        Circle(
            x,
            y,
            radius,
            fillColor=HexColor(MAP_STYLE.marker_fill(state)),
            strokeColor=HexColor(MAP_STYLE.marker_outline(state)),
            strokeWidth=0.9,
            strokeDashArray=[1.2, 0.9] if state is MarkerState.RESOLVED else None,
        )
    )
    if size.show_numbers:
        label = str(number)
        font_size = size.marker_font_size * (0.82 if len(label) > 2 else 1.0)
        drawing.add(
            String(
                x,
                y - font_size * 0.36,
                label,
                fontName=BOLD,
                fontSize=font_size,
                fillColor=HexColor(MAP_STYLE.number_ink(state)),
                textAnchor="middle",
            )
        )


def add_zone_number(
    drawing: Drawing, x: float, y: float, intensity: int, size: PrintedMapSize
) -> None:
    """The zone's intensity in a small white tag: a cue besides its colour (greyscale prints)."""
    label = str(intensity)
    font_size = size.marker_font_size
    half_width = font_size * (0.75 if len(label) > 1 else 0.5) + 1.2
    half_height = font_size * 0.62
    drawing.add(
        Rect(
            x - half_width,
            y - half_height,
            2 * half_width,
            2 * half_height,
            rx=1.5,
            ry=1.5,
            fillColor=HexColor("#FFFFFF"),
            fillOpacity=0.9,
            strokeColor=HexColor(MAP_STYLE.link_ink),
            strokeWidth=0.4,
        )
    )
    drawing.add(
        String(
            x,
            y - font_size * 0.36,
            label,
            fontName=BOLD,
            fontSize=font_size,
            fillColor=HexColor(MAP_STYLE.link_ink),
            textAnchor="middle",
        )
    )

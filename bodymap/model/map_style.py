"""How a body map looks, Qt-free: one palette the canvas, History and the PDF all paint with.

Colours are hex strings and 0-1 RGB triples, so each painter turns them into its own colour
type (QColor on screen, ReportLab's Color on paper) and screen and paper agree by construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

RGB = tuple[float, float, float]


def hex_rgb(colour: str) -> RGB:
    """``"#rrggbb"`` as an (r, g, b) triple of 0-1 floats."""
    value = colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def rgb_hex(rgb: RGB) -> str:
    """An (r, g, b) triple of 0-1 floats as ``"#rrggbb"``."""
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


class MarkerState(StrEnum):
    """How a trigger-point marker is drawn: filled, a ring, or greyed out."""

    ACTIVE = "active"  # spontaneous pain: a filled disc with a white number
    LATENT = "latent"  # pain on pressure only: a white disc (a ring) with a dark number
    RESOLVED = "resolved"  # carried forward from the last visit and no longer found


@dataclass(frozen=True, slots=True)
class MapStyle:
    """The map's colours: pain intensity scale, zones, trigger-point markers and arrows."""

    #: Pain intensity 0-10 from pale yellow through orange to deep red (interpolated between).
    intensity_stops: tuple[tuple[int, str], ...] = (
        (0, "#fff3b0"),
        (3, "#ffc04d"),
        (6, "#f57c1f"),
        (8, "#d93b1e"),
        (10, "#8e0b12"),
    )
    active_fill: str = "#c62828"  # an active trigger point
    latent_fill: str = "#ffffff"  # a latent one: a ring
    marker_ink: str = "#7f1010"  # marker outline and the number on a latent marker
    resolved_ink: str = "#7a7f87"  # a resolved point (carried forward, no longer found)
    link_ink: str = "#37474f"  # the arrow from a trigger point to the pain it refers
    referral_ink: str = "#6a1b9a"  # a catalogue site's referral pattern shown as a ghost
    resolved_fill: str = "#eceff1"  # a resolved point's disc
    number_on_dark: str = "#ffffff"  # the number on an active (dark) marker
    #: A zone's fill is its intensity colour at this opacity: the art shows through.
    zone_opacity: float = 0.55
    #: A resolved zone (carried forward, no longer painful) is only a faint trace.
    resolved_zone_opacity: float = 0.18
    #: A zone's outline is its intensity colour darkened to this share of its brightness.
    zone_outline_shade: float = 2 / 3

    def intensity_rgb(self, intensity: float) -> RGB:
        """The colour of a pain intensity (clamped to 0-10) as 0-1 RGB."""
        value = max(0.0, min(10.0, float(intensity)))
        stops = self.intensity_stops
        for (low, low_hex), (high, high_hex) in zip(stops, stops[1:], strict=False):
            if low <= value <= high:
                t = (value - low) / (high - low)
                a, b = hex_rgb(low_hex), hex_rgb(high_hex)
                return (
                    a[0] + (b[0] - a[0]) * t,
                    a[1] + (b[1] - a[1]) * t,
                    a[2] + (b[2] - a[2]) * t,
                )
        return hex_rgb(stops[-1][1])

    def intensity_hex(self, intensity: float) -> str:
        """The colour of a pain intensity as ``"#rrggbb"``."""
        return rgb_hex(self.intensity_rgb(intensity))

    def zone_outline_hex(self, intensity: float) -> str:
        """The outline of a zone of this intensity: its colour, darker."""
        r, g, b = self.intensity_rgb(intensity)
        shade = self.zone_outline_shade
        return rgb_hex((r * shade, g * shade, b * shade))

    def zone_fill_opacity(self, resolved: bool) -> float:
        """How opaque a zone's fill is (resolved zones fade)."""
        return self.resolved_zone_opacity if resolved else self.zone_opacity

    def marker_fill(self, state: MarkerState) -> str:
        """The disc colour of a marker."""
        if state is MarkerState.ACTIVE:
            return self.active_fill
        return self.latent_fill if state is MarkerState.LATENT else self.resolved_fill

    def marker_outline(self, state: MarkerState) -> str:
        """The rim colour of a marker."""
        return self.resolved_ink if state is MarkerState.RESOLVED else self.marker_ink

    def number_ink(self, state: MarkerState) -> str:
        """The colour of the number on a marker: white on the dark disc, else the rim's."""
        return self.number_on_dark if state is MarkerState.ACTIVE else self.marker_outline(state)


#: The one style every painter uses.
MAP_STYLE = MapStyle()

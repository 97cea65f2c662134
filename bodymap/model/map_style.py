"""How a body map looks, Qt-free: one palette the canvas, History and the PDF all paint with.

Colours are hex strings and 0-1 RGB triples, so each painter turns them into its own colour
type (QColor on screen, ReportLab's Color on paper) and screen and paper agree by construction.
"""

from __future__ import annotations

from dataclasses import dataclass

RGB = tuple[float, float, float]


def hex_rgb(colour: str) -> RGB:
    """``"#rrggbb"`` as an (r, g, b) triple of 0-1 floats."""
    value = colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


@dataclass(frozen=True, slots=True)
class MapStyle:
    """The map's colours: pain intensity scale and trigger-point markers."""

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
        return "#" + "".join(f"{round(c * 255):02x}" for c in self.intensity_rgb(intensity))


#: The one style every painter uses.
MAP_STYLE = MapStyle()

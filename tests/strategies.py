"""Hypothesis strategies for the geometry property tests: polygons in atlas units."""

from __future__ import annotations

import math

from hypothesis import strategies as st

from bodymap.model import ZonePolygon


@st.composite
def star_polygons(
    draw: st.DrawFn,
    *,
    centre: tuple[float, float] | None = None,
    max_radius: float = 80.0,
) -> ZonePolygon:
    """A simple (never self-crossing) polygon, often concave: vertices around a centre.

    Each vertex sits at its own angle and its own distance from the centre, which makes stars,
    notched and lopsided blobs: shapes whose centroid can lie outside them.
    """
    if centre is None:
        # anywhere the whole polygon stays on the 400 × 840 atlas
        cx = draw(st.floats(min_value=max_radius, max_value=max(max_radius, 400 - max_radius)))
        cy = draw(st.floats(min_value=max_radius, max_value=840 - max_radius))
    else:
        cx, cy = centre
    count = draw(st.integers(min_value=4, max_value=12))
    # One vertex per equal sector, placed in the sector's first half: consecutive vertices are
    # less than 180° apart seen from the centre, so the outline never crosses itself.
    shares = draw(st.lists(st.floats(min_value=0, max_value=0.5), min_size=count, max_size=count))
    radii = draw(
        st.lists(st.floats(min_value=3.0, max_value=max_radius), min_size=count, max_size=count)
    )
    sector = 360.0 / count
    degrees = [(i + share) * sector for i, share in enumerate(shares)]
    ring = tuple(
        (
            round(cx + r * math.cos(math.radians(a)), 3),
            round(cy + r * math.sin(math.radians(a)), 3),
        )
        for a, r in zip(degrees, radii, strict=True)
    )
    return ZonePolygon(ring)


@st.composite
def rectangles(
    draw: st.DrawFn, *, x: tuple[float, float] = (0, 400), y: tuple[float, float] = (0, 840)
) -> ZonePolygon:
    """An axis-aligned rectangle of at least 1 × 1 unit inside the given spans."""
    x0 = draw(st.floats(min_value=x[0], max_value=x[1] - 1))
    y0 = draw(st.floats(min_value=y[0], max_value=y[1] - 1))
    x1 = draw(st.floats(min_value=x0 + 1, max_value=x[1]))
    y1 = draw(st.floats(min_value=y0 + 1, max_value=y[1]))
    return ZonePolygon(((x0, y0), (x1, y0), (x1, y1), (x0, y1)))

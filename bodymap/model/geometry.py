"""Plain polygon values in atlas units, with the few measures the model needs to validate them."""

from __future__ import annotations

import math
from dataclasses import dataclass

from bodymap.model.errors import ValidationError

Point = tuple[float, float]
Ring = tuple[Point, ...]


def ring_area(ring: Ring) -> float:
    """Return the unsigned area of a closed ring by the shoelace formula."""
    total = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2.0


def _check_ring(field: str, ring: Ring) -> Ring:
    points = tuple((float(x), float(y)) for x, y in ring)
    if len(points) < 3:
        raise ValidationError(field, f"needs at least 3 points, got {len(points)}")
    if not all(math.isfinite(c) for p in points for c in p):
        raise ValidationError(field, "coordinates must be finite numbers")
    return points


@dataclass(frozen=True, slots=True)
class ZonePolygon:
    """One polygon: an outer ring and optional holes, each a sequence of (x, y) atlas units."""

    exterior: Ring
    holes: tuple[Ring, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "exterior", _check_ring("polygon", self.exterior))
        object.__setattr__(self, "holes", tuple(_check_ring("hole", h) for h in self.holes))

    @property
    def area(self) -> float:
        """Area of the outer ring less its holes."""
        return max(0.0, ring_area(self.exterior) - sum(ring_area(h) for h in self.holes))

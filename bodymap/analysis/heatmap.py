"""How often each CHOIR segment was painful across a patient's visits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bodymap.analysis.extent import quantify, reported_zones
from bodymap.analysis.geometry import AtlasLike
from bodymap.analysis.visit_cache import ExtentOf
from bodymap.model import VisitChart


@dataclass(frozen=True, slots=True)
class RegionFrequency:
    """One CHOIR segment: in how many of the visits it was painful."""

    region: int
    painful_visits: int
    visits: int

    @property
    def share(self) -> float:
        """Fraction of the visits with pain in this segment, 0-1."""
        return self.painful_visits / self.visits if self.visits else 0.0


@dataclass(frozen=True, slots=True)
class PainHeatMap:
    """Pain frequency for every CHOIR segment of the atlas over a set of visits."""

    visits: int
    regions: tuple[RegionFrequency, ...]  # every segment, by id

    def frequency(self, region: int) -> RegionFrequency:
        """The entry of one segment."""
        for entry in self.regions:
            if entry.region == region:
                return entry
        raise KeyError(region)

    @property
    def most_frequent(self) -> tuple[RegionFrequency, ...]:
        """Segments painful at least once, most often first (ties by id)."""
        painful = [r for r in self.regions if r.painful_visits > 0]
        return tuple(sorted(painful, key=lambda r: (-r.painful_visits, r.region)))


def pain_heat_map(
    atlas: AtlasLike, charts: Sequence[VisitChart], extent_of: ExtentOf | None = None
) -> PainHeatMap:
    """Count, for every CHOIR segment, the visits in which it was painful.

    Args:
        atlas: The loaded atlas.
        charts: The visits to count over (order does not matter).
        extent_of: each visit's pain extent, if cached elsewhere (default: quantify).

    Returns:
        A heat map with an entry for every segment, including those never painful.
    """
    extent = extent_of or (lambda chart: quantify(atlas, reported_zones(chart.zones)))
    counts = dict.fromkeys(atlas.surface_regions, 0)
    for chart in charts:
        for region in extent(chart).choir_ids:
            counts[region] += 1
    return PainHeatMap(
        visits=len(charts),
        regions=tuple(RegionFrequency(r, counts[r], len(charts)) for r in sorted(counts)),
    )

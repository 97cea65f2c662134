"""Per-visit analysis kept by visit revision: each visit's pain extent computed once per change.

The extent is of the patient-reported zones only (the clinician's referral zones are never
counted as the patient's pain; see ``bodymap.analysis.extent.visit_extent``).

The storage gives every visit a revision that moves whenever anything the chart shows may
have changed (``ChartRepository.visit_revisions``). Results are kept per visit id with the
revision they were computed for, so the cache holds at most one entry per visit (no fixed size:
a 200-visit course never evicts its own first visits) and an edited visit is recomputed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from bodymap.analysis.extent import PainExtent, quantify, reported_zones
from bodymap.analysis.geometry import AtlasLike
from bodymap.model import VisitChart

#: How a trend or heat map gets a visit's patient-reported extent (``quantify`` of
#: ``reported_zones`` by default, or a cache).
ExtentOf = Callable[[VisitChart], PainExtent]


class VisitExtents:
    """Pain extent of each visit, computed once per visit revision; call it with a chart."""

    def __init__(self, atlas: AtlasLike) -> None:
        self._atlas = atlas
        self._revisions: dict[int, int] = {}
        self._kept: dict[int, tuple[int, PainExtent]] = {}
        self.computed = 0  # how many extents were actually computed (for tests and benchmarks)

    def set_revisions(self, revisions: Mapping[int, int]) -> None:
        """The current revision of visits about to be asked for (others keep theirs)."""
        self._revisions.update(revisions)

    def __call__(self, chart: VisitChart) -> PainExtent:
        """The chart's pain extent, reused while its visit's revision is unchanged."""
        visit_id = chart.visit.id
        revision = self._revisions.get(visit_id) if visit_id is not None else None
        if visit_id is None or revision is None:
            self.computed += 1
            # Unknown revision: nothing to key on.
            return quantify(self._atlas, reported_zones(chart.zones))
        kept = self._kept.get(visit_id)
        if kept is not None and kept[0] == revision:
            return kept[1]
        extent = quantify(self._atlas, reported_zones(chart.zones))
        self.computed += 1
        self._kept[visit_id] = (revision, extent)
        return extent

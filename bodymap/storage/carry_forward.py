"""Starting a visit from the previous one: the new visit and its copied marks in one transaction.

Carry-forward copies the previous visit's unresolved trigger points (numbers kept) and zones
(referral links re-pointed at the copies), each marked persisting, so the clinician starts
from what was there and marks what has resolved. Either the whole visit is written or none of
it: a failure half-way never leaves a visit with half its marks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bodymap.model import CarryStatus, Visit

if TYPE_CHECKING:
    from bodymap.storage.repository import ChartRepository


def start_visit(repo: ChartRepository, visit: Visit, carry_from: int | None = None) -> Visit:
    """Store the new draft ``visit``; with ``carry_from``, copy that visit's open marks into it.

    One transaction (the repository's batch): committed together, or rolled back together.

    Raises:
        NotFoundError: unknown patient, clinician or source visit.
    """
    with repo.batch():
        stored = repo.add_visit(visit)
        if carry_from is not None and stored.id is not None:
            _copy_marks(repo, carry_from, stored.id)
    return stored


def _copy_marks(repo: ChartRepository, source_visit_id: int, visit_id: int) -> None:
    chart = repo.load_chart(source_visit_id)
    new_ids: dict[int, int] = {}
    for point in chart.trigger_points:
        if point.carry is CarryStatus.RESOLVED:
            continue
        copied = repo.add_trigger_point(
            replace(point, id=None, visit_id=visit_id, carry=CarryStatus.PERSISTING)
        )
        if point.id is not None and copied.id is not None:
            new_ids[point.id] = copied.id
    for zone in chart.zones:
        if zone.carry is CarryStatus.RESOLVED:
            continue
        source = new_ids.get(zone.source_point_id) if zone.source_point_id else None
        repo.add_zone(
            replace(
                zone,
                id=None,
                visit_id=visit_id,
                source_point_id=source,
                carry=CarryStatus.PERSISTING,
            )
        )

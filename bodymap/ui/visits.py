"""Starting a visit: blank, or carried forward from the patient's previous visit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from bodymap.model import CarryStatus, Visit

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository


def start_visit(
    repo: ChartRepository, patient_id: int, *, carry_forward: bool, now: datetime | None = None
) -> Visit:
    """Create a draft visit for ``patient_id`` and return it.

    With ``carry_forward`` the latest visit's marks that were not resolved are copied in, each
    marked persisting (the clinician then marks them resolved or leaves them), with numbers and
    referral links kept; the clinician of that visit is kept as well.
    """
    visits = repo.list_visits(patient_id)
    latest = visits[-1] if visits else None
    clinician_id = latest.clinician_id if latest is not None else None
    if clinician_id is None:
        clinicians = repo.list_clinicians()
        clinician_id = clinicians[0].id if clinicians else None
    visit = repo.add_visit(
        Visit(
            patient_id=patient_id,
            clinician_id=clinician_id,
            started_at=(now or datetime.now()).replace(second=0, microsecond=0),
        )
    )
    if carry_forward and latest is not None and latest.id is not None:
        _copy_marks(repo, latest.id, visit)
    return visit


def _copy_marks(repo: ChartRepository, source_visit_id: int, visit: Visit) -> None:
    chart = repo.load_chart(source_visit_id)
    new_ids: dict[int, int] = {}
    for point in chart.trigger_points:
        if point.carry is CarryStatus.RESOLVED:
            continue
        stored = repo.add_trigger_point(
            replace(point, id=None, visit_id=visit.id, carry=CarryStatus.PERSISTING)
        )
        if point.id is not None and stored.id is not None:
            new_ids[point.id] = stored.id
    for zone in chart.zones:
        if zone.carry is CarryStatus.RESOLVED:
            continue
        source = new_ids.get(zone.source_point_id) if zone.source_point_id else None
        repo.add_zone(
            replace(
                zone,
                id=None,
                visit_id=visit.id,
                source_point_id=source,
                carry=CarryStatus.PERSISTING,
            )
        )

"""Starting a visit: blank, or carried forward from the patient's previous visit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Literal

from bodymap.model import CarryStatus, Visit

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository


class _Default(Enum):
    PREVIOUS = "previous"


#: ``start_visit(clinician_id=PREVIOUS_CLINICIAN)``: the previous visit's clinician (or the first).
PREVIOUS_CLINICIAN: Literal[_Default.PREVIOUS] = _Default.PREVIOUS


def previous_clinician_id(repo: ChartRepository, patient_id: int) -> int | None:
    """The clinician of the patient's latest visit, else the first clinician, else None."""
    visits = repo.list_visits(patient_id)
    if visits and visits[-1].clinician_id is not None:
        return visits[-1].clinician_id
    clinicians = repo.list_clinicians()
    return clinicians[0].id if clinicians else None


def start_visit(
    repo: ChartRepository,
    patient_id: int,
    *,
    carry_forward: bool,
    clinician_id: int | None | Literal[_Default.PREVIOUS] = PREVIOUS_CLINICIAN,
    now: datetime | None = None,
) -> Visit:
    """Create a draft visit for ``patient_id`` and return it.

    Args:
        repo: where the visit is stored.
        patient_id: the patient.
        carry_forward: copy the latest visit's unresolved marks in, each marked persisting (the
            clinician then marks them resolved or leaves them), numbers and referral links kept.
        clinician_id: who sees the patient (None: not recorded); by default the clinician of
            the latest visit, or the first clinician.
        now: when the visit starts (default: now), kept to the minute.
    """
    visits = repo.list_visits(patient_id)
    latest = visits[-1] if visits else None
    if clinician_id is PREVIOUS_CLINICIAN:
        clinician_id = previous_clinician_id(repo, patient_id)
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

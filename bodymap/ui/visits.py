"""Starting a visit: blank, or carried forward from the patient's previous visit."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Literal

from bodymap.model import Visit
from bodymap.storage.carry_forward import start_visit as carried_visit

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
    visit = Visit(
        patient_id=patient_id,
        clinician_id=clinician_id,
        started_at=(now or datetime.now()).replace(second=0, microsecond=0),
    )
    source = latest.id if carry_forward and latest is not None else None
    # Domain work lives in storage: the visit and its copied marks commit as one transaction.
    return carried_visit(repo, visit, carry_from=source)

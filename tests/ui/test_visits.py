"""Starting visits: blank, or carried forward from the previous visit."""

from __future__ import annotations

from dataclasses import replace

from bodymap.model import (
    CarryStatus,
    PainZone,
    Patient,
    Side,
    TriggerPoint,
    View,
    Visit,
    ZoneKind,
    ZonePolygon,
)
from bodymap.storage import ChartRepository
from bodymap.ui.visits import start_visit

SQUARE = (ZonePolygon(((150.0, 300.0), (190.0, 300.0), (190.0, 340.0), (150.0, 340.0))),)


def _mark(repo: ChartRepository, visit: Visit, muscle: str, carry: CarryStatus) -> TriggerPoint:
    return repo.add_trigger_point(
        TriggerPoint(
            visit_id=visit.id,
            view=View.POSTERIOR,
            x=150,
            y=160,
            muscle=muscle,
            side=Side.LEFT,
            carry=carry,
            tenderness=6,
        )
    )


def test_carry_forward_copies_unresolved_marks_as_persisting(
    repo: ChartRepository, patient: Patient, visit: Visit
) -> None:
    kept = _mark(repo, visit, "upper_trapezius", CarryStatus.NEW)
    _mark(repo, visit, "levator_scapulae", CarryStatus.RESOLVED)
    repo.add_zone(
        PainZone(
            visit_id=visit.id,
            view=View.ANTERIOR,
            polygons=SQUARE,
            kind=ZoneKind.REFERRED,
            source_point_id=kept.id,
            intensity=7,
        )
    )
    assert patient.id is not None
    new = start_visit(repo, patient.id, carry_forward=True)
    assert new.id is not None
    assert new.id != visit.id
    assert new.clinician_id == visit.clinician_id
    chart = repo.load_chart(new.id)
    (point,) = chart.trigger_points
    assert (point.muscle, point.carry, point.number, point.tenderness) == (
        "upper_trapezius",
        CarryStatus.PERSISTING,
        kept.number,
        6,
    )
    (zone,) = chart.zones
    assert zone.source_point_id == point.id
    assert (zone.carry, zone.intensity) == (CarryStatus.PERSISTING, 7)
    # the previous visit is untouched
    assert repo.load_chart(visit.id or 0).trigger_points[0] == kept


def test_blank_visit_starts_empty(repo: ChartRepository, patient: Patient, visit: Visit) -> None:
    _mark(repo, visit, "upper_trapezius", CarryStatus.NEW)
    assert patient.id is not None
    new = start_visit(repo, patient.id, carry_forward=False)
    chart = repo.load_chart(new.id or 0)
    assert chart.trigger_points == ()
    assert chart.visit.status.value == "draft"


def test_first_visit_of_a_patient_takes_the_first_clinician(
    repo: ChartRepository, clinician: object
) -> None:
    patient = repo.add_patient(Patient(name="New Person"))
    assert patient.id is not None
    new = start_visit(repo, patient.id, carry_forward=True)
    assert new.clinician_id == clinician.id  # type: ignore[attr-defined]
    assert repo.load_chart(new.id or 0).trigger_points == ()
    assert replace(new) == new

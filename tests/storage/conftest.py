"""Storage test fixtures: a fresh repository in tmp_path, and a small chart to work on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from bodymap.model import (
    Clinician,
    Instrument,
    MeasureTiming,
    OutcomeMeasure,
    PainZone,
    Patient,
    Side,
    TriggerPoint,
    View,
    Visit,
    ZoneKind,
    ZonePolygon,
)
from bodymap.storage import ChartRepository, open_repository


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "chart.sqlite"


@pytest.fixture
def repo(db_path: Path) -> Iterator[ChartRepository]:
    repository = open_repository(str(db_path))
    yield repository
    repository.close()


@dataclass(frozen=True)
class Chart:
    clinician: Clinician
    patient: Patient
    visit: Visit
    point: TriggerPoint
    zone: PainZone
    measure: OutcomeMeasure


def square(x: float, y: float, size: float = 20.0) -> ZonePolygon:
    return ZonePolygon(((x, y), (x + size, y), (x + size, y + size), (x, y + size)))


def make_point(visit_id: int | None, **changes: object) -> TriggerPoint:
    values: dict[str, object] = {
        "visit_id": visit_id,
        "view": View.POSTERIOR,
        "x": 238.5,
        "y": 196.0,
        "muscle": "upper_trapezius",
        "side": Side.RIGHT,
        "site": "upper_trapezius.central.right",
        "tenderness": 7,
    }
    values.update(changes)
    return TriggerPoint(**values)  # type: ignore[arg-type]


def fill_chart(repo: ChartRepository) -> Chart:
    clinician = repo.add_clinician(Clinician(name="Ines Okafor", credentials="PT, DPT"))
    patient = repo.add_patient(Patient(name="Zoë Ñúñez-Łukasiewicz", chart_number="T-1"))
    visit = repo.add_visit(
        Visit(
            patient_id=patient.id or 0,
            clinician_id=clinician.id,
            started_at=datetime(2026, 10, 5, 9, 30),
            subjective="Right-sided neck ache into the temple",
        )
    )
    point = repo.add_trigger_point(make_point(visit.id))
    zone = repo.add_zone(
        PainZone(
            visit_id=visit.id,
            view=View.ANTERIOR,
            polygons=(square(150, 40),),
            kind=ZoneKind.REFERRED,
            intensity=6,
            source_point_id=point.id,
        )
    )
    measure = repo.add_measure(
        OutcomeMeasure(
            visit_id=visit.id,
            instrument=Instrument.NPRS,
            timing=MeasureTiming.PRE,
            value=7,
            label="current",
        )
    )
    return Chart(clinician, patient, visit, point, zone, measure)


@pytest.fixture
def chart(repo: ChartRepository) -> Chart:
    return fill_chart(repo)

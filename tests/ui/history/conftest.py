from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bodymap.model import (
    Activity,
    Instrument,
    MeasureTiming,
    OutcomeMeasure,
    PainZone,
    Patient,
    Side,
    TriggerPoint,
    View,
    Visit,
)
from bodymap.storage import ChartRepository, open_repository
from tests.analysis.toy_atlas import ToyAtlas, rect

P = View.POSTERIOR


@pytest.fixture
def toy() -> ToyAtlas:
    return ToyAtlas()


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[ChartRepository]:
    repository = open_repository(str(tmp_path / "history.sqlite"))
    yield repository
    repository.close()


def add_course(repo: ChartRepository, visits: int = 4) -> Patient:
    """A patient whose upper-back pain shrinks visit by visit while NPRS falls."""
    patient = repo.add_patient(Patient(name="Zoë Ñúñez-Łukasiewicz", chart_number="H-1"))
    assert patient.id is not None
    start = datetime(2026, 9, 1, 9, 30)
    for index in range(visits):
        visit = repo.add_visit(
            Visit(patient_id=patient.id, started_at=start + timedelta(days=14 * index))
        )
        shrink = 15 * index
        repo.add_zone(
            PainZone(
                visit_id=visit.id,
                view=P,
                polygons=(rect(120, 40, 280, 300 - shrink),),
                intensity=7 - index,
            )
        )
        repo.add_trigger_point(
            TriggerPoint(
                visit_id=visit.id,
                view=P,
                x=160,
                y=150,
                muscle="upper_trapezius",
                side=Side.LEFT,
                activity=Activity.ACTIVE,
            )
        )
        if index == 0:
            repo.add_trigger_point(
                TriggerPoint(
                    visit_id=visit.id, view=P, x=250, y=180, muscle="rhomboids", side=Side.RIGHT
                )
            )
        if index == visits - 1:
            repo.add_trigger_point(
                TriggerPoint(
                    visit_id=visit.id, view=P, x=200, y=500, muscle="multifidus", side=Side.RIGHT
                )
            )
        for value, timing in ((7 - index, MeasureTiming.PRE), (5 - index, MeasureTiming.POST)):
            repo.add_measure(
                OutcomeMeasure(
                    visit_id=visit.id,
                    instrument=Instrument.NPRS,
                    value=max(0, value),
                    label="current",
                    timing=timing,
                )
            )
        repo.add_measure(
            OutcomeMeasure(visit_id=visit.id, instrument=Instrument.NDI, value=24 - 3 * index)
        )
    return patient

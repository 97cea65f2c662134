from __future__ import annotations

from datetime import date, datetime

import pytest

from bodymap.model import (
    Instrument,
    OutcomeMeasure,
    PainZone,
    Patient,
    TriggerPoint,
    ValidationError,
    Visit,
    ZonePolygon,
)

SQUARE = ZonePolygon(((0, 0), (10, 0), (10, 10), (0, 10)))


def point(**changes: object) -> TriggerPoint:
    values: dict[str, object] = {
        "view": "anterior",
        "x": 100.0,
        "y": 200.0,
        "muscle": "upper_trapezius",
        "side": "right",
    }
    values.update(changes)
    return TriggerPoint(**values)  # type: ignore[arg-type]


def test_trigger_point_coerces_enums() -> None:
    tp = point(tenderness=7)
    assert tp.view.value == "anterior"
    assert tp.side.value == "right"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"tenderness": 11}, "tenderness"),
        ({"tenderness": -1}, "tenderness"),
        ({"view": "lateral"}, "view"),
        ({"side": "up"}, "side"),
        ({"x": float("nan")}, "x"),
        ({"muscle": " "}, "muscle"),
    ],
)
def test_trigger_point_rejects_bad_values(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        point(**changes)
    assert info.value.field == field
    assert field in str(info.value)


def test_tenderness_message_names_range() -> None:
    with pytest.raises(ValidationError, match="tenderness: must be from 0 to 10, got 11"):
        point(tenderness=11)


def test_zone_rejects_negative_intensity_and_zero_area() -> None:
    with pytest.raises(ValidationError, match="intensity: must be from 0 to 10"):
        PainZone(view="anterior", polygons=(SQUARE,), intensity=-1)  # type: ignore[arg-type]
    flat = ZonePolygon(((0, 0), (5, 0), (10, 0)))
    with pytest.raises(ValidationError, match="non-zero area"):
        PainZone(view="anterior", polygons=(flat,))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="polygon"):
        ZonePolygon(((0, 0), (1, 1)))


def test_zone_area_subtracts_holes() -> None:
    ring = ZonePolygon(
        ((0, 0), (10, 0), (10, 10), (0, 10)), holes=(((2, 2), (4, 2), (4, 4), (2, 4)),)
    )
    zone = PainZone(view="posterior", polygons=(ring,))  # type: ignore[arg-type]
    assert zone.area == pytest.approx(96.0)


def test_measure_ranges_are_per_instrument() -> None:
    OutcomeMeasure(instrument=Instrument.ODI, value=64)
    with pytest.raises(ValidationError, match="nprs value: must be from 0 to 10"):
        OutcomeMeasure(instrument=Instrument.NPRS, value=12)
    with pytest.raises(ValidationError, match="whole number"):
        OutcomeMeasure(instrument=Instrument.NPRS, value=4.5)
    with pytest.raises(ValidationError, match="ndi value"):
        OutcomeMeasure(instrument=Instrument.NDI, value=51)


def test_patient_and_visit_rules() -> None:
    with pytest.raises(ValidationError, match="name: must not be empty"):
        Patient(name="")
    with pytest.raises(ValidationError, match="date_of_birth"):
        Patient(name="A", date_of_birth=date(3000, 1, 1))
    with pytest.raises(ValidationError, match="signed_at"):
        Visit(patient_id=1, started_at=datetime(2026, 1, 1), status="signed")  # type: ignore[arg-type]

"""Records rebuilt from stored rows: the same values and types as validated construction."""

from __future__ import annotations

from dataclasses import fields

import pytest

from bodymap.model import (
    Activity,
    CarryStatus,
    Instrument,
    MeasureTiming,
    OutcomeMeasure,
    Side,
    TriggerPoint,
    TwitchResponse,
    ValidationError,
    View,
)
from bodymap.model.stored import stored_factory

POINT = {
    "id": 7,
    "row_version": 2,
    "uuid": "12345678-1234-4234-8234-123456789abc",
    "visit_id": 3,
    "number": 4,
    "view": "posterior",
    "x": 120.5,
    "y": 300.0,
    "muscle": "Gluteus medius",
    "side": "left",
    "site": None,
    "activity": "latent",
    "familiar_pain": True,
    "twitch": "none",
    "tenderness": 6,
    "notes": "",
    "carry": "new",
    "side_override": False,
}
ENUMS = {
    "view": View,
    "side": Side,
    "activity": Activity,
    "twitch": TwitchResponse,
    "carry": CarryStatus,
}


def test_a_stored_record_equals_the_validated_one_field_by_field():
    names, build = stored_factory(TriggerPoint, ENUMS)
    stored = build([POINT[name] for name in names] + ["extra column ignored"])
    validated = TriggerPoint(**POINT)
    assert stored == validated
    for f in fields(TriggerPoint):
        assert type(getattr(stored, f.name)) is type(getattr(validated, f.name)), f.name
    assert stored.view is View.POSTERIOR
    assert stored.row_version == 2
    with pytest.raises(AttributeError):
        stored.x = 1.0  # type: ignore[misc]  # still frozen


def test_none_stays_none_in_an_optional_enum_field():
    enums = {"instrument": Instrument, "timing": MeasureTiming, "side": Side}
    names, build = stored_factory(OutcomeMeasure, enums)
    values = {"instrument": "ppt", "timing": "pre", "value": 4.5, "side": None}
    measure = build([values.get(name) for name in names])
    assert measure.side is None
    assert measure.instrument is Instrument.PPT
    assert measure.timing is MeasureTiming.PRE


def test_a_value_no_version_wrote_is_reported_by_field_not_trusted():
    names, build = stored_factory(TriggerPoint, ENUMS)
    edited = dict(POINT, side="middle")  # a hand-edited database
    with pytest.raises(ValidationError, match="side"):
        build([edited[name] for name in names])

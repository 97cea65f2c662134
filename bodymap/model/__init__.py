"""The clinical data model: plain typed, validating dataclasses. No Qt, no SQLAlchemy."""

from __future__ import annotations

from bodymap.model.chart import (
    OutcomeMeasure,
    PainZone,
    TriggerPoint,
    Visit,
    VisitChart,
)
from bodymap.model.enums import (
    Activity,
    CarryStatus,
    Depth,
    Instrument,
    MeasureTiming,
    PainQuality,
    Sex,
    Side,
    TwitchResponse,
    View,
    VisitStatus,
    ZoneKind,
)
from bodymap.model.errors import ValidationError
from bodymap.model.geometry import Point, Ring, ZonePolygon
from bodymap.model.people import Clinician, Patient

__all__ = [
    "Activity",
    "CarryStatus",
    "Clinician",
    "Depth",
    "Instrument",
    "MeasureTiming",
    "OutcomeMeasure",
    "PainQuality",
    "PainZone",
    "Patient",
    "Point",
    "Ring",
    "Sex",
    "Side",
    "TriggerPoint",
    "TwitchResponse",
    "ValidationError",
    "View",
    "Visit",
    "VisitChart",
    "VisitStatus",
    "ZoneKind",
    "ZonePolygon",
]

"""A visit's chart: the visit itself, trigger points, pain zones and outcome measures."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from bodymap.model.enums import (
    Activity,
    CarryStatus,
    Depth,
    Instrument,
    MeasureTiming,
    PainQuality,
    Side,
    TwitchResponse,
    View,
    VisitStatus,
    ZoneKind,
)
from bodymap.model.errors import ValidationError
from bodymap.model.geometry import ZonePolygon
from bodymap.model.instruments import instrument_spec
from bodymap.model.people import Clinician, Patient
from bodymap.model.validate import (
    in_range,
    max_length,
    member,
    non_blank,
    uuid_text,
    whole_in_range,
)

#: Largest coordinate accepted in atlas units; the atlas itself decides what lies inside the body.
MAX_COORDINATE = 10_000.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Visit:
    """One treatment visit. Draft until signed; a signed visit is never altered."""

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    patient_id: int
    clinician_id: int | None = None
    started_at: datetime
    status: VisitStatus = VisitStatus.DRAFT
    subjective: str = ""
    objective: str = ""
    assessment: str = ""
    plan: str = ""
    signed_at: datetime | None = None
    signed_by: int | None = None

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        object.__setattr__(self, "status", member("status", VisitStatus, self.status))
        if not isinstance(self.started_at, datetime):
            raise ValidationError("started_at", "must be a date and time")
        for name in ("subjective", "objective", "assessment", "plan"):
            max_length(name, getattr(self, name), 50_000)
        if self.status is VisitStatus.SIGNED and self.signed_at is None:
            raise ValidationError("signed_at", "a signed visit needs the time it was signed")

    @property
    def is_signed(self) -> bool:
        """True once the visit is signed and therefore read-only."""
        return self.status is VisitStatus.SIGNED


def _check_position(x: float, y: float) -> None:
    in_range("x", x, 0.0, MAX_COORDINATE)
    in_range("y", y, 0.0, MAX_COORDINATE)


@dataclass(frozen=True, slots=True, kw_only=True)
class TriggerPoint:
    """A trigger point placed on the map; ``side`` is the patient's side, decided by the atlas.

    ``side_override`` is True when the clinician confirmed a side that contradicts the half of
    the body the point is drawn on; the note prints it as an override.
    """

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    visit_id: int | None = None
    number: int = 0
    view: View
    x: float
    y: float
    muscle: str
    side: Side
    site: str | None = None
    activity: Activity = Activity.ACTIVE
    familiar_pain: bool = False
    twitch: TwitchResponse = TwitchResponse.NOT_TESTED
    tenderness: int | None = None
    notes: str = ""
    carry: CarryStatus = CarryStatus.NEW
    side_override: bool = False

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        object.__setattr__(self, "view", member("view", View, self.view))
        object.__setattr__(self, "side", member("side", Side, self.side))
        if not isinstance(self.side_override, bool):
            raise ValidationError("side_override", "must be true or false")
        object.__setattr__(self, "activity", member("activity", Activity, self.activity))
        object.__setattr__(self, "twitch", member("twitch", TwitchResponse, self.twitch))
        object.__setattr__(self, "carry", member("carry", CarryStatus, self.carry))
        _check_position(self.x, self.y)
        non_blank("muscle", self.muscle, 100)
        whole_in_range("number", self.number, 0, 100_000)
        if self.tenderness is not None:
            whole_in_range("tenderness", self.tenderness, 0, 10)
        max_length("notes", self.notes, 5000)


@dataclass(frozen=True, slots=True, kw_only=True)
class PainZone:
    """A drawn pain area: referred pain from a linked trigger point, or patient-reported pain."""

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    visit_id: int | None = None
    view: View
    polygons: tuple[ZonePolygon, ...]
    kind: ZoneKind = ZoneKind.PATIENT_REPORTED
    intensity: int = 5
    quality: PainQuality | None = None
    depth: Depth = Depth.DEEP
    source_point_id: int | None = None
    notes: str = ""
    carry: CarryStatus = CarryStatus.NEW

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        object.__setattr__(self, "view", member("view", View, self.view))
        object.__setattr__(self, "kind", member("kind", ZoneKind, self.kind))
        object.__setattr__(self, "depth", member("depth", Depth, self.depth))
        object.__setattr__(self, "carry", member("carry", CarryStatus, self.carry))
        if self.quality is not None:
            object.__setattr__(self, "quality", member("quality", PainQuality, self.quality))
        whole_in_range("intensity", self.intensity, 0, 10)
        polygons = tuple(self.polygons)
        if not polygons:
            raise ValidationError("polygons", "a zone needs at least one polygon")
        for polygon in polygons:
            xs = [x for x, _ in polygon.exterior]
            ys = [y for _, y in polygon.exterior]
            # One range test per ring (rings are finite already); per point only to name it.
            if not (min(xs) >= 0.0 and max(xs) <= MAX_COORDINATE):
                for x in xs:
                    in_range("x", x, 0.0, MAX_COORDINATE)
            if not (min(ys) >= 0.0 and max(ys) <= MAX_COORDINATE):
                for y in ys:
                    in_range("y", y, 0.0, MAX_COORDINATE)
        if sum(p.area for p in polygons) <= 1e-6:
            raise ValidationError("polygons", "a zone must have a non-zero area")
        object.__setattr__(self, "polygons", polygons)
        max_length("notes", self.notes, 5000)

    @property
    def area(self) -> float:
        """Total area of the zone's polygons in square atlas units."""
        return sum(p.area for p in self.polygons)


@dataclass(frozen=True, slots=True, kw_only=True)
class OutcomeMeasure:
    """One outcome measurement with its raw items kept for re-scoring and audit.

    ``label`` says which reading it is (NPRS "current", "worst 24 h"; ROM "cervical rotation";
    PSFS activity); ``version`` carries the instrument version (PSFS 1.0 vs 2.0).
    """

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    visit_id: int | None = None
    instrument: Instrument
    timing: MeasureTiming = MeasureTiming.NONE
    value: float
    label: str = ""
    site: str | None = None
    side: Side | None = None
    version: str = ""
    items: tuple[float | None, ...] = field(default=())
    item_labels: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        instrument = member("instrument", Instrument, self.instrument)
        object.__setattr__(self, "instrument", instrument)
        object.__setattr__(self, "timing", member("timing", MeasureTiming, self.timing))
        if self.side is not None:
            object.__setattr__(self, "side", member("side", Side, self.side))
        # Range, unit and whole-number rule: the instrument table (model/instruments.py).
        spec = instrument_spec(instrument)
        low, high, unit = spec.low, spec.high, spec.unit
        field_name = f"{instrument.value} value"
        if isinstance(self.value, bool) or not isinstance(self.value, int | float):
            raise ValidationError(field_name, f"must be a number from {low:g} to {high:g} {unit}")
        if not math.isfinite(self.value) or not low <= self.value <= high:
            raise ValidationError(
                field_name, f"must be from {low:g} to {high:g} {unit}, got {self.value:g}"
            )
        if spec.whole and self.value != int(self.value):
            raise ValidationError(field_name, f"must be a whole number from {low:g} to {high:g}")
        max_length("label", self.label, 200)
        object.__setattr__(self, "items", tuple(self.items))
        object.__setattr__(self, "item_labels", tuple(self.item_labels))


@dataclass(frozen=True, slots=True, kw_only=True)
class VisitChart:
    """Everything charted in one visit, as loaded from storage in one read."""

    visit: Visit
    patient: Patient
    clinician: Clinician | None = None
    trigger_points: tuple[TriggerPoint, ...] = ()
    zones: tuple[PainZone, ...] = ()
    measures: tuple[OutcomeMeasure, ...] = ()

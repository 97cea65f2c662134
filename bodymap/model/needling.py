"""The procedure record of one needled trigger point (domain.md sections 1.4 and 1.5)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bodymap.model.catalog_lists import PatientPosition, Technique
from bodymap.model.errors import ValidationError
from bodymap.model.validate import in_range, max_length, member, uuid_text, whole_in_range

#: Allowed ranges, shown in error messages and usable as form limits: (low, high, unit).
NEEDLE_DIAMETER_MM = (0.12, 0.40, "mm")
NEEDLE_LENGTH_MM = (10.0, 125.0, "mm")
FREQUENCY_HZ = (0.5, 250.0, "Hz")
PULSE_WIDTH_US = (20.0, 1000.0, "µs")
INTENSITY_MA = (0.1, 80.0, "mA")
STIMULATION_MINUTES = (1.0, 60.0, "min")
INSERTIONS = (1, 100)
PASSES = (0, 1000)
TWITCHES = (0, 500)
NEEDLE_COUNT = (0, 100)
RETENTION_MINUTES = (0.0, 120.0, "min")
TOLERANCE_NPRS = (0, 10)


def _measure(field: str, value: float, limits: tuple[float, float, str]) -> float:
    low, high, unit = limits
    try:
        in_range(field, value, low, high)
    except ValidationError:
        raise ValidationError(
            field, f"must be from {low:g} to {high:g} {unit}, got {value!r}"
        ) from None
    return float(value)


def _count(field: str, value: int, limits: tuple[int, int]) -> None:
    whole_in_range(field, value, limits[0], limits[1])


@dataclass(frozen=True, slots=True, kw_only=True)
class ElectricalParameters:
    """Settings of electrical stimulation through the needle."""

    frequency_hz: float
    pulse_width_us: float
    intensity_ma: float
    minutes: float

    def __post_init__(self) -> None:
        for name, limits in (
            ("frequency_hz", FREQUENCY_HZ),
            ("pulse_width_us", PULSE_WIDTH_US),
            ("intensity_ma", INTENSITY_MA),
            ("minutes", STIMULATION_MINUTES),
        ):
            object.__setattr__(self, name, _measure(name, getattr(self, name), limits))


@dataclass(frozen=True, slots=True, kw_only=True)
class NeedlingRecord:
    """What was done at one treated trigger point of a visit.

    The needle is recorded as diameter × length in mm (gauge conventions vary, so the label is
    optional text). ``needles_in`` and ``needles_out`` may differ while the visit is a draft; a
    mismatch blocks signing (see ``bodymap.model.rules``).
    """

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    visit_id: int | None = None
    trigger_point_id: int
    needle_diameter_mm: float
    needle_length_mm: float
    gauge_label: str = ""
    technique: Technique
    electrical: ElectricalParameters | None = None
    insertions: int = 1
    passes: int = 0
    twitch_responses: int = 0
    depth_mm: float | None = None
    direction: str = ""
    retention_minutes: float | None = None
    patient_position: PatientPosition
    tolerance_nprs: int | None = None
    familiar_pain_reproduced: bool = False
    needles_in: int = 1
    needles_out: int = 0
    aftercare_soreness: bool = False
    aftercare_driving: bool = False
    aftercare_pneumothorax: bool = False
    immediate_response: str = ""

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        whole_in_range("trigger_point_id", self.trigger_point_id, 1, 2**62)
        diameter = _measure("needle_diameter_mm", self.needle_diameter_mm, NEEDLE_DIAMETER_MM)
        length = _measure("needle_length_mm", self.needle_length_mm, NEEDLE_LENGTH_MM)
        object.__setattr__(self, "needle_diameter_mm", diameter)
        object.__setattr__(self, "needle_length_mm", length)
        max_length("gauge_label", self.gauge_label, 40)
        technique = member("technique", Technique, self.technique)
        object.__setattr__(self, "technique", technique)
        position = member("patient_position", PatientPosition, self.patient_position)
        object.__setattr__(self, "patient_position", position)
        self._check_electrical(technique)
        _count("insertions", self.insertions, INSERTIONS)
        _count("passes", self.passes, PASSES)
        _count("twitch_responses", self.twitch_responses, TWITCHES)
        _count("needles_in", self.needles_in, NEEDLE_COUNT)
        _count("needles_out", self.needles_out, NEEDLE_COUNT)
        if self.depth_mm is not None:
            depth = _measure("depth_mm", self.depth_mm, (0.0, length, "mm (the needle length)"))
            object.__setattr__(self, "depth_mm", depth)
        if self.retention_minutes is not None:
            minutes = _measure("retention_minutes", self.retention_minutes, RETENTION_MINUTES)
            object.__setattr__(self, "retention_minutes", minutes)
        if self.tolerance_nprs is not None:
            _count("tolerance_nprs", self.tolerance_nprs, TOLERANCE_NPRS)
        for name in (
            "familiar_pain_reproduced",
            "aftercare_soreness",
            "aftercare_driving",
            "aftercare_pneumothorax",
        ):
            if not isinstance(getattr(self, name), bool):
                raise ValidationError(name, "must be true or false")
        max_length("direction", self.direction, 500)
        max_length("immediate_response", self.immediate_response, 5000)

    def _check_electrical(self, technique: Technique) -> None:
        if technique is Technique.ELECTRICAL and self.electrical is None:
            raise ValidationError("electrical", "electrical stimulation needs its settings")
        if technique is not Technique.ELECTRICAL and self.electrical is not None:
            raise ValidationError("electrical", "settings are only for electrical stimulation")
        if self.electrical is not None and not isinstance(self.electrical, ElectricalParameters):
            raise ValidationError("electrical", "must be ElectricalParameters")

    @property
    def needle_label(self) -> str:
        """The needle as clinicians write it, e.g. "0.25 × 40 mm"."""
        return f"{self.needle_diameter_mm:g} × {self.needle_length_mm:g} mm"

    @property
    def counts_match(self) -> bool:
        """True when every needle put in was taken out."""
        return self.needles_in == self.needles_out

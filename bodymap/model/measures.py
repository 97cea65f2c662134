"""Builders that turn form input into ``OutcomeMeasure`` values, keeping the raw items.

Each instrument stores its raw answers in ``items``/``item_labels`` so it can be re-scored;
the helpers here are the only place that decides how (see ``bodymap.model.scoring``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model.chart import OutcomeMeasure
from bodymap.model.enums import Instrument, MeasureTiming, Side
from bodymap.model.errors import ValidationError
from bodymap.model.scoring import (
    PSFS_VERSIONS,
    kg_cm2_to_kpa,
    ndi_score,
    odi_percent,
    ppt_mean,
    psfs_mean,
)
from bodymap.model.validate import in_range, member, non_blank, whole_in_range

NDI_SECTIONS = (
    QT_TRANSLATE_NOOP("Terms", "Pain intensity"),
    QT_TRANSLATE_NOOP("Terms", "Personal care"),
    QT_TRANSLATE_NOOP("Terms", "Lifting"),
    QT_TRANSLATE_NOOP("Terms", "Reading"),
    QT_TRANSLATE_NOOP("Terms", "Headaches"),
    QT_TRANSLATE_NOOP("Terms", "Concentration"),
    QT_TRANSLATE_NOOP("Terms", "Work"),
    QT_TRANSLATE_NOOP("Terms", "Driving"),
    QT_TRANSLATE_NOOP("Terms", "Sleeping"),
    QT_TRANSLATE_NOOP("Terms", "Recreation"),
)
ODI_SECTIONS = (
    QT_TRANSLATE_NOOP("Terms", "Pain intensity"),
    QT_TRANSLATE_NOOP("Terms", "Personal care"),
    QT_TRANSLATE_NOOP("Terms", "Lifting"),
    QT_TRANSLATE_NOOP("Terms", "Walking"),
    QT_TRANSLATE_NOOP("Terms", "Sitting"),
    QT_TRANSLATE_NOOP("Terms", "Standing"),
    QT_TRANSLATE_NOOP("Terms", "Sleeping"),
    QT_TRANSLATE_NOOP("Terms", "Sex life"),
    QT_TRANSLATE_NOOP("Terms", "Social life"),
    QT_TRANSLATE_NOOP("Terms", "Travelling"),
)
ROM_DEGREES = (-90.0, 360.0)


class NprsReading(StrEnum):
    """Which pain rating an NPRS value is; the value is the measure's label."""

    CURRENT = "current"
    WORST_24H = QT_TRANSLATE_NOOP("Terms", "worst 24 h")
    BEST_24H = QT_TRANSLATE_NOOP("Terms", "best 24 h")


def nprs_measure(
    reading: NprsReading | str, value: int, timing: MeasureTiming = MeasureTiming.PRE
) -> OutcomeMeasure:
    """Build an NPRS reading (0-10 whole number) taken before or after treatment."""
    kind = member("NPRS reading", NprsReading, reading)
    whole_in_range(f"NPRS {kind.value}", value, 0, 10)
    return OutcomeMeasure(instrument=Instrument.NPRS, timing=timing, value=value, label=kind.value)


def ppt_measure(
    site: str,
    trials: Sequence[float],
    side: Side | None = None,
    timing: MeasureTiming = MeasureTiming.PRE,
) -> OutcomeMeasure:
    """Build a pressure pain threshold at one site from its 3 trials (kg/cm²); value = mean."""
    non_blank("PPT site", site)
    mean = ppt_mean(trials)
    return OutcomeMeasure(
        instrument=Instrument.PPT,
        timing=timing,
        value=mean,
        label=site,
        site=site,
        side=side,
        items=tuple(float(t) for t in trials),
        item_labels=tuple(f"trial {n}" for n in range(1, len(trials) + 1)),
    )


def ppt_kpa(measure: OutcomeMeasure) -> float:
    """The PPT mean of ``measure`` in kPa, for display next to kg/cm²."""
    if measure.instrument is not Instrument.PPT:
        raise ValidationError("instrument", "kPa applies to pressure pain thresholds only")
    return kg_cm2_to_kpa(measure.value)


@dataclass(frozen=True, slots=True, kw_only=True)
class RomReading:
    """A range-of-motion reading: joint, movement, side, degrees, active or passive.

    Stored as an ``OutcomeMeasure`` with ``site`` = joint, ``label`` = movement and the
    active/passive mode as the one item label.
    """

    joint: str
    movement: str
    side: Side | None = None
    degrees: float
    active: bool = True

    def __post_init__(self) -> None:
        non_blank("ROM joint", self.joint, 100)
        non_blank("ROM movement", self.movement, 100)
        in_range("ROM degrees", self.degrees, *ROM_DEGREES)
        if self.side is not None:
            object.__setattr__(self, "side", member("ROM side", Side, self.side))

    @property
    def mode(self) -> str:
        """Either active or passive."""
        return "active" if self.active else "passive"

    @property
    def title(self) -> str:
        """Readable name, e.g. "Cervical spine rotation, right (active)"."""
        side = f", {self.side.value}" if self.side is not None else ""
        return f"{self.joint} {self.movement}{side} ({self.mode})"

    def to_measure(self, timing: MeasureTiming = MeasureTiming.PRE) -> OutcomeMeasure:
        """Return the reading as an outcome measure."""
        return OutcomeMeasure(
            instrument=Instrument.ROM,
            timing=timing,
            value=float(self.degrees),
            label=self.movement,
            site=self.joint,
            side=self.side,
            items=(float(self.degrees),),
            item_labels=(self.mode,),
        )

    @classmethod
    def from_measure(cls, measure: OutcomeMeasure) -> RomReading:
        """Read a ROM outcome measure back."""
        if measure.instrument is not Instrument.ROM:
            raise ValidationError("instrument", "not a range-of-motion measure")
        mode = measure.item_labels[0] if measure.item_labels else "active"
        return cls(
            joint=measure.site or "",
            movement=measure.label,
            side=measure.side,
            degrees=measure.value,
            active=mode != "passive",
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class PsfsAssessment:
    """Patient-Specific Functional Scale: 3-5 named activities, each scored 0-10.

    ``version`` is "1.0" or "2.0"; 2.0 reverses the scale direction, so the two are never mixed.
    """

    version: str = "1.0"
    activities: tuple[str, ...]
    scores: tuple[int, ...]

    def __post_init__(self) -> None:
        if self.version not in PSFS_VERSIONS:
            raise ValidationError("PSFS version", f"must be one of {', '.join(PSFS_VERSIONS)}")
        object.__setattr__(self, "activities", tuple(a.strip() for a in self.activities))
        object.__setattr__(self, "scores", tuple(self.scores))
        if len(self.activities) != len(self.scores):
            raise ValidationError("PSFS activities", "each activity needs one score")
        for number, (activity, score) in enumerate(
            zip(self.activities, self.scores, strict=True), start=1
        ):
            non_blank(f"PSFS activity {number}", activity, 200)
            whole_in_range(f"PSFS activity {number} score", score, 0, 10)
        if len(set(a.casefold() for a in self.activities)) != len(self.activities):
            raise ValidationError("PSFS activities", "each activity may appear only once")
        psfs_mean(self.scores)

    @property
    def mean(self) -> float:
        """The PSFS score: mean of the activity scores."""
        return psfs_mean(self.scores)

    def to_measure(self, timing: MeasureTiming = MeasureTiming.NONE) -> OutcomeMeasure:
        """Return the assessment as an outcome measure (value = mean, items = scores)."""
        return OutcomeMeasure(
            instrument=Instrument.PSFS,
            timing=timing,
            value=self.mean,
            label="PSFS",
            version=self.version,
            items=tuple(float(s) for s in self.scores),
            item_labels=self.activities,
        )

    @classmethod
    def from_measure(cls, measure: OutcomeMeasure) -> PsfsAssessment:
        """Read a PSFS outcome measure back."""
        if measure.instrument is not Instrument.PSFS:
            raise ValidationError("instrument", "not a PSFS measure")
        scores = tuple(int(s) for s in measure.items if s is not None)
        return cls(version=measure.version or "1.0", activities=measure.item_labels, scores=scores)


def check_psfs_continuity(previous: PsfsAssessment, current: PsfsAssessment) -> None:
    """Refuse a PSFS whose activities or version differ from the previous visit's.

    Raises:
        ValidationError: naming what changed.
    """
    if previous.version != current.version:
        raise ValidationError(
            "PSFS version",
            f"was {previous.version} at the last visit; versions {previous.version} and "
            f"{current.version} run in opposite directions and cannot be mixed",
        )
    before = [a.casefold() for a in previous.activities]
    now = [a.casefold() for a in current.activities]
    if before != now:
        raise ValidationError(
            "PSFS activities", "must be the same activities as at the last visit, in order"
        )


def _questionnaire_measure(
    instrument: Instrument,
    value: float,
    items: Sequence[int | None],
    labels: tuple[str, ...],
    timing: MeasureTiming,
) -> OutcomeMeasure:
    return OutcomeMeasure(
        instrument=instrument,
        timing=timing,
        value=round(value, 2),
        label=instrument.value.upper(),
        items=tuple(None if i is None else float(i) for i in items),
        item_labels=labels,
    )


def ndi_measure(
    items: Sequence[int | None], timing: MeasureTiming = MeasureTiming.NONE
) -> OutcomeMeasure:
    """Score NDI items and return the measure (value = score out of 50, prorated if needed)."""
    return _questionnaire_measure(
        Instrument.NDI, ndi_score(items).out_of_50, items, NDI_SECTIONS, timing
    )


def odi_measure(
    items: Sequence[int | None], timing: MeasureTiming = MeasureTiming.NONE
) -> OutcomeMeasure:
    """Score ODI sections and return the measure (value = percentage)."""
    return _questionnaire_measure(Instrument.ODI, odi_percent(items), items, ODI_SECTIONS, timing)


def questionnaire_items(measure: OutcomeMeasure) -> tuple[int | None, ...]:
    """The raw NDI/ODI answers of a stored measure, for re-scoring or editing."""
    if measure.instrument not in (Instrument.NDI, Instrument.ODI):
        raise ValidationError("instrument", "only NDI and ODI measures have questionnaire items")
    return tuple(None if i is None else int(i) for i in measure.items)

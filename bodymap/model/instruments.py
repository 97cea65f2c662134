"""The outcome instruments: one row per instrument, read by validation, trends, charts and reports.

Name, unit, allowed range, decimals, which direction is better, how a score is printed and its
reference thresholds (the clinical table in ``model/thresholds.py``) are stated once here, so
adding an instrument is its enum member, its row, its thresholds and its entry form
(docs/architecture.md, "Adding a view, an instrument or a mark kind").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bodymap.model.enums import Instrument
from bodymap.model.scoring import kg_cm2_to_kpa
from bodymap.model.thresholds import Threshold, options

#: Prints a number with at most the given decimals (the report's and the window's own style).
NumberText = Callable[[float, int], str]
#: Prints one score with its unit, given the number style.
ScoreText = Callable[[float, NumberText], str]


@dataclass(frozen=True, slots=True)
class InstrumentSpec:
    """One outcome instrument and how every layer treats its scores.

    Attributes:
        key: the stored value (``Instrument``).
        name: printed name ("NPRS", "Neck Disability Index").
        title: trend-chart title ("Pain (NPRS)").
        low, high: the allowed score range; ``unit`` names it ("points", "kg/cm²").
        whole: scores are whole numbers only.
        change_unit: the unit a change is counted in ("points", "% points", "°").
        change_decimals: decimals of a printed change.
        change_shows_unit: a progress report prints the unit after a change (physical units).
        higher_is_better: a rise means the patient is better.
        full_scale: trend charts draw the whole range; otherwise they zoom to the data.
        charted: the progress report draws a chart of it.
        score_text: prints a score with its unit ("6/10", "13/50 (26%)").
        long_name: the full name sent in exports ("Numeric Pain Rating Scale (NPRS, 0-10)").
        ucum: the value's UCUM unit code and its readable unit (FHIR exports).
        survey: a questionnaire (FHIR category "survey") rather than an examination ("exam").
    """

    key: Instrument
    name: str
    title: str
    low: float
    high: float
    unit: str
    whole: bool
    change_unit: str
    change_decimals: int
    change_shows_unit: bool
    higher_is_better: bool
    full_scale: bool
    charted: bool
    score_text: ScoreText
    long_name: str
    ucum: tuple[str, str]
    survey: bool

    def __post_init__(self) -> None:
        if not self.low < self.high:
            raise ValueError(f"instrument {self.key.value!r}: low must be below high")
        if self.change_decimals < 0:
            raise ValueError(f"instrument {self.key.value!r}: change_decimals must be >= 0")

    @property
    def thresholds(self) -> tuple[Threshold, ...]:
        """Its reference thresholds from the clinical table, the default first (may be none)."""
        return options(self.key.value)

    def format_score(self, value: float, number: NumberText) -> str:
        """The score with its unit, numbers printed by ``number``."""
        return self.score_text(value, number)


def _ppt(value: float, number: NumberText) -> str:
    return f"{number(value, 2)} kg/cm² ({number(kg_cm2_to_kpa(value), 0)} kPa)"


#: Every instrument, by key, in the order charts and tables list them.
INSTRUMENT_SPECS: dict[Instrument, InstrumentSpec] = {
    spec.key: spec
    for spec in (
        InstrumentSpec(
            key=Instrument.NPRS,
            name="NPRS",
            title="Pain (NPRS)",
            low=0,
            high=10,
            unit="points",
            whole=True,
            change_unit="points",
            change_decimals=0,
            change_shows_unit=False,
            higher_is_better=False,
            full_scale=True,
            charted=True,
            score_text=lambda v, n: f"{n(v, 0)}/10",
            long_name="Numeric Pain Rating Scale (NPRS, 0-10)",
            ucum=("{score}", "score"),
            survey=True,
        ),
        InstrumentSpec(
            key=Instrument.VAS,
            name="VAS",
            title="Pain (VAS)",
            low=0,
            high=100,
            unit="mm",
            whole=False,
            change_unit="mm",
            change_decimals=0,
            change_shows_unit=True,
            higher_is_better=False,
            full_scale=True,
            charted=True,
            score_text=lambda v, n: f"{n(v, 0)} mm",
            long_name="Visual analogue scale for pain (VAS, 0-100 mm)",
            ucum=("mm", "mm"),
            survey=True,
        ),
        InstrumentSpec(
            key=Instrument.PPT,
            name="Pressure pain threshold",
            title="Pressure pain threshold",
            low=0,
            high=20,
            unit="kg/cm²",
            whole=False,
            change_unit="kg/cm²",
            change_decimals=2,
            change_shows_unit=True,
            higher_is_better=True,
            full_scale=False,
            charted=True,
            score_text=_ppt,
            long_name="Pressure pain threshold (algometry)",
            ucum=("kg/cm2", "kg/cm²"),
            survey=False,
        ),
        InstrumentSpec(
            key=Instrument.ROM,
            name="Range of motion",
            title="Range of motion",
            low=-90,
            high=360,
            unit="degrees",
            whole=False,
            change_unit="°",
            change_decimals=0,
            change_shows_unit=True,
            higher_is_better=True,
            full_scale=False,
            charted=False,
            score_text=lambda v, n: f"{n(v, 0)}°",
            long_name="Range of motion",
            ucum=("deg", "degrees"),
            survey=False,
        ),
        InstrumentSpec(
            key=Instrument.PSFS,
            name="PSFS",
            title="Function (PSFS)",
            low=0,
            high=10,
            unit="points",
            whole=False,
            change_unit="points",
            change_decimals=2,
            change_shows_unit=False,
            higher_is_better=True,  # version 2.0 reverses it (analysis.trends)
            full_scale=True,
            charted=True,
            score_text=lambda v, n: f"{n(v, 1)}/10",
            long_name="Patient-Specific Functional Scale (PSFS) mean score",
            ucum=("{score}", "score"),
            survey=True,
        ),
        InstrumentSpec(
            key=Instrument.NDI,
            name="Neck Disability Index",
            title="Neck Disability Index",
            low=0,
            high=50,
            unit="points",
            whole=False,
            change_unit="points",
            change_decimals=2,
            change_shows_unit=False,
            higher_is_better=False,
            full_scale=True,
            charted=True,
            score_text=lambda v, n: f"{n(v, 1)}/50 ({n(v * 2, 0)}%)",
            long_name="Neck Disability Index (NDI) score",
            ucum=("{score}", "points out of 50"),
            survey=True,
        ),
        InstrumentSpec(
            key=Instrument.ODI,
            name="Oswestry Disability Index",
            title="Oswestry Disability Index",
            low=0,
            high=100,
            unit="%",
            whole=False,
            change_unit="% points",
            change_decimals=2,
            change_shows_unit=False,
            higher_is_better=False,
            full_scale=True,
            charted=True,
            score_text=lambda v, n: f"{n(v, 0)}%",
            long_name="Oswestry Disability Index (ODI) score",
            ucum=("%", "%"),
            survey=True,
        ),
    )
}


def instrument_spec(instrument: Instrument) -> InstrumentSpec:
    """The row of one instrument."""
    return INSTRUMENT_SPECS[instrument]


def instrument_order() -> tuple[Instrument, ...]:
    """Every instrument in table order (how charts and tables list them)."""
    return tuple(INSTRUMENT_SPECS)


def spec_of_value(value: str) -> InstrumentSpec | None:
    """The row whose stored value is ``value`` ("nprs"), or None (e.g. "pain_area")."""
    return next((s for k, s in INSTRUMENT_SPECS.items() if k.value == value), None)


def charted_instruments() -> tuple[Instrument, ...]:
    """The instruments a progress report charts, in table order."""
    return tuple(key for key, spec in INSTRUMENT_SPECS.items() if spec.charted)


def instruments_with_a_choice() -> tuple[str, ...]:
    """Instruments offering more than one reference threshold (chosen in Preferences)."""
    return tuple(key.value for key, spec in INSTRUMENT_SPECS.items() if len(spec.thresholds) > 1)

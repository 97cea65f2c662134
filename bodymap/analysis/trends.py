"""Outcome series across visits, with the minimal clinically important change as a reference."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from bodymap.analysis.extent import quantify, reported_zones
from bodymap.analysis.geometry import AtlasLike
from bodymap.analysis.visit_cache import ExtentOf
from bodymap.model import Instrument, MeasureTiming, OutcomeMeasure, VisitChart
from bodymap.model.instruments import instrument_order, instrument_spec, spec_of_value
from bodymap.model.thresholds import Threshold, chosen

#: Which threshold to use per instrument (instrument value -> threshold id); None: defaults.
ThresholdChoices = Mapping[str, str] | None


def reference_for(instrument: Instrument, choices: ThresholdChoices = None) -> Threshold | None:
    """The reference threshold of an instrument, or None where there is no accepted one."""
    # One table (model/thresholds.py) holds them all, with their kind, population and source.
    return chosen(instrument.value, choices)


PAIN_AREA_KEY = "pain_area"


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One visit's value in a series."""

    visit_id: int | None
    when: datetime
    value: float


@dataclass(frozen=True, slots=True)
class TrendSeries:
    """One outcome followed over visits, oldest first."""

    key: str  # stable id, e.g. "nprs|current|pre|||"
    group: str  # series that share a chart: the key without the timing
    instrument: str  # an Instrument value, or "pain_area"
    title: str  # what is measured, without the timing
    timing: MeasureTiming
    unit: str
    low: float  # the scale's range, for the chart axis
    high: float
    higher_is_better: bool
    reference: Threshold | None
    points: tuple[TrendPoint, ...]

    @property
    def full_scale(self) -> bool:
        """Charts draw the whole range (questionnaires) rather than zoom to the data."""
        spec = spec_of_value(self.instrument)
        return spec is not None and spec.full_scale

    @property
    def line_label(self) -> str:
        """How to tell this line from others in the same chart, e.g. "Pre-treatment"."""
        if self.timing is MeasureTiming.NONE:
            return self.title
        return f"{self.timing.value.capitalize()}-treatment"

    @property
    def change(self) -> float | None:
        """Last value minus the first, None with fewer than two points."""
        return self.points[-1].value - self.points[0].value if len(self.points) > 1 else None

    @property
    def improvement(self) -> float | None:
        """The change signed so that a positive number means the patient is better."""
        change = self.change
        if change is None:
            return None
        return change if self.higher_is_better else -change

    @property
    def target(self) -> float | None:
        """The value that would be a clinically important improvement over the first visit."""
        if self.reference is None or not self.points:
            return None
        size = self.reference.step(self.points[0].value)
        step = size if self.higher_is_better else -size
        return min(self.high, max(self.low, self.points[0].value + step))

    @property
    def reached_reference(self) -> bool | None:
        """Whether the improvement reached the reference threshold; None without one."""
        improvement = self.improvement
        if self.reference is None or improvement is None:
            return None
        return improvement >= self.reference.step(self.points[0].value) - 1e-9


def _series_key(measure: OutcomeMeasure) -> tuple[str, ...]:
    """Measures that belong on one line: same instrument, reading, timing, site, side, version."""
    return (
        measure.instrument.value,
        measure.label.strip().lower(),
        measure.timing.value,
        measure.site or "",
        measure.side.value if measure.side else "",
        measure.version,
    )


def _title(measure: OutcomeMeasure) -> str:
    parts = [instrument_spec(measure.instrument).title]
    label = measure.label.strip()
    # A label that only repeats the instrument ("PSFS") or the site adds nothing to the title.
    repeats = {measure.instrument.value, (measure.site or "").lower()}
    details = [label] if label and label.lower() not in repeats else []
    if measure.site:
        details.append(measure.site.replace("_", " ").replace(".", ", "))
    elif measure.side:
        details.append(measure.side.value)
    if measure.version:
        details.append(f"v{measure.version}")
    if details:
        parts.append("— " + ", ".join(details))
    return " ".join(parts)


def _higher_is_better(measure: OutcomeMeasure) -> bool:
    if measure.instrument is Instrument.PSFS and measure.version.startswith("2"):
        return False  # PSFS 2.0 reverses its scale
    return instrument_spec(measure.instrument).higher_is_better


def measure_series(
    charts: Sequence[VisitChart], thresholds: ThresholdChoices = None
) -> list[TrendSeries]:
    """One series per instrument reading across the visits (several per visit are averaged).

    ``thresholds`` picks each instrument's reference threshold (the defaults when None).

    Series are ordered by instrument, then title; points are ordered by visit time.
    """
    ordered = sorted(charts, key=lambda c: c.visit.started_at)
    grouped: dict[tuple[str, ...], list[tuple[VisitChart, OutcomeMeasure]]] = {}
    for chart in ordered:
        for measure in chart.measures:
            grouped.setdefault(_series_key(measure), []).append((chart, measure))
    series: list[TrendSeries] = []
    for key, rows in grouped.items():
        first = rows[0][1]
        spec = instrument_spec(first.instrument)
        series.append(
            TrendSeries(
                key="|".join(key),
                group="|".join(key[:2] + key[3:]),
                instrument=first.instrument.value,
                title=_title(first),
                timing=first.timing,
                unit=spec.unit,
                low=spec.low,
                high=spec.high,
                higher_is_better=_higher_is_better(first),
                reference=reference_for(first.instrument, thresholds),
                points=_average_per_visit(rows),
            )
        )
    order = list(instrument_order())
    timings = list(MeasureTiming)
    series.sort(
        key=lambda s: (order.index(Instrument(s.instrument)), s.title, timings.index(s.timing))
    )
    return series


def _average_per_visit(rows: Iterable[tuple[VisitChart, OutcomeMeasure]]) -> tuple[TrendPoint, ...]:
    values: dict[int, tuple[VisitChart, list[float]]] = {}
    for chart, measure in rows:
        values.setdefault(id(chart), (chart, []))[1].append(measure.value)
    return tuple(
        TrendPoint(chart.visit.id, chart.visit.started_at, sum(v) / len(v))
        for chart, v in values.values()
    )


def pain_area_series(
    atlas: AtlasLike, charts: Sequence[VisitChart], extent_of: ExtentOf | None = None
) -> TrendSeries:
    """Painful share of the body surface (both views) at each visit.

    ``extent_of`` supplies each visit's extent (e.g. a revision cache); default: quantify.
    """
    extent = extent_of or (lambda chart: quantify(atlas, reported_zones(chart.zones)))
    ordered = sorted(charts, key=lambda c: c.visit.started_at)
    return TrendSeries(
        key=PAIN_AREA_KEY,
        group=PAIN_AREA_KEY,
        instrument=PAIN_AREA_KEY,
        title="Pain area (patient-reported)",
        timing=MeasureTiming.NONE,
        unit="% of body surface",
        low=0.0,
        high=100.0,
        higher_is_better=False,
        reference=None,
        points=tuple(
            TrendPoint(c.visit.id, c.visit.started_at, extent(c).percent) for c in ordered
        ),
    )


def group_series(series: Sequence[TrendSeries]) -> list[list[TrendSeries]]:
    """Series that belong on one chart (e.g. pre- and post-treatment NPRS), in order."""
    groups: dict[str, list[TrendSeries]] = {}
    for one in series:
        groups.setdefault(one.group, []).append(one)
    return list(groups.values())


def build_trends(
    atlas: AtlasLike,
    charts: Sequence[VisitChart],
    thresholds: ThresholdChoices = None,
    extent_of: ExtentOf | None = None,
) -> list[TrendSeries]:
    """Every trend for a patient: each instrument reading, then pain area %.

    Args:
        atlas: The loaded atlas (for pain area).
        charts: The patient's visits, in any order.
        thresholds: The reference threshold chosen per instrument (None: the defaults).
        extent_of: each visit's pain extent, if cached elsewhere (default: quantify).

    Returns:
        Series with at least one point, instruments first, pain area last.
    """
    series = measure_series(charts, thresholds)
    if charts:
        series.append(pain_area_series(atlas, charts, extent_of))
    return series

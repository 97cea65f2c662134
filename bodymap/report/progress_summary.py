"""The data of a progress report over a date range, computed before anything is drawn."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bodymap.analysis.compare import VisitComparison
from bodymap.analysis.extent import VisitExtent
from bodymap.analysis.trends import ThresholdChoices, TrendSeries, group_series, measure_series
from bodymap.i18n import translate
from bodymap.i18n.formats import localise_number
from bodymap.model import (
    Activity,
    CarryStatus,
    Instrument,
    MeasureTiming,
    Patient,
    Side,
    VisitChart,
)
from bodymap.model.instruments import charted_instruments, instrument_spec
from bodymap.model.map_content import MapContent, build_map_content
from bodymap.model.thresholds import ThresholdKind
from bodymap.report.formatting import (
    DASH,
    format_change,
    format_date,
    format_score,
    humanize,
    number,
    side_label,
    signed_number,
)
from bodymap.report.visit_summary import DEFAULT_CLINIC_NAME, MuscleNamer

#: Quantifies one visit's patient-reported and referred zones apart
#: (``bodymap.analysis.extent.visit_extent`` with the atlas).
ExtentFn = Callable[[VisitChart], VisitExtent]
#: Compares two visits (``bodymap.analysis.compare.compare_visits`` with the atlas).
CompareFn = Callable[[VisitChart, VisitChart], VisitComparison]


@dataclass(frozen=True, slots=True)
class ChartLine:
    """One line of a trend chart: a label and (visit time, value) points, oldest first."""

    label: str
    timing: MeasureTiming
    points: tuple[tuple[datetime, float], ...]


@dataclass(frozen=True, slots=True)
class TrendChart:
    """A trend chart: its lines, scale and the reference (MCID) target when one is accepted."""

    title: str
    unit: str
    low: float
    high: float
    higher_is_better: bool
    lines: tuple[ChartLine, ...]
    target: float | None
    target_label: str
    caption: str


@dataclass(frozen=True, slots=True)
class ExtentRow:
    """Pain extent of one visit as printed.

    The counts are of the patient-reported pain; ``referred`` words, apart, the referral zones
    the clinician drew.
    """

    area_percent: str
    choir: str
    mbm: str
    wpi: str
    referred: str = ""


@dataclass(frozen=True, slots=True)
class VisitDigest:
    """One visit of the range: its date, marks and headline numbers."""

    visit_id: int | None
    when: datetime
    signed: bool
    map: MapContent
    trigger_points: int
    active_points: int
    nprs: str
    extent: ExtentRow | None


@dataclass(frozen=True, slots=True)
class MuscleHistoryRow:
    """A muscle (and side) with trigger points across the range."""

    muscle: str
    side: str
    first_seen: str
    last_seen: str
    visits: int
    status: str


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One line of the first-versus-last comparison."""

    item: str
    first: str
    last: str
    change: str


@dataclass(frozen=True, slots=True)
class ProgressSummary:
    """Everything a progress report prints, already worded; the renderer only lays it out."""

    clinic_name: str
    patient_name: str
    chart_number: str
    date_of_birth: str
    period: str
    clinicians: str
    visits: tuple[VisitDigest, ...]
    charts: tuple[TrendChart, ...]
    muscles: tuple[MuscleHistoryRow, ...]
    comparison: tuple[ComparisonRow, ...]
    extent_available: bool
    generated_at: datetime

    @property
    def title(self) -> str:
        """The PDF title."""
        return f"Progress report \u2013 {self.patient_name} \u2013 {self.period}"


def _period(charts: Sequence[VisitChart], start: date | None, end: date | None) -> str:
    first = start or (charts[0].visit.started_at.date() if charts else None)
    last = end or (charts[-1].visit.started_at.date() if charts else None)
    if first is None or last is None:
        return "no visits"
    return f"{format_date(first)} \u2013 {format_date(last)}"


def _reference_text(series: TrendSeries) -> str:
    if series.reference is None or series.target is None:
        return translate(
            "ProgressSummary", "No accepted reference threshold (MCID or MDC) for this measure."
        )
    ref = series.reference
    direction = (
        translate("ProgressSummary", "rise")
        if series.higher_is_better
        else translate("ProgressSummary", "fall")
    )
    kind = (
        translate(
            "ProgressSummary", "a change beyond measurement error, not a minimal important change"
        )
        if ref.kind is ThresholdKind.MDC
        else translate("ProgressSummary", "the smallest change patients judge important")
    )
    return translate(
        "ProgressSummary",
        "Dashed red line: a {direction} of {amount} from the first visit, the {label}: "
        "{kind}. Population: {population}. Source: {citation}.",
    ).format(
        direction=direction,
        amount=ref.amount,
        label=ref.label,
        kind=kind,
        population=ref.population,
        citation=ref.citation,
    )


def trend_charts(
    charts: Sequence[VisitChart], thresholds: ThresholdChoices = None
) -> tuple[TrendChart, ...]:
    """Group the measure series into charts (pre and post share a chart) with their thresholds."""
    # The charts a progress report shows, in table order (model/instruments.py, ``charted``).
    order = {instrument.value: index for index, instrument in enumerate(charted_instruments())}
    result: list[tuple[int, TrendChart]] = []
    for group in group_series(measure_series(charts, thresholds)):
        first = group[0]
        if first.instrument not in order:
            continue
        # The first-visit baseline is the pre-treatment reading when there is one.
        baseline = next((s for s in group if s.timing is not MeasureTiming.POST), first)
        lines = tuple(
            ChartLine(s.line_label, s.timing, tuple((p.when, p.value) for p in s.points))
            for s in group
        )
        caption = _reference_text(baseline)
        result.append(
            (
                order[first.instrument],
                TrendChart(
                    title=first.title.replace("\u2014", "\u2013"),
                    unit=first.unit,
                    low=first.low,
                    high=first.high,
                    higher_is_better=first.higher_is_better,
                    lines=lines,
                    target=baseline.target,
                    target_label=(
                        baseline.reference.label
                        if baseline.reference is not None and baseline.target is not None
                        else ""
                    ),
                    caption=caption,
                ),
            )
        )
    return tuple(chart for _, chart in sorted(result, key=lambda item: item[0]))


def _nprs_text(chart: VisitChart) -> str:
    readings = [m for m in chart.measures if m.instrument is Instrument.NPRS]
    current = [m for m in readings if m.label in ("", "current")] or readings
    pre = next((m.value for m in current if m.timing is not MeasureTiming.POST), None)
    post = next((m.value for m in current if m.timing is MeasureTiming.POST), None)
    if pre is None and post is None:
        return DASH
    pre_text = number(pre, 0) if pre is not None else DASH
    post_text = number(post, 0) if post is not None else DASH
    return f"{pre_text} \u2192 {post_text}"


def _extent_row(both: VisitExtent) -> ExtentRow:
    extent = both.reported
    return ExtentRow(
        area_percent=localise_number(f"{extent.percent:.1f}%"),
        choir=f"{extent.choir_count}/74",
        mbm=f"{extent.mbm_count}/35",
        wpi=f"{extent.wpi_count}/19",
        referred=localise_number(f"{both.referred.percent:.1f}%")
        + f" \u00b7 {both.referred.choir_count} CHOIR",
    )


def _muscle_rows(
    charts: Sequence[VisitChart], muscle_name: MuscleNamer
) -> tuple[MuscleHistoryRow, ...]:
    seen: dict[tuple[str, Side], list[date]] = {}
    for chart in charts:
        for tp in chart.trigger_points:
            if tp.carry is CarryStatus.RESOLVED:
                continue  # carried forward only to record that it has gone
            days = seen.setdefault((tp.muscle, tp.side), [])
            day = chart.visit.started_at.date()
            if not days or days[-1] != day:
                days.append(day)
    last_day = charts[-1].visit.started_at.date() if charts else None
    rows = [
        MuscleHistoryRow(
            muscle=muscle_name(muscle),
            side=side_label(side),
            first_seen=format_date(days[0]),
            last_seen=format_date(days[-1]),
            visits=len(days),
            status="Present at last visit" if days[-1] == last_day else "Resolved",
        )
        for (muscle, side), days in seen.items()
    ]
    rows.sort(key=lambda r: (r.status == "Resolved", r.muscle, r.side))
    return tuple(rows)


def _series_rows(charts: Sequence[VisitChart], thresholds: ThresholdChoices) -> list[ComparisonRow]:
    rows = []
    for series in measure_series(charts, thresholds):
        if len(series.points) < 2 or series.instrument not in {i.value for i in Instrument}:
            continue
        instrument = Instrument(series.instrument)
        first, last = series.points[0].value, series.points[-1].value
        spec = instrument_spec(instrument)
        change = format_change(instrument, last - first, with_unit=spec.change_shows_unit)
        reached = series.reached_reference
        if reached is not None:
            label = series.reference.label if series.reference is not None else "MCID"
            change += (
                translate("ProgressSummary", " ({label} reached)").format(label=label)
                if reached
                else translate("ProgressSummary", " (below {label})").format(label=label)
            )
        label = series.title.replace("\u2014", "\u2013")
        if series.timing is not MeasureTiming.NONE:
            label += (
                translate("ProgressSummary", ", pre-treatment")
                if series.timing is MeasureTiming.PRE
                else translate("ProgressSummary", ", post-treatment")
            )
        rows.append(
            ComparisonRow(
                label, format_score(instrument, first), format_score(instrument, last), change
            )
        )
    return rows


def _comparison_rows(
    charts: Sequence[VisitChart],
    extents: Sequence[VisitExtent | None],
    compare: CompareFn | None,
    thresholds: ThresholdChoices = None,
) -> tuple[ComparisonRow, ...]:
    if len(charts) < 2:
        return ()
    first, last = charts[0], charts[-1]

    def count(chart: VisitChart, active_only: bool = False) -> int:
        return sum(
            1
            for tp in chart.trigger_points
            if tp.carry is not CarryStatus.RESOLVED
            and (not active_only or tp.activity is Activity.ACTIVE)
        )

    rows = [
        ComparisonRow(
            translate("ProgressSummary", "Visit date"),
            format_date(first.visit.started_at),
            format_date(last.visit.started_at),
            translate("ProgressSummary", "{count} visits").format(count=len(charts)),
        ),
        ComparisonRow(
            translate("ProgressSummary", "Trigger points"),
            str(count(first)),
            str(count(last)),
            signed_number(count(last) - count(first), 0),
        ),
        ComparisonRow(
            translate("ProgressSummary", "Active trigger points"),
            str(count(first, True)),
            str(count(last, True)),
            signed_number(count(last, True) - count(first, True), 0),
        ),
    ]
    first_both, last_both = extents[0], extents[-1]
    if first_both is not None and last_both is not None:
        first_extent, last_extent = first_both.reported, last_both.reported
        rows.append(
            ComparisonRow(
                translate("ProgressSummary", "Pain area (% of body)"),
                localise_number(f"{first_extent.percent:.1f}%"),
                localise_number(f"{last_extent.percent:.1f}%"),
                translate("ProgressSummary", "{change} % points").format(
                    change=signed_number(last_extent.percent - first_extent.percent)
                ),
            )
        )
        for label, attr in (
            (translate("ProgressSummary", "CHOIR regions"), "choir_count"),
            (translate("ProgressSummary", "Michigan Body Map areas"), "mbm_count"),
            (translate("ProgressSummary", "Widespread Pain Index"), "wpi_count"),
        ):
            a, b = getattr(first_extent, attr), getattr(last_extent, attr)
            rows.append(ComparisonRow(label, str(a), str(b), signed_number(b - a, 0)))
    if compare is not None:
        result = compare(first, last)
        rows.append(
            ComparisonRow(
                translate("ProgressSummary", "Painful area overlap (Jaccard)"),
                DASH,
                DASH,
                localise_number(f"{result.jaccard:.2f}"),
            )
        )
        rows.append(
            ComparisonRow(
                translate("ProgressSummary", "Trigger points matched"),
                DASH,
                DASH,
                translate(
                    "ProgressSummary", "{resolved} resolved, {persisting} persisting, {new} new"
                ).format(
                    resolved=len(result.points_with(CarryStatus.RESOLVED)),
                    persisting=len(result.points_with(CarryStatus.PERSISTING)),
                    new=len(result.points_with(CarryStatus.NEW)),
                ),
            )
        )
    rows.extend(_series_rows(charts, thresholds))
    return tuple(rows)


def build_progress_summary(
    patient: Patient,
    charts: Sequence[VisitChart],
    *,
    muscle_name: MuscleNamer = humanize,
    extent: ExtentFn | None = None,
    compare: CompareFn | None = None,
    start: date | None = None,
    end: date | None = None,
    clinic_name: str = DEFAULT_CLINIC_NAME,
    generated_at: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    thresholds: ThresholdChoices = None,
) -> ProgressSummary:
    """Compute a progress report's content from a patient's visits in a date range.

    Args:
        patient: the patient.
        charts: the visits in the range (any order; sorted oldest first here).
        muscle_name: display name of a muscle id.
        extent: quantifies one visit's pain extent; without it the extent columns are left out.
        compare: compares the first and last visit (overlap, matched trigger points).
        start: first day of the range as asked (else the first visit's day).
        end: last day of the range as asked (else the last visit's day).
        clinic_name: printed at the top.
        generated_at: the time printed in the footer (now when omitted).
        progress: called with (visits done, visits in all) while the visits are quantified.
        thresholds: the reference threshold chosen per instrument (None: the defaults).
    """
    ordered = sorted(charts, key=lambda c: c.visit.started_at)
    extents: list[VisitExtent | None] = []
    for index, chart in enumerate(ordered, start=1):
        extents.append(extent(chart) if extent is not None else None)
        if progress is not None:
            progress(index, len(ordered))
    digests = tuple(
        VisitDigest(
            visit_id=chart.visit.id,
            when=chart.visit.started_at,
            signed=chart.visit.is_signed,
            map=build_map_content(
                (tp for tp in chart.trigger_points if tp.carry is not CarryStatus.RESOLVED),
                chart.zones,
            ),
            trigger_points=sum(
                1 for tp in chart.trigger_points if tp.carry is not CarryStatus.RESOLVED
            ),
            active_points=sum(
                1
                for tp in chart.trigger_points
                if tp.carry is not CarryStatus.RESOLVED and tp.activity is Activity.ACTIVE
            ),
            nprs=_nprs_text(chart),
            extent=_extent_row(e) if e is not None else None,
        )
        for chart, e in zip(ordered, extents, strict=True)
    )
    clinicians = sorted({c.clinician.display_name for c in ordered if c.clinician is not None})
    return ProgressSummary(
        clinic_name=clinic_name.strip() or DEFAULT_CLINIC_NAME,
        patient_name=patient.name,
        chart_number=patient.chart_number or DASH,
        date_of_birth=format_date(patient.date_of_birth),
        period=_period(ordered, start, end),
        clinicians=", ".join(clinicians) or translate("ProgressSummary", "Not recorded"),
        visits=digests,
        charts=trend_charts(ordered, thresholds),
        muscles=_muscle_rows(ordered, muscle_name),
        comparison=_comparison_rows(ordered, extents, compare, thresholds),
        extent_available=extent is not None,
        generated_at=generated_at or datetime.now(),
    )

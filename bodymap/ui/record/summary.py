"""Plain-text summary of a visit's structured data, written into the SOAP Objective on request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bodymap.model import Instrument, MeasureTiming, OutcomeMeasure, VisitChart
from bodymap.model.catalog_lists import POSITION_LABELS, TECHNIQUE_LABELS
from bodymap.model.needling import NeedlingRecord
from bodymap.model.record import VisitRecord
from bodymap.model.scoring import kg_cm2_to_kpa, ndi_band, odi_band
from bodymap.ui.record.readings import read_psfs, read_rom

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas

TIMING_WORDS = {MeasureTiming.PRE: "before", MeasureTiming.POST: "after", MeasureTiming.NONE: ""}


def objective_summary(chart: VisitChart, record: VisitRecord, atlas: Atlas) -> str:
    """Summarise measures, needling and adverse events as short lines without blank lines."""
    lines = [
        *_chart_lines(chart, atlas),
        *_nprs_lines(chart.measures),
        *_ppt_lines(chart.measures, atlas),
        *_rom_lines(chart.measures),
        *_function_lines(chart.measures),
        *_needling_lines(chart, record, atlas),
        _adverse_line(record),
    ]
    return "\n".join(line for line in lines if line)


def _chart_lines(chart: VisitChart, atlas: Atlas) -> list[str]:
    """Every charted trigger point (needled or not) and every zone with its body location."""
    from bodymap.analysis.zone_location import zone_location  # geometry: only when summarising

    lines = []
    points = sorted(chart.trigger_points, key=lambda tp: tp.number)
    if points:
        described = []
        for tp in points:
            traits = [tp.activity.value]
            if tp.familiar_pain:
                traits.append("familiar pain")
            if tp.tenderness is not None:
                traits.append(f"tenderness {tp.tenderness}/10")
            name = f"#{tp.number} {atlas.muscle_name(tp.muscle)}, {tp.side.value}"
            described.append(f"{name} ({', '.join(traits)})")
        lines.append(f"Trigger points: {'; '.join(described)}.")
    numbers = {tp.id: tp.number for tp in chart.trigger_points}
    zones = []
    for zone in chart.zones:
        kind = "referred" if zone.kind.value == "referred" else "reported"
        source = numbers.get(zone.source_point_id) if zone.source_point_id else None
        origin = f" from #{source}" if source is not None else ""
        zones.append(f"{kind}{origin} {zone_location(atlas, zone)} {zone.intensity}/10")
    if zones:
        lines.append(f"Pain zones: {'; '.join(zones)}.")
    return lines


def _of(measures: tuple[OutcomeMeasure, ...], instrument: Instrument) -> list[OutcomeMeasure]:
    return [m for m in measures if m.instrument is instrument]


def _nprs_lines(measures: tuple[OutcomeMeasure, ...]) -> list[str]:
    lines = []
    for timing in (MeasureTiming.PRE, MeasureTiming.POST, MeasureTiming.NONE):
        readings = [m for m in _of(measures, Instrument.NPRS) if m.timing is timing]
        if readings:
            parts = ", ".join(f"{m.label} {m.value:g}" for m in readings)
            when = f" {TIMING_WORDS[timing]} treatment" if TIMING_WORDS[timing] else ""
            lines.append(f"NPRS{when}: {parts} (0-10).")
    return lines


def _ppt_lines(measures: tuple[OutcomeMeasure, ...], atlas: Atlas) -> list[str]:
    parts = []
    for m in _of(measures, Instrument.PPT):
        site = atlas.sites.get(m.site or "")
        name = site.name if site else (m.site or m.label or "site not named")
        side = f" {m.side.value}" if m.side else ""
        when = f", {TIMING_WORDS[m.timing]}" if TIMING_WORDS[m.timing] else ""
        kpa = kg_cm2_to_kpa(m.value)
        parts.append(f"{name}{side}{when} {m.value:.2f} kg/cm² ({kpa:.0f} kPa)")
    return [f"PPT (mean of 3): {'; '.join(parts)}."] if parts else []


def _rom_lines(measures: tuple[OutcomeMeasure, ...]) -> list[str]:
    parts = []
    for m in _of(measures, Instrument.ROM):
        reading = read_rom(m)
        if reading is None:
            continue
        when = f", {TIMING_WORDS[m.timing]}" if TIMING_WORDS[m.timing] else ""
        parts.append(f"{reading.title}{when} {reading.degrees:g}°")
    return [f"ROM: {'; '.join(parts)}."] if parts else []


def _function_lines(measures: tuple[OutcomeMeasure, ...]) -> list[str]:
    lines = []
    psfs = read_psfs(measures)
    if psfs is not None:
        scored = ", ".join(f"{a} {s}" for a, s in zip(psfs.activities, psfs.scores, strict=True))
        lines.append(f"PSFS {psfs.version}: mean {psfs.mean:.1f}/10 ({scored}).")
    for m in _of(measures, Instrument.NDI):
        lines.append(f"NDI: {m.value:.0f}/50 ({m.value * 2:.0f} %), {ndi_band(m.value)}.")
    for m in _of(measures, Instrument.ODI):
        lines.append(f"ODI: {m.value:.0f} %, {odi_band(m.value)}.")
    return lines


def _needling_lines(chart: VisitChart, record: VisitRecord, atlas: Atlas) -> list[str]:
    points = {tp.id: tp for tp in chart.trigger_points}
    lines = []
    for entry in record.needling:
        point = points.get(entry.trigger_point_id)
        where = (
            f"#{point.number} {atlas.muscle_name(point.muscle)}, {point.side.value}"
            if point
            else f"trigger point {entry.trigger_point_id}"
        )
        lines.append(f"Dry needling {where}: {_needling_details(entry)}.")
    return lines


def _needling_details(entry: NeedlingRecord) -> str:
    parts = [
        entry.needle_label,
        TECHNIQUE_LABELS[entry.technique].lower(),
        f"{entry.insertions} insertion{'s' if entry.insertions != 1 else ''}",
    ]
    if entry.electrical is not None:
        e = entry.electrical
        parts.append(f"{e.frequency_hz:g} Hz, {e.pulse_width_us:g} µs, {e.intensity_ma:g} mA")
        parts.append(f"stimulated {e.minutes:g} min")
    if entry.passes:
        parts.append(f"{entry.passes} passes")
    parts.append(f"{entry.twitch_responses} twitch responses")
    if entry.depth_mm is not None:
        parts.append(f"depth {entry.depth_mm:g} mm")
    if entry.retention_minutes is not None:
        parts.append(f"retained {entry.retention_minutes:g} min")
    parts.append(POSITION_LABELS[entry.patient_position].lower())
    if entry.tolerance_nprs is not None:
        parts.append(f"tolerance {entry.tolerance_nprs}/10")
    if entry.familiar_pain_reproduced:
        parts.append("familiar pain reproduced")
    parts.append(f"needles {entry.needles_in} in / {entry.needles_out} out")
    return ", ".join(parts)


def _adverse_line(record: VisitRecord) -> str:
    if record.no_adverse_events:
        return "Adverse events: none."
    if not record.adverse_events:
        return ""
    events = "; ".join(f"{e.label} ({e.severity.value})" for e in record.adverse_events)
    return f"Adverse events: {events}."

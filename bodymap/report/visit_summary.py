"""The data of a session note, computed from the model before anything is drawn."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from bodymap.anatomy.types import TriggerSite
from bodymap.i18n import term, translate
from bodymap.model import (
    Instrument,
    MeasureTiming,
    OutcomeMeasure,
    PainZone,
    Side,
    VisitChart,
    ZoneKind,
)
from bodymap.model.instruments import instrument_order, instrument_spec
from bodymap.model.map_content import MapContent, build_map_content
from bodymap.model.views import view_spec
from bodymap.report.formatting import (
    DASH,
    activity_label,
    format_change,
    format_date,
    format_score,
    humanize,
    side_label,
    twitch_label,
)

DEFAULT_CLINIC_NAME = "BodyMap clinic"

#: Returns a muscle's display name for its id (``Atlas.muscle_name`` in the app).
MuscleNamer = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Fact:
    """One labelled line of a section, e.g. ("Decision", "Proceed")."""

    label: str
    text: str


@dataclass(frozen=True, slots=True)
class SiteSourceRow:
    """One catalogue site used in the visit, with its evidence tag and source (the appendix)."""

    site: str
    evidence: str  # sourced / secondary / unreviewed, as domain.md defines them
    citation: str


@dataclass(frozen=True, slots=True)
class NoteTriggerPointRow:
    """One row of the trigger-point table."""

    number: int
    muscle: str
    side: str
    activity: str
    twitch: str
    tenderness: str
    needling: str
    notes: str


@dataclass(frozen=True, slots=True)
class ZoneRow:
    """One row of the pain-zone table."""

    kind: str
    view: str
    intensity: int
    quality: str
    depth: str
    location: str = ""  # Michigan Body Map area names, e.g. "Rt upper leg, Rt knee"


@dataclass(frozen=True, slots=True)
class NoteMeasureRow:
    """An outcome measure with its pre/post values and the change between them."""

    measure: str
    detail: str
    pre: str
    post: str
    change: str


@dataclass(frozen=True, slots=True)
class ProcedureRow:
    """One needling record in the procedure block (a separate procedure note per treatment)."""

    number: int
    needle: str
    technique: str
    dose: str
    placement: str  # patient position, depth, direction, retention
    response: str
    needles: str
    counts_match: bool = True
    point: str = ""  # "Upper trapezius, right": the needled muscle and side


@dataclass(frozen=True, slots=True)
class NoteAdverseEventRow:
    """One adverse event as printed."""

    event: str
    severity: str
    action: str
    time_course: str
    notes: str


@dataclass(frozen=True, slots=True)
class NoteAddendumRow:
    """A correction or late entry added after signing."""

    created_at: datetime
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class RecordSections:
    """The clinical-record parts of a visit (screening, consent, needling, ...) as text.

    ``needling`` maps a trigger point's number to a short wording of the needling done on it;
    ``procedures`` holds the full procedure record, one row per needling entry.
    ``adverse_events_recorded`` is True when the clinician explicitly recorded "no adverse
    events"; with no events and no such entry the note says nothing was recorded.
    """

    screening: tuple[Fact, ...] = ()
    consent: tuple[Fact, ...] = ()
    needling: tuple[tuple[int, str], ...] = ()
    procedures: tuple[ProcedureRow, ...] = ()
    adverse_events: tuple[NoteAdverseEventRow, ...] = ()
    no_adverse_events: bool = False
    plan: tuple[Fact, ...] = ()
    addenda: tuple[NoteAddendumRow, ...] = ()
    #: Thorax safety under the procedure: points over the thorax, the bilateral reason.
    thorax: tuple[Fact, ...] = ()


@dataclass(frozen=True, slots=True)
class VisitSummary:
    """Everything a session note prints, already worded; the renderer only lays it out."""

    clinic_name: str
    patient_name: str
    chart_number: str
    date_of_birth: str
    visit_date: datetime
    clinician: str
    signed: bool
    signed_by: str
    signed_at: datetime | None
    map: MapContent
    trigger_points: tuple[NoteTriggerPointRow, ...]
    zones: tuple[ZoneRow, ...]
    measures: tuple[NoteMeasureRow, ...]
    soap: tuple[Fact, ...]
    record: RecordSections
    generated_at: datetime
    muscles: tuple[str, ...] = field(default=())
    sites: tuple[SiteSourceRow, ...] = field(default=())
    #: The signature's SHA-256 (hex), printed short under the signature and whole in metadata.
    content_hash: str = ""
    #: The patient's current name when it differs from the one signed (renamed since).
    now_known_as: str = ""

    @property
    def title(self) -> str:
        """The PDF title: what the document is, for whom and when."""
        return f"Session note \u2013 {self.patient_name} \u2013 {format_date(self.visit_date)}"

    @property
    def adverse_event_text(self) -> str:
        """The sentence shown when the note lists no adverse event rows."""
        if self.record.adverse_events:
            return ""
        if self.record.no_adverse_events:
            return translate("VisitSummary", "No adverse events.")
        return translate("VisitSummary", "None recorded.")


def _side_suffix(side: Side | None) -> str:
    return f", {term(side.value)}" if side is not None else ""


def _measure_key(measure: OutcomeMeasure) -> tuple[str, str, str, str]:
    return (measure.instrument.value, measure.label, measure.site or "", _side_suffix(measure.side))


def site_text(site: str, muscle_name: MuscleNamer) -> str:
    """Word a catalogue site id ("upper_trapezius.central.right") as "Upper trapezius, central".

    The side is left out: it is printed from the measure's own side. Other text (a joint name
    for range of motion) is returned as written.
    """
    parts = site.split(".")
    if len(parts) < 2:
        return site
    tag = parts[1].replace("_", " ")
    return f"{muscle_name(parts[0])}, {tag}"


def _measure_detail(measure: OutcomeMeasure, muscle_name: MuscleNamer) -> str:
    parts: list[str] = []
    if measure.site:
        parts.append(site_text(measure.site, muscle_name))
    label = measure.label.strip()
    if label and label != measure.site and label.lower() != measure.instrument.value:
        parts.append(term(label))
    if measure.side is not None:
        parts.append(side_label(measure.side).lower())
    if measure.instrument is Instrument.ROM and measure.item_labels:
        parts.append(measure.item_labels[0])
    if measure.version:
        parts.append(translate("VisitSummary", "version {version}").format(version=measure.version))
    return ", ".join(parts) if parts else DASH


def _change_text(instrument: Instrument, pre: float, post: float) -> str:
    return format_change(instrument, post - pre)


def measure_rows(
    measures: Iterable[OutcomeMeasure], muscle_name: MuscleNamer
) -> tuple[NoteMeasureRow, ...]:
    """Pair each reading's pre and post values and word the change between them.

    A measure taken once (no pre/post timing, e.g. a questionnaire) prints its value under
    "Pre" with no change. Order follows the instrument table, then the reading.
    """
    groups: dict[tuple[str, str, str, str], dict[MeasureTiming, OutcomeMeasure]] = {}
    for measure in measures:
        groups.setdefault(_measure_key(measure), {})[measure.timing] = measure
    order = {instrument.value: index for index, instrument in enumerate(instrument_order())}
    rows: list[NoteMeasureRow] = []
    for key in sorted(groups, key=lambda k: (order[k[0]], k[1], k[2], k[3])):
        by_timing = groups[key]
        pre = by_timing.get(MeasureTiming.PRE) or by_timing.get(MeasureTiming.NONE)
        post = by_timing.get(MeasureTiming.POST)
        sample = pre or post
        assert sample is not None  # every group holds at least one measure
        instrument = sample.instrument
        change = DASH
        if pre is not None and post is not None:
            change = _change_text(instrument, pre.value, post.value)
        rows.append(
            NoteMeasureRow(
                measure=instrument_spec(instrument).name,
                detail=_measure_detail(sample, muscle_name),
                pre=format_score(instrument, pre.value) if pre is not None else DASH,
                post=format_score(instrument, post.value) if post is not None else DASH,
                change=change,
            )
        )
    return tuple(rows)


def _zone_rows(
    zones: Iterable[PainZone],
    numbers: dict[int, int],
    locate: Callable[[PainZone], str] | None = None,
) -> tuple[ZoneRow, ...]:
    """One row per kind of zone, with a count when several zones are alike.

    One referral is often drawn as several patches; sharing a row keeps the table short.
    """
    counts: dict[ZoneRow, int] = {}
    for zone in sorted(zones, key=lambda z: (-z.intensity, z.view.value)):
        if zone.kind is ZoneKind.REFERRED:
            source = numbers.get(zone.source_point_id) if zone.source_point_id else None
            kind = (
                translate("VisitSummary", "Referred from #{number}").format(number=source)
                if source is not None
                else term("Referred")
            )
        else:
            kind = translate("VisitSummary", "Patient-reported")
        row = ZoneRow(
            kind=kind,
            view=term(view_spec(zone.view).title),
            intensity=zone.intensity,
            quality=zone.quality.value.capitalize() if zone.quality else DASH,
            depth=zone.depth.value.capitalize(),
            location=locate(zone) if locate is not None else "",
        )
        counts[row] = counts.get(row, 0) + 1
    return tuple(
        replace(
            row,
            kind=translate("VisitSummary", "{kind} ({count} areas)").format(
                kind=row.kind, count=count
            ),
        )
        if count > 1
        else row
        for row, count in counts.items()
    )


def site_sources(
    chart: VisitChart, catalogue: Mapping[str, TriggerSite]
) -> tuple[SiteSourceRow, ...]:
    """The catalogue sites a visit used (its trigger points, then measures), each once."""
    used = [tp.site for tp in sorted(chart.trigger_points, key=lambda tp: tp.number)]
    used += [m.site for m in chart.measures]
    rows = []
    for site_id in dict.fromkeys(s for s in used if s):
        site = catalogue.get(site_id)
        if site is not None:
            rows.append(
                SiteSourceRow(
                    f"{site.name} ({term(site.side.value)})",
                    f"{term(site.confidence.evidence)} [{site.confidence.value}]",
                    site.citation or "not recorded",
                )
            )
    return tuple(rows)


def build_visit_summary(
    chart: VisitChart,
    *,
    muscle_name: MuscleNamer = humanize,
    catalogue: Mapping[str, TriggerSite] | None = None,
    record: RecordSections | None = None,
    clinic_name: str = DEFAULT_CLINIC_NAME,
    signed_by: str = "",
    generated_at: datetime | None = None,
    content_hash: str = "",
    now_known_as: str = "",
    zone_location: Callable[[PainZone], str] | None = None,
) -> VisitSummary:
    """Compute a session note's content from one visit's chart.

    Args:
        chart: the visit, patient, clinician and marks as loaded from storage.
        muscle_name: display name of a muscle id (``atlas.muscle_name``).
        catalogue: the atlas's trigger-point sites, for the appendix of sites used and their
            sources (left out when None).
        record: the clinical-record sections already worded (screening, consent, ...).
        clinic_name: printed at the top; a preference of the clinic.
        signed_by: the name of the clinician who signed, when the visit is signed.
        generated_at: the time printed in the footer (now when omitted).
        content_hash: the signature's content hash, for a signed visit.
        now_known_as: the patient's current name, when renamed after signing.
        zone_location: a zone's body location in MBM area names (left blank when None).
    """
    visit, patient = chart.visit, chart.patient
    record = record or RecordSections()
    needling = dict(record.needling)
    points = sorted(chart.trigger_points, key=lambda tp: tp.number)
    numbers = {tp.id: tp.number for tp in points if tp.id is not None}
    rows = tuple(
        NoteTriggerPointRow(
            number=tp.number,
            muscle=muscle_name(tp.muscle),
            # A side confirmed against the drawn half is printed as what it is.
            side=side_label(tp.side) + ("\n(override)" if tp.side_override else ""),
            activity=activity_label(tp.activity),
            twitch=twitch_label(tp.twitch),
            tenderness=f"{tp.tenderness}/10" if tp.tenderness is not None else DASH,
            needling=needling.get(tp.number, translate("VisitSummary", "Not needled")),
            notes=tp.notes,
        )
        for tp in points
    )
    soap = tuple(
        Fact(label, text.strip())
        for label, text in (
            (translate("VisitSummary", "Subjective"), visit.subjective),
            (translate("VisitSummary", "Objective"), visit.objective),
            (translate("VisitSummary", "Assessment"), visit.assessment),
            (translate("VisitSummary", "Plan"), visit.plan),
        )
        if text.strip()
    )
    clinician = (
        chart.clinician.display_name
        if chart.clinician
        else translate("VisitSummary", "Not recorded")
    )
    return VisitSummary(
        clinic_name=clinic_name.strip() or DEFAULT_CLINIC_NAME,
        patient_name=patient.name,
        chart_number=patient.chart_number or DASH,
        date_of_birth=format_date(patient.date_of_birth),
        visit_date=visit.started_at,
        clinician=clinician,
        signed=visit.is_signed,
        signed_by=signed_by or (clinician if visit.is_signed else ""),
        signed_at=visit.signed_at,
        map=build_map_content(points, chart.zones),
        trigger_points=rows,
        zones=_zone_rows(chart.zones, numbers, zone_location),
        measures=measure_rows(chart.measures, muscle_name),
        soap=soap,
        record=record,
        generated_at=generated_at or datetime.now(),
        muscles=tuple(dict.fromkeys(row.muscle for row in rows)),
        sites=site_sources(chart, catalogue) if catalogue is not None else (),
        content_hash=content_hash,
        now_known_as=now_known_as,
    )

"""Research tables: one CSV per entity plus a data dictionary, optionally de-identified.

De-identification (``deidentify=True``) follows the HIPAA Safe Harbor list for what it drops:
names, contact details, chart numbers, record identifiers (replaced by pseudonyms made for this
export only), free text, and every date element except the year. Visit dates are shifted by a
random offset per patient (30-365 days either way), drawn from the operating system's random
source and never written anywhere, so intervals between a patient's visits survive but no
real visit date does. Date of birth is reduced to the year; ages over 89 become "90+" and
their birth year is left out. Body maps (coordinates, polygons, regions) are kept.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from bodymap.analysis.extent import quantify
from bodymap.anatomy.atlas import Atlas
from bodymap.model import PainZone, Patient
from bodymap.model.bundle import Snapshot, VisitBundle

#: Table name -> (column, meaning, what --deidentify does with it).
DICTIONARY: dict[str, tuple[tuple[str, str, str], ...]] = {
    "patients": (
        ("patient", "patient key (uuid; a pseudonym P… when de-identified)", "pseudonym"),
        ("name", "patient's name", "dropped"),
        ("chart_number", "the clinic's chart number", "dropped"),
        ("contact", "phone / e-mail as entered", "dropped"),
        ("date_of_birth", "date of birth (YYYY-MM-DD)", "dropped"),
        ("birth_year", "year of birth", "kept; blank when older than 89"),
        ("age_90_or_over", "true when 90 or older today", "kept"),
        ("sex", "female, male, other, unknown", "kept"),
        ("archived", "patient archived (no longer treated)", "kept"),
    ),
    "visits": (
        ("visit", "visit key (uuid; a pseudonym V… when de-identified)", "pseudonym"),
        ("patient", "patient key", "pseudonym"),
        ("clinician", "clinician key (uuid; C… when de-identified)", "pseudonym"),
        ("date", "visit date (YYYY-MM-DD)", "shifted by a secret per-patient offset"),
        ("day", "days since the patient's first visit", "kept"),
        ("age", "patient's age at the visit in years", "kept; '90+' from 90"),
        ("status", "draft or signed", "kept"),
        ("pain_extent_percent", "painful share of the drawn body surface, %", "kept"),
        ("choir_count", "painful CHOIR Body Map segments (0-74)", "kept"),
        ("mbm_count", "painful Michigan Body Map areas (0-35)", "kept"),
        ("wpi", "Widespread Pain Index (0-19) from the drawing", "kept"),
        ("subjective", "SOAP subjective (free text)", "dropped"),
        ("assessment", "SOAP assessment (free text)", "dropped"),
    ),
    "trigger_points": (
        ("trigger_point", "trigger point key", "pseudonym"),
        ("visit", "visit key", "pseudonym"),
        ("number", "number in the visit", "kept"),
        ("view", "anterior or posterior body map", "kept"),
        ("x", "x on the body map, atlas units", "kept"),
        ("y", "y on the body map, atlas units", "kept"),
        ("muscle", "atlas muscle id", "kept"),
        ("side", "patient's side: left, right, midline", "kept"),
        ("site", "catalogue trigger-point site id", "kept"),
        ("activity", "active or latent", "kept"),
        ("familiar_pain", "palpation reproduces the familiar pain", "kept"),
        ("twitch", "local twitch response", "kept"),
        ("tenderness", "tenderness 0-10", "kept"),
        ("carry", "new / persisting / resolved versus the previous visit", "kept"),
        ("notes", "free text", "dropped"),
    ),
    "zones": (
        ("zone", "pain zone key", "pseudonym"),
        ("visit", "visit key", "pseudonym"),
        ("view", "anterior or posterior body map", "kept"),
        ("kind", "referred or patient_reported", "kept"),
        ("intensity", "pain intensity 0-10", "kept"),
        ("quality", "pain quality", "kept"),
        ("depth", "deep or superficial", "kept"),
        ("source_trigger_point", "key of the trigger point that refers this pain", "pseudonym"),
        ("area", "area in square atlas units", "kept"),
        ("percent_of_body", "share of the drawn body surface, %", "kept"),
        ("choir_ids", "painful CHOIR segment ids, ';'-separated", "kept"),
        ("mbm_ids", "Michigan Body Map area ids, ';'-separated", "kept"),
        ("wpi_areas", "Widespread Pain Index areas, ';'-separated", "kept"),
        ("polygons_wkt", "the drawn shape, WKT MULTIPOLYGON in atlas units", "kept"),
    ),
    "measures": (
        ("measure", "measure key", "pseudonym"),
        ("visit", "visit key", "pseudonym"),
        ("instrument", "nprs, vas, ppt, rom, psfs, ndi, odi", "kept"),
        ("timing", "pre, post or none (relative to treatment)", "kept"),
        ("value", "score (unit by instrument: see docs/interop.md)", "kept"),
        ("label", "which reading (NPRS current / worst 24 h, ROM movement, PSFS…)", "kept"),
        ("site", "measurement site (PPT, ROM joint)", "kept"),
        ("side", "side of the site", "kept"),
        ("version", "instrument version (PSFS 1.0 / 2.0)", "kept"),
        ("items", "raw item answers, ';'-separated", "kept"),
    ),
    "needling": (
        ("needling", "needling record key", "pseudonym"),
        ("visit", "visit key", "pseudonym"),
        ("trigger_point", "key of the treated trigger point", "pseudonym"),
        ("muscle", "atlas muscle id of the treated point", "kept"),
        ("side", "side of the treated point", "kept"),
        ("needle_diameter_mm", "needle diameter, mm", "kept"),
        ("needle_length_mm", "needle length, mm", "kept"),
        ("technique", "needling technique", "kept"),
        ("insertions", "skin insertions", "kept"),
        ("passes", "needle passes", "kept"),
        ("twitch_responses", "local twitch responses elicited", "kept"),
        ("depth_mm", "depth reached, mm", "kept"),
        ("retention_minutes", "needle retention, minutes", "kept"),
        ("patient_position", "patient position", "kept"),
        ("tolerance_nprs", "tolerance during needling, 0-10", "kept"),
        ("familiar_pain_reproduced", "needling reproduced the familiar pain", "kept"),
        ("electrical_hz", "electrical stimulation frequency, Hz", "kept"),
        ("immediate_response", "free text", "dropped"),
    ),
}


@dataclass(slots=True)
class _Keys:
    """Record keys: the uuid, or a pseudonym assigned in order of appearance."""

    deidentify: bool
    names: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)

    def __call__(self, prefix: str, uuid: str | None) -> str:
        if uuid is None:
            return ""
        if not self.deidentify:
            return uuid
        if uuid not in self.names:
            self.counters[prefix] = self.counters.get(prefix, 0) + 1
            self.names[uuid] = f"{prefix}{self.counters[prefix]:05d}"
        return self.names[uuid]


def _age(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _age_text(age: int | None, deidentify: bool) -> str:
    if age is None:
        return ""
    return "90+" if deidentify and age >= 90 else str(age)


def _wkt(zone: PainZone) -> str:
    def ring(points: Iterable[tuple[float, float]]) -> str:
        pts = list(points)
        return "(" + ", ".join(f"{x:g} {y:g}" for x, y in [*pts, pts[0]]) + ")"

    return (
        "MULTIPOLYGON ("
        + ", ".join(
            "(" + ", ".join(ring(r) for r in (p.exterior, *p.holes)) + ")" for p in zone.polygons
        )
        + ")"
    )


def _live(bundle: VisitBundle, records: Iterable[Any]) -> list[Any]:
    return [r for r in records if r.uuid not in bundle.deleted_at]


def _yes(value: bool) -> str:
    return "true" if value else "false"


def research_tables(
    snapshot: Snapshot, atlas: Atlas, *, deidentify: bool, today: date | None = None
) -> dict[str, list[list[str]]]:
    """Every table as rows of text cells, header first, in the dictionary's column order."""
    key = _Keys(deidentify)
    today = today or date.today()
    shift_source = random.SystemRandom()
    patients = {p.id: p for p in snapshot.patients}
    clinicians: dict[int | None, str | None] = {c.id: c.uuid for c in snapshot.clinicians}
    tables: dict[str, list[list[str]]] = {
        t: [[c[0] for c in cols]] for t, cols in DICTIONARY.items()
    }
    for p in snapshot.patients:
        tables["patients"].append(_patient_row(p, key, today, deidentify))
    by_patient: dict[int | None, list[VisitBundle]] = {}
    for b in snapshot.visits:
        by_patient.setdefault(b.visit.patient_id, []).append(b)
    for patient_id, bundles in by_patient.items():
        patient = patients[patient_id]
        days = shift_source.randint(30, 365) * shift_source.choice((-1, 1))
        first = min(b.visit.started_at for b in bundles).date()
        for b in sorted(bundles, key=lambda b: (b.visit.started_at, b.visit.id or 0)):
            shift = timedelta(days=days)
            _visit_rows(tables, b, patient, key, atlas, deidentify, shift, first, clinicians)
    return tables


def _patient_row(p: Patient, key: _Keys, today: date, deidentify: bool) -> list[str]:
    age = _age(p.date_of_birth, today)
    old = age is not None and age >= 90
    year = "" if p.date_of_birth is None or (deidentify and old) else str(p.date_of_birth.year)
    return [
        key("P", p.uuid),
        "" if deidentify else p.name,
        "" if deidentify else p.chart_number,
        "" if deidentify else p.contact,
        "" if deidentify or p.date_of_birth is None else p.date_of_birth.isoformat(),
        year,
        _yes(old),
        p.sex.value,
        _yes(p.archived),
    ]


def _visit_rows(
    tables: dict[str, list[list[str]]],
    b: VisitBundle,
    patient: Patient,
    key: _Keys,
    atlas: Atlas,
    deidentify: bool,
    shift: timedelta,
    first: date,
    clinicians: dict[int | None, str | None],
) -> None:
    v = b.visit
    visit_key = key("V", v.uuid)
    day = v.started_at.date()
    zones = _live(b, b.zones)
    extent = quantify(atlas, zones)
    shown_date = (datetime.combine(day, datetime.min.time()) + shift).date() if deidentify else day
    tables["visits"].append(
        [
            visit_key,
            key("P", patient.uuid),
            key("C", clinicians.get(v.clinician_id)),
            shown_date.isoformat(),
            str((day - first).days),
            _age_text(_age(patient.date_of_birth, day), deidentify),
            v.status.value,
            f"{extent.percent:.2f}",
            str(extent.choir_count),
            str(extent.mbm_count),
            str(extent.wpi_count),
            "" if deidentify else v.subjective,
            "" if deidentify else v.assessment,
        ]
    )
    points = {tp.id: tp for tp in _live(b, b.trigger_points)}
    for tp in points.values():
        tables["trigger_points"].append(
            [
                key("T", tp.uuid),
                visit_key,
                str(tp.number),
                tp.view.value,
                f"{tp.x:g}",
                f"{tp.y:g}",
                tp.muscle,
                tp.side.value,
                tp.site or "",
                tp.activity.value,
                _yes(tp.familiar_pain),
                tp.twitch.value,
                "" if tp.tenderness is None else str(tp.tenderness),
                tp.carry.value,
                "" if deidentify else tp.notes,
            ]
        )
    for z in zones:
        one = quantify(atlas, [z])
        source = points.get(z.source_point_id) if z.source_point_id else None
        tables["zones"].append(
            [
                key("Z", z.uuid),
                visit_key,
                z.view.value,
                z.kind.value,
                str(z.intensity),
                z.quality.value if z.quality else "",
                z.depth.value,
                key("T", source.uuid) if source else "",
                f"{z.area:.1f}",
                f"{one.percent:.3f}",
                ";".join(str(r) for r in one.choir_ids),
                ";".join(str(m) for m in one.mbm_areas),
                ";".join(one.wpi_areas),
                _wkt(z),
            ]
        )
    for m in _live(b, b.measures):
        tables["measures"].append(
            [
                key("M", m.uuid),
                visit_key,
                m.instrument.value,
                m.timing.value,
                f"{m.value:g}",
                m.label,
                m.site or "",
                m.side.value if m.side else "",
                m.version,
                ";".join("" if i is None else f"{i:g}" for i in m.items),
            ]
        )
    for n in _live(b, b.needling):
        point = points.get(n.trigger_point_id)
        tables["needling"].append(
            [
                key("N", n.uuid),
                visit_key,
                key("T", point.uuid) if point else "",
                point.muscle if point else "",
                point.side.value if point else "",
                f"{n.needle_diameter_mm:g}",
                f"{n.needle_length_mm:g}",
                n.technique.value,
                str(n.insertions),
                str(n.passes),
                str(n.twitch_responses),
                "" if n.depth_mm is None else f"{n.depth_mm:g}",
                "" if n.retention_minutes is None else f"{n.retention_minutes:g}",
                n.patient_position.value,
                "" if n.tolerance_nprs is None else str(n.tolerance_nprs),
                _yes(n.familiar_pain_reproduced),
                "" if n.electrical is None else f"{n.electrical.frequency_hz:g}",
                "" if deidentify else n.immediate_response,
            ]
        )


def dictionary_rows(deidentified: bool) -> list[list[str]]:
    """The data dictionary: one row per column of every table."""
    rows = [["table", "column", "meaning", "in this export"]]
    for table, columns in DICTIONARY.items():
        for column, meaning, deid in columns:
            rows.append([table, column, meaning, deid if deidentified else "as stored"])
    return rows


def csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    """Rows as RFC 4180 CSV, UTF-8, CRLF line ends."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def files(tables: dict[str, list[list[str]]], deidentified: bool) -> Iterator[tuple[str, bytes]]:
    """(file name, content) of every table and of the data dictionary."""
    for name, rows in tables.items():
        yield f"{name}.csv", csv_bytes(rows)
    yield "data_dictionary.csv", csv_bytes(dictionary_rows(deidentified))

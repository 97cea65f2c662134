"""``bodymap patients``, ``bodymap visits PATIENT`` and ``bodymap show VISIT``: read-only listings.

The ``--json`` output is a contract other tools rely on (issue 2): patients are objects with at
least ``id`` and ``name``; visits with ``id``, ``date`` (ISO 8601) and ``status``; a shown visit
has ``id``, ``patient``, ``status``, ``trigger_points``, ``zones`` and ``measures``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bodymap.commands.arguments import find_patient, open_database, visit_id
from bodymap.errors import NotFoundError
from bodymap.model import OutcomeMeasure, PainZone, Patient, TriggerPoint, Visit, VisitChart

if TYPE_CHECKING:
    pass


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``patients``, ``visits`` and ``show`` commands."""
    patients = subparsers.add_parser("patients", help="list patients")
    patients.add_argument("--json", action="store_true", help="print JSON instead of a table")
    patients.add_argument(
        "--search",
        default="",
        help="only patients whose name, chart number or date of birth contains this text",
    )
    patients.add_argument("--archived", action="store_true", help="include archived patients")
    patients.set_defaults(func=run_patients)

    visits = subparsers.add_parser("visits", help="list a patient's visits, oldest first")
    visits.add_argument("patient", metavar="PATIENT", help="patient id or chart number")
    visits.add_argument("--json", action="store_true", help="print JSON instead of a table")
    visits.set_defaults(func=run_visits)

    show = subparsers.add_parser("show", help="print a visit's whole chart")
    show.add_argument("visit", metavar="VISIT", type=visit_id, help="visit id")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.add_argument(
        "--suggest",
        action="store_true",
        help="add the catalogue sites whose referral patterns fit the drawn pain",
    )
    show.set_defaults(func=run_show)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    for line in (headers, tuple("-" * w for w in widths), *rows):
        cells = (cell.ljust(w) for cell, w in zip(line, widths, strict=True))
        sys.stdout.write("  ".join(cells).rstrip())
        sys.stdout.write("\n")


# --- JSON shapes --------------------------------------------------------------------------


def patient_json(patient: Patient) -> dict[str, Any]:
    """A patient as in ``bodymap patients --json``."""
    return {
        "id": patient.id,
        "name": patient.name,
        "chart_number": patient.chart_number,
        "date_of_birth": patient.date_of_birth.isoformat() if patient.date_of_birth else None,
        "sex": patient.sex.value,
        "archived": patient.archived,
    }


def visit_json(visit: Visit) -> dict[str, Any]:
    """A visit as in ``bodymap visits --json`` (no chart)."""
    return {
        "id": visit.id,
        "patient_id": visit.patient_id,
        "date": visit.started_at.isoformat(timespec="minutes"),
        "status": visit.status.value,
        "clinician_id": visit.clinician_id,
        "signed_at": visit.signed_at.isoformat(timespec="seconds") if visit.signed_at else None,
        "signed_by": visit.signed_by,
    }


def point_json(point: TriggerPoint) -> dict[str, Any]:
    """A trigger point, coordinates in atlas units of its view."""
    return {
        "id": point.id,
        "number": point.number,
        "view": point.view.value,
        "x": point.x,
        "y": point.y,
        "muscle": point.muscle,
        "side": point.side.value,
        "site": point.site,
        "activity": point.activity.value,
        "familiar_pain": point.familiar_pain,
        "twitch": point.twitch.value,
        "tenderness": point.tenderness,
        "notes": point.notes,
        "carry": point.carry.value,
    }


def zone_json(zone: PainZone) -> dict[str, Any]:
    """A pain zone; ``polygons`` is a list of {exterior, holes} rings of [x, y] atlas units."""
    return {
        "id": zone.id,
        "view": zone.view.value,
        "kind": zone.kind.value,
        "intensity": zone.intensity,
        "quality": zone.quality.value if zone.quality else None,
        "depth": zone.depth.value,
        "source_point_id": zone.source_point_id,
        "area": round(zone.area, 1),
        "polygons": [
            {
                "exterior": [list(p) for p in poly.exterior],
                "holes": [[list(p) for p in hole] for hole in poly.holes],
            }
            for poly in zone.polygons
        ],
        "notes": zone.notes,
        "carry": zone.carry.value,
    }


def measure_json(measure: OutcomeMeasure) -> dict[str, Any]:
    """An outcome measure with its raw items."""
    return {
        "id": measure.id,
        "instrument": measure.instrument.value,
        "timing": measure.timing.value,
        "value": measure.value,
        "label": measure.label,
        "site": measure.site,
        "side": measure.side.value if measure.side else None,
        "version": measure.version,
        "items": list(measure.items),
        "item_labels": list(measure.item_labels),
    }


def chart_json(chart: VisitChart) -> dict[str, Any]:
    """A whole visit as in ``bodymap show VISIT --json``."""
    visit = chart.visit
    return {
        **visit_json(visit),
        "patient": patient_json(chart.patient),
        "clinician": chart.clinician.display_name if chart.clinician else None,
        "soap": {
            "subjective": visit.subjective,
            "objective": visit.objective,
            "assessment": visit.assessment,
            "plan": visit.plan,
        },
        "trigger_points": [point_json(p) for p in chart.trigger_points],
        "zones": [zone_json(z) for z in chart.zones],
        "measures": [measure_json(m) for m in chart.measures],
    }


# --- handlers -----------------------------------------------------------------------------


def run_patients(args: argparse.Namespace) -> int:
    """List patients by name."""
    repo = open_database(args)
    try:
        patients = repo.list_patients(args.search, include_archived=args.archived)
    finally:
        repo.close()
    if args.json:
        _print_json([patient_json(p) for p in patients])
        return 0
    rows = [
        (
            str(p.id),
            p.name,
            p.chart_number,
            p.date_of_birth.isoformat() if p.date_of_birth else "",
            "archived" if p.archived else "",
        )
        for p in patients
    ]
    _print_table(("ID", "NAME", "CHART", "BORN", ""), rows)
    return 0


def run_visits(args: argparse.Namespace) -> int:
    """List one patient's visits, oldest first."""
    repo = open_database(args)
    try:
        patient = find_patient(repo, args.patient)
        visits = repo.list_visits(patient.id or 0)
        clinicians = {c.id: c.display_name for c in repo.list_clinicians()}
    finally:
        repo.close()
    if args.json:
        _print_json([visit_json(v) for v in visits])
        return 0
    sys.stdout.write(f"{patient.name} ({patient.chart_number or 'no chart number'})\n")
    rows = [
        (
            str(v.id),
            v.started_at.strftime("%Y-%m-%d %H:%M"),
            v.status.value,
            clinicians.get(v.clinician_id, ""),
        )
        for v in visits
    ]
    _print_table(("ID", "DATE", "STATUS", "CLINICIAN"), rows)
    return 0


def _suggestions(chart: VisitChart) -> list[dict[str, Any]]:
    from bodymap.analysis.suggest import suggest_sites
    from bodymap.anatomy.atlas import load_atlas

    return [s.as_json() for s in suggest_sites(load_atlas(), chart.zones)]


def _extent(chart: VisitChart) -> dict[str, Any]:
    """Pain extent of the patient-reported zones and, apart, of the clinician's referred zones."""
    from bodymap.analysis.extent import extent_json, visit_extent
    from bodymap.anatomy.atlas import load_atlas

    extent = visit_extent(load_atlas(), chart.zones)
    return {"reported": extent_json(extent.reported), "referred": extent_json(extent.referred)}


def run_show(args: argparse.Namespace) -> int:
    """Print one visit's chart: SOAP, trigger points, zones and measures."""
    from bodymap.storage.verify import visit_integrity

    repo = open_database(args)
    try:
        chart = repo.load_chart(args.visit)
        integrity = visit_integrity(repo, args.visit)
    except NotFoundError:
        raise NotFoundError(
            f"no visit with id {args.visit} (see 'bodymap visits PATIENT')"
        ) from None
    finally:
        repo.close()
    suggestions = _suggestions(chart) if args.suggest else None
    extent = _extent(chart)
    if args.json:
        data = chart_json(chart)
        data["extent"] = extent
        data["integrity"] = integrity.as_json()
        if suggestions is not None:
            data["suggestions"] = suggestions
        _print_json(data)
        return 1 if integrity.tampered else 0
    if integrity.tampered:
        sys.stdout.write(integrity_warning(integrity.problems))
    sys.stdout.write(chart_text(chart, suggestions, extent))
    return 1 if integrity.tampered else 0


def integrity_warning(problems: Sequence[str]) -> str:
    """The block printed above a visit that fails its integrity check."""
    lines = ["INTEGRITY CHECK FAILED: this is not the note as it was signed.", *problems]
    return "\n".join(f"!! {line}" for line in lines) + "\n\n"


# --- text ---------------------------------------------------------------------------------


def _point_line(point: TriggerPoint) -> str:
    findings = [point.activity.value]
    if point.familiar_pain:
        findings.append("familiar pain")
    if point.twitch.value != "not_tested":
        findings.append(f"twitch {point.twitch.value}")
    if point.tenderness is not None:
        findings.append(f"tenderness {point.tenderness}/10")
    where = f"{point.view.value} ({point.x:.1f}, {point.y:.1f})"
    return (
        f"  #{point.number:<3} {point.muscle} ({point.side.value})  {where}  {', '.join(findings)}"
    )


def _zone_line(zone: PainZone, numbers: dict[int | None, int]) -> str:
    parts = [zone.kind.value.replace("_", "-"), f"intensity {zone.intensity}/10"]
    if zone.quality:
        parts.append(zone.quality.value)
    parts += [zone.depth.value, zone.view.value, f"area {zone.area:.0f}"]
    if zone.source_point_id in numbers:
        parts.append(f"from point #{numbers[zone.source_point_id]}")
    return f"  zone {zone.id}: " + ", ".join(parts)


def _measure_line(measure: OutcomeMeasure) -> str:
    name = measure.instrument.value.upper()
    text = measure.label if measure.label != name else ""
    site = measure.site if measure.site != measure.label else ""
    label = " ".join(x for x in (text, site or "", measure.side or "") if x)
    timing = "" if measure.timing.value == "none" else f" {measure.timing.value}"
    return f"  {name}{timing}: {measure.value:g}  {label}".rstrip()


def _extent_line(label: str, extent: dict[str, Any]) -> str:
    return (
        f"  {label}: {extent['area_pct']:.2f}% of the body surface, "
        f"CHOIR {len(extent['choir'])}/74, MBM {len(extent['mbm'])}/35, "
        f"WPI {len(extent['wpi'])}/19"
    )


def chart_text(
    chart: VisitChart,
    suggestions: list[dict[str, Any]] | None = None,
    extent: dict[str, Any] | None = None,
) -> str:
    """The human-readable form of ``bodymap show VISIT``."""
    visit, patient = chart.visit, chart.patient
    status = visit.status.value
    if visit.signed_at:
        status += f" {visit.signed_at:%Y-%m-%d %H:%M}"
    lines = [
        f"Visit {visit.id}, {visit.started_at:%Y-%m-%d %H:%M}, {status}",
        f"Patient: {patient.name} (id {patient.id}, chart {patient.chart_number or '-'})",
        f"Clinician: {chart.clinician.display_name if chart.clinician else '-'}",
        "",
    ]
    for name in ("subjective", "objective", "assessment", "plan"):
        lines.append(f"{name.capitalize()}: {getattr(visit, name) or '-'}")
    numbers = {p.id: p.number for p in chart.trigger_points}
    lines += ["", f"Trigger points ({len(chart.trigger_points)})"]
    lines += [_point_line(p) for p in chart.trigger_points]
    lines += ["", f"Pain zones ({len(chart.zones)})"]
    lines += [_zone_line(z, numbers) for z in chart.zones]
    if extent is not None:
        lines += ["", "Pain extent (counts are the patient's pain; referral zones apart)"]
        lines.append(_extent_line("patient-reported", extent["reported"]))
        lines.append(_extent_line("referred (clinician)", extent["referred"]))
    lines += ["", f"Measures ({len(chart.measures)})"]
    lines += [_measure_line(m) for m in chart.measures]
    if suggestions is not None:
        lines += ["", f"Suggested sites ({len(suggestions)})"]
        lines += [f"  {s['score']:5.1f}  {s['name']} ({s['side']})" for s in suggestions]
    return "\n".join(lines) + "\n"

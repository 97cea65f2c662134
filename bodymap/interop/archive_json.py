"""Model records as archive JSON (format version 2, see docs/archive.md). Plain Python.

References between records are uuids; ``local_id`` is the id the record had in the exporting
database. Every key is always present (null when empty), so a record has one JSON form only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bodymap.interop.archive_spec import DELETABLE, FIELDS, FORMAT, FORMAT_VERSION, dump
from bodymap.model import Clinician, Patient, ZonePolygon
from bodymap.model.audit import AuditAction, AuditEntry
from bodymap.model.bundle import Snapshot, VisitBundle
from bodymap.model.catalog_lists import MedicationClass


def _record(kind: str, obj: Any, deleted: Mapping[str, Any] | None = None) -> dict[str, Any]:
    data = {"uuid": obj.uuid, "local_id": obj.id}
    data.update({name: dump(getattr(obj, name)) for name in FIELDS[kind]})
    if kind in DELETABLE:
        data["deleted_at"] = dump((deleted or {}).get(obj.uuid))
    return data


def clinician_json(clinician: Clinician) -> dict[str, Any]:
    """A clinician as archive JSON."""
    return _record("clinician", clinician)


def patient_json(patient: Patient) -> dict[str, Any]:
    """A patient as archive JSON."""
    return _record("patient", patient)


def polygons_json(polygons: tuple[ZonePolygon, ...]) -> list[dict[str, Any]]:
    """Zone polygons as lists of [x, y] rings."""
    return [
        {
            "exterior": [[x, y] for x, y in poly.exterior],
            "holes": [[[x, y] for x, y in hole] for hole in poly.holes],
        }
        for poly in polygons
    ]


class _Refs:
    """Local id -> uuid of the records a visit may refer to."""

    def __init__(self, clinicians: Mapping[int, str], visits: Mapping[int, str]) -> None:
        self.clinicians = clinicians
        self.visits = visits

    def clinician(self, local_id: int | None) -> str | None:
        return None if local_id is None else self.clinicians[local_id]


def visit_json(
    bundle: VisitBundle,
    patient_uuid: str,
    clinicians: Mapping[int, str],
    visits: Mapping[int, str],
) -> dict[str, Any]:
    """A visit with its whole chart, record and audit trail as archive JSON.

    ``clinicians`` and ``visits`` map local ids to uuids for the references.
    """
    refs = _Refs(clinicians, visits)
    v = bundle.visit
    points = {tp.id: tp.uuid for tp in bundle.trigger_points}
    gone = bundle.deleted_at
    data = _record("visit", v)
    data["patient"] = patient_uuid
    data["clinician"] = refs.clinician(v.clinician_id)
    data["signature"] = _signature_json(bundle, refs) if v.is_signed else None
    data["trigger_points"] = [_record("trigger_point", tp, gone) for tp in bundle.trigger_points]
    data["zones"] = [
        {
            **_record("zone", z, gone),
            "polygons": polygons_json(z.polygons),
            "source_point": points.get(z.source_point_id) if z.source_point_id else None,
        }
        for z in bundle.zones
    ]
    data["measures"] = [_record("measure", m, gone) for m in bundle.measures]
    data["record"] = _record_json(bundle, refs, points)
    data["audit"] = [
        _audit_json(e, refs) for e in bundle.audit if e.action is not AuditAction.IMPORT
    ]
    return data


def _record_json(
    bundle: VisitBundle, refs: _Refs, points: Mapping[int | None, str | None]
) -> dict[str, Any]:
    gone = bundle.deleted_at
    screening = None
    if (s := bundle.screening) is not None:
        screening = {
            **_record("screening", s),
            "answers": [
                {"item": a.item_id, "status": a.status.value, "note": a.note} for a in s.answers
            ],
            "medications": {
                **{m.value: getattr(s.medications, m.value) for m in MedicationClass},
                "details": s.medications.details,
            },
            "decision": dump(s.decision),
            "prefilled_from_visit": refs.visits.get(s.prefilled_from_visit_id or 0),
        }
    consent = None
    if (c := bundle.consent) is not None:
        consent = {**_record("consent", c), "obtained_by": refs.clinician(c.obtained_by)}
    needling = []
    for n in bundle.needling:
        e = n.electrical
        needling.append(
            {
                **_record("needling", n, gone),
                "trigger_point": points[n.trigger_point_id],
                "electrical": None
                if e is None
                else {
                    "frequency_hz": e.frequency_hz,
                    "pulse_width_us": e.pulse_width_us,
                    "intensity_ma": e.intensity_ma,
                    "minutes": e.minutes,
                },
            }
        )
    flags = bundle.flags
    return {
        "screening": screening,
        "consent": consent,
        "needling": needling,
        "adverse_events": [_record("adverse_event", e, gone) for e in bundle.adverse_events],
        "flags": None
        if flags is None
        else {"local_id": flags.id, "no_adverse_events": flags.no_adverse_events},
        "plan": None if bundle.plan is None else _record("plan", bundle.plan),
        "bilateral_thorax": None
        if (t := bundle.bilateral_thorax) is None
        else {
            **_record("bilateral_thorax", t),
            "acknowledged_by": refs.clinician(t.acknowledged_by),
        },
        "addenda": [
            {
                **_record("addendum", a),
                "author": refs.clinician(a.author_id),
                "content_hash": bundle.addendum_hashes.get(a.uuid or ""),
            }
            for a in bundle.addenda
        ],
    }


def _signature_json(bundle: VisitBundle, refs: _Refs) -> dict[str, Any]:
    """Who signed when, and (format 2) the stored signature itself, carried as it is."""
    v, sig = bundle.visit, bundle.signature
    data: dict[str, Any] = {
        "signed_at": dump(v.signed_at),
        "signed_by": refs.clinician(v.signed_by),
    }
    if sig is not None:  # a signed visit without one is left without: import refuses it
        data.update(
            format=sig.format_version,
            hash=sig.content_hash,
            identity=sig.identity,
            content=sig.content,
        )
    return data


def _audit_json(entry: AuditEntry, refs: _Refs) -> dict[str, Any]:
    return {
        "at": dump(entry.when),
        "who": refs.clinician(entry.who),
        "table": entry.table,
        "record_id": entry.record_id,
        "action": entry.action.value,
        "field": entry.field,
        "old": entry.old,
        "new": entry.new,
    }


def snapshot_json(snapshot: Snapshot) -> dict[str, Any]:
    """The whole archive document of ``snapshot``."""
    clinicians = {c.id: c.uuid for c in snapshot.clinicians if c.id and c.uuid}
    patients = {p.id: p.uuid for p in snapshot.patients if p.id and p.uuid}
    visits = {b.visit.id: b.uuid for b in snapshot.visits if b.visit.id}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "clinicians": [clinician_json(c) for c in snapshot.clinicians],
        "patients": [patient_json(p) for p in snapshot.patients],
        "visits": [
            visit_json(b, patients[b.visit.patient_id], clinicians, visits) for b in snapshot.visits
        ],
    }

"""Conversions between ORM rows and the model's dataclasses, at the storage boundary."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from bodymap.model import (
    Clinician,
    OutcomeMeasure,
    PainZone,
    Patient,
    TriggerPoint,
    Visit,
    ZonePolygon,
)
from bodymap.model.audit import AuditAction, AuditEntry
from bodymap.storage.tables import (
    AuditRow,
    ClinicianRow,
    OutcomeMeasureRow,
    PainZoneRow,
    PatientRow,
    TriggerPointRow,
    VisitRow,
)


def polygons_to_json(polygons: tuple[ZonePolygon, ...]) -> str:
    """Encode polygons as JSON text: a list of {"exterior": [[x, y]...], "holes": [...]}."""
    return json.dumps(
        [
            {
                "exterior": [list(p) for p in poly.exterior],
                "holes": [[list(p) for p in h] for h in poly.holes],
            }
            for poly in polygons
        ],
        separators=(",", ":"),
    )


@lru_cache(maxsize=8192)
def polygons_from_json(text: str) -> tuple[ZonePolygon, ...]:
    """Decode the JSON text written by :func:`polygons_to_json`.

    Kept per text (the result is immutable): a zone carried forward from visit to visit is
    stored as the same text each time, so a course of 100 visits decodes it once.
    """
    data: list[dict[str, Any]] = json.loads(text)
    return tuple(
        ZonePolygon(
            tuple((float(x), float(y)) for x, y in poly["exterior"]),
            tuple(tuple((float(x), float(y)) for x, y in hole) for hole in poly.get("holes", [])),
        )
        for poly in data
    )


def clinician_values(c: Clinician) -> dict[str, Any]:
    """Column values of a clinician."""
    return {
        "name": c.name,
        "credentials": c.credentials,
        "training_course": c.training_course,
        "training_hours": c.training_hours,
        "training_date": c.training_date,
    }


def clinician_from_row(row: ClinicianRow) -> Clinician:
    """Model clinician from its row."""
    return Clinician(
        id=row.id,
        row_version=row.row_version,
        uuid=row.uuid,
        name=row.name,
        credentials=row.credentials,
        training_course=row.training_course,
        training_hours=row.training_hours,
        training_date=row.training_date,
    )


def patient_values(p: Patient) -> dict[str, Any]:
    """Column values of a patient."""
    return {
        "name": p.name,
        "chart_number": p.chart_number,
        "date_of_birth": p.date_of_birth,
        "sex": p.sex.value,
        "contact": p.contact,
        "notes": p.notes,
        "archived": p.archived,
    }


def patient_from_row(row: PatientRow) -> Patient:
    """Model patient from its row."""
    return Patient(
        id=row.id,
        row_version=row.row_version,
        uuid=row.uuid,
        name=row.name,
        chart_number=row.chart_number,
        date_of_birth=row.date_of_birth,
        sex=row.sex,  # type: ignore[arg-type]  # validated and coerced to Sex by the model
        contact=row.contact,
        notes=row.notes,
        archived=row.archived,
    )


def visit_values(v: Visit) -> dict[str, Any]:
    """Column values of a visit's editable fields (status and signature are set by signing)."""
    return {
        "patient_id": v.patient_id,
        "clinician_id": v.clinician_id,
        "started_at": v.started_at,
        "subjective": v.subjective,
        "objective": v.objective,
        "assessment": v.assessment,
        "plan": v.plan,
    }


def visit_from_row(row: VisitRow) -> Visit:
    """Model visit from its row."""
    return Visit(
        id=row.id,
        row_version=row.row_version,
        uuid=row.uuid,
        patient_id=row.patient_id,
        clinician_id=row.clinician_id,
        started_at=row.started_at,
        status=row.status,  # type: ignore[arg-type]  # coerced to VisitStatus by the model
        subjective=row.subjective,
        objective=row.objective,
        assessment=row.assessment,
        plan=row.plan,
        signed_at=row.signed_at,
        signed_by=row.signed_by,
    )


def trigger_point_values(tp: TriggerPoint) -> dict[str, Any]:
    """Column values of a trigger point (``visit_id`` and ``number`` included)."""
    return {
        "visit_id": tp.visit_id,
        "number": tp.number,
        "view": tp.view.value,
        "x": float(tp.x),
        "y": float(tp.y),
        "muscle": tp.muscle,
        "side": tp.side.value,
        "site": tp.site,
        "activity": tp.activity.value,
        "familiar_pain": tp.familiar_pain,
        "twitch": tp.twitch.value,
        "tenderness": tp.tenderness,
        "notes": tp.notes,
        "carry": tp.carry.value,
        "side_override": tp.side_override,
    }


def trigger_point_from_row(row: TriggerPointRow) -> TriggerPoint:
    """Model trigger point from its row."""
    values: dict[str, Any] = {k: getattr(row, k) for k in _TRIGGER_POINT_COLUMNS}
    return TriggerPoint(id=row.id, uuid=row.uuid, row_version=row.row_version, **values)


_TRIGGER_POINT_COLUMNS = (
    "visit_id",
    "number",
    "view",
    "x",
    "y",
    "muscle",
    "side",
    "site",
    "activity",
    "familiar_pain",
    "twitch",
    "tenderness",
    "notes",
    "carry",
    "side_override",
)


def zone_values(z: PainZone) -> dict[str, Any]:
    """Column values of a pain zone."""
    return {
        "visit_id": z.visit_id,
        "view": z.view.value,
        "polygons": polygons_to_json(z.polygons),
        "kind": z.kind.value,
        "intensity": z.intensity,
        "quality": z.quality.value if z.quality is not None else None,
        "depth": z.depth.value,
        "source_point_id": z.source_point_id,
        "notes": z.notes,
        "carry": z.carry.value,
    }


def zone_from_row(row: PainZoneRow) -> PainZone:
    """Model pain zone from its row."""
    values: dict[str, Any] = {
        "visit_id": row.visit_id,
        "view": row.view,
        "polygons": polygons_from_json(row.polygons),
        "kind": row.kind,
        "intensity": row.intensity,
        "quality": row.quality,
        "depth": row.depth,
        "source_point_id": row.source_point_id,
        "notes": row.notes,
        "carry": row.carry,
    }
    return PainZone(id=row.id, uuid=row.uuid, row_version=row.row_version, **values)


def measure_values(m: OutcomeMeasure) -> dict[str, Any]:
    """Column values of an outcome measure; raw items as JSON text."""
    return {
        "visit_id": m.visit_id,
        "instrument": m.instrument.value,
        "timing": m.timing.value,
        "value": float(m.value),
        "label": m.label,
        "site": m.site,
        "side": m.side.value if m.side is not None else None,
        "version": m.version,
        "items": json.dumps(list(m.items)),
        "item_labels": json.dumps(list(m.item_labels), ensure_ascii=False),
    }


@lru_cache(maxsize=4096)
def json_tuple(text: str) -> tuple[Any, ...]:
    """A JSON list of scalars as a tuple; kept per text (a questionnaire's item labels repeat)."""
    return tuple(json.loads(text))


def measure_from_row(row: OutcomeMeasureRow) -> OutcomeMeasure:
    """Model outcome measure from its row."""
    value: float = row.value
    if row.instrument == "nprs":
        # NPRS is a whole number; give callers an int back, as they stored it.
        value = int(value)
    values: dict[str, Any] = {
        "visit_id": row.visit_id,
        "instrument": row.instrument,
        "timing": row.timing,
        "value": value,
        "label": row.label,
        "site": row.site,
        "side": row.side,
        "version": row.version,
        "items": json_tuple(row.items),
        "item_labels": json_tuple(row.item_labels),
    }
    return OutcomeMeasure(id=row.id, uuid=row.uuid, row_version=row.row_version, **values)


def audit_from_row(row: AuditRow) -> AuditEntry:
    """Model audit entry from its row."""
    return AuditEntry(
        id=row.id,
        when=row.at,
        who=row.actor_id,
        visit_id=row.visit_id,
        table=row.table_name,
        record_id=row.record_id,
        action=AuditAction(row.action),
        field=row.field,
        old=row.old_value,
        new=row.new_value,
    )

"""FHIR R4 bundles of visits: Patient, Practitioner, Encounter, Observations, Procedures, PDF.

A ``collection`` Bundle; each resource's id is the record's uuid and every reference is the
bundle-local ``urn:uuid:`` full URL, so the receiving EMR can match records across exports.
Only elements that R4 (4.0.1) and R4B (4.3.0) define the same way are used; the tests validate
every demo bundle with ``fhir.resources.R4B`` (fhir.resources 8 ships R5, R4B and STU3, no
R4 package). Codes: see ``fhir_codes`` (no invented codes; text where none is certain).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bodymap.analysis.extent import quantify
from bodymap.anatomy.rollups import CHOIR_SEGMENTS, MBM_AREAS
from bodymap.interop import fhir_codes as codes
from bodymap.model import (
    Clinician,
    OutcomeMeasure,
    PainZone,
    Patient,
    TriggerPoint,
    VisitChart,
    ZoneKind,
)
from bodymap.model.instruments import instrument_spec
from bodymap.model.record import NeedlingRecord, VisitRecord

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas


@dataclass(frozen=True, slots=True)
class VisitData:
    """One visit as the bundle needs it: chart, record, clinicians, and the signed note."""

    chart: VisitChart
    record: VisitRecord
    clinicians: Mapping[int, Clinician]
    note_pdf: bytes | None = None


def _url(uuid: str | None) -> str:
    return f"urn:uuid:{uuid}"


def _ref(uuid: str | None, display: str | None = None) -> dict[str, Any]:
    ref: dict[str, Any] = {"reference": _url(uuid)}
    if display:
        ref["display"] = display
    return ref


def _when(moment: datetime) -> str:
    """A FHIR dateTime with the clinic's UTC offset (stored times are local wall-clock)."""
    return moment.astimezone().isoformat(timespec="seconds")


def _identifier(uuid: str | None) -> dict[str, Any]:
    return {"system": codes.BODYMAP_ID, "value": _url(uuid)}


def patient_resource(patient: Patient) -> dict[str, Any]:
    """The FHIR Patient."""
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "id": patient.uuid,
        "identifier": [_identifier(patient.uuid)],
        "active": not patient.archived,
        "name": [{"text": patient.name}],
        "gender": patient.sex.value,  # BodyMap's values are FHIR's administrative genders
    }
    if patient.chart_number:
        resource["identifier"].append(
            {
                "type": codes.coded(codes.V2_0203, "MR", "Medical record number"),
                "value": patient.chart_number,
            }
        )
    if patient.date_of_birth:
        resource["birthDate"] = patient.date_of_birth.isoformat()
    if patient.contact.strip():
        resource["telecom"] = [{"system": "other", "value": patient.contact.strip()}]
    return resource


def practitioner_resource(clinician: Clinician) -> dict[str, Any]:
    """The FHIR Practitioner, with credentials and dry-needling training as qualifications."""
    resource: dict[str, Any] = {
        "resourceType": "Practitioner",
        "id": clinician.uuid,
        "identifier": [_identifier(clinician.uuid)],
        "name": [{"text": clinician.name}],
    }
    qualifications = []
    if clinician.credentials:
        qualifications.append({"code": codes.text_concept(clinician.credentials)})
    if clinician.training_course:
        training: dict[str, Any] = {"code": codes.text_concept(clinician.training_course)}
        if clinician.training_date:
            training["period"] = {"start": clinician.training_date.isoformat()}
        qualifications.append(training)
    if qualifications:
        resource["qualification"] = qualifications
    return resource


class _VisitBuilder:
    def __init__(self, data: VisitData, atlas: Atlas) -> None:
        self.data = data
        self.atlas = atlas
        self.chart = data.chart
        self.visit = data.chart.visit
        self.signed = self.visit.is_signed
        self.status = "final" if self.signed else "preliminary"
        self.when = _when(self.visit.started_at)

    def _common(self, kind: str, uuid: str | None) -> dict[str, Any]:
        resource: dict[str, Any] = {"resourceType": kind, "id": uuid}
        resource["subject"] = _ref(self.chart.patient.uuid, self.chart.patient.name)
        resource["encounter"] = _ref(self.visit.uuid)
        return resource

    def _performer(self) -> list[dict[str, Any]]:
        clinician = self.chart.clinician
        return [_ref(clinician.uuid, clinician.name)] if clinician else []

    def encounter(self) -> dict[str, Any]:
        resource: dict[str, Any] = {
            "resourceType": "Encounter",
            "id": self.visit.uuid,
            "identifier": [_identifier(self.visit.uuid)],
            "status": "finished" if self.signed else "in-progress",
            "class": {"system": codes.ACT_CODE, "code": "AMB", "display": "ambulatory"},
            "type": [codes.text_concept("Physical therapy visit: trigger points, dry needling")],
            "subject": _ref(self.chart.patient.uuid, self.chart.patient.name),
            "period": {"start": self.when},
        }
        if self.chart.clinician:
            resource["participant"] = [{"individual": self._performer()[0]}]
        return resource

    def muscle_concept(self, muscle: str, side: str, site: str | None) -> dict[str, Any]:
        name = getattr(self.atlas.muscles.get(muscle), "name", muscle.replace("_", " "))
        coding = []
        if muscle in codes.MUSCLE_SNOMED:
            code, display = codes.MUSCLE_SNOMED[muscle]
            coding.append({"system": codes.SNOMED, "code": code, "display": display})
        coding.append({"system": codes.MUSCLE_SYSTEM, "code": muscle, "display": name})
        if site:
            site_name = getattr(self.atlas.sites.get(site), "name", site)
            coding.append({"system": codes.SITE_SYSTEM, "code": site, "display": site_name})
        return {"coding": coding, "text": f"{name}, {side}"}

    def measure(self, m: OutcomeMeasure) -> dict[str, Any]:
        resource = self._common("Observation", m.uuid)
        spec = instrument_spec(m.instrument)
        category = "survey" if spec.survey else "exam"
        unit_code, unit = spec.ucum
        concept = codes.text_concept(spec.long_name)
        if m.instrument.value == "nprs":
            concept = codes.coded(codes.LOINC, *codes.NPRS_LOINC)
        resource.update(
            {
                "identifier": [_identifier(m.uuid)],
                "status": self.status,
                "category": [
                    {"coding": [{"system": codes.OBSERVATION_CATEGORY, "code": category}]}
                ],
                "code": concept,
                "effectiveDateTime": self.when,
                "valueQuantity": {
                    "value": round(m.value, 6),
                    "unit": unit,
                    "system": codes.UCUM,
                    "code": unit_code,
                },
            }
        )
        if self._performer():
            resource["performer"] = self._performer()
        notes = [f"{m.label}" if m.label else "", f"timing: {m.timing.value}"]
        if m.version:
            notes.append(f"version {m.version}")
        resource["note"] = [{"text": "; ".join(n for n in notes if n)}]
        if m.site:
            side = f", {m.side.value}" if m.side else ""
            place = getattr(self.atlas.sites.get(m.site), "name", m.site.replace("_", " "))
            resource["bodySite"] = codes.text_concept(f"{place}{side}")
        items = [
            {"code": codes.text_concept(label or f"item {n}"), "valueQuantity": {"value": v}}
            for n, (label, v) in enumerate(_pad(m.item_labels, m.items), start=1)
            if v is not None
        ]
        if items:
            resource["component"] = items
        return resource

    def trigger_point(self, tp: TriggerPoint) -> dict[str, Any]:
        resource = self._common("Observation", tp.uuid)
        resource.update(
            {
                "identifier": [_identifier(tp.uuid)],
                "status": self.status,
                "category": [{"coding": [{"system": codes.OBSERVATION_CATEGORY, "code": "exam"}]}],
                "code": codes.text_concept(f"Myofascial trigger point {tp.number} (body map)"),
                "effectiveDateTime": self.when,
                "bodySite": self.muscle_concept(tp.muscle, tp.side.value, tp.site),
                "valueString": f"{tp.activity.value} trigger point",
                "component": [
                    _component("Familiar pain reproduced", valueBoolean=tp.familiar_pain),
                    _component("Local twitch response", valueString=tp.twitch.value),
                    _component(
                        f"Position on the {tp.view.value} body map (atlas units)",
                        valueString=f"x={tp.x:g}, y={tp.y:g}",
                    ),
                ],
            }
        )
        if tp.tenderness is not None:
            resource["component"].append(
                _component("Tenderness (0-10)", valueInteger=tp.tenderness)
            )
        if tp.notes:
            resource["note"] = [{"text": tp.notes}]
        if self._performer():
            resource["performer"] = self._performer()
        return resource

    def zone(self, zone: PainZone, points: Mapping[int | None, str | None]) -> dict[str, Any]:
        resource = self._common("Observation", zone.uuid)
        kind = "referred pain" if zone.kind is ZoneKind.REFERRED else "patient-reported pain"
        extent = quantify(self.atlas, [zone])
        segments = [CHOIR_SEGMENTS[r.region] for r in extent.regions]
        resource.update(
            {
                "identifier": [_identifier(zone.uuid)],
                "status": self.status,
                "category": [{"coding": [{"system": codes.OBSERVATION_CATEGORY, "code": "exam"}]}],
                "code": codes.text_concept(f"Pain area drawn on the body map ({kind})"),
                "effectiveDateTime": self.when,
                "bodySite": codes.text_concept(
                    f"{zone.view.value}: " + (", ".join(s.name for s in segments) or "no segment")
                ),
                "valueInteger": zone.intensity,
                "component": [
                    _component("Pain intensity in this area (0-10)", valueInteger=zone.intensity),
                    _component(
                        "Share of the drawn body surface",
                        valueQuantity={
                            "value": round(extent.percent, 2),
                            "unit": "%",
                            "system": codes.UCUM,
                            "code": "%",
                        },
                    ),
                    *(
                        _component(
                            "Painful CHOIR Body Map segment",
                            valueCodeableConcept={
                                "coding": [
                                    {
                                        "system": codes.CHOIR_SYSTEM,
                                        "code": str(s.id),
                                        "display": s.name,
                                    },
                                    *(
                                        [
                                            {
                                                "system": codes.MBM_SYSTEM,
                                                "code": str(s.mbm),
                                                "display": MBM_AREAS.get(s.mbm, str(s.mbm)),
                                            }
                                        ]
                                        if s.mbm is not None
                                        else []
                                    ),
                                ],
                                "text": s.name,
                            },
                        )
                        for s in segments
                    ),
                ],
            }
        )
        if zone.quality is not None:
            resource["component"].append(_component("Pain quality", valueString=zone.quality.value))
        source = points.get(zone.source_point_id) if zone.source_point_id else None
        if source:
            resource["derivedFrom"] = [_ref(source)]
        if zone.notes:
            resource["note"] = [{"text": zone.notes}]
        return resource

    def needling(
        self, n: NeedlingRecord, points: Mapping[int | None, TriggerPoint]
    ) -> dict[str, Any]:
        resource = self._common("Procedure", n.uuid)
        point = points.get(n.trigger_point_id)
        details = [
            f"needle {n.needle_label}",
            f"technique {n.technique.value.replace('_', ' ')}",
            f"{n.insertions} insertion(s), {n.passes} pass(es), {n.twitch_responses} twitch(es)",
            f"position {n.patient_position.value.replace('_', ' ')}",
            f"needles in/out {n.needles_in}/{n.needles_out}",
        ]
        if n.depth_mm is not None:
            details.append(f"depth {n.depth_mm:g} mm")
        if n.retention_minutes is not None:
            details.append(f"retained {n.retention_minutes:g} min")
        if n.electrical is not None:
            e = n.electrical
            details.append(
                f"electrical {e.frequency_hz:g} Hz, {e.pulse_width_us:g} µs, "
                f"{e.intensity_ma:g} mA, {e.minutes:g} min"
            )
        resource.update(
            {
                "identifier": [_identifier(n.uuid)],
                "status": "completed",
                "code": codes.text_concept("Dry needling of a myofascial trigger point"),
                "performedDateTime": self.when,
                "note": [{"text": "; ".join(details)}],
            }
        )
        if point is not None:
            resource["bodySite"] = [self.muscle_concept(point.muscle, point.side.value, point.site)]
            resource["reasonReference"] = [_ref(point.uuid)]
        if self._performer():
            resource["performer"] = [{"actor": self._performer()[0]}]
        if n.immediate_response:
            resource["outcome"] = codes.text_concept(n.immediate_response)
        aftercare = [
            text
            for flag, text in (
                (n.aftercare_soreness, "post-needling soreness advice"),
                (n.aftercare_driving, "driving advice"),
                (n.aftercare_pneumothorax, "pneumothorax warning signs"),
            )
            if flag
        ]
        if aftercare:
            resource["followUp"] = [codes.text_concept(a) for a in aftercare]
        return resource

    def document(self) -> dict[str, Any] | None:
        if self.data.note_pdf is None or not self.signed or self.visit.signed_at is None:
            return None
        signer = self.data.clinicians.get(self.visit.signed_by or 0)
        resource = {
            "resourceType": "DocumentReference",
            "id": None,
            "status": "current",
            "docStatus": "final",
            "type": codes.text_concept("Dry-needling session note (signed)"),
            "subject": _ref(self.chart.patient.uuid, self.chart.patient.name),
            "date": _when(self.visit.signed_at),
            "content": [
                {
                    "attachment": {
                        "contentType": "application/pdf",
                        "data": base64.b64encode(self.data.note_pdf).decode("ascii"),
                        "title": f"Session note {self.visit.started_at:%Y-%m-%d}",
                        "creation": _when(self.visit.signed_at),
                    }
                }
            ],
            "context": {"encounter": [_ref(self.visit.uuid)]},
        }
        if signer is not None:
            resource["author"] = [_ref(signer.uuid, signer.name)]
            resource["authenticator"] = _ref(signer.uuid, signer.name)
        return resource


def _component(text: str, **value: Any) -> dict[str, Any]:
    return {"code": codes.text_concept(text), **value}


def _pad(labels: tuple[str, ...], items: tuple[float | None, ...]) -> Iterable[tuple[str, Any]]:
    for n, item in enumerate(items):
        yield (labels[n] if n < len(labels) else ""), item


def document_id(visit_uuid: str | None) -> str:
    """The DocumentReference id of a visit's note: derived from the visit, so it is stable."""
    import uuid

    return str(uuid.uuid5(uuid.UUID(visit_uuid or "0" * 32), "session-note"))


def visit_resources(data: VisitData, atlas: Atlas) -> list[dict[str, Any]]:
    """Encounter, Observations, Procedures and the signed note of one visit (no people)."""
    b = _VisitBuilder(data, atlas)
    points = {tp.id: tp for tp in data.chart.trigger_points}
    point_uuids = {tp.id: tp.uuid for tp in data.chart.trigger_points}
    resources = [b.encounter()]
    resources += [b.measure(m) for m in data.chart.measures]
    resources += [b.trigger_point(tp) for tp in data.chart.trigger_points]
    resources += [b.zone(z, point_uuids) for z in data.chart.zones]
    resources += [b.needling(n, points) for n in data.record.needling]
    document = b.document()
    if document is not None:
        document["id"] = document_id(data.chart.visit.uuid)
        resources.append(document)
    return resources


def bundle(visits: Iterable[VisitData], atlas: Atlas) -> dict[str, Any]:
    """A collection Bundle: the patient(s), clinicians and every resource of ``visits``."""
    entries: dict[str, dict[str, Any]] = {}
    body: list[dict[str, Any]] = []
    for data in visits:
        patient = data.chart.patient
        entries.setdefault(patient.uuid or "", patient_resource(patient))
        people = {data.chart.clinician, data.clinicians.get(data.chart.visit.signed_by or 0)}
        for clinician in sorted((c for c in people if c), key=lambda c: c.id or 0):
            entries.setdefault(clinician.uuid or "", practitioner_resource(clinician))
        body += visit_resources(data, atlas)
    resources = [*entries.values(), *body]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"fullUrl": _url(r["id"]), "resource": r} for r in resources],
    }


__all__ = ["VisitData", "bundle", "patient_resource", "practitioner_resource"]

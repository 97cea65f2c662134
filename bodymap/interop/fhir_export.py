"""Reading visits for a FHIR bundle through the repositories, with the signed note as PDF."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from bodymap.interop.fhir import VisitData, bundle

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.storage import ChartRepository


def visit_data(repo: ChartRepository, atlas: Atlas, visit_id: int, clinic_name: str) -> VisitData:
    """One visit's chart and record, and its session note when the visit is signed."""
    from bodymap.report.exporting import session_note_pdf
    from bodymap.storage.record_repository import RecordRepository

    chart = repo.load_chart(visit_id)
    record = RecordRepository(repo, atlas.thorax_risk_ids).load_record(visit_id)
    clinicians = {c.id or 0: c for c in repo.list_clinicians()}
    pdf = None
    if chart.visit.is_signed:
        # The note of a signed visit never changes, so its time stamp is the signing time.
        pdf = session_note_pdf(
            repo, atlas, visit_id, clinic_name=clinic_name, generated_at=chart.visit.signed_at
        )
    return VisitData(chart=chart, record=record, clinicians=clinicians, note_pdf=pdf)


def visit_bundle(
    repo: ChartRepository, atlas: Atlas, visit_id: int, clinic_name: str
) -> dict[str, Any]:
    """The Bundle of one visit."""
    return bundle([visit_data(repo, atlas, visit_id, clinic_name)], atlas)


def patient_bundle(
    repo: ChartRepository, atlas: Atlas, patient_id: int, clinic_name: str
) -> dict[str, Any]:
    """The Bundle of every visit of one patient, oldest first."""
    visits = [v.id for v in repo.list_visits(patient_id) if v.id is not None]
    data = [visit_data(repo, atlas, visit_id, clinic_name) for visit_id in visits]
    if not data:
        from bodymap.interop.fhir import patient_resource

        patient = patient_resource(repo.get_patient(patient_id))
        return {
            "resourceType": "Bundle",
            "type": "collection",
            "entry": [{"fullUrl": f"urn:uuid:{patient['id']}", "resource": patient}],
        }
    return bundle(data, atlas)


def bundle_bytes(document: dict[str, Any]) -> bytes:
    """The bundle as UTF-8 JSON, keys sorted (so the same visit gives the same file)."""
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()

"""The archive covers every field of every record kind, and the shipped schema is current.

A field added to a model dataclass without being added to the archive would be lost on the
way through an archive; this test fails first.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from bodymap.interop.archive_schema import SCHEMA_FILE, archive_schema, schema_text
from bodymap.interop.archive_spec import FIELDS
from bodymap.model import Clinician, OutcomeMeasure, PainZone, Patient, TriggerPoint, Visit
from bodymap.model.bundle import VisitBundle
from bodymap.model.record import (
    Addendum,
    AdverseEvent,
    BilateralThoraxAcknowledgement,
    Consent,
    NeedlingRecord,
    Plan,
    Screening,
    VisitRecord,
)

#: Local to one database: ids, and the row version used for concurrent edits (#11).
IDENTITY = {"id", "uuid", "visit_id", "row_version"}
#: Fields written by archive_json/archive_parse themselves (references, nested values).
SPECIAL = {
    "clinician": set(),
    "patient": set(),
    "visit": {"patient_id", "clinician_id", "signed_at", "signed_by"},
    "trigger_point": set(),
    "zone": {"polygons", "source_point_id"},
    "measure": set(),
    "screening": {"answers", "medications", "decision", "prefilled_from_visit_id"},
    "consent": {"obtained_by"},
    "needling": {"trigger_point_id", "electrical"},
    "adverse_event": set(),
    "plan": set(),
    "addendum": {"author_id"},
    "bilateral_thorax": {"acknowledged_by"},
}
CLASSES = {
    "clinician": Clinician,
    "patient": Patient,
    "visit": Visit,
    "trigger_point": TriggerPoint,
    "zone": PainZone,
    "measure": OutcomeMeasure,
    "screening": Screening,
    "consent": Consent,
    "needling": NeedlingRecord,
    "adverse_event": AdverseEvent,
    "plan": Plan,
    "addendum": Addendum,
    "bilateral_thorax": BilateralThoraxAcknowledgement,
}


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_every_model_field_is_in_the_archive(kind: str) -> None:
    names = {f.name for f in dataclasses.fields(CLASSES[kind])}
    assert names == IDENTITY.intersection(names) | set(FIELDS[kind]) | SPECIAL[kind]


def test_every_part_of_a_visit_record_is_in_the_bundle() -> None:
    record = {f.name for f in dataclasses.fields(VisitRecord)} - {"visit_id"}
    bundle = {f.name for f in dataclasses.fields(VisitBundle)}
    # no_adverse_events travels as the record's flags row
    assert record - {"no_adverse_events"} <= bundle


def test_the_shipped_schema_files_are_current() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "archive.schema.json"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "run: python -m bodymap.interop.archive_schema"
    )
    assert docs.read_text(encoding="utf-8") == schema_text()


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(archive_schema())
    assert json.loads(schema_text())["$schema"].endswith("2020-12/schema")

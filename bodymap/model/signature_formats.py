"""Signature formats: which stored columns the content hash of each format covers.

A format is frozen as soon as signatures exist in it: a stored signature is always verified with
the format it was made with, so covering a new column takes a new format next to the old ones,
never an edit. Each format's fields are a subset of the newest one's (tests check it), so one
read of the newest format's columns serves every older signature too (see :func:`project`).

Format 1 (migration 0006): the columns that existed then. Format 2 adds the one column of signed
content added since: ``trigger_points.side_override`` (migration 0007). Every other column of a
signed table is either covered or listed in :data:`NOT_CONTENT` with the reason it stays out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Field kinds: i int, f float, b bool, s text, t date-time, d date, j JSON text (kept verbatim).
Fields = tuple[tuple[str, str], ...]
#: A document section: (table, fields, one row per visit?). Rows of list sections keyed by id.
Section = tuple[str, Fields, bool]


@dataclass(frozen=True)
class SignatureFormat:
    """The fields one signature format hashes, per part of the canonical document."""

    version: int
    visit: Fields
    soap: Fields
    sections: Mapping[str, Section] = field(repr=False)
    #: The identity snapshot kept with a signature: who the patient and signer were at signing.
    patient: Fields
    clinician: Fields
    #: An addendum's hashed fields; its id is not among them (the hash is set before the insert).
    addendum: Fields


_VISIT_1: Fields = (
    ("id", "i"),
    ("patient_id", "i"),
    ("clinician_id", "i"),
    ("started_at", "t"),
    ("status", "s"),
    ("signed_at", "t"),
    ("signed_by", "i"),
)
_SOAP_1: Fields = (("subjective", "s"), ("objective", "s"), ("assessment", "s"), ("plan", "s"))

#: Per document key: (table, fields, one row per visit?). Rows of list sections are keyed by id.
# fmt: off
_SECTIONS_1: dict[str, Section] = {
    "trigger_points": (
        "trigger_points",
        (("id", "i"), ("number", "i"), ("view", "s"), ("x", "f"), ("y", "f"), ("muscle", "s"),
         ("side", "s"), ("site", "s"), ("activity", "s"), ("familiar_pain", "b"),
         ("twitch", "s"), ("tenderness", "i"), ("notes", "s"), ("carry", "s"),
         ("deleted_at", "t")),
        False,
    ),
    "pain_zones": (
        "pain_zones",
        (("id", "i"), ("view", "s"), ("polygons", "j"), ("kind", "s"), ("intensity", "i"),
         ("quality", "s"), ("depth", "s"), ("source_point_id", "i"), ("notes", "s"),
         ("carry", "s"), ("deleted_at", "t")),
        False,
    ),
    "outcome_measures": (
        "outcome_measures",
        (("id", "i"), ("instrument", "s"), ("timing", "s"), ("value", "f"), ("label", "s"),
         ("site", "s"), ("side", "s"), ("version", "s"), ("items", "j"), ("item_labels", "j"),
         ("deleted_at", "t")),
        False,
    ),
    "screening": (
        "screenings",
        (("id", "i"), ("answers", "j"), ("med_anticoagulant", "b"), ("med_antiplatelet", "b"),
         ("med_immunosuppressant", "b"), ("med_corticosteroid", "b"), ("med_other", "b"),
         ("medication_details", "s"), ("decision", "s"), ("decision_note", "s"),
         ("override_reason", "s"), ("checklist_version", "s"), ("prefilled_from_visit_id", "i")),
        True,
    ),
    "consent": (
        "consents",
        (("id", "i"), ("form", "s"), ("obtained_at", "t"), ("obtained_by", "i"), ("scope", "s"),
         ("not_acupuncture_statement", "b"), ("procedure_explained", "b"),
         ("sensations_explained", "b"), ("benefits_explained", "b"), ("risks_discussed", "j"),
         ("patient_specific_risks", "s"), ("alternatives_offered", "b"),
         ("right_to_withdraw", "b"), ("questions_answered", "b"), ("copy_given", "b"),
         ("signed_form_on_file", "b"), ("reconfirmed_this_visit", "b")),
        True,
    ),
    "needling": (
        "needling_records",
        (("id", "i"), ("trigger_point_id", "i"), ("needle_diameter_mm", "f"),
         ("needle_length_mm", "f"), ("gauge_label", "s"), ("technique", "s"),
         ("frequency_hz", "f"), ("pulse_width_us", "f"), ("intensity_ma", "f"),
         ("stimulation_minutes", "f"), ("insertions", "i"), ("passes", "i"),
         ("twitch_responses", "i"), ("depth_mm", "f"), ("direction", "s"),
         ("retention_minutes", "f"), ("patient_position", "s"), ("tolerance_nprs", "i"),
         ("familiar_pain_reproduced", "b"), ("needles_in", "i"), ("needles_out", "i"),
         ("aftercare_soreness", "b"), ("aftercare_driving", "b"),
         ("aftercare_pneumothorax", "b"), ("immediate_response", "s"), ("deleted_at", "t")),
        False,
    ),
    "adverse_events": (
        "adverse_events",
        (("id", "i"), ("event_type", "s"), ("severity", "s"), ("action_taken", "s"),
         ("time_course", "s"), ("notes", "s"), ("deleted_at", "t")),
        False,
    ),
    "record_flags": ("record_flags", (("id", "i"), ("no_adverse_events", "b")), True),
    "bilateral_thorax": (
        "bilateral_thorax",
        (("id", "i"), ("reason", "s"), ("acknowledged_by", "i"), ("acknowledged_at", "t")),
        True,
    ),
    "plan_of_care": (
        "plans",
        (("id", "i"), ("stretching", "b"), ("stretching_detail", "s"), ("strengthening", "b"),
         ("strengthening_detail", "s"), ("manual_therapy", "b"), ("manual_therapy_detail", "s"),
         ("education", "b"), ("education_detail", "s"), ("home_exercise", "b"),
         ("home_exercise_detail", "s"), ("frequency", "s"), ("next_visit", "d"),
         ("referral", "s"), ("notes", "s")),
        True,
    ),
}
# fmt: on

#: The identity snapshot kept with a signature: who the patient and signer were at signing.
_PATIENT_1: Fields = (
    ("id", "i"),
    ("name", "s"),
    ("chart_number", "s"),
    ("date_of_birth", "d"),
    ("sex", "s"),
)
_CLINICIAN_1: Fields = (("id", "i"), ("name", "s"), ("credentials", "s"))
#: An addendum's hashed fields; its id is not among them (the hash is set before the insert).
_ADDENDUM_1: Fields = (
    ("visit_id", "i"),
    ("author_id", "i"),
    ("created_at", "t"),
    ("text", "s"),
)

FORMAT_1 = SignatureFormat(
    version=1,
    visit=_VISIT_1,
    soap=_SOAP_1,
    sections=_SECTIONS_1,
    patient=_PATIENT_1,
    clinician=_CLINICIAN_1,
    addendum=_ADDENDUM_1,
)

_TRIGGER_POINTS_1 = _SECTIONS_1["trigger_points"]
#: Format 2 = format 1 + the side override of a trigger point (a clinician's confirmation that
#: the recorded side is right although the point is drawn on the other half).
FORMAT_2 = SignatureFormat(
    version=2,
    visit=_VISIT_1,
    soap=_SOAP_1,
    sections={
        **_SECTIONS_1,
        "trigger_points": (
            _TRIGGER_POINTS_1[0],
            (*_TRIGGER_POINTS_1[1], ("side_override", "b")),
            False,
        ),
    },
    patient=_PATIENT_1,
    clinician=_CLINICIAN_1,
    addendum=_ADDENDUM_1,
)

#: Every format a stored signature may have, by version.
FORMATS: dict[int, SignatureFormat] = {f.version: f for f in (FORMAT_1, FORMAT_2)}
#: The format new signatures and addenda are made with.
CURRENT = FORMAT_2

#: Columns of signed tables that no format covers, and why (checked against the schema by
#: tests/model/test_signature_formats.py, so a new column cannot slip by unnoticed):
#: - ``uuid``: the row's identity for exchange (migration 0005), given to rows long after some
#:   were signed; it names a row, it says nothing about the patient or the treatment;
#: - ``row_version``: the optimistic-locking counter (0004), bumped by every draft save;
#: - ``visit_id``: the owner, which is the document itself;
#: - patients' contact, notes and archived flag and clinicians' training: not who they are
#:   (the snapshot keeps identity: name, chart number, date of birth, sex, credentials);
#: - an addendum's ``id`` (given after its hash is computed) and ``content_hash`` (the hash).
NOT_CONTENT: dict[str, frozenset[str]] = {
    **{
        table: frozenset({"uuid", "row_version", "visit_id"})
        for table, _fields, _single in FORMAT_2.sections.values()
    },
    "record_flags": frozenset({"row_version", "visit_id"}),  # a flag row has no uuid
    "visits": frozenset({"uuid", "row_version"}),
    "patients": frozenset({"uuid", "row_version", "contact", "notes", "archived"}),
    "clinicians": frozenset(
        {"uuid", "row_version", "training_course", "training_hours", "training_date"}
    ),
    "addenda": frozenset({"id", "uuid", "content_hash"}),
}


def _subset(fields: Fields, row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name, _kind in fields}


def project(document: dict[str, Any], version: int) -> dict[str, Any]:
    """``document`` (read in the current format) as format ``version`` would have read it."""
    if version == CURRENT.version:
        return document
    older = FORMATS[version]
    found = dict(document, format=version)
    for key, (_table, fields, single) in older.sections.items():
        if fields == CURRENT.sections[key][1]:
            continue
        value = document[key]
        if single:
            found[key] = None if value is None else _subset(fields, value)
        else:
            found[key] = [_subset(fields, row) for row in value]
    return found

"""The canonical form of a signed visit, its SHA-256, and the field-level difference of two.

Plain Python: storage reads the rows and hands them here as raw values (whatever the database
driver returns: SQLite gives date-times as text and booleans as 0/1, PostgreSQL gives Python
objects); :func:`normalise` turns each into one canonical value by the field's declared kind, so
the same record hashes the same on both engines.

Format 1 lists its fields explicitly. A column added by a later migration is therefore not
covered by format-1 signatures (and does not break them); covering it takes a format 2 that
sits next to this one, never an edit of format 1, because old signatures are verified with the
format they were made with.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

FORMAT_VERSION = 1
#: What an addendum chains to when its visit has no signature (never the case in the app).
GENESIS_HASH = "0" * 64

#: Field kinds: i int, f float, b bool, s text, t date-time, d date, j JSON text (kept verbatim).
Fields = tuple[tuple[str, str], ...]

VISIT_FIELDS: Fields = (
    ("id", "i"),
    ("patient_id", "i"),
    ("clinician_id", "i"),
    ("started_at", "t"),
    ("status", "s"),
    ("signed_at", "t"),
    ("signed_by", "i"),
)
SOAP_FIELDS: Fields = (("subjective", "s"), ("objective", "s"), ("assessment", "s"), ("plan", "s"))

#: Per document key: (table, fields, one row per visit?). Rows of list sections are keyed by id.
# fmt: off
SECTIONS: dict[str, tuple[str, Fields, bool]] = {
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
PATIENT_FIELDS: Fields = (
    ("id", "i"),
    ("name", "s"),
    ("chart_number", "s"),
    ("date_of_birth", "d"),
    ("sex", "s"),
)
CLINICIAN_FIELDS: Fields = (("id", "i"), ("name", "s"), ("credentials", "s"))
#: An addendum's hashed fields; its id is not among them (the hash is set before the insert).
ADDENDUM_FIELDS: Fields = (
    ("visit_id", "i"),
    ("author_id", "i"),
    ("created_at", "t"),
    ("text", "s"),
)


def _datetime(value: Any) -> str:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=None).isoformat()


def _date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    return (
        value.isoformat() if isinstance(value, date) else date.fromisoformat(str(value)).isoformat()
    )


def _json(value: Any) -> Any:
    # JSON columns are text on both engines: hashed as stored. Parsing and re-encoding polygons
    # would cost more than the rest of a visit together, and say nothing the text does not.
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "i": int,
    "f": float,
    "b": bool,
    "s": str,
    "t": _datetime,
    "d": _date,
    "j": _json,
}


def normalise(kind: str, value: Any) -> Any:
    """One stored value as its canonical JSON value (None stays None)."""
    return None if value is None else _CONVERT[kind](value)


def converters(fields: Fields) -> list[tuple[str, Callable[[Any], Any]]]:
    """(name, converter) pairs for :func:`row_dict`, looked up once per table."""
    return [(name, _CONVERT[kind]) for name, kind in fields]


def row_dict(
    convert: list[tuple[str, Callable[[Any], Any]]], values: Iterable[Any]
) -> dict[str, Any]:
    """A row's raw values (in ``fields`` order) as its canonical mapping."""
    return {
        name: None if value is None else fn(value)
        for (name, fn), value in zip(convert, values, strict=True)
    }


def canonical_bytes(document: Mapping[str, Any]) -> bytes:
    """The one byte string of ``document``: sorted keys, no spaces, UTF-8, shortest float repr."""
    text = json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` as 64 lowercase hex digits."""
    return hashlib.sha256(data).hexdigest()


def document_hash(document: Mapping[str, Any]) -> str:
    """The content hash of a signed visit's canonical document."""
    return sha256_hex(canonical_bytes(document))


def addendum_hash(previous: str, addendum: Mapping[str, Any]) -> str:
    """An addendum's hash, chained to the signature's (or the previous addendum's) hash."""
    return sha256_hex(previous.encode("ascii") + b"\n" + canonical_bytes(addendum))


def short_hash(full: str) -> str:
    """The form printed on paper: the first 16 hex digits in groups of four."""
    return " ".join(full[i : i + 4] for i in range(0, 16, 4))


def differences(signed: Any, current: Any, path: str = "") -> list[str]:
    """Field paths where ``current`` differs from ``signed``, e.g. ``trigger_points[3].tenderness``.

    List sections hold rows keyed by ``id``: ``[N]`` names the row with id N, so an added or
    removed row is named once rather than shifting every later index.
    """
    if isinstance(signed, dict) and isinstance(current, dict):
        found: list[str] = []
        for key in sorted(signed.keys() | current.keys()):
            sub = f"{path}.{key}" if path else key
            if key not in signed or key not in current:
                found.append(sub)
            else:
                found += differences(signed[key], current[key], sub)
        return found
    if _is_rows(signed) and _is_rows(current):
        before = {row["id"]: row for row in signed}
        after = {row["id"]: row for row in current}
        found = []
        for key in sorted(before.keys() | after.keys()):
            sub = f"{path}[{key}]"
            if key not in before or key not in after:
                found.append(sub)
            else:
                found += differences(before[key], after[key], sub)
        return found
    return [] if signed == current else [path or "(document)"]


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(r, dict) and "id" in r for r in value)

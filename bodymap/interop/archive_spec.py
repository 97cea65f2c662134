"""The archive's plain fields, kind by kind: one table drives export, import and the JSON Schema.

Each record kind lists its plain fields (copied between the model dataclass and JSON) with the
JSON kind of each. References to other records (by uuid), nested values and lists of records
are handled by ``archive_json`` and ``archive_parse``; they add their own schema parts in
``archive_schema``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from bodymap.model.catalog_lists import (
    AdverseEventSeverity,
    ConsentForm,
    ConsentScope,
    PatientPosition,
    Technique,
)
from bodymap.model.enums import (
    Activity,
    CarryStatus,
    Depth,
    Instrument,
    MeasureTiming,
    PainQuality,
    Sex,
    Side,
    TwitchResponse,
    View,
    VisitStatus,
    ZoneKind,
)

FORMAT = "bodymap-archive"
#: 2: signed visits carry their stored signature (format, hash, identity, canonical content)
#: and addenda their hashes; import keeps them instead of computing new ones.
FORMAT_VERSION = 2
#: Versions import reads (1: signatures are computed on import, see docs/archive.md).
READABLE_VERSIONS = (1, 2)
#: Longest text, longest list and largest whole number the schema lets through; the model's
#: own, tighter limits are then applied field by field.
MAX_TEXT = 100_000
MAX_ITEMS = 100_000
MAX_INT = 2**53
UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATETIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?$"


def _same(value: Any) -> Any:
    return value


def _dump(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    return value


def _nullable(load: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else load(value)


@dataclass(frozen=True, slots=True)
class Kind:
    """A JSON value kind: its schema, and how to read it into the model's type."""

    schema: dict[str, Any]
    load: Callable[[Any], Any] = _same

    def nullable(self) -> Kind:
        """The same kind, also allowing null (a type list, so errors point inside the value)."""
        schema = dict(self.schema)
        schema["type"] = [schema["type"], "null"]
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
        return Kind(schema, _nullable(self.load))


def dump(value: Any) -> Any:
    """A model value as JSON (enums by value, dates ISO 8601, tuples as lists)."""
    return _dump(value)


TEXT = Kind({"type": "string", "maxLength": MAX_TEXT})
BOOL = Kind({"type": "boolean"})
INT = Kind({"type": "integer", "minimum": -MAX_INT, "maximum": MAX_INT})
NUMBER = Kind({"type": "number", "minimum": -1e15, "maximum": 1e15})
DATE = Kind({"type": "string", "pattern": DATE_PATTERN}, date.fromisoformat)
DATETIME = Kind({"type": "string", "pattern": DATETIME_PATTERN}, datetime.fromisoformat)
UUID = Kind({"type": "string", "pattern": UUID_PATTERN})
HASH = Kind({"type": "string", "pattern": "^[0-9a-f]{64}$"})
LOCAL_ID = Kind({"type": "integer", "minimum": 1, "maximum": 2**62})
TEXTS = Kind({"type": "array", "maxItems": MAX_ITEMS, "items": TEXT.schema}, tuple)
NUMBERS = Kind({"type": "array", "maxItems": MAX_ITEMS, "items": NUMBER.nullable().schema}, tuple)


def choice(enum: type[Enum]) -> Kind:
    """One of an enumeration's stored values."""
    return Kind({"type": "string", "enum": [m.value for m in enum]})


#: Plain fields of each record kind, in the model's names (every field is required in JSON).
FIELDS: dict[str, dict[str, Kind]] = {
    "clinician": {
        "name": TEXT,
        "credentials": TEXT,
        "training_course": TEXT,
        "training_hours": NUMBER.nullable(),
        "training_date": DATE.nullable(),
    },
    "patient": {
        "name": TEXT,
        "chart_number": TEXT,
        "date_of_birth": DATE.nullable(),
        "sex": choice(Sex),
        "contact": TEXT,
        "notes": TEXT,
        "archived": BOOL,
    },
    "visit": {
        "started_at": DATETIME,
        "status": choice(VisitStatus),
        "subjective": TEXT,
        "objective": TEXT,
        "assessment": TEXT,
        "plan": TEXT,
    },
    "trigger_point": {
        "number": INT,
        "view": choice(View),
        "x": NUMBER,
        "y": NUMBER,
        "muscle": TEXT,
        "side": choice(Side),
        "site": TEXT.nullable(),
        "activity": choice(Activity),
        "familiar_pain": BOOL,
        "twitch": choice(TwitchResponse),
        "tenderness": INT.nullable(),
        "notes": TEXT,
        "carry": choice(CarryStatus),
        "side_override": BOOL,
    },
    "zone": {
        "view": choice(View),
        "kind": choice(ZoneKind),
        "intensity": INT,
        "quality": choice(PainQuality).nullable(),
        "depth": choice(Depth),
        "notes": TEXT,
        "carry": choice(CarryStatus),
    },
    "measure": {
        "instrument": choice(Instrument),
        "timing": choice(MeasureTiming),
        "value": NUMBER,
        "label": TEXT,
        "site": TEXT.nullable(),
        "side": choice(Side).nullable(),
        "version": TEXT,
        "items": NUMBERS,
        "item_labels": TEXTS,
    },
    "screening": {
        "decision_note": TEXT,
        "override_reason": TEXT,
        "checklist_version": TEXT,
    },
    "consent": {
        "form": choice(ConsentForm),
        "obtained_at": DATETIME,
        "scope": choice(ConsentScope),
        "not_acupuncture_statement": BOOL,
        "procedure_explained": BOOL,
        "sensations_explained": BOOL,
        "benefits_explained": BOOL,
        "risks_discussed": TEXTS,
        "patient_specific_risks": TEXT,
        "alternatives_offered": BOOL,
        "right_to_withdraw": BOOL,
        "questions_answered": BOOL,
        "copy_given": BOOL,
        "signed_form_on_file": BOOL,
        "reconfirmed_this_visit": BOOL,
    },
    "needling": {
        "needle_diameter_mm": NUMBER,
        "needle_length_mm": NUMBER,
        "gauge_label": TEXT,
        "technique": choice(Technique),
        "insertions": INT,
        "passes": INT,
        "twitch_responses": INT,
        "depth_mm": NUMBER.nullable(),
        "direction": TEXT,
        "retention_minutes": NUMBER.nullable(),
        "patient_position": choice(PatientPosition),
        "tolerance_nprs": INT.nullable(),
        "familiar_pain_reproduced": BOOL,
        "needles_in": INT,
        "needles_out": INT,
        "aftercare_soreness": BOOL,
        "aftercare_driving": BOOL,
        "aftercare_pneumothorax": BOOL,
        "immediate_response": TEXT,
    },
    "adverse_event": {
        "event_type": TEXT,
        "severity": choice(AdverseEventSeverity),
        "action_taken": TEXT,
        "time_course": TEXT,
        "notes": TEXT,
    },
    "plan": {
        **{
            name: kind
            for item in (
                "stretching",
                "strengthening",
                "manual_therapy",
                "education",
                "home_exercise",
            )
            for name, kind in ((item, BOOL), (f"{item}_detail", TEXT))
        },
        "frequency": TEXT,
        "next_visit": DATE.nullable(),
        "referral": TEXT,
        "notes": TEXT,
    },
    "addendum": {"created_at": DATETIME, "text": TEXT},
    "bilateral_thorax": {"reason": TEXT, "acknowledged_at": DATETIME},
}

#: Kinds whose records may be soft-deleted; their JSON has ``deleted_at`` (null when live).
DELETABLE = frozenset({"trigger_point", "zone", "measure", "needling", "adverse_event"})

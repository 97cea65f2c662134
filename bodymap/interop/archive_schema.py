"""The archive's JSON Schema (draft 2020-12), built from ``archive_spec`` and shipped as a file.

``python -m bodymap.interop.archive_schema`` rewrites ``bodymap/interop/archive.schema.json``
and ``docs/archive.schema.json``; a test fails when they are stale. Every object is closed
(``additionalProperties: false``) and every key is required, so a file has one reading; the
exceptions are the keys format 2 added (a signature's stored parts, an addendum's hash), which a
format-1 file lacks and the parser requires in a format-2 one.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from bodymap.interop.archive_spec import (
    BOOL,
    DATETIME,
    DELETABLE,
    FIELDS,
    FORMAT,
    FORMAT_VERSION,
    HASH,
    INT,
    LOCAL_ID,
    MAX_ITEMS,
    MAX_TEXT,
    NUMBER,
    READABLE_VERSIONS,
    TEXT,
    UUID,
    choice,
)
from bodymap.model.audit import AuditAction
from bodymap.model.catalog_lists import MedicationClass, ScreeningDecision, ScreeningStatus

SCHEMA_FILE = Path(__file__).with_name("archive.schema.json")
SCHEMA_ID = f"https://bodymap.invalid/schema/{FORMAT}-{FORMAT_VERSION}.json"


def _maybe(schema: dict[str, Any]) -> dict[str, Any]:
    """An object schema that also allows null; errors still point inside the object."""
    return {**schema, "type": ["object", "null"]}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _list(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "maxItems": MAX_ITEMS, "items": items}


def _closed(
    properties: dict[str, Any], description: str = "", required: tuple[str, ...] | None = None
) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": sorted(properties if required is None else required),
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


def _record(
    kind: str, extra: dict[str, Any], description: str, optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    properties = {"uuid": UUID.schema, "local_id": LOCAL_ID.schema}
    properties.update({name: spec.schema for name, spec in FIELDS[kind].items()})
    if kind in DELETABLE:
        properties["deleted_at"] = DATETIME.nullable().schema
    properties.update(extra)
    required = tuple(name for name in properties if name not in optional)
    return _closed(properties, description, required)


def _point() -> dict[str, Any]:
    return {
        "type": "array",
        "prefixItems": [NUMBER.schema, NUMBER.schema],
        "minItems": 2,
        "maxItems": 2,
        "items": False,
    }


def _ring() -> dict[str, Any]:
    return _list(_point())


@cache
def archive_schema() -> dict[str, Any]:
    """The JSON Schema of archive format version ``FORMAT_VERSION``."""
    uuid_or_null = UUID.nullable().schema
    defs = {
        "clinician": _record("clinician", {}, "A clinician who charts, needles and signs."),
        "patient": _record("patient", {}, "A patient; archived patients are included."),
        "trigger_point": _record("trigger_point", {}, "A trigger point, in atlas units."),
        "zone": _record(
            "zone",
            {
                "polygons": _list(_closed({"exterior": _ring(), "holes": _list(_ring())})),
                "source_point": uuid_or_null,
            },
            "A pain zone; source_point is the uuid of the linked trigger point.",
        ),
        "measure": _record("measure", {}, "An outcome measure with its raw items."),
        "screening": _record(
            "screening",
            {
                "answers": _list(
                    _closed(
                        {
                            "item": TEXT.schema,
                            "status": choice(ScreeningStatus).schema,
                            "note": TEXT.schema,
                        }
                    )
                ),
                "medications": _closed(
                    {**{m.value: BOOL.schema for m in MedicationClass}, "details": TEXT.schema}
                ),
                "decision": choice(ScreeningDecision).nullable().schema,
                "prefilled_from_visit": uuid_or_null,
            },
            "The screening of the visit.",
        ),
        "consent": _record("consent", {"obtained_by": uuid_or_null}, "Consent as recorded."),
        "needling": _record(
            "needling",
            {
                "trigger_point": UUID.schema,
                "electrical": _maybe(
                    _closed(
                        {
                            k: NUMBER.schema
                            for k in ("frequency_hz", "pulse_width_us", "intensity_ma", "minutes")
                        }
                    )
                ),
            },
            "The needling of one trigger point of the visit.",
        ),
        "adverse_event": _record("adverse_event", {}, "An adverse event."),
        "plan": _record("plan", {}, "The plan of care."),
        "addendum": _record(
            "addendum",
            {"author": UUID.schema, "content_hash": HASH.nullable().schema},
            "A correction after signing; content_hash chains it to the signature (format 2).",
            optional=("content_hash",),  # format 1 has none
        ),
        "bilateral_thorax": _record(
            "bilateral_thorax",
            {"acknowledged_by": uuid_or_null},
            "The reason recorded for needling both sides of the thorax in one visit.",
        ),
        "audit_entry": _closed(
            {
                "at": DATETIME.schema,
                "who": uuid_or_null,
                "table": TEXT.schema,
                "record_id": INT.schema,
                "action": choice(AuditAction).schema,
                "field": TEXT.nullable().schema,
                "old": TEXT.nullable().schema,
                "new": TEXT.nullable().schema,
            },
            "One audit-log entry; old/new are the stored JSON texts, kept verbatim.",
        ),
    }
    for kind in ("screening", "consent", "plan", "bilateral_thorax"):
        defs[kind] = _maybe(defs[kind])  # one per visit, or null
    record = _closed(
        {
            "screening": _ref("screening"),
            "consent": _ref("consent"),
            "needling": _list(_ref("needling")),
            "adverse_events": _list(_ref("adverse_event")),
            "flags": _maybe(
                _closed({"local_id": LOCAL_ID.schema, "no_adverse_events": BOOL.schema})
            ),
            "plan": _ref("plan"),
            "bilateral_thorax": _ref("bilateral_thorax"),
            "addenda": _list(_ref("addendum")),
        }
    )
    defs["visit"] = _record(
        "visit",
        {
            "patient": UUID.schema,
            "clinician": uuid_or_null,
            "signature": _maybe(
                _closed(
                    {
                        "signed_at": DATETIME.schema,
                        "signed_by": uuid_or_null,
                        "format": {"type": "integer", "minimum": 1, "maximum": 1000},
                        "hash": HASH.schema,
                        "identity": TEXT.schema,
                        "content": {"type": "string", "maxLength": 10 * MAX_TEXT},
                    },
                    "Format 2: the stored signature, carried as it is (format, hash, "
                    "identity snapshot and canonical content as stored).",
                    required=("signed_at", "signed_by"),
                )
            ),
            "trigger_points": _list(_ref("trigger_point")),
            "zones": _list(_ref("zone")),
            "measures": _list(_ref("measure")),
            "record": record,
            "audit": _list(_ref("audit_entry")),
        },
        "A visit with its whole chart, clinical record and audit trail.",
    )
    schema = _closed(
        {
            "format": {"const": FORMAT},
            "format_version": {"enum": list(READABLE_VERSIONS)},
            "clinicians": _list(_ref("clinician")),
            "patients": _list(_ref("patient")),
            "visits": _list(_ref("visit")),
        },
        "A BodyMap archive: patients, clinicians and visits with everything they hold.",
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"BodyMap archive, format version {FORMAT_VERSION}",
        **schema,
        "$defs": defs,
    }


def schema_text() -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(archive_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> None:
    """Rewrite the shipped schema files."""
    docs = Path(__file__).resolve().parents[2] / "docs" / "archive.schema.json"
    for path in (SCHEMA_FILE, docs):
        path.write_text(schema_text(), encoding="utf-8")
        sys.stdout.write(f"wrote {path}\n")


if __name__ == "__main__":
    main()

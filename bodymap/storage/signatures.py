"""Writing a visit's signature: the canonical document, its SHA-256 and the identity snapshot.

Runs on the signing transaction's connection, after the visit's status change was flushed, so
the document is read back exactly as a later check will read it.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, column, insert, select, table

from bodymap.errors import NotFoundError
from bodymap.model import integrity as fmt
from bodymap.model.audit import AuditAction
from bodymap.model.signature_formats import CURRENT, SignatureFormat
from bodymap.storage.audit_chain import append_entries
from bodymap.storage.integrity_read import addenda, content_documents, identity

SIGNATURES = table(
    "visit_signatures",
    *(
        column(c)
        for c in (
            "id",
            "visit_id",
            "signed_by",
            "signed_at",
            "format_version",
            "content_hash",
            "content",
            "identity",
        )
    ),
)


def signed_document(connection: Connection, visit_id: int, signed_by: int) -> dict[str, Any]:
    """The visit's canonical document as it stands, with who the patient and signer are now."""
    doc = content_documents(connection, [visit_id]).get(visit_id)
    if doc is None:
        raise NotFoundError(f"no visit with id {visit_id}")
    doc["identity"] = identity(connection, doc["visit"]["patient_id"], signed_by)
    return doc


def write_signature(
    connection: Connection,
    visit_id: int,
    signed_by: int,
    signed_at: datetime | str,
    actor: int | None,
    note: str | None = None,
    form: SignatureFormat = CURRENT,
) -> str:
    """Store the signature of ``visit_id`` and its audit entry; return the content hash.

    ``note`` is added to the audit entry (migration 0006 says the hash was computed late).
    ``form`` is the signature format: always the current one, but in migration 0006.
    """
    return write_signatures(connection, [(visit_id, signed_by, signed_at)], actor, note, form)[0]


def write_signatures(
    connection: Connection,
    signings: list[tuple[int, int, datetime | str]],
    actor: int | None,
    note: str | None = None,
    form: SignatureFormat = CURRENT,
) -> list[str]:
    """Seal several just-signed visits at once ((visit, signer, time) each); their hashes."""
    docs = content_documents(connection, [visit_id for visit_id, _by, _at in signings], form)
    rows, entries, digests = [], [], []
    for visit_id, signed_by, signed_at in signings:
        doc = docs.get(visit_id)
        if doc is None:
            raise NotFoundError(f"no visit with id {visit_id}")
        doc["identity"] = identity(connection, doc["visit"]["patient_id"], signed_by, form)
        digest = fmt.document_hash(doc)
        digests.append(digest)
        rows.append(
            {
                "visit_id": visit_id,
                "signed_by": signed_by,
                "signed_at": signed_at,
                "format_version": form.version,
                "content_hash": digest,
                "content": fmt.canonical_bytes(doc).decode("utf-8"),
                "identity": fmt.canonical_bytes(doc["identity"]).decode("utf-8"),
            }
        )
        new: dict[str, Any] = {"content_hash": digest, "format": form.version}
        if note:
            new["note"] = note
        entries.append(
            {
                "at": datetime.now(),
                "actor_id": actor,
                "visit_id": visit_id,
                "table_name": "visit_signatures",
                "record_id": visit_id,
                "action": AuditAction.SIGNATURE.value,
                "field": None,
                "old_value": None,
                "new_value": json.dumps(new, sort_keys=True),
            }
        )
    if rows:
        connection.execute(insert(SIGNATURES), rows[0] if len(rows) == 1 else rows)
        append_entries(connection, entries)
    return digests


def next_addendum_hash(connection: Connection, visit_id: int, addendum: dict[str, Any]) -> str:
    """The hash of a new addendum of ``visit_id``, chained to the last one or the signature."""
    earlier = addenda(connection, [visit_id]).get(visit_id, [])
    if earlier and earlier[-1][2]:
        previous = str(earlier[-1][2])
    else:
        query = select(SIGNATURES.c.content_hash).where(SIGNATURES.c.visit_id == visit_id)
        previous = connection.execute(query).scalar() or fmt.GENESIS_HASH
    return fmt.addendum_hash(previous, addendum)

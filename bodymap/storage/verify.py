"""Checking signed visits against their signatures, and the audit chain: one service for all.

``bodymap verify``, ``show``, ``audit``, ``export``, ``report`` and the window all call
:func:`verify_records` or :func:`visit_integrity`. Nothing here writes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, column, select, table

from bodymap.model import integrity as fmt
from bodymap.model.audit import AuditAction
from bodymap.model.signature_formats import FORMATS, project
from bodymap.model.verification import (
    IntegrityStatus,
    SignatureInfo,
    VerifyReport,
    VisitIntegrity,
)
from bodymap.storage.audit_chain import verify_chain
from bodymap.storage.base import RepositoryBase
from bodymap.storage.integrity_read import _CHUNK, addenda, content_documents
from bodymap.storage.signatures import SIGNATURES
from bodymap.storage.verify_read import quick_documents

_AUDIT = table(
    "audit_log",
    column("visit_id"),
    column("table_name"),
    column("record_id"),
    column("action"),
    column("new_value"),
)
_SIGNING_ACTIONS = (AuditAction.SIGN.value, AuditAction.SIGNATURE.value, AuditAction.ADDENDUM.value)


@dataclass
class _Evidence:
    """What the audit log says about one visit's signing and addenda."""

    signed: bool = False
    #: The status change's own "sign" entry (migration 0006's backfill has none to show).
    sign_entry: bool = False
    backfilled: bool = False
    hashes: set[str] = field(default_factory=set)
    addenda: set[int] = field(default_factory=set)


def _filtered(query: Any, col: Any, ids: Sequence[int] | None) -> list[Any]:
    if ids is None:
        return [query]
    return [query.where(col.in_(ids[i : i + _CHUNK])) for i in range(0, len(ids), _CHUNK)]


#: The signature columns a check reads; ``content`` is read only for a visit that differs.
_SIGNATURE_COLUMNS = ("visit_id", "signed_by", "signed_at", "format_version", "content_hash")


def _signatures(connection: Connection, ids: Sequence[int] | None) -> dict[int, Any]:
    query = select(*(SIGNATURES.c[c] for c in _SIGNATURE_COLUMNS), SIGNATURES.c.identity)
    found: dict[int, Any] = {}
    for part in _filtered(query, SIGNATURES.c.visit_id, ids):
        for row in connection.execute(part):
            found[int(row.visit_id)] = row
    return found


def _stored_content(connection: Connection, visit_id: int) -> str:
    query = select(SIGNATURES.c.content).where(SIGNATURES.c.visit_id == visit_id)
    return str(connection.execute(query).scalar() or "")


def _evidence(connection: Connection, ids: Sequence[int] | None) -> dict[int, _Evidence]:
    query = select(*_AUDIT.c).where(_AUDIT.c.action.in_(_SIGNING_ACTIONS))
    found: dict[int, _Evidence] = {}
    sign, signature, addendum = _SIGNING_ACTIONS
    for part in _filtered(query, _AUDIT.c.visit_id, ids):
        for visit_id, table_name, record_id, action, new in connection.execute(part).fetchall():
            if visit_id is None:
                continue
            seen = found.get(visit_id)
            if seen is None:
                seen = found[int(visit_id)] = _Evidence()
            if action == addendum and table_name == "addenda":
                seen.addenda.add(int(record_id))
            elif action in (sign, signature):
                seen.signed = True
                seen.sign_entry |= action == sign
                if action == signature:
                    stored = _stored_json(new)
                    seen.hashes.add(str(stored.get("content_hash", "")))
                    seen.backfilled |= "note" in stored
    return found


def _stored_json(new: str | None) -> dict[str, Any]:
    try:
        value = json.loads(new or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


@lru_cache(maxsize=4096)
def _snapshot(stored: str) -> Any:
    """A signature's identity snapshot, parsed once per distinct text.

    A patient's visits share it; the result is only read, never changed.
    """
    try:
        return json.loads(stored)
    except ValueError:
        return None


def _check_signature(
    connection: Connection, visit_id: int, doc: dict[str, Any] | None, sig: Any
) -> list[str]:
    """Problems of one signed visit: its signature row, then its content.

    ``doc`` comes from the fast read (``verify_read``); when it does not hash to the signature,
    the visit is read again exactly before anything is reported.
    """
    name = f"visit {visit_id}"
    form = FORMATS.get(int(sig.format_version))
    if form is None:
        return [f"{name}: signature format {sig.format_version} is unknown to this BodyMap"]
    if doc is None:
        return [f"{name}: deleted after signing (its signature still exists)"]
    snapshot = _snapshot(sig.identity)
    # Checked in the format the signature was made with (the read is in the current format).
    doc = project(doc, form.version)
    if fmt.document_hash({**doc, "identity": snapshot}) != sig.content_hash:
        exact = content_documents(connection, [visit_id]).get(visit_id)
        doc = project(exact, form.version) if exact is not None else doc
        if fmt.document_hash({**doc, "identity": snapshot}) != sig.content_hash:
            return _what_changed(connection, name, doc, sig)
    visit = doc["visit"]
    if visit["signed_by"] != sig.signed_by or visit["signed_at"] != fmt.normalise(
        "t", sig.signed_at
    ):
        return [f"{name}: signature record altered (signer or time differs from the visit)"]
    return []


def _what_changed(connection: Connection, name: str, doc: dict[str, Any], sig: Any) -> list[str]:
    """Why ``doc`` no longer hashes to its signature: only now is the signed document read."""
    content = _stored_content(connection, int(sig.visit_id))
    if hashlib.sha256(content.encode("utf-8")).hexdigest() != sig.content_hash:
        return [f"{name}: signature record altered (stored content no longer matches its hash)"]
    signed = json.loads(content)
    changed = fmt.differences(signed, {**doc, "identity": signed.get("identity")})
    if not changed:
        return [f"{name}: signature record altered (identity snapshot changed)"]
    if doc["visit"]["status"] != "signed":
        return [f"{name}: set back to draft after signing ({', '.join(changed)})"]
    return [f"{name}: signed content changed ({', '.join(changed)})"]


def _check_addenda(visit_id: int, start: str, rows: list[Any], audited: set[int]) -> list[str]:
    previous, problems = start, []
    for addendum_id, mapping, stored in rows:
        expected = fmt.addendum_hash(previous, mapping)
        if stored != expected:
            problems.append(f"visit {visit_id}: addendum {addendum_id} changed, or one before it")
            break
        previous = stored
    missing = sorted(audited - {row[0] for row in rows})
    if missing:
        listed = ", ".join(str(m) for m in missing)
        problems.append(f"visit {visit_id}: addendum {listed} removed (still in the audit log)")
    return problems


def _visit_check(
    connection: Connection,
    visit_id: int,
    doc: dict[str, Any] | None,
    sig: Any,
    seen: _Evidence,
    added: list[Any],
) -> VisitIntegrity:
    name = f"visit {visit_id}"
    status_signed = doc is not None and doc["visit"]["status"] == "signed"
    if sig is None:
        if status_signed:
            problem = f"{name}: marked signed but has no signature"
        elif seen.signed:
            problem = f"{name}: signed in the audit log but its signature is gone"
        else:
            return VisitIntegrity(visit_id, IntegrityStatus.UNSIGNED)
        return VisitIntegrity(visit_id, IntegrityStatus.TAMPERED, None, (problem,))
    problems = _check_signature(connection, visit_id, doc, sig)
    if sig.content_hash not in seen.hashes:
        problems.append(f"{name}: signature not matched by the audit log (entry missing or edited)")
    elif not seen.sign_entry and not seen.backfilled:
        problems.append(f"{name}: its sign entry is missing from the audit log")
    problems += _check_addenda(visit_id, str(sig.content_hash), added, seen.addenda)
    status = IntegrityStatus.TAMPERED if problems else IntegrityStatus.VERIFIED
    return VisitIntegrity(visit_id, status, str(sig.content_hash), tuple(problems))


#: Visits checked per round of queries: bounds memory whatever the database's size.
_ROUND = 1000


def _all_visit_ids(connection: Connection) -> list[int]:
    visits = table("visits", column("id"))
    found = set(connection.execute(select(visits.c.id)).scalars())
    found |= set(connection.execute(select(SIGNATURES.c.visit_id)).scalars())
    return sorted(int(v) for v in found)


def check_visits(connection: Connection, visit_ids: Sequence[int] | None) -> list[VisitIntegrity]:
    """Check ``visit_ids`` (None: every visit) on ``connection``; by visit id."""
    evidence = _evidence(connection, visit_ids)
    ids = sorted(
        set(_all_visit_ids(connection) if visit_ids is None else visit_ids) | evidence.keys()
    )
    found: list[VisitIntegrity] = []
    for start in range(0, len(ids), _ROUND):
        chunk = ids[start : start + _ROUND]
        docs = quick_documents(connection, chunk, whole=visit_ids is None)
        sigs = _signatures(connection, chunk)
        added = addenda(connection, chunk)
        found += [
            _visit_check(
                connection,
                v,
                docs.get(v),
                sigs.get(v),
                evidence.get(v, _Evidence()),
                added.get(v, []),
            )
            for v in chunk
        ]
    return found


def verify_records(
    repo: RepositoryBase, visit_ids: Sequence[int] | None = None, *, chain: bool = True
) -> VerifyReport:
    """Check signed visits (``visit_ids``, or all) and, with ``chain``, the whole audit chain."""
    with repo.transaction(write=False) as session:
        connection = session.connection()
        visits = check_visits(connection, visit_ids)
        report = verify_chain(connection) if chain else None
    return VerifyReport(
        visits=tuple(visits),
        audit_entries=report.entries if report else 0,
        audit_problems=report.problems if report else (),
    )


def visit_integrity(repo: RepositoryBase, visit_id: int) -> VisitIntegrity:
    """The check of one visit (its signature, content, addenda and audit evidence)."""
    with repo.transaction(write=False) as session:
        found = check_visits(session.connection(), [visit_id])
    return found[0] if found else VisitIntegrity(visit_id, IntegrityStatus.UNSIGNED)


def signature_info(repo: RepositoryBase, visit_id: int) -> SignatureInfo | None:
    """The stored signature of ``visit_id`` (hash and identity snapshot), or None."""
    with repo.transaction(write=False) as session:
        query = select(SIGNATURES.c.content_hash, SIGNATURES.c.content).where(
            SIGNATURES.c.visit_id == visit_id
        )
        row = session.connection().execute(query).first()
    if row is None:
        return None
    try:
        doc = json.loads(row.content)
        patient = doc["identity"]["patient"] or {}
        clinician = doc["identity"]["clinician"] or {}
        signed_at = str(doc["visit"]["signed_at"])
    except (ValueError, KeyError, TypeError):
        return None  # an altered signature record: the integrity check reports it
    return SignatureInfo(
        visit_id=visit_id,
        content_hash=str(row.content_hash),
        signed_at=signed_at,
        patient_name=str(patient.get("name", "")),
        chart_number=str(patient.get("chart_number", "")),
        date_of_birth=patient.get("date_of_birth"),
        signer_id=clinician.get("id"),
        signer_name=str(clinician.get("name", "")),
        signer_credentials=str(clinician.get("credentials", "")),
    )

"""Audit log entries: who changed what in a visit's record, when, and from what to what."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class AuditAction(StrEnum):
    """The kind of change an audit entry records."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    SIGN = "sign"
    ADDENDUM = "addendum"
    IMPORT = "import"
    #: The content hash stored with a signature (by signing, or by migration 0006).
    SIGNATURE = "signature"
    SIGN_FAILED = "sign_failed"
    SIGN_LOCKED = "sign_locked"
    SECRET_SET = "secret_set"
    ARCHIVE = "archive"


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEntry:
    """One recorded change to a visit's data, written in the same transaction as the change.

    ``old`` and ``new`` are JSON text (``None`` when there is no value, e.g. ``old`` on create).
    ``field`` is None when the entry covers the whole record (create, delete, sign).
    ``who`` is the acting clinician's id, or None when the system made the change.
    """

    id: int | None = None
    when: datetime
    who: int | None
    visit_id: int | None
    table: str
    record_id: int
    action: AuditAction
    field: str | None = None
    old: str | None = None
    new: str | None = None

    @property
    def actor_label(self) -> str:
        """The literal "system" when no clinician was set, else "clinician N"."""
        return "system" if self.who is None else f"clinician {self.who}"


def stored_value(text: str | None) -> Any:
    """An entry's ``old``/``new`` JSON text as a JSON value (old databases may hold plain text)."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text

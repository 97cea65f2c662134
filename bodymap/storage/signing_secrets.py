"""Clinicians' signing secrets: argon2id hashes, checked at signing, with a lockout.

The secret itself is never stored or logged. Setting a secret the first time needs nothing
else (BodyMap has no user accounts; the clinician sets it at the keyboard); changing it needs
the current one, checked like a signature. Five wrong secrets in a row (signing or changing)
lock signing and changing for that clinician for five minutes.
Every failure and every lock is written to the audit log, in its own committed transaction so
the rollback of the refused signing cannot erase it.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from bodymap.model.audit import AuditAction
from bodymap.model.errors import ValidationError
from bodymap.storage.audit_chain import append_entries
from bodymap.storage.errors import SigningSecretError
from bodymap.storage.integrity_tables import SigningSecretRow

MIN_LENGTH = 6
MAX_LENGTH = 200
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
# argon2id with OWASP's minimum profile (19 MiB, 2 passes): ~20 ms, so signing stays brisk.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def check_new_secret(secret: str) -> None:
    """Refuse a secret that is too short or too long (names the field and the range)."""
    if not MIN_LENGTH <= len(secret) <= MAX_LENGTH:
        raise ValidationError(
            "signing secret", f"must be {MIN_LENGTH} to {MAX_LENGTH} characters long"
        )


def hash_secret(secret: str) -> str:
    """The argon2id hash stored for ``secret``."""
    check_new_secret(secret)
    return _HASHER.hash(secret)


def _matches(stored: str, secret: str) -> bool:
    try:
        return _HASHER.verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def _audit(
    session: Session, clinician_id: int, action: AuditAction, detail: dict[str, Any]
) -> None:
    append_entries(
        session.connection(),
        [
            {
                "at": datetime.now(),
                "actor_id": session.info.get("actor"),
                "visit_id": detail.get("visit_id"),
                "table_name": "signing_secrets",
                "record_id": clinician_id,
                "action": action.value,
                "field": None,
                "old_value": None,
                "new_value": json.dumps(detail, sort_keys=True),
            }
        ],
    )


def set_secret_in(
    session: Session, clinician_id: int, secret: str, current: str | None
) -> SigningSecretError | None:
    """Set or change ``clinician_id``'s signing secret; None when done, else the refusal.

    Changing needs the ``current`` secret, checked as signing checks it: a wrong one counts
    towards the lockout and is audited, and a locked clinician cannot change it either (else
    five guesses and a change would get round the lock). The caller commits, then raises.
    """
    row = session.get(SigningSecretRow, clinician_id)
    new_hash = hash_secret(secret)  # a new secret that breaks the length rule is no attempt
    now = datetime.now().replace(microsecond=0)
    if row is None:
        session.add(SigningSecretRow(clinician_id=clinician_id, secret_hash=new_hash, set_at=now))
    else:
        refused = check_secret_in(session, clinician_id, current or "", None)
        if refused is not None:
            return SigningSecretError(f"signing secret not changed: {refused}")
        row.secret_hash, row.set_at = new_hash, now
        row.failed_attempts, row.locked_until = 0, None
    session.flush()
    _audit(session, clinician_id, AuditAction.SECRET_SET, {"clinician_id": clinician_id})
    return None


def has_secret_in(session: Session, clinician_id: int) -> bool:
    """True when ``clinician_id`` has set a signing secret."""
    return session.get(SigningSecretRow, clinician_id) is not None


def check_secret_in(
    session: Session, clinician_id: int, secret: str, visit_id: int | None
) -> SigningSecretError | None:
    """Check ``secret`` for signing ``visit_id`` as ``clinician_id`` (None: changing the secret).

    Returns None when it is right. Otherwise records the failure (and a lock after the fifth)
    in ``session`` and returns the error; the caller commits, then raises it.
    """
    row = session.get(SigningSecretRow, clinician_id)
    if row is None:
        return SigningSecretError(
            f"clinician {clinician_id} has no signing secret yet; set one first "
            "(People › Clinicians › Signing secret)"
        )
    now = datetime.now()
    detail: dict[str, Any] = {"clinician_id": clinician_id, "visit_id": visit_id}
    if visit_id is None:
        detail["attempt"] = "change signing secret"
    if row.locked_until is not None and row.locked_until > now:
        _audit(session, clinician_id, AuditAction.SIGN_FAILED, {**detail, "reason": "locked"})
        return SigningSecretError(
            f"signing as clinician {clinician_id} is locked until "
            f"{row.locked_until:%H:%M:%S} after {MAX_FAILURES} wrong secrets"
        )
    if _matches(row.secret_hash, secret):
        if row.failed_attempts or row.locked_until is not None:
            row.failed_attempts, row.locked_until = 0, None
            session.flush()
        return None
    row.failed_attempts += 1
    _audit(session, clinician_id, AuditAction.SIGN_FAILED, {**detail, "reason": "wrong secret"})
    left = MAX_FAILURES - row.failed_attempts
    if left > 0:
        session.flush()
        return SigningSecretError(
            f"wrong signing secret; {left} attempt{'s' if left > 1 else ''} left before "
            "signing is locked for 5 minutes"
        )
    row.failed_attempts, row.locked_until = 0, (now + LOCKOUT).replace(microsecond=0)
    session.flush()
    _audit(
        session, clinician_id, AuditAction.SIGN_LOCKED, {**detail, "until": f"{row.locked_until}"}
    )
    return SigningSecretError(
        f"wrong signing secret {MAX_FAILURES} times: signing as clinician {clinician_id} is "
        f"locked until {row.locked_until:%H:%M:%S}"
    )

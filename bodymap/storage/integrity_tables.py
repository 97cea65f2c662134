"""Tables of record integrity: the signature of each signed visit and the clinicians' secrets.

A signature row is written once, by ``RecordRepository.sign_visit`` (or by migration 0003 for
visits signed before content hashes existed), and the database's guard triggers refuse any
UPDATE or DELETE of it. ``content`` keeps the canonical document that was hashed, so a later
check can name the fields that changed, not just say that something did.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bodymap.storage.tables import Base


class VisitSignatureRow(Base):
    """The signature of a visit (table ``visit_signatures``): hash, format, signer, snapshot."""

    __tablename__ = "visit_signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="RESTRICT"), nullable=False, unique=True
    )
    #: None only for a visit signed before 0003 whose signer was not recorded.
    signed_by: Mapped[int | None] = mapped_column(
        ForeignKey("clinicians.id", ondelete="RESTRICT"), nullable=True
    )
    signed_at: Mapped[datetime] = mapped_column(nullable=False)
    format_version: Mapped[int] = mapped_column(Integer, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    #: The canonical JSON that was hashed, identity snapshot included.
    content: Mapped[str] = mapped_column(nullable=False)
    #: The identity snapshot alone (canonical JSON), so a check need not parse ``content``.
    identity: Mapped[str] = mapped_column(nullable=False)


class SigningSecretRow(Base):
    """A clinician's signing passphrase as an argon2id hash, and the failed-attempt lockout."""

    __tablename__ = "signing_secrets"

    clinician_id: Mapped[int] = mapped_column(
        ForeignKey("clinicians.id", ondelete="RESTRICT"), primary_key=True
    )
    secret_hash: Mapped[str] = mapped_column(nullable=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(nullable=True)
    set_at: Mapped[datetime] = mapped_column(nullable=False)

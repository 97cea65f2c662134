"""Outcomes of checking signed visits and the audit chain (see ``bodymap verify``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class IntegrityStatus(StrEnum):
    """What the check found for one visit."""

    VERIFIED = "verified"
    TAMPERED = "tampered"
    UNSIGNED = "unsigned"


@dataclass(frozen=True, slots=True)
class VisitIntegrity:
    """One visit's check: status, the signature's content hash, and each problem in words."""

    visit_id: int
    status: IntegrityStatus
    hash: str | None = None
    problems: tuple[str, ...] = ()

    @property
    def tampered(self) -> bool:
        """True when the visit must not be shown or exported as a clean signed note."""
        return self.status is IntegrityStatus.TAMPERED

    def as_json(self) -> dict[str, Any]:
        """The ``integrity`` object of ``bodymap show --json``."""
        return {"status": self.status.value, "hash": self.hash, "problems": list(self.problems)}


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The outcome of a check: every visit looked at, and the audit chain."""

    visits: tuple[VisitIntegrity, ...]
    audit_entries: int
    audit_problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when every signed visit matches its signature and the chain is intact."""
        return not self.audit_problems and not any(v.tampered for v in self.visits)

    @property
    def problems(self) -> list[str]:
        """One line per problem: visits first (by id), then the audit chain."""
        return [p for v in self.visits for p in v.problems] + list(self.audit_problems)

    @property
    def signed_count(self) -> int:
        """How many visits carry (or should carry) a signature."""
        return sum(1 for v in self.visits if v.status is not IntegrityStatus.UNSIGNED)

    def summary(self) -> str:
        """The last line of ``bodymap verify``."""
        signed = self.signed_count
        noun = "visit" if signed == 1 else "visits"
        tampered = sum(1 for v in self.visits if v.tampered)
        visits = (
            f"{signed} signed {noun} verified"
            if not tampered
            else f"{tampered} of {signed} signed {noun} failed"
        )
        chain = "intact" if not self.audit_problems else "BROKEN"
        entries = f"{self.audit_entries} entr{'y' if self.audit_entries == 1 else 'ies'}"
        return f"{visits}; audit chain {chain} ({entries})"


@dataclass(frozen=True, slots=True)
class SignatureInfo:
    """What a signature records: the hash and who the patient and signer were at signing."""

    visit_id: int
    content_hash: str
    signed_at: str
    patient_name: str
    chart_number: str
    date_of_birth: str | None
    signer_id: int | None
    signer_name: str
    signer_credentials: str

    @property
    def signer_display(self) -> str:
        """The signer as printed: "Name, credentials" as they were when signing."""
        if not self.signer_name:
            return "an unrecorded clinician"
        return (
            f"{self.signer_name}, {self.signer_credentials}"
            if self.signer_credentials
            else (self.signer_name)
        )

"""Whole records as they travel between a database and an archive: every row, deleted ones too.

``id`` fields hold the ids of the database the records come from (local ids); references
(``visit_id``, ``source_point_id``, ``trigger_point_id``, clinician ids) use the same ids. The
``uuid`` fields are the identities that hold across databases. Soft-deleted marks, needling
records and adverse events are kept, with their deletion time in ``deleted_at`` by uuid, so
nothing of a record is lost in transit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bodymap.model.audit import AuditEntry
from bodymap.model.chart import OutcomeMeasure, PainZone, TriggerPoint, Visit
from bodymap.model.people import Clinician, Patient
from bodymap.model.record import (
    Addendum,
    AdverseEvent,
    BilateralThoraxAcknowledgement,
    Consent,
    NeedlingRecord,
    Plan,
)
from bodymap.model.screening import Screening


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordFlags:
    """The per-visit statements row: its local id and the explicit "no adverse events"."""

    id: int
    no_adverse_events: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class CarriedSignature:
    """A visit's stored signature as it travels (archive format 2): kept, never recomputed.

    ``content`` and ``identity`` are the canonical JSON texts exactly as stored; ``signed_by``
    is a local clinician id like every other reference in a bundle.
    """

    format_version: int
    content_hash: str
    signed_by: int | None
    signed_at: datetime
    identity: str
    content: str


@dataclass(frozen=True, slots=True, kw_only=True)
class VisitBundle:
    """One visit with all it holds, in local-id order, plus its audit trail (oldest first)."""

    visit: Visit
    trigger_points: tuple[TriggerPoint, ...] = ()
    zones: tuple[PainZone, ...] = ()
    measures: tuple[OutcomeMeasure, ...] = ()
    screening: Screening | None = None
    consent: Consent | None = None
    needling: tuple[NeedlingRecord, ...] = ()
    adverse_events: tuple[AdverseEvent, ...] = ()
    flags: RecordFlags | None = None
    plan: Plan | None = None
    bilateral_thorax: BilateralThoraxAcknowledgement | None = None
    addenda: tuple[Addendum, ...] = ()
    audit: tuple[AuditEntry, ...] = ()
    deleted_at: Mapping[str, datetime] = field(default_factory=dict)
    #: The signature as stored (None: unsigned, or read from a format-1 archive).
    signature: CarriedSignature | None = None
    #: Each addendum's stored hash by addendum uuid (chained to the signature's).
    addendum_hashes: Mapping[str, str] = field(default_factory=dict)

    @property
    def uuid(self) -> str:
        """The visit's uuid (always set on a bundle)."""
        return self.visit.uuid or ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Snapshot:
    """Clinicians, patients and visit bundles read together (or about to be written together)."""

    clinicians: tuple[Clinician, ...] = ()
    patients: tuple[Patient, ...] = ()
    visits: tuple[VisitBundle, ...] = ()

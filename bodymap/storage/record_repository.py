"""RecordRepository: reads and writes the clinical record of a visit, and signs visits.

It shares the ChartRepository's guarded session factory, so the signed-visit guard and the
audit log cover every write here in the same transaction. Every public method is one short
transaction; callers only ever see the model's frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from bodymap.errors import BodyMapError, NotFoundError, UsageError
from bodymap.model import Visit, VisitStatus, safety
from bodymap.model.catalog_lists import ConsentScope
from bodymap.model.record import (
    Addendum,
    AdverseEvent,
    BilateralThoraxAcknowledgement,
    Consent,
    NeedlingRecord,
    Plan,
    Screening,
    VisitRecord,
)
from bodymap.model.rules import ThoraxRisk, needling_block_reason
from bodymap.storage import mapping, record_mapping
from bodymap.storage.concurrency import lock_visit_status, locked_row, retried, save_fields
from bodymap.storage.errors import SignedVisitError, SigningSecretError
from bodymap.storage.guard import has_signature, mark_sign_checked
from bodymap.storage.record_signing import (
    ListRowT,
    OneRowT,
    SignBlockedError,
    blockers_in,
    check_signable,
    live_rows,
    load_record_in,
    one_row,
)
from bodymap.storage.record_tables import (
    AddendumRow,
    AdverseEventRow,
    ConsentRow,
    NeedlingRow,
    PlanRow,
    RecordFlagsRow,
    ScreeningRow,
)
from bodymap.storage.repository import ChartRepository
from bodymap.storage.safety_tables import BilateralThoraxRow
from bodymap.storage.signatures import next_addendum_hash, write_signature
from bodymap.storage.signing_secrets import check_secret_in, has_secret_in, set_secret_in
from bodymap.storage.tables import Base, ClinicianRow, TriggerPointRow, VisitRow

#: A record value with the stored version it was read at (``row_version``).
RecordT = TypeVar("RecordT", Screening, Consent, Plan, NeedlingRecord, AdverseEvent)

_NOUNS: dict[type[Base], str] = {
    NeedlingRow: "needling record",
    AdverseEventRow: "adverse event",
}


class RecordRepository:
    """The clinical record of visits: screening, consent, needling, events, plan, addenda.

    Args:
        charts: the open ChartRepository whose database and actor this repository shares.
        thorax_risk: which trigger points put the lung at risk: the atlas's predicate by
            location (``bodymap.anatomy.thorax.thorax_risk_rule``) or muscle/site ids; used by
            the sign rules.
    """

    def __init__(self, charts: ChartRepository, thorax_risk: ThoraxRisk) -> None:
        self._charts = charts
        self.thorax_risk = thorax_risk

    @property
    def in_batch(self) -> bool:
        """True inside the chart repository's batch (then a failed call is not retried)."""
        return self._charts.in_batch

    @contextmanager
    def _transaction(self, write: bool = True) -> Iterator[Session]:
        # The chart repository's transaction sets the audit actor and maps database errors.
        # Reads pass write=False: they begin deferred and never wait for another writer.
        with self._charts.transaction(write) as session:
            yield session

    # --- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _visit(session: Session, visit_id: int | None, *, draft: bool = False) -> VisitRow:
        row = session.get(VisitRow, visit_id) if visit_id is not None else None
        if row is None:
            raise NotFoundError(f"no visit with id {visit_id}")
        if draft and row.status == VisitStatus.SIGNED.value:
            raise SignedVisitError(row.id, "changed")
        return row

    def _upsert(
        self,
        cls: type[OneRowT],
        visit_id: int | None,
        values: dict[str, Any],
        base: tuple[dict[str, Any], int] | None = None,
        to_model: Any = None,
    ) -> OneRowT:
        with self._transaction() as session:
            return self._upsert_in(session, cls, visit_id, values, base, to_model)

    def _upsert_in(
        self,
        session: Session,
        cls: type[OneRowT],
        visit_id: int | None,
        values: dict[str, Any],
        base: tuple[dict[str, Any], int] | None = None,
        to_model: Any = None,
    ) -> OneRowT:
        visit = self._visit(session, visit_id)
        lock_visit_status(session, visit.id)  # one writer per visit at a time (PostgreSQL)
        row = one_row(session, cls, visit.id)
        if row is None:
            row = cls(visit_id=visit.id, **values)
            session.add(row)
        else:
            session.flush()
            session.refresh(row)  # the committed version, not a batch's earlier read
            save_fields(session, row, values, base, _noun(cls), to_model)
        session.flush()
        return row

    @staticmethod
    def _listed(session: Session, cls: type[ListRowT], row_id: int | None) -> ListRowT:
        row = session.get(cls, row_id) if row_id is not None else None
        if row is None or row.deleted_at is not None:
            raise NotFoundError(f"no {_NOUNS[cls]} with id {row_id}")
        return row

    def _set_deleted(self, cls: type[ListRowT], row_id: int, deleted: bool) -> ListRowT:
        with self._transaction() as session:
            row = session.get(cls, row_id)
            if row is None or (row.deleted_at is not None) == deleted:
                state = "live" if deleted else "deleted"
                raise NotFoundError(f"no {state} {_NOUNS[cls]} with id {row_id}")
            row.deleted_at = datetime.now() if deleted else None
            session.flush()
            return row

    # --- whole record -----------------------------------------------------------------------

    def load_record(self, visit_id: int) -> VisitRecord:
        """Everything of a visit's clinical record (deleted entries left out), in one read."""
        with self._transaction(write=False) as session:
            return load_record_in(session, self._visit(session, visit_id).id)

    # --- screening --------------------------------------------------------------------------

    def get_screening(self, visit_id: int) -> Screening | None:
        """The visit's screening, or None when none is recorded yet."""
        with self._transaction(write=False) as session:
            row = one_row(session, ScreeningRow, self._visit(session, visit_id).id)
            return record_mapping.screening_from_row(row) if row else None

    @retried
    def save_screening(self, screening: Screening, base: Screening | None = None) -> Screening:
        """Create or replace the screening of ``screening.visit_id``.

        ``base``: the screening as the window last read it (``row_version`` 0 when there was
        none); only fields changed since are written, clashes raise ``EditConflictError``.
        """
        values = record_mapping.screening_values(screening)
        based = _based(base, record_mapping.screening_values)
        to_model = record_mapping.screening_from_row
        row = self._upsert(ScreeningRow, screening.visit_id, values, based, to_model)
        return record_mapping.screening_from_row(row)

    def prefill_screening(self, visit_id: int) -> Screening:
        """A screening for ``visit_id`` to review, prefilled from the patient's previous visit.

        Answers, medications and the decision note are carried over; the decision and any
        override reason are not, because they must be made again at every visit. Nothing is
        saved. Without an earlier screening the checklist comes back all "unknown".
        """
        earlier = self._charts.previous_visit(visit_id)
        previous = self.get_screening(earlier.id) if earlier and earlier.id else None
        if previous is None:
            return Screening(visit_id=visit_id)
        return replace(
            previous,
            id=None,
            visit_id=visit_id,
            decision=None,
            override_reason="",
            prefilled_from_visit_id=previous.visit_id,
        )

    # --- consent ----------------------------------------------------------------------------

    def get_consent(self, visit_id: int) -> Consent | None:
        """The visit's consent record, or None."""
        with self._transaction(write=False) as session:
            row = one_row(session, ConsentRow, self._visit(session, visit_id).id)
            return record_mapping.consent_from_row(row) if row else None

    @retried
    def save_consent(self, consent: Consent, base: Consent | None = None) -> Consent:
        """Create or replace the consent of ``consent.visit_id`` (``base``: see save_screening)."""
        with self._transaction() as session:
            if consent.obtained_by is not None and not session.get(
                ClinicianRow, consent.obtained_by
            ):
                raise NotFoundError(f"no clinician with id {consent.obtained_by}")
            values = record_mapping.consent_values(consent)
            based = _based(base, record_mapping.consent_values)
            to_model = record_mapping.consent_from_row
            row = self._upsert_in(session, ConsentRow, consent.visit_id, values, based, to_model)
            return record_mapping.consent_from_row(row)

    def prefill_consent(self, visit_id: int) -> Consent | None:
        """The previous visit's consent when it covers a course, to reconfirm (not saved)."""
        earlier = self._charts.previous_visit(visit_id)
        previous = self.get_consent(earlier.id) if earlier and earlier.id else None
        if previous is None or previous.scope is not ConsentScope.COURSE:
            return None
        return replace(previous, id=None, visit_id=visit_id, reconfirmed_this_visit=False)

    # --- needling ---------------------------------------------------------------------------

    def list_needling(self, visit_id: int) -> list[NeedlingRecord]:
        """The visit's needling records, in the order they were added."""
        with self._transaction(write=False) as session:
            rows = live_rows(session, NeedlingRow, self._visit(session, visit_id).id)
            return [record_mapping.needling_from_row(r) for r in rows]

    def _check_needling(self, session: Session, record: NeedlingRecord) -> VisitRow:
        visit = self._visit(session, record.visit_id, draft=True)
        point = session.get(TriggerPointRow, record.trigger_point_id)
        if point is None or point.deleted_at is not None or point.visit_id != visit.id:
            raise NotFoundError(
                f"no trigger point with id {record.trigger_point_id} in visit {visit.id}"
            )
        row = one_row(session, ScreeningRow, visit.id)
        screening = record_mapping.screening_from_row(row) if row else None
        blocked = needling_block_reason(screening) or safety.electrical_block_reason(
            screening, record.technique
        )
        if blocked:
            raise BodyMapError(blocked)
        problem = safety.needle_count_problem(record)
        if problem is not None:
            raise problem
        return visit

    @retried
    def add_needling(self, record: NeedlingRecord) -> NeedlingRecord:
        """Store a needling record; refused while screening blocks needling (see rules)."""
        with self._transaction() as session:
            self._check_needling(session, record)
            row = NeedlingRow(visit_id=record.visit_id, **record_mapping.needling_values(record))
            session.add(row)
            session.flush()
            return record_mapping.needling_from_row(row)

    @retried
    def update_needling(
        self, record: NeedlingRecord, base: NeedlingRecord | None = None
    ) -> NeedlingRecord:
        """Save changes to a needling record (``base``: see save_screening)."""
        with self._transaction() as session:
            row = self._listed(session, NeedlingRow, record.id)
            self._check_needling(session, replace(record, visit_id=row.visit_id))
            lock_visit_status(session, row.visit_id)
            session.flush()
            session.refresh(row)
            values = record_mapping.needling_values(record)
            based = _based(base, record_mapping.needling_values)
            save_fields(
                session, row, values, based, "needling record", record_mapping.needling_from_row
            )
            session.flush()
            return record_mapping.needling_from_row(row)

    @retried
    def delete_needling(self, record_id: int) -> None:
        """Soft-delete a needling record (kept for the record; restorable for undo)."""
        self._set_deleted(NeedlingRow, record_id, True)

    @retried
    def restore_needling(self, record_id: int) -> NeedlingRecord:
        """Bring back a deleted needling record (undo of delete)."""
        return record_mapping.needling_from_row(self._set_deleted(NeedlingRow, record_id, False))

    # --- adverse events ---------------------------------------------------------------------

    def list_adverse_events(self, visit_id: int) -> list[AdverseEvent]:
        """The visit's adverse events, in the order they were added."""
        with self._transaction(write=False) as session:
            rows = live_rows(session, AdverseEventRow, self._visit(session, visit_id).id)
            return [record_mapping.event_from_row(r) for r in rows]

    @retried
    def add_adverse_event(self, event: AdverseEvent) -> AdverseEvent:
        """Store an adverse event; an earlier "no adverse events" statement is withdrawn.

        Raises:
            ValidationError: the severity is below what the event type always is.
        """
        problem = safety.severity_problem(event)
        if problem is not None:
            raise problem
        with self._transaction() as session:
            visit = self._visit(session, event.visit_id, draft=True)
            flags = one_row(session, RecordFlagsRow, visit.id)
            if flags is not None and flags.no_adverse_events:
                flags.no_adverse_events = False
            row = AdverseEventRow(visit_id=visit.id, **record_mapping.event_values(event))
            session.add(row)
            session.flush()
            return record_mapping.event_from_row(row)

    @retried
    def update_adverse_event(
        self, event: AdverseEvent, base: AdverseEvent | None = None
    ) -> AdverseEvent:
        """Save changes to an adverse event (``base``: see save_screening)."""
        problem = safety.severity_problem(event)
        if problem is not None:
            raise problem
        with self._transaction() as session:
            row = self._listed(session, AdverseEventRow, event.id)
            lock_visit_status(session, row.visit_id)
            session.flush()
            session.refresh(row)
            values = record_mapping.event_values(event)
            based = _based(base, record_mapping.event_values)
            save_fields(session, row, values, based, "adverse event", record_mapping.event_from_row)
            session.flush()
            return record_mapping.event_from_row(row)

    @retried
    def delete_adverse_event(self, event_id: int) -> None:
        """Soft-delete an adverse event entered by mistake (restorable for undo)."""
        self._set_deleted(AdverseEventRow, event_id, True)

    @retried
    def restore_adverse_event(self, event_id: int) -> AdverseEvent:
        """Bring back a deleted adverse event (undo of delete)."""
        return record_mapping.event_from_row(self._set_deleted(AdverseEventRow, event_id, False))

    @retried
    def set_no_adverse_events(self, visit_id: int, none: bool = True) -> None:
        """Record (or withdraw) the explicit statement that the visit had no adverse events.

        Raises:
            UsageError: when stating "none" while adverse events are recorded.
        """
        with self._transaction() as session:
            visit = self._visit(session, visit_id)
            if none and live_rows(session, AdverseEventRow, visit.id):
                raise UsageError(
                    f"visit {visit.id} has adverse events recorded; delete them before "
                    "stating there were none"
                )
            self._upsert_in(session, RecordFlagsRow, visit.id, {"no_adverse_events": none})

    # --- bilateral thorax --------------------------------------------------------------------

    def acknowledge_bilateral_thorax(
        self, visit_id: int, reason: str, clinician_id: int | None
    ) -> BilateralThoraxAcknowledgement:
        """Record (or reword) why both sides of the thorax are needled in this visit.

        The statement is kept with the visit, audited like every record write and printed in the
        note; the sign rules require it once thorax-risk points are needled on both sides.
        """
        acknowledgement = BilateralThoraxAcknowledgement(
            visit_id=visit_id,
            reason=reason.strip(),
            acknowledged_by=clinician_id,
            acknowledged_at=datetime.now().replace(microsecond=0),
        )
        with self._transaction() as session:
            self._visit(session, visit_id, draft=True)
            if clinician_id is not None and session.get(ClinicianRow, clinician_id) is None:
                raise NotFoundError(f"no clinician with id {clinician_id}")
            values = {
                "reason": acknowledgement.reason,
                "acknowledged_by": clinician_id,
                "acknowledged_at": acknowledgement.acknowledged_at,
            }
            row = self._upsert_in(session, BilateralThoraxRow, visit_id, values)
            return record_mapping.bilateral_from_row(row)

    # --- plan -------------------------------------------------------------------------------

    def get_plan(self, visit_id: int) -> Plan | None:
        """The visit's plan of care, or None."""
        with self._transaction(write=False) as session:
            row = one_row(session, PlanRow, self._visit(session, visit_id).id)
            return record_mapping.plan_from_row(row) if row else None

    @retried
    def save_plan(self, plan: Plan, base: Plan | None = None) -> Plan:
        """Create or replace the plan of ``plan.visit_id`` (``base``: see save_screening)."""
        values = record_mapping.plan_values(plan)
        based = _based(base, record_mapping.plan_values)
        row = self._upsert(PlanRow, plan.visit_id, values, based, record_mapping.plan_from_row)
        return record_mapping.plan_from_row(row)

    # --- addenda ----------------------------------------------------------------------------

    @retried
    def add_addendum(self, visit_id: int, author_id: int, text: str) -> Addendum:
        """Add a correction to a signed visit, stamped with its author and the current time.

        Raises:
            UsageError: the visit is still a draft (edit it directly instead).
            NotFoundError: unknown visit or author.
        """
        addendum = Addendum(
            visit_id=visit_id,
            author_id=author_id,
            created_at=datetime.now().replace(microsecond=0),
            text=text,
        )
        with self._transaction() as session:
            visit = self._visit(session, visit_id)
            if visit.status != VisitStatus.SIGNED.value:
                raise UsageError(
                    f"visit {visit_id} is a draft: edit it directly; addenda are for signed visits"
                )
            if session.get(ClinicianRow, author_id) is None:
                raise NotFoundError(f"no clinician with id {author_id}")
            hashed = {
                "visit_id": visit_id,
                "author_id": author_id,
                "created_at": addendum.created_at.isoformat(),
                "text": addendum.text,
            }
            row = AddendumRow(
                visit_id=visit_id,
                author_id=author_id,
                created_at=addendum.created_at,
                text=addendum.text,
                content_hash=next_addendum_hash(session.connection(), visit_id, hashed),
            )
            session.add(row)
            session.flush()
            return record_mapping.addendum_from_row(row)

    def list_addenda(self, visit_id: int) -> list[Addendum]:
        """A visit's addenda, oldest first."""
        with self._transaction(write=False) as session:
            self._visit(session, visit_id)
            query = select(AddendumRow).where(AddendumRow.visit_id == visit_id)
            rows = session.scalars(query.order_by(AddendumRow.created_at, AddendumRow.id))
            return [record_mapping.addendum_from_row(r) for r in rows]

    # --- signing ----------------------------------------------------------------------------

    def sign_blockers(self, visit_id: int) -> list[str]:
        """What still stops the visit from being signed (empty when it can be signed)."""
        with self._transaction(write=False) as session:
            return blockers_in(session, self._visit(session, visit_id), self.thorax_risk)

    @retried
    def sign_visit(self, visit_id: int, clinician_id: int, secret: str) -> Visit:
        """Sign a complete visit as ``clinician_id``, proven by that clinician's ``secret``.

        The visit becomes read-only; later corrections are addenda. In the same transaction the
        canonical content is hashed and stored with the signer, time and identity snapshot
        (``signatures.write_signature``). This is the only way to sign: ChartRepository has no
        sign method, and the session guard refuses a visit becoming signed unless this check
        ran in the same transaction.

        Raises:
            SigningSecretError: no secret set, a wrong one (recorded in the audit log and
                committed), or signing locked after five wrong ones.
            SignBlockedError: the record is incomplete; ``reasons`` says what is missing.
            SignedVisitError: the visit is already signed.
        """
        refused: SigningSecretError | None = None
        with self._transaction() as session:
            # The row lock makes signing wait for a writer on this visit, and writers wait for
            # it: what is checked below is exactly what gets signed.
            visit = locked_row(session, VisitRow, visit_id)
            if visit is None:
                raise NotFoundError(f"no visit with id {visit_id}")
            if visit.status == VisitStatus.SIGNED.value or has_signature(session, visit.id):
                raise SignedVisitError(visit.id, "signed again")
            if session.get(ClinicianRow, clinician_id) is None:
                raise NotFoundError(f"no clinician with id {clinician_id}")
            # The record rules first: an incomplete visit is no signing attempt to count.
            check_signable(session, visit, self.thorax_risk)
            refused = check_secret_in(session, clinician_id, secret, visit.id)
            if refused is None:
                mark_sign_checked(session, visit.id)
                visit.status = VisitStatus.SIGNED.value
                visit.signed_at = datetime.now().replace(microsecond=0)
                visit.signed_by = clinician_id
                session.flush()
                write_signature(
                    session.connection(),
                    visit.id,
                    clinician_id,
                    visit.signed_at,
                    session.info.get("actor"),
                )
                return mapping.visit_from_row(visit)
        assert refused is not None  # the secret was wrong: its failure is committed now
        raise refused

    def set_signing_secret(
        self, clinician_id: int, secret: str, current: str | None = None
    ) -> None:
        """Set ``clinician_id``'s signing secret (at least 6 characters; stored as argon2id).

        Changing an existing secret needs the ``current`` one; a wrong one counts towards the
        signing lockout and is audited (committed, then raised as SigningSecretError).
        """
        refused: SigningSecretError | None = None
        with self._transaction() as session:
            if session.get(ClinicianRow, clinician_id) is None:
                raise NotFoundError(f"no clinician with id {clinician_id}")
            refused = set_secret_in(session, clinician_id, secret, current)
        if refused is not None:
            raise refused

    def has_signing_secret(self, clinician_id: int) -> bool:
        """True when ``clinician_id`` has set a signing secret (and so can sign)."""
        with self._transaction() as session:
            return has_secret_in(session, clinician_id)


__all__ = ["RecordRepository", "SignBlockedError"]


def _noun(cls: type[Base]) -> str:
    return cast(Table, cls.__table__).name.rstrip("s").replace("_", " ")


def _based(
    base: RecordT | None, values: Callable[[RecordT], dict[str, Any]]
) -> tuple[dict[str, Any], int] | None:
    """A save's starting point for ``save_fields``: column values and version, or None."""
    return None if base is None else (values(base), base.row_version)

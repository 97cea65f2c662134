"""ChartRepository: the one gateway the rest of the app calls to read and write charts.

Every public method is one short transaction, committed before it returns (autosave). ORM rows
never leave this module: callers get the model's frozen dataclasses. It has no way to sign a
visit: signing belongs to ``RecordRepository.sign_visit``, which checks the record rules first.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bodymap.errors import NotFoundError, UsageError
from bodymap.model import (
    Clinician,
    OutcomeMeasure,
    PainZone,
    Patient,
    TriggerPoint,
    Visit,
    VisitChart,
    VisitStatus,
)
from bodymap.model.audit import AuditEntry
from bodymap.model.search import patient_matches
from bodymap.storage import audit_read, chart_reads, mapping
from bodymap.storage.base import NOUNS, RepositoryBase
from bodymap.storage.concurrency import lock_visit_status, locked_row, retried, save_fields
from bodymap.storage.engine import open_engine
from bodymap.storage.mark_kinds import MEASURES, TRIGGER_POINTS, ZONES, Mark, MarkKind
from bodymap.storage.tables import (
    AuditRow,
    Base,
    ClinicianRow,
    OutcomeMeasureRow,
    PainZoneRow,
    PatientRow,
    TriggerPointRow,
    VisitRow,
)

RowT = TypeVar("RowT", bound=Base)
MarkT = TypeVar("MarkT", bound=TriggerPointRow | PainZoneRow | OutcomeMeasureRow)
#: A model value with the stored version it was read at (``row_version``).
Base_ = TypeVar("Base_", Clinician, Patient, Visit, TriggerPoint, PainZone, OutcomeMeasure)


def open_repository(
    spec: str | None, *, create: bool = True, check_budget: float | None = None
) -> ChartRepository:
    """Open (creating and migrating as needed) the database named by ``spec``.

    Args:
        spec: a file path, a SQLAlchemy URL, or None for the default file in the user data folder.
        create: whether a missing or empty SQLite file may become a new database.
        check_budget: seconds for a ``quick_check`` of an existing SQLite file first.

    Raises:
        DatabaseError: the database cannot be opened safely; nothing was changed.
        DatabaseTooNewError: the database was written by a newer BodyMap.
    """
    engine, url = open_engine(spec, create=create, check_budget=check_budget)
    return ChartRepository(engine, url)


class ChartRepository(RepositoryBase):
    """Reads and writes patients, clinicians, visits and their charts; one transaction per call.

    Args:
        engine: an engine whose database is already migrated (see :func:`open_repository`).
        url: the database URL, for :attr:`location`.
    """

    # --- clinicians ---------------------------------------------------------------------

    @retried
    def add_clinician(self, clinician: Clinician) -> Clinician:
        """Store a new clinician and return it with its id."""
        with self._transaction() as session:
            row = ClinicianRow(**mapping.clinician_values(clinician))
            session.add(row)
            session.flush()
            return mapping.clinician_from_row(row)

    @retried
    def update_clinician(self, clinician: Clinician, base: Clinician | None = None) -> Clinician:
        """Save changes to an existing clinician (see :meth:`update_visit` for ``base``)."""
        with self._transaction() as session:
            row = self._locked(session, ClinicianRow, clinician.id)
            values = mapping.clinician_values(clinician)
            based = _based(base, mapping.clinician_values)
            save_fields(session, row, values, based, "clinician", mapping.clinician_from_row)
            session.flush()
            return mapping.clinician_from_row(row)

    def get_clinician(self, clinician_id: int) -> Clinician:
        """Return the clinician with ``clinician_id``; NotFoundError if there is none."""
        with self._transaction(write=False) as session:
            return mapping.clinician_from_row(self._row(session, ClinicianRow, clinician_id))

    def list_clinicians(self) -> list[Clinician]:
        """Every clinician, by name."""
        with self._transaction(write=False) as session:
            rows = session.scalars(select(ClinicianRow).order_by(ClinicianRow.name))
            return [mapping.clinician_from_row(r) for r in rows]

    # --- patients -----------------------------------------------------------------------

    @retried
    def add_patient(self, patient: Patient) -> Patient:
        """Store a new patient and return it with its id."""
        with self._transaction() as session:
            row = PatientRow(**mapping.patient_values(patient))
            session.add(row)
            session.flush()
            return mapping.patient_from_row(row)

    @retried
    def update_patient(self, patient: Patient, base: Patient | None = None) -> Patient:
        """Save changes to an existing patient (see :meth:`update_visit` for ``base``)."""
        with self._transaction() as session:
            row = self._locked(session, PatientRow, patient.id)
            values = mapping.patient_values(patient)
            based = _based(base, mapping.patient_values)
            save_fields(session, row, values, based, "patient", mapping.patient_from_row)
            session.flush()
            return mapping.patient_from_row(row)

    def get_patient(self, patient_id: int) -> Patient:
        """Return the patient with ``patient_id``; NotFoundError if there is none."""
        with self._transaction(write=False) as session:
            return mapping.patient_from_row(self._row(session, PatientRow, patient_id))

    def find_patient_by_chart_number(self, chart_number: str) -> Patient | None:
        """Return the first patient whose chart number is exactly ``chart_number``, if any."""
        with self._transaction(write=False) as session:
            query = select(PatientRow).where(PatientRow.chart_number == chart_number)
            row = session.scalars(query.order_by(PatientRow.id).limit(1)).first()
            return None if row is None else mapping.patient_from_row(row)

    def list_patients(self, search: str = "", include_archived: bool = False) -> list[Patient]:
        """Patients by name, filtered by ``search`` (in name, chart number or date of birth).

        Matching ignores case and accents in every alphabet ("zoe" finds "ZOË", "nunez"
        "Ñúñez"); it is done in Python because SQL lower() is ASCII-only on SQLite.
        """
        with self._transaction(write=False) as session:
            query = select(PatientRow).order_by(PatientRow.name, PatientRow.id)
            if not include_archived:
                query = query.where(PatientRow.archived.is_(False))
            patients = [mapping.patient_from_row(r) for r in session.scalars(query)]
        return [p for p in patients if patient_matches(p, search)]

    @retried
    def archive_patient(self, patient_id: int, archived: bool = True) -> Patient:
        """Archive (``archived=False``: reactivate) a patient; patients are never deleted."""
        with self._transaction() as session:
            row = self._locked(session, PatientRow, patient_id)
            row.archived = archived
            return mapping.patient_from_row(row)

    # --- visits -------------------------------------------------------------------------

    @retried
    def add_visit(self, visit: Visit) -> Visit:
        """Store a new draft visit and return it with its id.

        Signing is not done here: ``RecordRepository.sign_visit`` signs, after checking the
        record rules, so there is no unchecked way to sign.
        """
        if visit.status is not VisitStatus.DRAFT:
            raise UsageError(
                "a new visit starts as a draft; sign it with RecordRepository.sign_visit"
            )
        with self._transaction() as session:
            self._row(session, PatientRow, visit.patient_id)
            if visit.clinician_id is not None:
                self._row(session, ClinicianRow, visit.clinician_id)
            row = VisitRow(status=VisitStatus.DRAFT.value, **mapping.visit_values(visit))
            session.add(row)
            session.flush()
            return mapping.visit_from_row(row)

    @retried
    def update_visit(self, visit: Visit, base: Visit | None = None) -> Visit:
        """Save a draft visit's date, clinician and SOAP texts; SignedVisitError once signed.

        ``base`` is the visit as the caller's window last read it: then only the fields that
        differ from it are written, and a field someone else changed since raises
        ``EditConflictError`` (their version, who and when) instead of being overwritten.
        Without ``base`` every field is written. Returns the visit as stored now, which may
        include other writers' changes to fields this save left alone.
        """
        with self._transaction() as session:
            row = self._locked(session, VisitRow, visit.id)
            if visit.status is VisitStatus.SIGNED and row.status != VisitStatus.SIGNED.value:
                raise UsageError(
                    "a visit is signed with RecordRepository.sign_visit, not update_visit"
                )
            if visit.clinician_id is not None:
                self._row(session, ClinicianRow, visit.clinician_id)
            values = mapping.visit_values(visit)
            based = _based(base, mapping.visit_values)
            save_fields(session, row, values, based, "visit", mapping.visit_from_row)
            session.flush()
            return mapping.visit_from_row(row)

    def get_visit(self, visit_id: int) -> Visit:
        """Return the visit with ``visit_id``; NotFoundError if there is none."""
        with self._transaction(write=False) as session:
            return mapping.visit_from_row(self._row(session, VisitRow, visit_id))

    def list_visits(self, patient_id: int) -> list[Visit]:
        """A patient's visits, oldest first; NotFoundError for an unknown patient."""
        with self._transaction(write=False) as session:
            self._row(session, PatientRow, patient_id)
            return chart_reads.patient_visits(session, patient_id)

    def previous_visit(self, visit_id: int) -> Visit | None:
        """The same patient's visit just before this one, or None for the first visit."""
        with self._transaction(write=False) as session:
            row = self._row(session, VisitRow, visit_id)
            earlier = (VisitRow.started_at < row.started_at) | (
                (VisitRow.started_at == row.started_at) & (VisitRow.id < row.id)
            )
            query = (
                select(VisitRow)
                .where(VisitRow.patient_id == row.patient_id, earlier)
                .order_by(VisitRow.started_at.desc(), VisitRow.id.desc())
                .limit(1)
            )
            previous = session.scalars(query).first()
            return None if previous is None else mapping.visit_from_row(previous)

    def load_chart(self, visit_id: int) -> VisitChart:
        """Everything charted in a visit (deleted marks left out), read in one transaction."""
        with self._transaction(write=False) as session:
            return chart_reads.load_visit_chart(session, visit_id)

    def load_patient_charts(
        self, patient_id: int, visit_ids: Collection[int] | None = None
    ) -> list[VisitChart]:
        """A patient's charts (all, or only ``visit_ids``), oldest first, in at most 6 queries.

        NotFoundError for an unknown patient.
        """
        with self._transaction(write=False) as session:
            return chart_reads.load_patient_charts(session, patient_id, visit_ids)

    def visit_revisions(self, patient_id: int) -> dict[int, int]:
        """Each visit of the patient → its revision, which changes whenever its chart may have.

        Cache per-visit work under ``(visit id, revision)``; see ``storage/chart_reads.py``.
        """
        with self._transaction(write=False) as session:
            return chart_reads.visit_revisions(session, patient_id)

    # --- marks: trigger points, zones, measures ---------------------------------------------

    def _add_mark(self, cls: type[MarkT], values: dict[str, Any]) -> MarkT:
        with self._transaction() as session:
            # Lock the visit row first: writers to one visit take numbers one at a time, and
            # a visit signed meanwhile is seen (the guard reads its status under this lock).
            lock_visit_status(session, values["visit_id"])
            if cls is TriggerPointRow and not values["number"]:
                visit, values["number"] = self._visit_and_next_number(session, values["visit_id"])
            else:
                visit = self._row(session, VisitRow, values["visit_id"])
            self._check_source_point(session, values)
            row = cls(**values)
            session.add(row)
            session.flush()
            del visit
            return row

    @staticmethod
    def _visit_and_next_number(session: Session, visit_id: int | None) -> tuple[VisitRow, int]:
        """The visit and the next trigger-point number in it, read in one query.

        Deleted points keep their numbers, so an undone delete never duplicates a number.
        """
        highest = (
            select(func.coalesce(func.max(TriggerPointRow.number), 0))
            .where(TriggerPointRow.visit_id == VisitRow.id)
            .scalar_subquery()
        )
        found = session.execute(select(VisitRow, highest).where(VisitRow.id == visit_id)).first()
        if found is None:
            raise NotFoundError(f"no visit with id {visit_id}")
        return found[0], int(found[1]) + 1

    @staticmethod
    def _check_source_point(session: Session, values: dict[str, Any]) -> None:
        """A referred zone may only link to a trigger point of its own visit."""
        point_id = values.get("source_point_id")
        if point_id is None:
            return
        point = session.get(TriggerPointRow, point_id)
        if point is None or point.visit_id != values["visit_id"]:
            visit_id = values["visit_id"]
            raise NotFoundError(
                f"source_point_id: no trigger point with id {point_id} in visit {visit_id}"
            )

    def _update_mark(
        self,
        cls: type[MarkT],
        mark_id: int | None,
        values: dict[str, Any],
        base: tuple[dict[str, Any], int] | None = None,
        to_model: Any = None,
    ) -> MarkT:
        with self._transaction() as session:
            row = self._locked(session, cls, mark_id)
            if values.get("visit_id") is None:
                values["visit_id"] = row.visit_id
            elif values["visit_id"] != row.visit_id:
                self._row(session, VisitRow, values["visit_id"])
            self._check_source_point(session, values)
            save_fields(session, row, values, base, NOUNS[cls], to_model)
            session.flush()
            return row

    def _locked(self, session: Session, cls: type[RowT], row_id: int | None) -> RowT:
        row = locked_row(session, cls, row_id)
        if row is None or getattr(row, "deleted_at", None) is not None:
            raise NotFoundError(f"no {NOUNS[cls]} with id {row_id}")
        return row

    def _set_deleted(self, cls: type[MarkT], mark_id: int, deleted: bool) -> MarkT:
        with self._transaction() as session:
            row = session.get(cls, mark_id)
            if row is None or (row.deleted_at is not None) == deleted:
                state = "live" if deleted else "deleted"
                raise NotFoundError(f"no {state} {NOUNS[cls]} with id {mark_id}")
            row.deleted_at = datetime.now() if deleted else None
            session.flush()
            return row

    @retried
    def add_mark(self, kind: MarkKind[Mark], mark: Mark) -> Mark:
        """Store a mark of ``kind``; return it with its id (trigger point number 0: the next)."""
        return kind.from_row(self._add_mark(kind.row, kind.values(mark)))

    @retried
    def update_mark(self, kind: MarkKind[Mark], mark: Mark, base: Mark | None = None) -> Mark:
        """Save changes to a mark (see :meth:`update_visit` for ``base``)."""
        based = _based(base, kind.values)
        row = self._update_mark(kind.row, mark.id, kind.values(mark), based, kind.from_row)
        return kind.from_row(row)

    @retried
    def delete_mark(self, kind: MarkKind[Mark], mark_id: int) -> None:
        """Soft-delete a mark (restorable for undo; kept for the record)."""
        self._set_deleted(kind.row, mark_id, True)

    @retried
    def restore_mark(self, kind: MarkKind[Mark], mark_id: int) -> Mark:
        """Bring back a deleted mark (undo of delete)."""
        return kind.from_row(self._set_deleted(kind.row, mark_id, False))

    # Named forms of the four, for callers that know the kind.
    def add_trigger_point(self, point: TriggerPoint) -> TriggerPoint:
        """Store a trigger point; ``number`` 0 means "next number in this visit"."""
        return self.add_mark(TRIGGER_POINTS, point)

    def update_trigger_point(
        self, point: TriggerPoint, base: TriggerPoint | None = None
    ) -> TriggerPoint:
        """Save changes to a trigger point (see :meth:`update_visit` for ``base``)."""
        return self.update_mark(TRIGGER_POINTS, point, base)

    def delete_trigger_point(self, point_id: int) -> None:
        """Soft-delete a trigger point (restorable for undo; kept for the record)."""
        self.delete_mark(TRIGGER_POINTS, point_id)

    def restore_trigger_point(self, point_id: int) -> TriggerPoint:
        """Bring back a deleted trigger point (undo of delete)."""
        return self.restore_mark(TRIGGER_POINTS, point_id)

    def add_zone(self, zone: PainZone) -> PainZone:
        """Store a pain zone and return it with its id."""
        return self.add_mark(ZONES, zone)

    def update_zone(self, zone: PainZone, base: PainZone | None = None) -> PainZone:
        """Save changes to a pain zone (see :meth:`update_visit` for ``base``)."""
        return self.update_mark(ZONES, zone, base)

    def delete_zone(self, zone_id: int) -> None:
        """Soft-delete a pain zone (restorable for undo)."""
        self.delete_mark(ZONES, zone_id)

    def restore_zone(self, zone_id: int) -> PainZone:
        """Bring back a deleted pain zone (undo of delete)."""
        return self.restore_mark(ZONES, zone_id)

    def add_measure(self, measure: OutcomeMeasure) -> OutcomeMeasure:
        """Store an outcome measure and return it with its id."""
        return self.add_mark(MEASURES, measure)

    def update_measure(
        self, measure: OutcomeMeasure, base: OutcomeMeasure | None = None
    ) -> OutcomeMeasure:
        """Save changes to an outcome measure (see :meth:`update_visit` for ``base``)."""
        return self.update_mark(MEASURES, measure, base)

    def delete_measure(self, measure_id: int) -> None:
        """Soft-delete an outcome measure (restorable for undo)."""
        self.delete_mark(MEASURES, measure_id)

    def restore_measure(self, measure_id: int) -> OutcomeMeasure:
        """Bring back a deleted outcome measure (undo of delete)."""
        return self.restore_mark(MEASURES, measure_id)

    # --- audit ----------------------------------------------------------------------------

    def audit_log(self, visit_id: int) -> list[AuditEntry]:
        """Every recorded change to a visit and its marks, oldest first."""
        with self._transaction(write=False) as session:
            query = select(AuditRow).where(AuditRow.visit_id == visit_id).order_by(AuditRow.id)
            rows = list(session.scalars(query))
            created = audit_read.creation_snapshots(session, rows)
            entries = [mapping.audit_from_row(r) for r in rows]
            return [replace(e, new=created[e.id]) if e.id in created else e for e in entries]


def _based(
    base: Base_ | None, values: Callable[[Base_], dict[str, Any]]
) -> tuple[dict[str, Any], int] | None:
    """A save's starting point for ``save_fields``: column values and version, or None."""
    return None if base is None else (values(base), base.row_version)


__all__ = ["ChartRepository", "open_repository"]

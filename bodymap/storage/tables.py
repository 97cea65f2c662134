"""SQLAlchemy 2 typed table mapping; ORM rows never leave bodymap.storage.

Every column type here is portable (SQLite and PostgreSQL): enums are stored as their string
values, polygons and raw instrument items as JSON text, times as naive wall-clock values.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar
from uuid import uuid4

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

#: Constraint names are deterministic so that migrations (and batch mode on SQLite) can find them.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class WallClockDateTime(TypeDecorator[datetime]):
    """A naive date-time as the clinic's wall clock shows it, the same on SQLite and PostgreSQL.

    Aware values are converted to local time first, so nothing is silently shifted.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store aware values as local wall-clock time, naive ones as they are."""
        if value is not None and value.tzinfo is not None:
            return value.astimezone().replace(tzinfo=None)
        return value


def new_uuid() -> str:
    """A fresh random UUID (version 4) in the text form stored and exported."""
    return str(uuid4())


def uuid_column() -> Mapped[str]:
    """The stable identity of a record across databases and exports (see docs/archive.md).

    Unique and never changed; a new row gets one at creation, an imported row keeps its own.
    """
    return mapped_column(String(36), nullable=False, unique=True, index=True, default=new_uuid)


class Base(DeclarativeBase):
    """Declarative base with the naming convention and the project's column type map."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: WallClockDateTime(),
        date: Date(),
        str: Text(),
        float: Float(),
        bool: Boolean(),
    }


class Versioned:
    """Mixin of every mutable row: ``row_version`` counts its committed changes.

    SQLAlchemy checks it in each UPDATE's WHERE clause and bumps it (``version_id_col``), and
    the repositories compare it with the version a window last saw, so a save made from a
    stale copy is merged field by field or refused as a conflict, never silently applied.
    """

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (SQLAlchemy's declared_attr)
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


class ClinicianRow(Versioned, Base):
    """A clinician (table ``clinicians``)."""

    __tablename__ = "clinicians"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    credentials: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    training_course: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    training_hours: Mapped[float | None] = mapped_column(nullable=True)
    training_date: Mapped[date | None] = mapped_column(nullable=True)


class PatientRow(Versioned, Base):
    """A patient (table ``patients``); archived, never deleted."""

    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    name: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    chart_number: Mapped[str] = mapped_column(String(64), nullable=False, default="", index=True)
    date_of_birth: Mapped[date | None] = mapped_column(nullable=True)
    sex: Mapped[str] = mapped_column(String(16), nullable=False, default="unknown")
    contact: Mapped[str] = mapped_column(nullable=False, default="")
    notes: Mapped[str] = mapped_column(nullable=False, default="")
    archived: Mapped[bool] = mapped_column(nullable=False, default=False)

    visits: Mapped[list[VisitRow]] = relationship(back_populates="patient")


class VisitRow(Versioned, Base):
    """A visit (table ``visits``): draft until signed, then read-only."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    clinician_id: Mapped[int | None] = mapped_column(
        ForeignKey("clinicians.id", ondelete="SET NULL"), nullable=True, index=True
    )
    started_at: Mapped[datetime] = mapped_column(nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    subjective: Mapped[str] = mapped_column(nullable=False, default="")
    objective: Mapped[str] = mapped_column(nullable=False, default="")
    assessment: Mapped[str] = mapped_column(nullable=False, default="")
    plan: Mapped[str] = mapped_column(nullable=False, default="")
    signed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    signed_by: Mapped[int | None] = mapped_column(
        ForeignKey("clinicians.id", ondelete="RESTRICT"), nullable=True
    )

    patient: Mapped[PatientRow] = relationship(back_populates="visits")
    trigger_points: Mapped[list[TriggerPointRow]] = relationship(back_populates="visit")
    zones: Mapped[list[PainZoneRow]] = relationship(back_populates="visit")
    measures: Mapped[list[OutcomeMeasureRow]] = relationship(back_populates="visit")


class TriggerPointRow(Versioned, Base):
    """A trigger point on the map (table ``trigger_points``); soft-deleted via ``deleted_at``."""

    __tablename__ = "trigger_points"
    # Numbers are unique in a visit: the database refuses a duplicate whatever the writer.
    __table_args__ = (
        Index("uq_trigger_points_visit_id_number", "visit_id", "number", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    view: Mapped[str] = mapped_column(String(16), nullable=False)
    x: Mapped[float] = mapped_column(nullable=False)
    y: Mapped[float] = mapped_column(nullable=False)
    muscle: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    side: Mapped[str] = mapped_column(String(16), nullable=False)
    site: Mapped[str | None] = mapped_column(String(200), nullable=True)
    activity: Mapped[str] = mapped_column(String(16), nullable=False)
    familiar_pain: Mapped[bool] = mapped_column(nullable=False, default=False)
    twitch: Mapped[str] = mapped_column(String(16), nullable=False)
    tenderness: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(nullable=False, default="")
    carry: Mapped[str] = mapped_column(String(16), nullable=False, default="new")
    # True: the clinician confirmed a side contradicting the drawn half (migration 0003).
    side_override: Mapped[bool] = mapped_column(
        nullable=False, default=False, server_default=false()
    )
    deleted_at: Mapped[datetime | None] = mapped_column(nullable=True)

    visit: Mapped[VisitRow] = relationship(back_populates="trigger_points")


class PainZoneRow(Versioned, Base):
    """A pain zone (table ``pain_zones``); polygons as portable JSON text."""

    __tablename__ = "pain_zones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    view: Mapped[str] = mapped_column(String(16), nullable=False)
    polygons: Mapped[str] = mapped_column(nullable=False, info={"json": True})
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    intensity: Mapped[int] = mapped_column(Integer, nullable=False)
    quality: Mapped[str | None] = mapped_column(String(32), nullable=True)
    depth: Mapped[str] = mapped_column(String(16), nullable=False)
    source_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("trigger_points.id", ondelete="SET NULL"), nullable=True, index=True
    )
    notes: Mapped[str] = mapped_column(nullable=False, default="")
    carry: Mapped[str] = mapped_column(String(16), nullable=False, default="new")
    deleted_at: Mapped[datetime | None] = mapped_column(nullable=True)

    visit: Mapped[VisitRow] = relationship(back_populates="zones")


class OutcomeMeasureRow(Versioned, Base):
    """An outcome measurement (table ``outcome_measures``) with its raw items as JSON text."""

    __tablename__ = "outcome_measures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    instrument: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    timing: Mapped[str] = mapped_column(String(16), nullable=False)
    value: Mapped[float] = mapped_column(nullable=False)
    label: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    site: Mapped[str | None] = mapped_column(String(200), nullable=True)
    side: Mapped[str | None] = mapped_column(String(16), nullable=True)
    version: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    items: Mapped[str] = mapped_column(nullable=False, default="[]", info={"json": True})
    item_labels: Mapped[str] = mapped_column(nullable=False, default="[]", info={"json": True})
    deleted_at: Mapped[datetime | None] = mapped_column(nullable=True)

    visit: Mapped[VisitRow] = relationship(back_populates="measures")


class AuditRow(Base):
    """One audit-log entry (table ``audit_log``); written only by the storage's flush hook."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(nullable=False)
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    visit_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    field: Mapped[str | None] = mapped_column(String(64), nullable=True)
    old_value: Mapped[str | None] = mapped_column(nullable=True)
    new_value: Mapped[str | None] = mapped_column(nullable=True)
    #: Hash chain (see audit_chain.py): the previous entry's hash and this entry's own.
    prev_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    row_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)

"""Row versions on every mutable row; trigger-point numbers unique within a visit.

Revision ID: 0004_row_versions
Revises: 0003_thorax
Create Date: 2026-12-02 08:00:00

Every existing row starts at version 1. Columns are added with ALTER TABLE (no table rebuild),
so triggers on these tables survive on SQLite. Before the unique index is created, duplicate
numbers that concurrent writers could leave on PostgreSQL are renumbered in draft visits (the
later point takes the next free number, logged in the audit trail); a signed visit with
duplicates is reported rather than changed, since its content is final.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0004_row_versions"
down_revision: str | Sequence[str] | None = "0003_thorax"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED_TABLES = (
    "clinicians",
    "patients",
    "visits",
    "trigger_points",
    "pain_zones",
    "outcome_measures",
    "screenings",
    "consents",
    "needling_records",
    "adverse_events",
    "record_flags",
    "plans",
    "bilateral_thorax",
)
UNIQUE_NUMBER_INDEX = "uq_trigger_points_visit_id_number"


def _renumber_duplicates(connection: sa.Connection) -> None:
    duplicates = connection.execute(
        sa.text(
            "SELECT p.id, p.visit_id, p.number, v.status FROM trigger_points p "
            "JOIN visits v ON v.id = p.visit_id "
            "WHERE EXISTS (SELECT 1 FROM trigger_points q WHERE q.visit_id = p.visit_id "
            "AND q.number = p.number AND q.id < p.id) ORDER BY p.visit_id, p.id"
        )
    ).all()
    signed = sorted({visit_id for _id, visit_id, _n, status in duplicates if status == "signed"})
    if signed:
        raise RuntimeError(
            "signed visits "
            + ", ".join(str(v) for v in signed)
            + " have duplicate trigger-point numbers; they need a decision before upgrading"
        )
    for point_id, visit_id, number, _status in duplicates:
        highest = connection.execute(
            sa.text("SELECT MAX(number) FROM trigger_points WHERE visit_id = :v"), {"v": visit_id}
        ).scalar_one()
        connection.execute(
            sa.text("UPDATE trigger_points SET number = :n WHERE id = :id"),
            {"n": highest + 1, "id": point_id},
        )
        connection.execute(
            sa.text(
                "INSERT INTO audit_log (at, actor_id, visit_id, table_name, record_id, action, "
                "field, old_value, new_value) VALUES (:at, NULL, :v, 'trigger_points', :id, "
                "'update', 'number', :old, :new)"
            ),
            {
                "at": datetime.now(),
                "v": visit_id,
                "id": point_id,
                "old": str(number),
                "new": str(highest + 1),
            },
        )


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(
            table,
            sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        )
    _renumber_duplicates(op.get_bind())
    op.create_index(UNIQUE_NUMBER_INDEX, "trigger_points", ["visit_id", "number"], unique=True)


def downgrade() -> None:
    op.drop_index(UNIQUE_NUMBER_INDEX, table_name="trigger_points")
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")

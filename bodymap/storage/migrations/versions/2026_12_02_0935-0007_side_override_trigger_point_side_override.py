"""Trigger points: side_override (a side confirmed against the drawn half).

Revision ID: 0007_side_override
Revises: 0006_integrity
Create Date: 2026-12-02 08:00:00

A plain ADD COLUMN (no batch table copy), so SQLite keeps the table's triggers; existing points
were never overridden, hence the server default false.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_side_override"
down_revision: str | Sequence[str] | None = "0006_integrity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "trigger_points",
        sa.Column("side_override", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("trigger_points", schema=None) as batch_op:
        batch_op.drop_column("side_override")

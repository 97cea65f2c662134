"""Stable identities: a UUID on every patient, clinician, visit, mark, measure and record section.

Existing rows get a random UUID each; the column is then made NOT NULL with a unique index.
On SQLite the NOT NULL change rebuilds each table (batch mode), which drops triggers on it:
a migration after this one that adds triggers runs after the rebuild, so they survive.

Revision ID: 0005_uuids
Revises: 0004_row_versions
Create Date: 2026-12-02 07:30:00
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005_uuids'
down_revision: str | Sequence[str] | None = '0004_row_versions'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Frozen list (this migration must not import bodymap): the tables that get a uuid column.
TABLES = (
    'clinicians',
    'patients',
    'visits',
    'trigger_points',
    'pain_zones',
    'outcome_measures',
    'screenings',
    'consents',
    'needling_records',
    'adverse_events',
    'plans',
    'addenda',
    'bilateral_thorax',
)


def _fill(table: str) -> None:
    connection = op.get_bind()
    rows = sa.table(table, sa.column('id', sa.Integer()), sa.column('uuid', sa.String(36)))
    ids = [row_id for (row_id,) in connection.execute(sa.select(rows.c.id).order_by(rows.c.id))]
    if ids:
        connection.execute(
            rows.update().where(rows.c.id == sa.bindparam('row_id')).values(uuid=sa.bindparam('u')),
            [{'row_id': row_id, 'u': str(uuid.uuid4())} for row_id in ids],
        )


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('uuid', sa.String(length=36), nullable=True))
        _fill(table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('uuid', existing_type=sa.String(length=36), nullable=False)
            batch_op.create_index(batch_op.f(f'ix_{table}_uuid'), ['uuid'], unique=True)


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_uuid'))
            batch_op.drop_column('uuid')

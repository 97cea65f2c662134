"""Alembic environment: runs on the connection BodyMap hands over, inside its transaction."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection

from bodymap.storage.migrate import load_table_modules
from bodymap.storage.tables import Base, WallClockDateTime

load_table_modules()

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError(
        "BodyMap migrations run through bodymap.storage.migrate (they need a live connection)"
    )


def _render_item(kind: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    """Render app-side column types as plain portable types, so migrations stay frozen."""
    if kind == "type" and isinstance(obj, WallClockDateTime):
        return "sa.DateTime()"
    return False


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # Batch mode rebuilds tables on SQLite, whose ALTER TABLE is limited; a no-op elsewhere.
    render_as_batch=True,
    # SQLite and PostgreSQL both roll DDL back, so a failed migration leaves the old schema.
    transactional_ddl=True,
    compare_type=True,
    render_item=_render_item,
)
if connection.dialect.name == "sqlite":
    # Batch table rebuilds briefly leave references dangling; check foreign keys at commit.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

with context.begin_transaction():
    context.run_migrations()

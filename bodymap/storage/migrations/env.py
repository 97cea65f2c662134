"""Alembic environment: runs on the connection BodyMap hands over, inside its transaction."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection, inspect

from bodymap.storage.guard_triggers import create_guard_triggers
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
    # ...and the guard triggers of other tables name the table being rebuilt: without the
    # legacy rename, SQLite refuses the final RENAME while the old table is gone.
    connection.exec_driver_sql("PRAGMA legacy_alter_table = ON")

with context.begin_transaction():
    context.run_migrations()
    # A batch rebuild on SQLite drops the rebuilt table's triggers: restore every guard
    # trigger once the migrations ran (see storage/guard_triggers.py).
    if inspect(connection).has_table("visit_signatures"):
        create_guard_triggers(connection)

if connection.dialect.name == "sqlite":
    connection.exec_driver_sql("PRAGMA legacy_alter_table = OFF")

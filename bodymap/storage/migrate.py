"""Alembic, run programmatically: the migration scripts ship inside the package, no alembic.ini."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: Timestamped file names keep the versions folder in the order the migrations were written.
FILE_TEMPLATE = "%%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s"
VERSION_TABLE = "alembic_version"
#: The engine's execution option that makes SQLite begin IMMEDIATE (see ``engine.py``);
#: ``False`` begins a deferred, read-only-style transaction.
READ_ONLY_BEGIN = "bodymap_begin_immediate"

#: Every revision this app ships, oldest first (a test checks it against the scripts). Knowing
#: them without Alembic keeps its half-second import off the start-up path of an up-to-date file.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_foundation",
    "0002_record",
    "0003_thorax",
    "0004_row_versions",
    "0005_uuids",
    "0006_integrity",
    "0007_side_override",
)


def load_table_modules() -> None:
    """Import every table module of the package (``tables.py`` and ``*_tables.py``).

    The mapping must be complete before migrations are compared with it (autogenerate and the
    schema tests), and a table module added by a later feature is found without editing this
    package's code. The repositories do not need it: each imports its own tables.
    """
    package = __name__.rpartition(".")[0]
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module.name == "tables" or module.name.endswith("_tables"):
            importlib.import_module(f"{package}.{module.name}")


def alembic_config(connection: Connection | None = None) -> Config:
    """Build the Alembic configuration in code; ``connection`` is handed to env.py."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("file_template", FILE_TEMPLATE)
    config.set_main_option("truncate_slug_length", "40")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def migration_scripts() -> ScriptDirectory:
    """Alembic's view of the migration scripts shipped in the package."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this version of BodyMap knows."""
    return KNOWN_REVISIONS[-1]


def is_known_revision(revision: str) -> bool:
    """True if ``revision`` is one of this app's migrations (so it can be upgraded from)."""
    return revision in KNOWN_REVISIONS


def stored_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for a database without BodyMap tables."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in one transaction: all of them apply, or none does."""
    # The check reads in a deferred transaction: opening a database at head never waits for
    # another process's write lock (the engine's begin hook would otherwise take it).
    with engine.connect().execution_options(**{READ_ONLY_BEGIN: False}) as connection:
        if stored_revision(connection) == head_revision():
            return  # up to date: no need to load Alembic at all
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _sqlite_foreign_keys(connection, on=False)
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                if sqlite:
                    _refuse_dangling_references(connection)
        finally:
            if sqlite:
                _sqlite_foreign_keys(connection, on=True)


def _sqlite_foreign_keys(connection: Connection, *, on: bool) -> None:
    """Switch SQLite's foreign-key enforcement outside any transaction (it is a no-op inside).

    A batch migration rebuilds a table by copy, drop and rename; dropping a parent table whose
    children reference it ON DELETE RESTRICT fails at once, even with deferred checks. So, as
    SQLite's own procedure for schema changes says, enforcement is off during the migration and
    every reference is checked before it commits (:func:`_refuse_dangling_references`).
    """
    raw = connection.connection.driver_connection
    if raw is None:  # pragma: no cover - a live connection always has one
        return
    raw.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def _refuse_dangling_references(connection: Connection) -> None:
    """Fail the migration (and so roll it back) if any foreign key points at nothing."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken is not None:
        raise RuntimeError(
            f"migration left table {broken[0]} row {broken[1]} referencing a missing {broken[2]}"
        )

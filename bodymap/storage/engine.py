"""Database location, engine set-up and safe opening: check, refuse or migrate, never clobber."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from bodymap.storage.errors import DatabaseError, DatabaseTooNewError
from bodymap.storage.migrate import (
    head_revision,
    is_known_revision,
    stored_revision,
    upgrade_to_head,
)

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_FILE_NAME = "bodymap.sqlite"
#: Execution option that makes a SQLite transaction begin IMMEDIATE (take the write lock).
IMMEDIATE_OPTION = "bodymap_begin_immediate"
#: Pragmas set on every SQLite connection: crash safety first, then concurrency.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


def default_database_path() -> Path:
    """The default database file in the user's data folder (the folder is not created here)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("BodyMap", appauthor=False)) / DEFAULT_FILE_NAME


def database_url(spec: str | None) -> URL:
    """Turn a user's database spec into a SQLAlchemy URL.

    Args:
        spec: a file path, anything containing "://" as a SQLAlchemy URL, or None for the
            default file (whose folder is created on demand).

    Raises:
        DatabaseError: the URL is malformed.
    """
    if spec is None:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite", database=str(path))
    if "://" in spec:
        try:
            url = make_url(spec)
        except (ArgumentError, ValueError) as exc:
            raise DatabaseError(f"{spec!r} is not a valid database URL ({exc})") from None
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite", database=str(Path(spec).expanduser().absolute()))


def describe(url: URL) -> str:
    """A short, password-free description of the database for messages and the status bar."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def check_sqlite_file(path: Path) -> bool:
    """Check a SQLite path before anything connects to it; return True if the file exists.

    Raises:
        DatabaseError: the folder is missing, or the path is not a readable SQLite file.
    """
    if not path.parent.is_dir():
        raise DatabaseError(f"{path}: folder {path.parent} does not exist")
    try:
        info = path.stat()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseError(f"{path}: is a folder, not a database file")
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseError(f"{path}: is not a regular file, so not a database")
    if info.st_size == 0:
        return True  # SQLite treats an empty file as a new, empty database
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read ({exc.strerror})") from None
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path}: is not a BodyMap database (not a SQLite file)")
    if not os.access(path, os.W_OK):
        raise DatabaseError(f"{path}: is read-only; BodyMap needs to write to it")
    return True


def _sqlite_stored_revision(path: Path) -> str | None:
    """Read the schema revision without writing a byte (read-only, no pragmas)."""
    # Without a -wal file everything is in the main file; "immutable" then reads it without
    # creating -wal/-shm side files, so a refused database leaves no trace at all.
    wal_exists = Path(f"{path}-wal").exists()
    uri = f"file:{quote(str(path))}?mode=ro" + ("" if wal_exists else "&immutable=1")
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot be opened ({exc})") from None
    try:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseError(f"{path}: is a SQLite database but not a BodyMap one")
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: is not a usable database ({exc})") from None
    finally:
        connection.close()


def _on_sqlite_connect(dbapi_connection: Any, _record: object) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so DDL is transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    # Writers begin IMMEDIATE: a read-then-write transaction cannot then fail half-way with
    # SQLITE_BUSY when another process writes in between. Readers begin deferred (WAL lets
    # them read while someone writes). Migrations run on a plain connection: IMMEDIATE too.
    immediate = connection.get_execution_options().get(IMMEDIATE_OPTION, True)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_database_engine(url: URL) -> Engine:
    """Create an engine for ``url``; SQLite connections get the safety pragmas."""
    try:
        engine = create_engine(url)
    except ImportError as exc:
        if url.get_backend_name() == "postgresql":
            raise DatabaseError(
                f"{describe(url)}: PostgreSQL needs its driver: pip install 'bodymap[postgres]'"
            ) from None
        raise DatabaseError(f"{describe(url)}: unsupported database ({exc})") from None
    except (NoSuchModuleError, ArgumentError) as exc:
        raise DatabaseError(f"{describe(url)}: unsupported database ({exc})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


#: What a migration script raises when the stored data needs a person's decision first (scripts
#: import nothing from bodymap, so they use this built-in exception).
MigrationRefusedError = RuntimeError


def _refuse_unknown(location: str, revision: str | None) -> None:
    if revision is not None and not is_known_revision(revision):
        raise DatabaseTooNewError(location, revision, head_revision())


def open_engine(spec: str | None) -> tuple[Engine, URL]:
    """Open the database named by ``spec``, refusing what is unsafe and migrating to head.

    A new SQLite file is created and migrated. An existing file is checked before anything
    connects to it: a non-database or a database from a newer BodyMap is refused unchanged.

    Raises:
        DatabaseError: the database cannot be opened; the message names it and why.
        DatabaseTooNewError: the schema is newer than this version knows.
    """
    url = database_url(spec)
    location = describe(url)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseError("an in-memory database would lose every record; give a file")
        path = Path(url.database)
        if check_sqlite_file(path):
            _refuse_unknown(location, _sqlite_stored_revision(path))
    engine = create_database_engine(url)
    try:
        if engine.dialect.name != "sqlite":
            with engine.connect() as connection:
                _refuse_unknown(location, stored_revision(connection))
        upgrade_to_head(engine)
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(f"{location}: cannot be opened ({reason})") from None
    except MigrationRefusedError as exc:
        # A migration found data it must not change by itself; the upgrade rolled back whole.
        engine.dispose()
        raise DatabaseError(f"{location}: cannot be upgraded: {exc}") from None
    except BaseException:
        engine.dispose()
        raise
    return engine, url

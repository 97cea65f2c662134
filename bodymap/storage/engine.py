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

from bodymap.storage.encryption import has_sqlite_header, looks_encrypted, require_key
from bodymap.storage.errors import (
    DatabaseDamagedError,
    DatabaseError,
    DatabaseMissingError,
    DatabaseTooNewError,
)
from bodymap.storage.files import (
    PRIVATE_FILE_MODE,
    connect_file,
    database_errors,
    make_private_folder,
    meant_as_database,
    private_umask,
)
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
        make_private_folder(path.parent)
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


#: damage as SQLite words it; such a file is moved aside rather than refused
DAMAGE_MESSAGES = ("malformed", "not a database", "disk i/o error", "corrupt")


def is_damage(message: str) -> bool:
    """True if a SQLite error message says the file itself is damaged."""
    lowered = message.lower()
    return any(words in lowered for words in DAMAGE_MESSAGES)


def check_sqlite_file(path: Path, create: bool = True, encrypted: bool = False) -> bool:
    """Check a SQLite path before anything connects to it; return True if the file exists.

    Args:
        path: the database file.
        create: a missing or empty file may become a new database (``init``, ``demo``, the
            default location); otherwise it is refused.
        encrypted: the file is a SQLCipher database whose key was found (no plain header).

    Raises:
        DatabaseMissingError: no file, or an empty one, and ``create`` is False.
        DatabaseDamagedError: a file meant as a database that is not SQLite (header lost).
        DatabaseError: the folder is missing, or the path is not a readable SQLite file.
    """
    if not path.parent.is_dir():
        raise DatabaseError(f"{path}: folder {path.parent} does not exist")
    try:
        info = path.stat()
    except FileNotFoundError:
        if not create:
            raise DatabaseMissingError(
                f"{path}: no database here; to start one, run 'bodymap init {path}'"
            ) from None
        return False
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseError(f"{path}: is a folder, not a database file")
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseError(f"{path}: is not a regular file, so not a database")
    if info.st_size == 0:
        if not create:
            raise DatabaseMissingError(
                f"{path}: is an empty file, not a database; to start one there, "
                f"run 'bodymap init {path}'"
            )
        return True  # SQLite treats an empty file as a new, empty database
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read ({exc.strerror})") from None
    if header != SQLITE_HEADER and not encrypted:
        if meant_as_database(path, default_database_path()):
            raise DatabaseDamagedError(path, "not a SQLite file: its header is gone")
        raise DatabaseError(f"{path}: is not a BodyMap database (not a SQLite file)")
    if not os.access(path, os.W_OK):
        raise DatabaseError(f"{path}: is read-only; BodyMap needs to write to it")
    return True


def _sqlite_stored_revision(path: Path, key: str | None = None) -> str | None:
    """Read the schema revision without writing a byte (read-only, no pragmas)."""
    # Without a -wal file everything is in the main file; "immutable" then reads it without
    # creating -wal/-shm side files, so a refused database leaves no trace at all.
    wal_exists = Path(f"{path}-wal").exists()
    uri = f"file:{quote(str(path))}?mode=ro" + ("" if wal_exists else "&immutable=1")
    try:
        connection = sqlite3.connect(uri, uri=True) if key is None else connect_file(path, key=key)
    except database_errors() as exc:
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
    except database_errors() as exc:
        if is_damage(str(exc)):
            raise DatabaseDamagedError(path, str(exc)) from None
        raise DatabaseError(f"{path}: is not a usable database ({exc})") from None
    finally:
        connection.close()


def _quick_check(path: Path, budget: float, key: str | None) -> None:
    from bodymap.storage.files import run_check

    if path.stat().st_size == 0:
        return
    try:
        problems = run_check(path, "quick_check", budget, key=key)
    except database_errors() as exc:
        raise DatabaseDamagedError(path, str(exc)) from None
    if problems:
        raise DatabaseDamagedError(path, problems[0])


def _create_private(path: Path) -> None:
    """Create the new database file 0600; SQLite gives its -wal and -shm the same mode."""
    with private_umask():
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        except FileExistsError:
            return
        os.close(fd)


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


def open_engine(
    spec: str | None, *, create: bool = True, check_budget: float | None = None
) -> tuple[Engine, URL]:
    """Open the database named by ``spec``, refusing what is unsafe and migrating to head.

    A new SQLite file is created (0600) and migrated when ``create`` is True. An existing
    file is checked before anything connects to it: a non-database or a database from a newer
    BodyMap is refused unchanged; before a migration a verified backup of it is taken.
    With ``check_budget`` (seconds) an existing file first passes ``PRAGMA quick_check``
    (a check that runs out of time counts as passed: the window checks again in the
    background).

    Raises:
        DatabaseError: the database cannot be opened; the message names it and why.
        DatabaseTooNewError: the schema is newer than this version knows.
        DatabaseMissingError: no database there and ``create`` is False.
        DatabaseDamagedError: the file is damaged; the caller moves it aside.
    """
    url = database_url(spec)
    location = describe(url)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseError("an in-memory database would lose every record; give a file")
        path = Path(url.database)
        key = None
        if path.is_file() and not has_sqlite_header(path) and looks_encrypted(path):
            key = require_key(path)  # a SQLCipher file: opened only with its key
            url = URL.create("sqlite+pysqlcipher", password=key, database=str(path))
        if check_sqlite_file(path, create=create, encrypted=key is not None):
            if check_budget is not None:
                _quick_check(path, check_budget, key)
            revision = _sqlite_stored_revision(path, key)
            _refuse_unknown(location, revision)
            if revision is not None and revision != head_revision():
                from bodymap.storage.backup import take_backup

                take_backup(path, "migration")  # verified before the schema changes
        else:
            _create_private(path)
    engine = create_database_engine(url)
    try:
        if engine.dialect.name != "sqlite":
            with engine.connect() as connection:
                _refuse_unknown(location, stored_revision(connection))
        upgrade_to_head(engine)
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if url.get_backend_name() == "sqlite" and is_damage(reason):
            raise DatabaseDamagedError(Path(location), reason) from None
        raise DatabaseError(f"{location}: cannot be opened ({reason})") from None
    except MigrationRefusedError as exc:
        # A migration found data it must not change by itself; the upgrade rolled back whole.
        engine.dispose()
        raise DatabaseError(f"{location}: cannot be upgraded: {exc}") from None
    except BaseException:
        engine.dispose()
        raise
    return engine, url

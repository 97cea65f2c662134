"""The repository's machinery: engine, guarded session factories, transactions and batches."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from bodymap.errors import NotFoundError
from bodymap.storage import disk_errors
from bodymap.storage.concurrency import TRANSIENT_SQLSTATES
from bodymap.storage.engine import IMMEDIATE_OPTION, describe, is_damage
from bodymap.storage.errors import DatabaseDamagedError, DatabaseError, TransientDatabaseError
from bodymap.storage.guard import install_hooks
from bodymap.storage.tables import (
    Base,
    ClinicianRow,
    OutcomeMeasureRow,
    PainZoneRow,
    PatientRow,
    TriggerPointRow,
    VisitRow,
)
from bodymap.storage.watch import (
    NOTIFY,
    ChangeWatcher,
    PostgresChangeWatcher,
    SqliteChangeWatcher,
)

RowT = TypeVar("RowT", bound=Base)

#: What each row kind is called in messages.
NOUNS: dict[type[Base], str] = {
    PatientRow: "patient",
    ClinicianRow: "clinician",
    VisitRow: "visit",
    TriggerPointRow: "trigger point",
    PainZoneRow: "pain zone",
    OutcomeMeasureRow: "outcome measure",
}


class RepositoryBase:
    """Engine, guarded sessions, actor and transactions shared by the storage repositories.

    Args:
        engine: an engine whose database is already migrated (see ``open_repository``).
        url: the database URL, for :attr:`location`.
    """

    def __init__(self, engine: Engine, url: URL | None = None) -> None:
        self._engine = engine
        self._url = url if url is not None else engine.url
        # Feature tables (the clinical record's) are mapped when their repository is imported,
        # not here: the chart does not need them, and mapping them costs the window's start-up.
        # Writes take SQLite's write lock up front (BEGIN IMMEDIATE); reads begin deferred, so
        # under WAL they never wait for a writer.
        writer = engine.execution_options(**{IMMEDIATE_OPTION: True})
        self._factory = sessionmaker(writer, expire_on_commit=False, autoflush=False)
        reader = engine.execution_options(**{IMMEDIATE_OPTION: False})
        self._read_factory = sessionmaker(reader, expire_on_commit=False, autoflush=False)
        install_hooks(self._factory)
        install_hooks(self._read_factory)
        self._actor: int | None = None
        self._batch: Session | None = None
        self._write_check: Callable[[], None] | None = None
        self._notify_on_commit = engine.dialect.name == "postgresql"

    @property
    def location(self) -> str:
        """The database in use, password hidden (for the status bar and messages)."""
        return describe(self._url)

    @property
    def database_file(self) -> Path | None:
        """The SQLite file in use (outputs and backups guard it), None for a server database."""
        if self._url.get_backend_name() != "sqlite" or not self._url.database:
            return None
        return Path(self._url.database)

    @property
    def sqlite_path(self) -> Path | None:
        """The database file when it is SQLite (None for a server database)."""
        if self._url.get_backend_name() != "sqlite" or not self._url.database:
            return None
        return Path(self._url.database)

    @property
    def session_factory(self) -> sessionmaker[Session]:
        """The guarded session factory (for storage tests and migrations tooling only)."""
        return self._factory

    def close(self) -> None:
        """Release every connection; the repository must not be used afterwards."""
        self._engine.dispose()

    @property
    def actor(self) -> int | None:
        """The clinician recorded as author of changes (None: the system)."""
        return self._actor

    def set_actor(self, clinician_id: int | None) -> None:
        """Record ``clinician_id`` as the author of subsequent changes in the audit log."""
        self._actor = clinician_id

    def watch_changes(self) -> ChangeWatcher:
        """A watcher that tells when anyone (this repository too) committed a change."""
        if self._engine.dialect.name == "postgresql":
            return PostgresChangeWatcher(self._url)
        return SqliteChangeWatcher(self._engine)

    def set_write_check(self, check: Callable[[], None] | None) -> None:
        """Call ``check`` before every write transaction; it raises to refuse the write.

        The headless commands use it to refuse writing while a window holds the file's write
        lock; a read-only window uses it so that no code path can write.
        """
        self._write_check = check

    @property
    def in_batch(self) -> bool:
        """True inside :meth:`batch` (a failed call is then not retried on its own)."""
        return self._batch is not None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run several repository calls as one transaction: committed together, or not at all.

        For bulk work such as loading the demo or an import. Any error inside rolls the whole
        batch back and ends it. Nested batches join the outer one.
        """
        if self._batch is not None:
            yield
            return
        with self._transaction() as session:
            self._batch = session
            try:
                yield
            finally:
                self._batch = None

    def transaction(self, write: bool = True) -> AbstractContextManager[Session]:
        """This repository's transaction, for other storage modules (the record repository).

        Same actor, guard, audit, batch membership and error mapping as the repository's own
        calls; committed when the block ends. ``write=False`` begins a read-only-style deferred
        transaction on SQLite. Not for use outside bodymap.storage.
        """
        return self._transaction(write)

    @contextmanager
    def _transaction(self, write: bool = True) -> Iterator[Session]:
        if self._batch is not None:
            self._batch.info["actor"] = self._actor
            yield self._batch
            return
        factory = self._factory if write else self._read_factory
        if write and self._write_check is not None:
            self._write_check()
        try:
            with factory.begin() as session:
                session.info["actor"] = self._actor
                yield session
                if write and self._notify_on_commit:
                    session.execute(NOTIFY)  # delivered to listeners when this commits
        except StaleDataError:
            # Another writer changed the row between this transaction's read and its UPDATE.
            raise TransientDatabaseError(f"{self.location}: a row changed meanwhile") from None
        except (OperationalError, IntegrityError, SADatabaseError) as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
            if getattr(exc.orig, "sqlstate", None) in TRANSIENT_SQLSTATES:
                raise TransientDatabaseError(f"{self.location}: {reason}") from None
            full = disk_errors.explain(reason, self.database_file)
            if full != reason:  # an I/O error on a full disk is not damage: say "disk full"
                raise DatabaseError(f"{self.location}: {full}") from None
            if is_damage(reason) and self.database_file is not None:
                raise DatabaseDamagedError(self.database_file, reason) from None
            if not isinstance(exc, OperationalError | IntegrityError):
                raise
            raise DatabaseError(f"{self.location}: {reason}") from None

    @staticmethod
    def _row(session: Session, cls: type[RowT], row_id: int | None) -> RowT:
        row = session.get(cls, row_id) if row_id is not None else None
        if row is None or getattr(row, "deleted_at", None) is not None:
            raise NotFoundError(f"no {NOUNS[cls]} with id {row_id}")
        return row

    @staticmethod
    def _assign(row: Base, values: dict[str, Any]) -> None:
        for key, value in values.items():
            setattr(row, key, value)

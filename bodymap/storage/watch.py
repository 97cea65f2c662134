"""Noticing other writers' commits, so an open window can show them (live view).

SQLite: ``PRAGMA data_version`` on a connection kept for the purpose changes whenever another
connection commits; polling it costs microseconds and takes no lock. PostgreSQL: every write
transaction ends with ``pg_notify('bodymap_changes')`` (delivered only on commit), and a
listener connection on a background thread waits for those notifications.
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

#: The PostgreSQL channel every BodyMap write transaction notifies on commit.
CHANNEL = "bodymap_changes"
NOTIFY = text(f"SELECT pg_notify('{CHANNEL}', '')")


class ChangeWatcher(Protocol):
    """Answers "did anyone commit since I last asked?" (own commits count too)."""

    def changed(self) -> bool:
        """True once after each batch of commits seen since the previous call."""
        ...

    def close(self) -> None:
        """Stop watching and release the connection."""
        ...


class SqliteChangeWatcher:
    """Polls ``PRAGMA data_version`` on a dedicated connection of ``engine``."""

    def __init__(self, engine: Engine) -> None:
        self._connection: Any = engine.raw_connection()
        self._seen = self._version()

    def _version(self) -> int:
        cursor = self._connection.cursor()
        try:
            return int(cursor.execute("PRAGMA data_version").fetchone()[0])
        finally:
            cursor.close()

    def changed(self) -> bool:
        """True when another connection committed since the last call."""
        version = self._version()
        if version == self._seen:
            return False
        self._seen = version
        return True

    def close(self) -> None:
        """Return the connection to the pool."""
        self._connection.close()


class PostgresChangeWatcher:
    """LISTENs on :data:`CHANNEL` from a background thread (psycopg, autocommit)."""

    def __init__(self, url: URL) -> None:
        import psycopg

        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._connection = psycopg.connect(conninfo, autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")
        self._event = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="bodymap-listen", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                for _notice in self._connection.notifies(timeout=0.5):
                    self._event.set()
            except Exception:  # noqa: BLE001 (connection closed or lost: stop listening)
                return

    def changed(self) -> bool:
        """True when a notification arrived since the last call."""
        if not self._event.is_set():
            return False
        self._event.clear()
        return True

    def close(self) -> None:
        """Stop the thread and close the listening connection."""
        self._stop.set()
        self._thread.join(timeout=2)
        self._connection.close()

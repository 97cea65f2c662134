"""A second connection that holds SQLite's write lock, as another process writing would."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def holding_write_lock(path: Path | str) -> Iterator[sqlite3.Connection]:
    """Hold ``path``'s write lock (BEGIN IMMEDIATE plus an uncommitted write) for the block."""
    connection = sqlite3.connect(str(path), isolation_level=None, timeout=0.1)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("BEGIN IMMEDIATE")
        # An uncommitted change makes it a real writer, not just a reserved lock.
        connection.execute("CREATE TABLE IF NOT EXISTS _lock_probe (x INTEGER)")
        yield connection
    finally:
        connection.execute("ROLLBACK")
        connection.close()

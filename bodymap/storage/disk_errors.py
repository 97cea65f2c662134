"""Say "disk full" when the disk is full, whatever code the database library reports it with.

SQLite reports a full disk as "database or disk is full", but a write to the WAL or journal
that runs out of space often comes back as a plain "disk I/O error". The user needs to know to
free space, so an I/O error on a disk with almost nothing left is reported as a full disk.
"""

from __future__ import annotations

import shutil
from pathlib import Path

#: Below this many free bytes an I/O error is taken to be the disk running out of space.
NEARLY_FULL_BYTES = 4 * 1024 * 1024


def free_bytes(folder: Path) -> int | None:
    """Free space where ``folder`` lives, or None when it cannot be read."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def explain(reason: str, database_file: Path | None) -> str:
    """The database's one-line ``reason``, reworded when the disk is (nearly) full."""
    lowered = reason.lower()
    full = "disk is full" in lowered
    if not full and "disk i/o error" in lowered and database_file is not None:
        free = free_bytes(database_file.parent)
        full = free is not None and free < NEARLY_FULL_BYTES
    if not full:
        return reason
    where = f" on {database_file.parent}" if database_file is not None else ""
    return f"disk full: no space left{where}; free some space — the change was not saved"

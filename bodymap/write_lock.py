"""The window's write lock on a SQLite file, as the headless commands see it (no Qt here).

The window takes the lock with Qt's ``QLockFile`` (``bodymap.ui.write_lock``): a file
``<database>.lock`` holding the owner's process id, application name and host name, one per
line. A command that writes reads that file directly, so ``bodymap --help`` and the read
commands never load Qt: a holder that is alive (or on another host, where it cannot be
checked) makes writing commands refuse with one line; a holder that died is stale and ignored
(the next window removes it).
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

from bodymap.errors import BodyMapError

LOCK_SUFFIX = ".lock"


def lock_path(database: Path) -> Path:
    """Where the window's lock for ``database`` lives: beside it, ``<name>.lock``."""
    return database.with_name(database.name + LOCK_SUFFIX)


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a database's write lock, as written in the lock file."""

    pid: int
    app: str
    host: str

    @property
    def here(self) -> bool:
        """True when the holder runs on this machine (so its process can be checked)."""
        return self.host in ("", socket.gethostname())

    def describe(self) -> str:
        """E.g. "pid 4242", or "pid 4242 on host reception-pc" for another machine."""
        return f"pid {self.pid}" if self.here else f"pid {self.pid} on host {self.host}"


def read_holder(database: Path) -> LockHolder | None:
    """The holder named in ``database``'s lock file, or None without a (readable) one."""
    try:
        lines = lock_path(database).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    if not lines or not lines[0].strip().isdigit():
        return None
    app = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    return LockHolder(int(lines[0]), app, host)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def live_holder(database: Path) -> LockHolder | None:
    """The holder of ``database``'s write lock if it still holds it; None when free or stale."""
    holder = read_holder(database)
    if holder is None or (holder.here and not _alive(holder.pid)):
        return None
    return holder


class WindowHoldsLockError(BodyMapError):
    """A command would write to a database that a BodyMap window has open for writing."""

    def __init__(self, database: Path, holder: LockHolder) -> None:
        super().__init__(
            f"{database} is open for writing in another BodyMap window ({holder.describe()}); "
            "close it or use that window"
        )
        self.holder = holder


def refuse_if_window_writes(database: Path) -> None:
    """Raise WindowHoldsLockError while a live window holds ``database``'s write lock."""
    holder = live_holder(database)
    if holder is not None:
        raise WindowHoldsLockError(database, holder)

"""One writer per SQLite file: the window's lock (QLockFile), recovered when its owner died.

The first window on a file takes ``<file>.lock``; a second window (or a second BodyMap) finds
it held by a live process and opens read-only. Qt writes the owner's pid, application and host
into the file; a lock whose process is gone (killed, crashed) is stale and is taken over.
Headless commands read the same file without Qt (``bodymap.write_lock``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from bodymap.write_lock import LockHolder, lock_path


class WindowWriteLock:
    """The write lock on one database file, held until :meth:`release` or process exit.

    Args:
        database: the SQLite file.
    """

    def __init__(self, database: Path) -> None:
        self.database = database
        self._lock = QLockFile(str(lock_path(database)))
        # Never stale by age: a window open all day keeps its lock. Staleness is decided by
        # the owner's process (dead on this host), which QLockFile checks itself.
        self._lock.setStaleLockTime(0)
        self.holder: LockHolder | None = None

    def acquire(self) -> bool:
        """Take the lock (recovering a stale one); False, with :attr:`holder` set, if held."""
        if self._lock.tryLock(0):
            self.holder = None
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            pid, host, app = self._lock.getLockInfo()
            self.holder = LockHolder(int(pid), str(app), str(host)) if pid else None
        return False

    @property
    def held(self) -> bool:
        """True while this window holds the lock."""
        return self._lock.isLocked()

    def release(self) -> None:
        """Give the lock up (when the window closes)."""
        if self._lock.isLocked():
            self._lock.unlock()

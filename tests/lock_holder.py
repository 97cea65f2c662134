"""Another BodyMap process holding a database's window write lock (for the lock tests)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLD = """
import sys, time
from pathlib import Path
from bodymap.ui.write_lock import WindowWriteLock
lock = WindowWriteLock(Path(sys.argv[1]))
print("locked" if lock.acquire() else "refused", flush=True)
time.sleep(120)
"""


@contextmanager
def lock_held_by_another_process(database: Path) -> Iterator[subprocess.Popen[str]]:
    """A live process that took ``database``'s write lock; killed (-9) when the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "locked"
        yield process
    finally:
        process.kill()
        process.wait(timeout=10)

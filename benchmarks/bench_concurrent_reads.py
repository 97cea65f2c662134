"""Reads never wait for a writer: with another connection holding SQLite's write lock for 8 s,
``patients --json``, ``show --json``, ``export`` and the Record tab load answer in ≤ 2× their
unloaded time, both measured in the same run on the same demo database.

The CLI commands run as real subprocesses (start-up included); the Record tab is a real
RecordView, loaded offscreen in this process. Without the fix each read would wait SQLite's
busy timeout (5 s) and then fail with "database is locked".

Run: python benchmarks/bench_concurrent_reads.py [--rounds N] [--hold S] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class WriteLockHolder(threading.Thread):
    """Another connection that takes the write lock, writes, and holds it for ``hold`` s."""

    def __init__(self, path: Path, hold: float) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.hold = hold
        self.locked = threading.Event()
        self.released_at = 0.0

    def run(self) -> None:
        connection = sqlite3.connect(str(self.path), isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("CREATE TABLE IF NOT EXISTS _bench_lock (x INTEGER)")
        connection.execute("INSERT INTO _bench_lock VALUES (1)")
        self.locked.set()
        time.sleep(self.hold)
        self.released_at = time.perf_counter()
        connection.execute("ROLLBACK")
        connection.close()


def median_time(action: Callable[[], None], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_under_lock(path: Path, hold: float, action: Callable[[], None], rounds: int) -> float:
    """Median of ``rounds`` runs of ``action``, every one finished while the lock is held."""
    holder = WriteLockHolder(path, hold)
    holder.start()
    holder.locked.wait()
    median = median_time(action, rounds)
    finished = time.perf_counter()
    holder.join()
    if holder.released_at < finished:
        raise SystemExit("the lock was released before the runs ended: lower --rounds")
    return median


def cli(db: Path, *argv: str) -> Callable[[], None]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "bodymap", "--db", str(db), *argv]

    def run() -> None:
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs per measurement")
    parser.add_argument("--hold", type=float, default=8.0, help="seconds the lock is held")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the database")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from bodymap.anatomy.atlas import load_atlas
    from bodymap.demo import load_demo
    from bodymap.storage import open_repository
    from bodymap.ui.record.view import RecordView

    folder = Path(args.dir or tempfile.mkdtemp(prefix="bodymap-bench-"))
    db = folder / "concurrent.sqlite"
    db.unlink(missing_ok=True)
    atlas = load_atlas()
    repo = open_repository(str(db))
    load_demo(repo, atlas)
    patient = repo.list_patients()[0]
    assert patient.id is not None
    visit_id = repo.list_visits(patient.id)[-1].id
    assert visit_id is not None
    app = QApplication.instance() or QApplication([])
    view = RecordView(repo, atlas)
    view.resize(1280, 800)
    view.show()
    app.processEvents()

    def record_tab() -> None:
        view.set_visit(None)
        view.set_visit(visit_id)
        app.processEvents()

    out = folder / "note.pdf"
    reads: dict[str, Callable[[], None]] = {
        "patients --json": cli(db, "patients", "--json"),
        "show VISIT --json": cli(db, "show", str(visit_id), "--json"),
        "export VISIT": cli(db, "export", str(visit_id), "--out", str(out)),
        "Record tab load": record_tab,
    }
    print(f"database {db}; lock held {args.hold:.0f} s per read; {args.rounds} runs each")
    worst = 0.0
    for name, action in reads.items():
        action()  # warm caches
        unloaded = median_time(action, args.rounds)
        locked = timed_under_lock(db, args.hold, action, args.rounds)
        ratio = locked / unloaded
        worst = max(worst, ratio)
        verdict = "OK" if ratio <= 2.0 else "OVER"
        print(
            f"{name:20} unloaded {unloaded * 1000:7.1f} ms   while locked "
            f"{locked * 1000:7.1f} ms   ratio {ratio:4.2f}x   budget 2x: {verdict}"
        )
    repo.close()
    return 0 if worst <= 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Import a clinic-sized archive (default 40,000 visits) into an empty database; budget 5 min.

The archive is exported by the app from the clinic benchmark database of ``clinic_db.py``
(about 400 patients, 40,000 visits with marks, measures, clinical record, signatures and the
audit trail, written through the storage like a clinician's edits), built once in /tmp under
its own name (this branch's schema) and reused.

Measured: the whole ``bodymap archive import`` path in this process (read, JSON, schema,
model, conflict check, guarded write, commit), median of ``--runs`` fresh databases; the bare
baseline is ``json.loads`` of the same file plus SQLite's own ``executemany`` of the same
number of rows into one table (the floor for parsing and writing that much data). The export
time is printed too.

    python benchmarks/bench_archive.py [--visits 40000] [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from clinic_db import clinic_db  # noqa: E402

from bodymap.interop.archive import export_archive, import_archive_file  # noqa: E402
from bodymap.storage import open_repository  # noqa: E402

BUDGET_SECONDS = 300.0


def build_archive(visits: int, folder: Path) -> Path:
    """The archive of the clinic database with ``visits`` visits (reused when it exists)."""
    path = folder / f"bodymap-i16-archive-{visits}.json"
    if path.exists():
        return path
    database = clinic_db(visits, folder / f"bodymap-i16-clinic-{visits}.sqlite")
    repo = open_repository(str(database))
    try:
        start = time.perf_counter()
        data = export_archive(repo)
        print(f"export of {visits} visits: {time.perf_counter() - start:.1f} s")
    finally:
        repo.close()
    path.write_bytes(data)
    return path


def _rows(document: dict[str, Any]) -> int:
    def count(node: Any) -> int:
        if isinstance(node, dict):
            return ("uuid" in node or "at" in node) + sum(count(v) for v in node.values())
        if isinstance(node, list):
            return sum(count(v) for v in node)
        return 0

    return count(document)


def baseline(path: Path, folder: Path) -> tuple[float, int]:
    """Seconds for json.loads plus one executemany of as many small rows."""
    start = time.perf_counter()
    document = json.loads(path.read_bytes())
    rows = _rows(document)
    db_path = folder / "bench-archive-baseline.sqlite"
    db_path.unlink(missing_ok=True)
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, body TEXT)")
    db.executemany(
        "INSERT INTO t (uuid, body) VALUES (?, ?)",
        ((str(uuid.uuid4()), "x" * 64) for _ in range(rows)),
    )
    db.commit()
    db.close()
    return time.perf_counter() - start, rows


def run_import(path: Path, folder: Path, run: int) -> tuple[float, int]:
    target = folder / f"bench-archive-target-{run}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    repo = open_repository(str(target))
    try:
        start, cpu = time.perf_counter(), time.process_time()
        result = import_archive_file(repo, path)
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu
    finally:
        repo.close()
    # On a shared machine the process's own CPU time shows what the import costs by itself.
    print(f"  run {run}: {elapsed:.1f} s wall, {cpu:.1f} s CPU ({result.summary})")
    return elapsed, result.visits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--folder", type=Path, default=Path("/tmp"))
    args = parser.parse_args()
    path = build_archive(args.visits, args.folder)
    size = path.stat().st_size / 1e6
    print(f"archive: {path} ({size:.0f} MB)")
    base, rows = baseline(path, args.folder)
    print(f"baseline (json.loads + executemany of {rows} rows): {base:.1f} s")
    runs = [run_import(path, args.folder, n) for n in range(1, args.runs + 1)]
    median = statistics.median(t for t, _ in runs)
    visits = runs[0][1]
    verdict = "within" if median < BUDGET_SECONDS else "OVER"
    print(
        f"import of {visits} visits: median {median:.1f} s ({median / visits * 1000:.2f} "
        "ms/visit), "
        f"{median / base:.1f}x baseline; budget {BUDGET_SECONDS:.0f} s: {verdict}"
    )


if __name__ == "__main__":
    main()

"""Import a clinic-sized archive (default 40,000 visits) into an empty database; budget 5 min.

The archive is the real demo (three patients, 18 complete visits with clinical record, signed
visits and their audit trail) exported by the app, then repeated with fresh uuids, local ids
and chart numbers until it holds the requested number of visits: every record is one the app
wrote, only the identities differ. Built once in /tmp and reused.

Measured: the whole ``bodymap archive import`` path in this process (read, JSON, schema,
model, conflict check, guarded write, commit), median of ``--runs`` fresh databases; the bare
baseline is ``json.loads`` of the same file plus SQLite's own ``executemany`` of the same
number of rows into one table (the floor for parsing and writing that much data).

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

from bodymap.demo import load_demo  # noqa: E402
from bodymap.interop.archive import export_archive, import_archive  # noqa: E402
from bodymap.storage import open_repository  # noqa: E402

BUDGET_SECONDS = 300.0


def _demo_archive(folder: Path) -> dict[str, Any]:
    path = folder / "bench-archive-demo.sqlite"
    path.unlink(missing_ok=True)
    repo = open_repository(str(path))
    try:
        load_demo(repo)
        return dict(json.loads(export_archive(repo)))
    finally:
        repo.close()


def _renew(node: Any, fresh: dict[str, str], offset: int) -> Any:
    """A copy with every uuid replaced (consistently) and every local id moved by ``offset``."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in ("local_id", "record_id") and isinstance(value, int):
                out[key] = value + offset
            else:
                out[key] = _renew(value, fresh, offset)
        return out
    if isinstance(node, list):
        return [_renew(v, fresh, offset) for v in node]
    if isinstance(node, str) and len(node) == 36 and node.count("-") == 4:
        return fresh.setdefault(node, str(uuid.uuid4()))
    return node


def build_archive(visits: int, folder: Path) -> Path:
    """The archive file with ``visits`` visits (reused when it exists)."""
    path = folder / f"bodymap-archive-{visits}.json"
    if path.exists():
        return path
    demo = _demo_archive(folder)
    per_copy = len(demo["visits"])
    document: dict[str, Any] = {
        "format": demo["format"],
        "format_version": demo["format_version"],
        "clinicians": demo["clinicians"],
        "patients": [],
        "visits": [],
    }
    keep = {c["uuid"]: c["uuid"] for c in demo["clinicians"]}  # one clinician for the clinic
    copy = 0
    while len(document["visits"]) < visits:
        fresh = dict(keep)
        offset = copy * 1_000_000
        patients = _renew(demo["patients"], fresh, offset)
        for patient in patients:
            patient["chart_number"] = f"{patient['chart_number']}-{copy:05d}"
            # Clinician ids stay those of the one clinician.
        document["patients"] += patients
        for visit in _renew(demo["visits"], fresh, offset):
            if len(document["visits"]) < visits:
                document["visits"].append(visit)
        copy += 1
    # A cut-off copy may leave a patient without visits: harmless, they are imported too.
    _ = per_copy
    path.write_text(json.dumps(document, ensure_ascii=False, sort_keys=True), encoding="utf-8")
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


def run_import(path: Path, folder: Path, run: int) -> float:
    target = folder / f"bench-archive-target-{run}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    repo = open_repository(str(target))
    try:
        start = time.perf_counter()
        result = import_archive(repo, path.read_bytes())
        elapsed = time.perf_counter() - start
    finally:
        repo.close()
    print(f"  run {run}: {elapsed:.1f} s ({result.summary})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--folder", type=Path, default=Path("/tmp"))
    args = parser.parse_args()
    path = build_archive(args.visits, args.folder)
    size = path.stat().st_size / 1e6
    print(f"archive: {path} ({args.visits} visits, {size:.0f} MB)")
    base, rows = baseline(path, args.folder)
    print(f"baseline (json.loads + executemany of {rows} rows): {base:.1f} s")
    times = [run_import(path, args.folder, n) for n in range(1, args.runs + 1)]
    median = statistics.median(times)
    verdict = "within" if median < BUDGET_SECONDS else "OVER"
    print(
        f"import median {median:.1f} s ({median / args.visits * 1000:.2f} ms/visit), "
        f"{median / base:.1f}x baseline; budget {BUDGET_SECONDS:.0f} s: {verdict}"
    )


if __name__ == "__main__":
    main()

"""Backing up a 1 GB database while a writer keeps charting: under 30 s, writes never blocked.

Builds (once) a BodyMap database of about 1 GB in /tmp, starts a writer process that adds
trigger points through the repository without pause, and after a baseline period takes a
verified backup (`take_backup`: online backup API + integrity_check + fsync). Reported: the
backup's copy and check times against a bare `shutil.copyfile` of the same file (the fair floor:
bytes through the same disk), and the writer's commit latency (median, p99, max) before and
during the backup.

Run: python benchmarks/bench_backup.py [--size-mb 1024] [--dir /tmp/bodymap-bench-backup]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bodymap.model import Clinician, Patient, Visit  # noqa: E402
from bodymap.storage import open_repository  # noqa: E402
from bodymap.storage.backup import copy_verified, take_backup  # noqa: E402

ROW_NOTES = 4000  # characters of notes per filler patient

WRITER = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[3])
from bodymap.model import Side, TriggerPoint, View
from bodymap.storage import open_repository
repo = open_repository(sys.argv[1], create=False)
visit_id, stop = int(sys.argv[2]), sys.argv[4]
samples = []
n = 0
while not os.path.exists(stop):
    start = time.perf_counter()
    repo.add_trigger_point(TriggerPoint(visit_id=visit_id, view=View.POSTERIOR,
        x=100 + n % 200, y=200 + n % 300, muscle="upper_trapezius", side=Side.LEFT))
    samples.append((time.time(), time.perf_counter() - start))
    n += 1
repo.close()
print(json.dumps(samples))
"""


def build(path: Path, size_mb: int) -> int:
    """Make (or reuse) a BodyMap database of about ``size_mb``; return a visit id to chart."""
    if not path.exists():
        repo = open_repository(str(path))
        clinician = repo.add_clinician(Clinician(name="Bench PT"))
        patient = repo.add_patient(Patient(name="Bench patient"))
        assert patient.id is not None
        repo.add_visit(
            Visit(patient_id=patient.id, clinician_id=clinician.id, started_at=datetime.now())
        )
        repo.close()
    connection = sqlite3.connect(path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(patients)")]
    select = []
    for column in columns:
        if column == "id":
            continue
        if column == "name":
            select.append("'Filler ' || abs(random() % 1000000)")
        elif column == "notes":
            select.append(f"substr(hex(randomblob({ROW_NOTES})), 1, {ROW_NOTES})")
        elif column == "uuid":
            select.append("lower(hex(randomblob(16)))")
        else:
            select.append(column)
    statement = (
        f"INSERT INTO patients ({', '.join(c for c in columns if c != 'id')}) "
        f"SELECT {', '.join(select)} FROM patients WHERE id = 1"
    )
    while path.stat().st_size < size_mb * 1024 * 1024:
        with connection:
            for _ in range(5000):
                connection.execute(statement)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (visit_id,) = connection.execute("SELECT min(id) FROM visits").fetchone()
    connection.close()
    return int(visit_id)


def latency(samples: list[tuple[float, float]], start: float, end: float) -> dict[str, float]:
    inside = sorted(s for t, s in samples if start <= t <= end)
    if not inside:
        return {"writes": 0}
    return {
        "writes": len(inside),
        "median_ms": statistics.median(inside) * 1000,
        "p99_ms": inside[int(len(inside) * 0.99) - 1 if len(inside) > 1 else 0] * 1000,
        "max_ms": inside[-1] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/bodymap-bench-backup"))
    parser.add_argument("--baseline-s", type=float, default=5.0)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    database = args.dir / "clinic.sqlite"
    built = time.perf_counter()
    visit_id = build(database, args.size_mb)
    size = database.stat().st_size
    print(f"database: {size / 1e9:.2f} GB (ready in {time.perf_counter() - built:.1f} s)")
    for old in (args.dir / "backups").glob("*.sqlite"):
        old.unlink()
    plain = args.dir / "plain-copy.sqlite"
    plain.unlink(missing_ok=True)
    start = time.perf_counter()
    shutil.copyfile(database, plain)
    copy_floor = time.perf_counter() - start
    plain.unlink()
    # The writer charts for the baseline, then through the backup, until told to stop.
    stop = args.dir / "stop-writer"
    stop.unlink(missing_ok=True)
    root = str(Path(__file__).resolve().parents[1])
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database), str(visit_id), root, str(stop)],
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(args.baseline_s)
    backup_start = time.time()
    start = time.perf_counter()
    made = take_backup(database, "manual")
    backup_total = time.perf_counter() - start
    backup_end = time.time()
    time.sleep(1)
    stop.touch()
    out, _ = writer.communicate(timeout=120)
    stop.unlink()
    # the copy alone (no integrity_check), for the split
    alone = args.dir / "copy-only.sqlite"
    alone.unlink(missing_ok=True)
    start = time.perf_counter()
    copy_verified(database, alone)
    verified_copy = time.perf_counter() - start
    alone.unlink()
    samples = json.loads(out) if out.strip() else []
    first = samples[0][0] if samples else backup_start
    print(f"bare shutil.copyfile of the file:        {copy_floor:6.1f} s")
    print(f"take_backup (copy + integrity + rotate): {backup_total:6.1f} s  (budget 30 s)")
    print(f"copy_verified again, writer finished:    {verified_copy:6.1f} s")
    print(f"backup: {made.path.name}, {made.size / 1e9:.2f} GB")
    print(f"writer before the backup: {latency(samples, first, backup_start)}")
    print(f"writer during the backup: {latency(samples, backup_start, backup_end)}")


if __name__ == "__main__":
    main()

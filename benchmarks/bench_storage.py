"""Storage budgets: saving one trigger point (≤ 3 ms median, commit included) and loading a
visit with 300 marks (≤ 150 ms, the canvas issue's budget).

The save is compared with a raw sqlite3 insert + commit of the same row into an equivalent
table with the same pragmas (WAL, synchronous=FULL), measured in the same run on the same disk.

Run: python benchmarks/bench_storage.py [--rounds N] [--dir DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bodymap.model import (  # noqa: E402
    Clinician,
    PainZone,
    Patient,
    Side,
    TriggerPoint,
    View,
    Visit,
    ZoneKind,
    ZonePolygon,
)
from bodymap.storage import ChartRepository, open_repository  # noqa: E402

RAW_TABLE = """
CREATE TABLE trigger_points (
  id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL, number INTEGER NOT NULL,
  view VARCHAR(16) NOT NULL, x FLOAT NOT NULL, y FLOAT NOT NULL, muscle VARCHAR(100) NOT NULL,
  side VARCHAR(16) NOT NULL, site VARCHAR(200), activity VARCHAR(16) NOT NULL,
  familiar_pain BOOLEAN NOT NULL, twitch VARCHAR(16) NOT NULL, tenderness INTEGER,
  notes TEXT NOT NULL, carry VARCHAR(16) NOT NULL, deleted_at DATETIME)
"""
RAW_INSERT = (
    "INSERT INTO trigger_points (visit_id, number, view, x, y, muscle, side, site, activity,"
    " familiar_pain, twitch, tenderness, notes, carry) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
ROW = (
    1,
    1,
    "posterior",
    238.5,
    196.0,
    "upper_trapezius",
    "right",
    "upper_trapezius.central.right",
    "active",
    1,
    "few",
    7,
    "",
    "new",
)


def point(visit_id: int, i: int = 0) -> TriggerPoint:
    return TriggerPoint(
        visit_id=visit_id,
        view=View.POSTERIOR,
        x=238.5 + i % 50,
        y=196.0 + i % 70,
        muscle="upper_trapezius",
        side=Side.RIGHT,
        site="upper_trapezius.central.right",
        tenderness=7,
    )


def raw_connection(folder: Path) -> sqlite3.Connection:
    db = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    for pragma in (
        "journal_mode = WAL",
        "foreign_keys = ON",
        "synchronous = FULL",
        "busy_timeout = 5000",
    ):
        db.execute(f"PRAGMA {pragma}")
    db.execute(RAW_TABLE)
    return db


def raw_save(db: sqlite3.Connection) -> float:
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    db.execute(RAW_INSERT, ROW)
    db.execute("COMMIT")
    return time.perf_counter() - start


def new_visit(repo: ChartRepository, day: int) -> int:
    patient = repo.add_patient(Patient(name=f"Bench patient {day}"))
    visit = repo.add_visit(Visit(patient_id=patient.id or 0, started_at=datetime(2026, 1, day)))
    return visit.id or 0


def save_medians(
    repo: ChartRepository, raw: sqlite3.Connection, rounds: int
) -> tuple[float, float]:
    """Median seconds of a raw insert+commit and of add_trigger_point, interleaved.

    Interleaving gives both the same disk and CPU conditions on a shared machine.
    """
    visit_id = new_visit(repo, 1)
    for _ in range(20):  # warm-up: statement caches, pool, page cache
        repo.add_trigger_point(point(visit_id))
        raw_save(raw)
    raw_times, repo_times = [], []
    for i in range(rounds):
        tp = point(visit_id, i)
        raw_times.append(raw_save(raw))
        start = time.perf_counter()
        repo.add_trigger_point(tp)
        repo_times.append(time.perf_counter() - start)
    return statistics.median(raw_times), statistics.median(repo_times)


def load_chart_median(repo: ChartRepository, marks: int, rounds: int) -> float:
    visit_id = new_visit(repo, 2)
    for i in range(marks * 2 // 3):
        repo.add_trigger_point(point(visit_id, i))
    for i in range(marks - marks * 2 // 3):
        x, y = 100.0 + i % 20 * 10, 100.0 + i // 20 * 40
        ring = tuple(
            (x + 8 * dx, y + 30 * dy)
            for dx, dy in ((0, 0), (1, 0.2), (1.2, 0.7), (0.8, 1), (0.1, 0.9), (-0.1, 0.5))
        )
        repo.add_zone(
            PainZone(
                visit_id=visit_id,
                view=View.ANTERIOR,
                polygons=(ZonePolygon(ring),),
                kind=ZoneKind.PATIENT_REPORTED,
            )
        )
    chart = repo.load_chart(visit_id)
    assert len(chart.trigger_points) + len(chart.zones) == marks
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        repo.load_chart(visit_id)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--dir", help="folder for the databases (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as name:
        folder = Path(name)
        raw_db = raw_connection(folder)
        repo = open_repository(str(folder / "bench.sqlite"))
        repo.add_clinician(Clinician(name="Bench"))
        raw, save = save_medians(repo, raw_db, args.rounds)
        raw_db.close()
        load = load_chart_median(repo, 300, 20)
        repo.close()
    print(f"databases in {folder.parent} (same disk for both; raw and repository interleaved)")
    print(f"raw sqlite3 insert+commit      median {raw * 1000:7.3f} ms")
    print(
        f"repository add_trigger_point   median {save * 1000:7.3f} ms   "
        f"ratio {save / raw:5.1f}x   budget 3 ms: {'OK' if save <= 0.003 else 'OVER'}"
    )
    print(
        f"load_chart, 300 marks          median {load * 1000:7.3f} ms   "
        f"budget 150 ms: {'OK' if load <= 0.150 else 'OVER'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

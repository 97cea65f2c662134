"""Crash durability: 1,000 kill -9 cycles of a writer charting through the repository.

Each cycle forks a writer that opens the database and adds patients (each one its own
committed transaction, synchronous=FULL), acknowledging each on a pipe only after the commit
returned; the parent kills it with SIGKILL after a few acknowledgements. At the end every
acknowledged write must be stored and `integrity_check` must pass. Reported: cycles, writes
acknowledged, writes lost (must be 0), time per cycle.

Run: python benchmarks/bench_durability.py [--cycles 1000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bodymap.storage import open_repository  # noqa: E402
from bodymap.storage.files import run_check  # noqa: E402
from tests.storage.test_fault_injection import kill_cycles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bodymap-durability-"))
    path = folder / "durable.sqlite"
    path.unlink(missing_ok=True)
    open_repository(str(path)).close()
    start = time.perf_counter()
    acknowledged = kill_cycles(path, args.cycles, seed=2026)
    elapsed = time.perf_counter() - start
    repo = open_repository(str(path), create=False)
    stored = {p.name for p in repo.list_patients(include_archived=True)}
    repo.close()
    lost = acknowledged - stored
    problems = run_check(path, "integrity_check")
    print(f"cycles: {args.cycles}, acknowledged writes: {len(acknowledged)}, lost: {len(lost)}")
    print(f"stored (incl. committed but unacknowledged): {len(stored)}")
    print(f"integrity_check: {'ok' if not problems else problems[:3]}")
    print(f"time: {elapsed:.1f} s ({elapsed / args.cycles * 1000:.0f} ms a cycle)")
    if lost or problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()

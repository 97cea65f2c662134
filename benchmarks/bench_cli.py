"""CLI start-up budget: ``bodymap --version`` and ``bodymap --help`` ≤ 0.3 s median, against a
bare ``python -c pass`` measured in the same run; also checks that neither path imports Qt,
SQLAlchemy, Alembic, ReportLab or shapely.

Run: python benchmarks/bench_cli.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("PySide6", "sqlalchemy", "alembic", "reportlab", "shapely", "numpy")
MODULES_AFTER = """
import sys
from bodymap.cli import run
try:
    run([{arg!r}])
except SystemExit:
    pass
print("HEAVY:" + ",".join(sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r}))))
"""


def wall_time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def heavy_imports(arg: str, env: dict[str, str]) -> str:
    code = MODULES_AFTER.format(arg=arg, heavy=HEAVY)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True, cwd=ROOT
    )
    marked = [line for line in done.stdout.splitlines() if line.startswith("HEAVY:")]
    return marked[-1].removeprefix("HEAVY:")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    commands = {
        "python -c pass (baseline)": [sys.executable, "-c", "pass"],
        "bodymap --version": [sys.executable, "-m", "bodymap", "--version"],
        "bodymap --help": [sys.executable, "-m", "bodymap", "--help"],
    }
    for argv in commands.values():  # warm the OS file cache and .pyc files
        wall_time(argv, env)
    medians = {
        name: statistics.median(wall_time(argv, env) for _ in range(args.rounds))
        for name, argv in commands.items()
    }
    baseline = medians["python -c pass (baseline)"]
    for name, median in medians.items():
        verdict = (
            ""
            if name.endswith("(baseline)")
            else (
                f"   ratio {median / baseline:4.1f}x   budget 0.3 s: "
                + ("OK" if median <= 0.3 else "OVER")
            )
        )
        print(f"{name:28} median {median * 1000:7.1f} ms{verdict}")
    for arg in ("--version", "--help"):
        heavy = heavy_imports(arg, env)
        print(f"heavy modules imported by bodymap {arg}: {heavy or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

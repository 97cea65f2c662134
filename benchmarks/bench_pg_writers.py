"""PostgreSQL: 4 writers placing trigger points on one visit for 6 s get only distinct numbers.

Before issue #11 this race gave 1,928 points with only 646 distinct numbers. The baseline is
one writer alone for the same time, measured in the same run: the ratio shows what the visit
row lock costs in throughput. Each run uses a fresh schema, dropped afterwards.

Run: BODYMAP_TEST_PG_URL=postgresql+psycopg://… python benchmarks/bench_pg_writers.py
     [--writers N] [--seconds S]
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bodymap.storage import ChartRepository, open_repository  # noqa: E402
from tests.storage.conftest import fill_chart, make_point  # noqa: E402


@contextmanager
def fresh_schema(base_url: str) -> Iterator[str]:
    schema = f"bodymap_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def race(url: str, writers: int, seconds: float) -> tuple[int, int, list[str]]:
    """Points placed, distinct numbers among them, and any errors."""
    setup = open_repository(url)
    visit_id = fill_chart(setup).visit.id or 0
    repos: list[ChartRepository] = [open_repository(url) for _ in range(writers)]
    errors: list[str] = []
    start = threading.Barrier(writers)
    deadline = 0.0

    def work(repo: ChartRepository) -> None:
        nonlocal deadline
        start.wait()
        deadline = deadline or time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                repo.add_trigger_point(make_point(visit_id))
            except Exception as exc:  # noqa: BLE001 (counted and shown)
                errors.append(str(exc).splitlines()[0])

    threads = [threading.Thread(target=work, args=(r,)) for r in repos]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    numbers = [p.number for p in setup.load_chart(visit_id).trigger_points]
    for repo in (setup, *repos):
        repo.close()
    return len(numbers), len(set(numbers)), errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=6.0)
    args = parser.parse_args()
    base_url = os.environ.get("BODYMAP_TEST_PG_URL", "")
    if not base_url:
        print("set BODYMAP_TEST_PG_URL to a PostgreSQL database this script may use")
        return 2
    with fresh_schema(base_url) as url:
        alone, alone_distinct, _ = race(url, 1, args.seconds)
    with fresh_schema(base_url) as url:
        total, distinct, errors = race(url, args.writers, args.seconds)
    print(f"1 writer x {args.seconds:.0f} s (baseline): {alone} points, {alone_distinct} distinct")
    print(
        f"{args.writers} writers x {args.seconds:.0f} s on one visit: {total} points, "
        f"{distinct} distinct numbers, {total - distinct} duplicates, {len(errors)} errors; "
        f"throughput {total / alone:.2f}x the lone writer"
    )
    for message in sorted(set(errors))[:5]:
        print(f"  error: {message}")
    return 0 if total == distinct and not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())

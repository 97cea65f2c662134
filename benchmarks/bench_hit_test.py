"""Benchmark: atlas hit-test cost per query, against a bare shapely ``Point.within`` baseline.

Budget (issue 3): median <= 50 µs per query on the full atlas. Points are random, half drawn
inside the body and half anywhere on the page (mostly outside). Two baselines over the same
points and polygons (silhouette, muscle and CHOIR regions), measured in the same run: the fair
one is the same STRtree query ``atlas.hit`` makes (one tree per view, ``intersects``), bare; the
other tests ``Point.within`` polygon by polygon (a naive loop, kept for comparison with earlier
figures). Also reports the atlas load time (budget < 150 ms).

Run: python benchmarks/bench_hit_test.py [--queries N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a source checkout

import shapely  # noqa: E402
from shapely.geometry import Point, Polygon  # noqa: E402

from bodymap.anatomy.atlas import load_atlas_files  # noqa: E402
from bodymap.anatomy.hit_test import to_shapely  # noqa: E402
from bodymap.model import View  # noqa: E402
from bodymap.resources import asset_path  # noqa: E402


def _points(atlas, count: int, seed: int = 7) -> list[tuple[View, float, float]]:
    rng = random.Random(seed)
    points: list[tuple[View, float, float]] = []
    while len(points) < count:
        view = rng.choice([View.ANTERIOR, View.POSTERIOR])
        x, y = rng.uniform(0, 400), rng.uniform(0, 840)
        if len(points) % 2 == 0 and not atlas.inside_body(view, x, y):
            continue  # every other point is inside the body
        points.append((view, x, y))
    return points


def _time_each(func, points) -> list[float]:
    timings = []
    clock = time.perf_counter_ns
    for view, x, y in points:
        start = clock()
        func(view, x, y)
        timings.append((clock() - start) / 1000.0)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=20000)
    args = parser.parse_args()

    files = [asset_path(f"atlas/{n}.json") for n in ("body", "regions", "catalogue")]
    loads = []
    for _ in range(5):
        start = time.perf_counter()
        atlas = load_atlas_files(*files)
        loads.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    atlas.hit(View.ANTERIOR, 200, 300)  # builds the index
    index_ms = (time.perf_counter() - start) * 1000

    polygons: dict[View, list[Polygon]] = {view: [] for view in atlas.views}
    for view, info in atlas.views.items():
        polygons[view].extend(to_shapely(p) for p in info.silhouette)
    for region in atlas.muscle_regions:
        polygons[region.view].append(to_shapely(region.polygon))
    for surface in atlas.surface_regions.values():
        polygons[surface.view].append(to_shapely(surface.polygon))

    def baseline(view: View, x: float, y: float) -> list[int]:
        point = Point(x, y)
        return [i for i, polygon in enumerate(polygons[view]) if point.within(polygon)]

    trees = {view: shapely.STRtree(shapes) for view, shapes in polygons.items()}

    def same_query(view: View, x: float, y: float) -> list[int]:
        indices: list[int] = trees[view].query(shapely.Point(x, y), predicate="intersects").tolist()
        return indices

    points = _points(atlas, args.queries)
    for view, x, y in points[:200]:  # warm caches for both
        atlas.hit(view, x, y)
        baseline(view, x, y)
        same_query(view, x, y)
    hit_us = _time_each(atlas.hit, points)
    tree_us = _time_each(same_query, points)
    base_us = _time_each(baseline, points[: max(2000, args.queries // 10)])

    hit_median = statistics.median(hit_us)
    base_median = statistics.median(base_us)
    total = sum(len(p) for p in polygons.values())
    p95 = sorted(hit_us)[int(len(hit_us) * 0.95)]
    print(f"shapely {shapely.__version__}; {total} polygons over {len(polygons)} views")
    print(f"atlas load (median of 5): {statistics.median(loads):.1f} ms (budget 150 ms)")
    print(f"hit index build (first hit): {index_ms:.1f} ms")
    print(
        f"atlas.hit: median {hit_median:.1f} µs, p95 {p95:.1f} µs "
        f"over {len(hit_us)} queries (budget 50 µs)"
    )
    tree_median = statistics.median(tree_us)
    print(f"fair baseline, bare STRtree query: median {tree_median:.1f} µs over {len(tree_us)}")
    print(f"ratio atlas.hit / same STRtree query: {hit_median / tree_median:.2f}x")
    print(f"naive Point.within loop: median {base_median:.1f} µs over {len(base_us)} queries")
    print(f"ratio atlas.hit / naive loop: {hit_median / base_median:.3f}")


if __name__ == "__main__":
    main()

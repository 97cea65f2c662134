"""Budgets of issue 7: quantification, reverse lookup and visit comparison on the real atlas.

Run: python benchmarks/bench_analysis.py [--repeat N]

Prints the median time of each operation, its budget, and the ratio to a bare-shapely baseline
doing the irreducible geometry of the same job in the same run (so a slow machine shows as a
slow baseline, not as a failed budget).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import shapely  # noqa: E402
from shapely.geometry import Point, Polygon  # noqa: E402

from bodymap.analysis.compare import compare_visits  # noqa: E402
from bodymap.analysis.extent import quantify  # noqa: E402
from bodymap.analysis.geometry import atlas_geometry  # noqa: E402
from bodymap.analysis.suggest import suggest_sites  # noqa: E402
from bodymap.anatomy.atlas import load_atlas  # noqa: E402
from bodymap.model import PainZone, Patient, View, Visit, VisitChart, ZonePolygon  # noqa: E402
from bodymap.model.map_shapes import zone_shape  # noqa: E402


def medians_ms(repeat: int, *jobs: Callable[[], object]) -> list[float]:
    """Median times of a job and its baselines, run alternately so machine load hits all."""
    for job in jobs:
        job()  # warm caches, as in the app after the first use
    times: list[list[float]] = [[] for _ in jobs]
    for _ in range(repeat):
        for job, samples in zip(jobs, times, strict=True):
            start = time.perf_counter()
            job()
            samples.append((time.perf_counter() - start) * 1000)
    return [statistics.median(samples) for samples in times]


def random_zones(atlas, count: int, seed: int) -> list[PainZone]:
    """Blobs of 6-30 units radius (24-point outlines) at random places, clipped to the body."""
    rng = random.Random(seed)
    zones = []
    views = list(atlas.views)
    silhouettes = {v: zone_shape(atlas.views[v].silhouette) for v in views}
    while len(zones) < count:
        view = views[len(zones) % len(views)]
        minx, miny, maxx, maxy = silhouettes[view].bounds
        x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if not silhouettes[view].contains(Point(x, y)):
            continue
        # The canvas clips every stroke to the silhouette, so the zones here are clipped too.
        blob = Point(x, y).buffer(rng.uniform(6, 30), quad_segs=6).intersection(silhouettes[view])
        if blob.geom_type != "Polygon" or blob.area < 10:
            continue
        ring = tuple((round(px, 2), round(py, 2)) for px, py in blob.exterior.coords[:-1])
        zones.append(
            PainZone(view=view, polygons=(ZonePolygon(ring),), intensity=rng.randint(1, 9))
        )
    return zones


def chart_of(zones: list[PainZone], template: VisitChart) -> VisitChart:
    return VisitChart(visit=template.visit, patient=template.patient, zones=tuple(zones))


_SILHOUETTES: dict[View, tuple[object, object]] = {}


def silhouette(atlas, view: View):
    """The view's silhouette and a hair-wider margin, prepared once (as the app does)."""
    if view not in _SILHOUETTES:
        shape = zone_shape(atlas.views[view].silhouette)
        margin = shape.buffer(0.05)  # accepts zones already clipped to the silhouette
        shapely.prepare(shape)
        shapely.prepare(margin)
        _SILHOUETTES[view] = (shape, margin)
    return _SILHOUETTES[view]


def bare_union(atlas, zones: list[PainZone], shortcut: bool = False) -> dict[View, object]:
    """Baseline: the union of each view's zones clipped to the silhouette, plain shapely.

    With ``shortcut`` the clip is skipped when every zone already lies inside the silhouette,
    the same shortcut the app takes (the canvas clips strokes as they are drawn); without it
    the union is always clipped, which flatters the app when zones are already inside.
    """
    shapes: dict[View, list[Polygon]] = {}
    for zone in zones:
        shapes.setdefault(zone.view, []).extend(Polygon(p.exterior) for p in zone.polygons)
    result = {}
    for view, parts in shapes.items():
        union = shapely.union_all(parts)
        outline, margin = silhouette(atlas, view)
        if not (shortcut and shapely.covers(margin, parts).all()):
            union = shapely.intersection(union, outline)
        result[view] = union
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    start = time.perf_counter()
    atlas = load_atlas()
    load_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    geometry = atlas_geometry(atlas)
    prepare_ms = (time.perf_counter() - start) * 1000
    print(f"atlas: {len(atlas.surface_regions)} CHOIR regions, {len(atlas.sites)} catalogue sites")
    print(f"load_atlas {load_ms:.1f} ms; prepare analysis geometry once {prepare_ms:.1f} ms")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine load average (1, 5, 15 min): {load} on {os.cpu_count()} cores\n")

    template = VisitChart(
        visit=Visit(id=1, patient_id=1, started_at=datetime(2026, 1, 1)),
        patient=Patient(id=1, name="Benchmark"),
    )
    zones_300 = random_zones(atlas, 300, seed=1)
    zones_20 = random_zones(atlas, 20, seed=2)
    later_300 = random_zones(atlas, 300, seed=3)
    patterns = [r.pattern for r in geometry.referrals]

    def bare_suggest(shortcut: bool = False) -> None:
        drawn = bare_union(atlas, zones_20, shortcut)
        for pattern in patterns:
            for view, shape in pattern.items():
                if view in drawn:
                    shapely.area(shapely.intersection(shape, drawn[view]))

    def bare_compare(
        old_zones: list[PainZone], new_zones: list[PainZone], shortcut: bool = False
    ) -> None:
        old = bare_union(atlas, old_zones, shortcut)
        new = bare_union(atlas, new_zones, shortcut)
        for view in old.keys() & new.keys():
            shapely.area(shapely.difference(new[view], old[view]))
            shapely.area(shapely.difference(old[view], new[view]))
            shapely.area(shapely.intersection(old[view], new[view]))

    before, after = chart_of(zones_300, template), chart_of(later_300, template)
    # A typical visit has a few dozen zones; 300 is the stress size of the quantification budget.
    zones_30, later_30 = random_zones(atlas, 30, seed=4), random_zones(atlas, 30, seed=5)
    before_30, after_30 = chart_of(zones_30, template), chart_of(later_30, template)

    def cold(job: Callable[[], object]) -> Callable[[], object]:
        """The job without the per-atlas cache of zone unions: every run computes them."""

        def run() -> object:
            geometry.pain_cache.clear()
            return job()

        return run

    rows = [
        (
            "quantify a visit, 300 zones",
            50.0,
            cold(lambda: quantify(atlas, zones_300)),
            lambda: bare_union(atlas, zones_300),
            lambda: bare_union(atlas, zones_300, shortcut=True),
        ),
        (
            "reverse lookup, 20 zones",
            100.0,
            cold(lambda: suggest_sites(atlas, zones_20)),
            bare_suggest,
            lambda: bare_suggest(shortcut=True),
        ),
        (
            "compare two visits, 30 zones each",
            100.0,
            cold(lambda: compare_visits(atlas, before_30, after_30)),
            lambda: bare_compare(zones_30, later_30),
            lambda: bare_compare(zones_30, later_30, shortcut=True),
        ),
        (
            "compare two visits, 300 zones each",
            100.0,
            cold(lambda: compare_visits(atlas, before, after)),
            lambda: bare_compare(zones_300, later_300),
            lambda: bare_compare(zones_300, later_300, shortcut=True),
        ),
    ]
    print("baselines: 'clip' always clips the union to the silhouette; 'fair' takes the app's")
    print("shortcut (no clip when every zone lies inside), so the fair ratio is the one to read.")
    print(
        f"{'operation':<38}{'median':>10}{'budget':>10}{'clip':>10}{'ratio':>8}"
        f"{'fair':>10}{'ratio':>8}  verdict"
    )
    failed = False
    for name, budget, job, clipping, fair in rows:
        ours, bare, same = medians_ms(args.repeat, job, clipping, fair)
        verdict = "ok" if ours <= budget else "OVER BUDGET"
        failed = failed or ours > budget
        print(
            f"{name:<38}{ours:>8.1f}ms{budget:>8.0f}ms{bare:>8.1f}ms{ours / bare:>7.2f}x"
            f"{same:>8.1f}ms{ours / same:>7.2f}x  {verdict}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

from __future__ import annotations

import pytest

from bodymap.analysis.compare import (
    MATCH_DISTANCE,
    compare_visits,
    compare_zones,
    match_trigger_points,
)
from bodymap.model import CarryStatus, Side, TriggerPoint, View
from tests.analysis.toy_atlas import A, P, ToyAtlas, chart, rect, region_rect, zone


def point(
    muscle="upper_trapezius", side=Side.RIGHT, x=150.0, y=100.0, site=None, **kw
) -> TriggerPoint:
    return TriggerPoint(view=View.POSTERIOR, x=x, y=y, muscle=muscle, side=side, site=site, **kw)


def test_identical_visits_have_full_overlap_and_no_shift(toy: ToyAtlas) -> None:
    zones = [zone(A, rect(110, 30, 190, 200)), zone(P, rect(120, 430, 260, 600))]
    points = [point(), point(muscle="levator_scapulae", x=170)]
    result = compare_visits(toy, chart(zones, points), chart(zones, points))
    assert result.jaccard == pytest.approx(1.0)
    assert result.centroid_shift == pytest.approx(0.0)
    for change in result.views:
        assert change.new == ()
        assert change.resolved == ()
        assert change.new_area == 0.0
        assert change.resolved_area == 0.0
    assert [m.status for m in result.points] == [CarryStatus.PERSISTING] * 2


def test_new_resolved_and_persisting_areas(toy: ToyAtlas) -> None:
    before = [zone(A, rect(100, 20, 200, 220))]  # 20,000
    after = [zone(A, rect(150, 20, 250, 220))]  # overlaps by 50 x 200
    change = compare_zones(toy, before, after)[0]
    assert change.view is View.ANTERIOR
    assert change.persisting_area == pytest.approx(10_000)
    assert change.new_area == pytest.approx(10_000)
    assert change.resolved_area == pytest.approx(10_000)
    assert sum(p.area for p in change.new) == pytest.approx(10_000)
    assert sum(p.area for p in change.resolved) == pytest.approx(10_000)
    assert change.centroid_shift == pytest.approx(50.0)
    result = compare_visits(toy, chart(before), chart(after))
    assert result.jaccard == pytest.approx(10_000 / 30_000)


def test_disjoint_visits_and_a_view_that_cleared(toy: ToyAtlas) -> None:
    before = [zone(A, region_rect(101)), zone(P, region_rect(218))]
    after = [zone(A, region_rect(132))]
    result = compare_visits(toy, chart(before), chart(after))
    assert result.jaccard == 0.0
    assert result.view(P).centroid_shift is None  # nothing drawn there any more
    assert result.view(P).resolved_area == pytest.approx(20_000)
    assert result.view(A).centroid_shift == pytest.approx(((100) ** 2 + 600**2) ** 0.5)


def test_two_empty_visits_agree() -> None:
    result = compare_visits(ToyAtlas(), chart(), chart())
    assert result.jaccard == 1.0
    assert result.centroid_shift is None


def test_points_match_by_site_even_when_moved() -> None:
    old = point(site="upper_trapezius.central.right", x=150)
    new = point(site="upper_trapezius.central.right", x=150 + 3 * MATCH_DISTANCE)
    (match,) = match_trigger_points([old], [new])
    assert match.status is CarryStatus.PERSISTING
    assert match.before is old
    assert match.after is new


def test_points_with_different_sites_do_not_match_even_when_close() -> None:
    old = point(site="gluteus_medius.tp1.right", muscle="gluteus_medius")
    new = point(site="gluteus_medius.tp2.right", muscle="gluteus_medius", x=152)
    statuses = [m.status for m in match_trigger_points([old], [new])]
    assert statuses == [CarryStatus.RESOLVED, CarryStatus.NEW]


def test_points_match_by_nearness_muscle_and_side() -> None:
    old = [point(x=150), point(x=250, side=Side.LEFT), point(muscle="rhomboids", x=180, y=200)]
    new = [
        point(x=150 + MATCH_DISTANCE - 1),  # same muscle and side, close: persisting
        point(x=250, side=Side.RIGHT),  # other side: not the left point
        point(muscle="rhomboids", x=180 + MATCH_DISTANCE + 1, y=200),  # too far
    ]
    result = match_trigger_points(old, new)
    by_status = {s: [m for m in result if m.status is s] for s in CarryStatus}
    assert [m.before for m in by_status[CarryStatus.PERSISTING]] == [old[0]]
    assert [m.before for m in by_status[CarryStatus.RESOLVED]] == [old[1], old[2]]
    assert [m.after for m in by_status[CarryStatus.NEW]] == [new[1], new[2]]


def test_closest_pair_wins_and_each_point_is_used_once() -> None:
    old = [point(x=150), point(x=160)]
    new = [point(x=161)]
    result = match_trigger_points(old, new)
    assert result[0].status is CarryStatus.RESOLVED
    assert result[1].status is CarryStatus.PERSISTING
    assert result[1].after is new[0]


def test_point_charted_as_resolved_counts_as_resolved() -> None:
    old = point()
    new = point(carry=CarryStatus.RESOLVED)
    (match,) = match_trigger_points([old], [new])
    assert match.status is CarryStatus.RESOLVED
    assert match.after is new

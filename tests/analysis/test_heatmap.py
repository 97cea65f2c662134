from __future__ import annotations

from bodymap.analysis.heatmap import pain_heat_map
from tests.analysis.toy_atlas import A, P, ToyAtlas, chart, region_rect, zone


def test_counts_visits_per_segment(toy: ToyAtlas) -> None:
    charts = [
        chart([zone(A, region_rect(101)), zone(P, region_rect(218))], visit_id=1),
        chart([zone(A, region_rect(101))], visit_id=2),
        chart([], visit_id=3),
    ]
    heat = pain_heat_map(toy, charts)
    assert heat.visits == 3
    assert len(heat.regions) == len(toy.surface_regions)
    assert heat.frequency(101).painful_visits == 2
    assert heat.frequency(101).share == 2 / 3
    assert heat.frequency(218).painful_visits == 1
    assert heat.frequency(102).painful_visits == 0
    assert [r.region for r in heat.most_frequent] == [101, 218]


def test_no_visits(toy: ToyAtlas) -> None:
    heat = pain_heat_map(toy, [])
    assert heat.visits == 0
    assert heat.most_frequent == ()
    assert heat.frequency(101).share == 0.0

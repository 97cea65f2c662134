"""Issue #13, item 4: each counting fault of the clinical review, with the analysis API as it
stood when the issue was filed (so that code fails these on the assertion, not an import).

A referral zone the clinician drew is not the patient's pain: it must not raise a count.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bodymap.analysis.compare import compare_visits
from bodymap.analysis.heatmap import pain_heat_map
from bodymap.analysis.suggest import suggest_sites
from bodymap.analysis.trends import pain_area_series
from bodymap.model import ZoneKind
from tests.analysis.toy_atlas import A, P, ToyAtlas, chart, region_rect, zone


def referred(view, region):
    return replace(zone(view, region_rect(region)), kind=ZoneKind.REFERRED)


def test_heat_map_ignores_referral_zones(toy: ToyAtlas) -> None:
    heat = pain_heat_map(toy, [chart([zone(A, region_rect(101)), referred(P, 218)])])
    assert heat.frequency(218).painful_visits == 0


def test_pain_area_trend_ignores_referral_zones(toy: ToyAtlas) -> None:
    series = pain_area_series(toy, [chart([referred(A, 101)])])
    assert series.points[0].value == 0.0


def test_jaccard_and_centroid_shift_follow_the_patient_pain(toy: ToyAtlas) -> None:
    before = chart([zone(A, region_rect(101)), referred(P, 218)], visit_id=1)
    after = chart([zone(A, region_rect(101)), referred(A, 109)], visit_id=2)
    comparison = compare_visits(toy, before, after)
    assert comparison.jaccard == pytest.approx(1.0)
    assert comparison.centroid_shift == pytest.approx(0.0)


def test_possible_sources_do_not_confirm_the_referral_zones_drawn(toy: ToyAtlas) -> None:
    site = toy.sites["temple.one.right"]
    drawn = [
        replace(zone(view, polygon), kind=ZoneKind.REFERRED)
        for view, polygon in site.referral.essential
    ]
    assert suggest_sites(toy, drawn) == []

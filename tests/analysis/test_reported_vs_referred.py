"""Patient-reported pain and clinician-referred zones are counted apart everywhere (#13 item 4).

Each test draws the patient's pain in one place and a referral zone elsewhere: every count,
comparison, heat map, trend and suggestion must follow the patient's pain only.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bodymap.analysis.compare import compare_visits
from bodymap.analysis.extent import extent_json, quantify, visit_extent
from bodymap.analysis.heatmap import pain_heat_map
from bodymap.analysis.suggest import suggest_sites
from bodymap.analysis.trends import pain_area_series
from bodymap.model import ZoneKind
from tests.analysis.toy_atlas import A, P, ToyAtlas, chart, region_rect, zone


def referred(view, region):
    return replace(zone(view, region_rect(region)), kind=ZoneKind.REFERRED)


def reported(view, region):
    return zone(view, region_rect(region))


def test_counts_and_the_2016_rule_come_from_reported_zones(toy: ToyAtlas) -> None:
    zones = [reported(A, 101), referred(P, 218), referred(A, 108), referred(A, 109)]
    both = visit_extent(toy, zones)
    assert both.reported.choir_ids == (101,)
    assert both.referred.choir_ids == (108, 109, 218)
    assert both.reported.percent == pytest.approx(quantify(toy, [reported(A, 101)]).percent)
    assert both.reported.wpi_count < both.referred.wpi_count
    as_json = extent_json(both.reported)
    assert as_json["choir"] == [101]
    assert set(as_json) == {"area_pct", "choir", "mbm", "wpi"}


def test_a_visit_with_only_referred_zones_has_empty_reported_counts(toy: ToyAtlas) -> None:
    both = visit_extent(toy, [referred(A, 101), referred(P, 218)])
    assert extent_json(both.reported) == {"area_pct": 0.0, "choir": [], "mbm": [], "wpi": []}
    assert both.referred.choir_count == 2


def test_comparison_follows_the_patient_pain_not_the_referral_zones(toy: ToyAtlas) -> None:
    before = chart([reported(A, 101), referred(P, 218)], visit_id=1)
    after = chart([reported(A, 101), referred(A, 109)], visit_id=2)
    comparison = compare_visits(toy, before, after)
    assert comparison.jaccard == pytest.approx(1.0)  # the patient's pain did not move
    assert comparison.centroid_shift == pytest.approx(0.0)


def test_heat_map_and_trend_count_reported_pain_only(toy: ToyAtlas) -> None:
    charts = [
        chart([reported(A, 101), referred(P, 218)], visit_id=1),
        chart([referred(A, 101)], visit_id=2),
    ]
    heat = pain_heat_map(toy, charts)
    assert heat.frequency(101).painful_visits == 1
    assert heat.frequency(218).painful_visits == 0
    series = pain_area_series(toy, charts)
    assert series.points[1].value == 0.0
    assert "patient-reported" in series.title


def test_possible_sources_rank_against_reported_pain_only(toy: ToyAtlas) -> None:
    site = toy.sites["temple.one.right"]
    drawn = [
        replace(zone(view, polygon), kind=ZoneKind.REFERRED)
        for view, polygon in site.referral.essential
    ]
    assert suggest_sites(toy, drawn) == []  # it would only confirm itself
    patient = [replace(z, kind=ZoneKind.PATIENT_REPORTED) for z in drawn]
    assert suggest_sites(toy, patient)[0].site == site.id

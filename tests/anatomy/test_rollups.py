"""CHOIR segments and their MBM / WPI roll-ups (domain.md §4)."""

from __future__ import annotations

import pytest

from bodymap.anatomy.rollups import (
    CHOIR_SEGMENTS,
    MBM_AREAS,
    WPI_AREAS,
    WPI_REGIONS,
    choir_to_mbm,
    choir_to_wpi,
    is_generalised_pain,
    mbm_areas,
    meets_2016_criteria,
    painful_regions,
    wpi_areas,
    wpi_score,
)
from bodymap.model import Side, View


def test_choir_has_74_segments_with_the_published_ids():
    assert sorted(CHOIR_SEGMENTS) == [*range(101, 137), *range(201, 239)]
    assert all(s.view is View.ANTERIOR for i, s in CHOIR_SEGMENTS.items() if i < 200)
    assert all(s.view is View.POSTERIOR for i, s in CHOIR_SEGMENTS.items() if i > 200)


def test_named_segments_match_domain_table():
    assert CHOIR_SEGMENTS[101].name == "Cranium (R)"
    assert CHOIR_SEGMENTS[201].name == "Cranium (L)"
    assert CHOIR_SEGMENTS[220].name == "Forearm (R)"
    assert CHOIR_SEGMENTS[237].name == "Foot, sole (L)"
    assert CHOIR_SEGMENTS[125].name == "Hand, palm (R)"


def test_mbm_and_wpi_tables_have_the_standard_sizes():
    assert len(MBM_AREAS) == 35
    assert len(WPI_AREAS) == 19
    assert len(WPI_REGIONS) == 5
    grouped = [a for areas in WPI_REGIONS.values() for a in areas]
    assert sorted(grouped) == sorted(WPI_AREAS)


def test_every_segment_rolls_up_to_a_known_area():
    for segment in CHOIR_SEGMENTS.values():
        assert segment.mbm in MBM_AREAS, segment
        assert segment.wpi is None or segment.wpi in WPI_AREAS, segment


def test_every_wpi_area_is_reachable_and_every_mbm_area_but_jaw_and_groin():
    reached_wpi = {s.wpi for s in CHOIR_SEGMENTS.values()} - {None}
    assert reached_wpi == set(WPI_AREAS)
    reached_mbm = {s.mbm for s in CHOIR_SEGMENTS.values()}
    # CHOIR has no jaw or groin segment: face halves feed MBM "Face", front hips the lateral hip
    # (documented judgment calls in rollups.py).
    assert set(MBM_AREAS) - reached_mbm == {1, 2, 15, 16}


def test_face_feeds_mbm_face_and_front_hips_the_lateral_hip_areas():
    assert choir_to_mbm(103) == choir_to_mbm(104) == 0  # "Face", not "Rt/Lt jaw"
    assert MBM_AREAS[choir_to_mbm(120) or 0] == "Rt hip"  # not "Rt groin"
    assert MBM_AREAS[choir_to_mbm(123) or 0] == "Lt hip"
    assert choir_to_mbm(120) == choir_to_mbm(225)  # front and back of the same hip agree


def test_sided_roll_ups_keep_the_patients_side():
    for segment in CHOIR_SEGMENTS.values():
        mbm_name = MBM_AREAS[segment.mbm or 0]
        if mbm_name.startswith("Rt "):
            assert segment.side is Side.RIGHT, segment
        if mbm_name.startswith("Lt "):
            assert segment.side is Side.LEFT, segment
        if segment.wpi and segment.wpi.endswith("_right"):
            assert segment.side is Side.RIGHT, segment
        if segment.wpi and segment.wpi.endswith("_left"):
            assert segment.side is Side.LEFT, segment


def test_crosswalk_examples_from_domain():
    assert choir_to_mbm(107) == 28
    assert choir_to_mbm(210) == 28
    assert choir_to_wpi(212) == "upper_back"  # middle back folds into upper back
    assert choir_to_wpi(224) == "hip_right"  # WPI hip includes the buttock
    assert choir_to_wpi(113) is None  # WPI has no elbow
    assert choir_to_mbm(238) == 23  # right sole -> right ankle/foot
    assert mbm_areas([101, 202, 105]) == {25, 26}
    assert wpi_areas([101, 105, 206]) == {"neck"}


def test_unknown_segment_is_a_clear_error():
    with pytest.raises(KeyError, match="101-136 and 201-238"):
        choir_to_mbm(150)


def test_wpi_score_counts_distinct_areas_and_rejects_unknown():
    assert wpi_score(["neck", "neck", "chest"]) == 2
    assert wpi_score([]) == 0
    with pytest.raises(KeyError, match="knee"):
        wpi_score(["knee"])


def test_jaw_chest_and_abdomen_do_not_make_a_region_painful():
    assert painful_regions(["jaw_left", "chest", "abdomen"]) == frozenset()
    assert painful_regions(["jaw_left", "upper_arm_left", "neck"]) == {"left_upper", "axial"}


def test_generalised_pain_needs_four_of_five_regions():
    three = ["shoulder_girdle_left", "shoulder_girdle_right", "hip_left"]
    assert not is_generalised_pain(three)
    assert is_generalised_pain([*three, "lower_back"])


def test_2016_criteria():
    areas = [
        "shoulder_girdle_left",
        "shoulder_girdle_right",
        "hip_left",
        "hip_right",
        "neck",
        "upper_back",
        "lower_back",
    ]
    assert meets_2016_criteria(areas, symptom_severity=5, symptom_months=6)
    assert not meets_2016_criteria(areas, symptom_severity=4, symptom_months=6)
    assert not meets_2016_criteria(areas, symptom_severity=5, symptom_months=2)
    four = ["shoulder_girdle_left", "upper_arm_left", "lower_arm_left", "neck"]
    assert not meets_2016_criteria(four, symptom_severity=9, symptom_months=6)  # 2 regions only
    four_regions = ["shoulder_girdle_left", "shoulder_girdle_right", "hip_left", "neck"]
    assert meets_2016_criteria(four_regions, symptom_severity=9, symptom_months=6)
    assert not meets_2016_criteria(four_regions, symptom_severity=8, symptom_months=6)
    with pytest.raises(ValueError, match="0-12"):
        meets_2016_criteria(areas, symptom_severity=13, symptom_months=6)

"""Scoring of NDI, ODI, PSFS and PPT against worked examples of the instruments' rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bodymap.model import ValidationError
from bodymap.model.scoring import (
    kg_cm2_to_kpa,
    ndi_band,
    ndi_score,
    odi_band,
    odi_percent,
    ppt_mean,
    psfs_mean,
)


def test_ndi_all_items_answered_scores_raw_over_50_and_percent():
    score = ndi_score([1, 2, 0, 3, 1, 2, 0, 1, 2, 1])
    assert score.total == 13
    assert score.answered == 10
    assert score.out_of_50 == pytest.approx(13.0)
    assert score.percent == pytest.approx(26.0)


def test_ndi_missing_item_is_scored_over_the_items_answered():
    # 9 answered items summing to 18: 18 / 45 = 40 %, i.e. 20 out of 50 (not 18).
    score = ndi_score([2, 2, 2, 2, None, 2, 2, 2, 2, 2])
    assert score.answered == 9
    assert score.percent == pytest.approx(40.0)
    assert score.out_of_50 == pytest.approx(20.0)


def test_odi_one_section_missing_divides_by_45():
    # Sum 21 over 9 answered sections: 21 / 45 * 100 = 46.67 %.
    assert odi_percent([3, 2, 2, 3, 2, 2, 3, 2, None, 2]) == pytest.approx(46.6667, abs=1e-3)


def test_odi_all_sections_answered_divides_by_50():
    assert odi_percent([0, 1, 2, 3, 4, 5, 0, 1, 2, 2]) == pytest.approx(40.0)


@pytest.mark.parametrize(
    ("items", "field"),
    [
        ([1, 2, 0, 3, 1, 2, 0, 1, 2, 6], "NDI item 10"),
        ([1, 2, 0, 3, 1, 2, 0, 1, 2, -1], "NDI item 10"),
        ([1, 2, 0], "NDI items"),
        ([None, None, None, 1, 1, 1, 1, 1, 1, 1], "NDI items"),
    ],
)
def test_ndi_rejects_bad_items_naming_the_field(items, field):
    with pytest.raises(ValidationError) as info:
        ndi_score(items)
    assert info.value.field == field


def test_ndi_out_of_range_item_message_names_range():
    with pytest.raises(ValidationError, match="from 0 to 5"):
        ndi_score([1, 2, 0, 3, 1, 2, 0, 1, 2, 9])


def test_odi_rejects_too_many_missing_sections():
    with pytest.raises(ValidationError, match="at most 2"):
        odi_percent([None, None, None, 1, 1, 1, 1, 1, 1, 1])


def test_psfs_mean_of_activities():
    assert psfs_mean([3, 5, 7]) == pytest.approx(5.0)
    assert psfs_mean([2, 4, 6, 8, 10]) == pytest.approx(6.0)


@pytest.mark.parametrize("scores", [[3, 5], [1, 2, 3, 4, 5, 6]])
def test_psfs_needs_three_to_five_activities(scores):
    with pytest.raises(ValidationError, match="3 to 5 activities"):
        psfs_mean(scores)


def test_psfs_score_out_of_range_names_the_activity():
    with pytest.raises(ValidationError) as info:
        psfs_mean([3, 11, 4])
    assert info.value.field == "PSFS activity 2"


def test_ppt_mean_of_three_trials_and_kpa():
    assert ppt_mean([2.0, 2.4, 2.2]) == pytest.approx(2.2)
    assert kg_cm2_to_kpa(2.0) == pytest.approx(196.133)


def test_ppt_needs_three_trials_in_range():
    with pytest.raises(ValidationError, match="3 trials"):
        ppt_mean([2.0, 2.4])
    with pytest.raises(ValidationError, match="0 to 20"):
        ppt_mean([2.0, 2.4, 25.0])


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, "none"),
        (4, "none"),
        (5, "mild"),
        (14, "mild"),
        (15, "moderate"),
        (24.5, "moderate"),
        (25, "severe"),
        (34, "severe"),
        (35, "complete"),
        (50, "complete"),
    ],
)
def test_ndi_bands(score, band):
    assert ndi_band(score) == band


@pytest.mark.parametrize(
    ("percent", "band"),
    [
        (0, "minimal"),
        (20, "minimal"),
        (21, "moderate"),
        (40, "moderate"),
        (41, "severe"),
        (60, "severe"),
        (61, "crippled"),
        (80, "crippled"),
        (81, "bed-bound or exaggerating"),
    ],
)
def test_odi_bands(percent, band):
    assert odi_band(percent) == band


@st.composite
def questionnaire_items(draw: st.DrawFn) -> list[int | None]:
    """Ten answers 0-5 with at most two left unanswered (the scoring rule's limit)."""
    answers = draw(st.lists(st.integers(min_value=0, max_value=5), min_size=10, max_size=10))
    missing = draw(st.sets(st.integers(min_value=0, max_value=9), max_size=2))
    return [None if i in missing else value for i, value in enumerate(answers)]


@given(questionnaire_items())
def test_prorated_scores_stay_in_range_and_agree(items):
    score = ndi_score(items)
    assert 0 <= score.percent <= 100
    assert score.out_of_50 == pytest.approx(score.percent / 2)
    assert odi_percent(items) == pytest.approx(score.percent)
    if None not in items:
        assert score.out_of_50 == sum(items)

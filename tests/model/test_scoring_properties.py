"""Properties of the instrument scoring: every score stays within its documented range."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bodymap.model import ValidationError
from bodymap.model.scoring import (
    PPT_MAX_KG_CM2,
    kg_cm2_to_kpa,
    ndi_band,
    ndi_score,
    odi_band,
    ppt_mean,
    psfs_mean,
)

FAST = settings(max_examples=80)
NDI_BANDS = ("none", "mild", "moderate", "severe", "complete")
ODI_BANDS = ("minimal", "moderate", "severe", "crippled", "bed-bound or exaggerating")

answers = st.lists(
    st.one_of(st.none(), st.integers(min_value=0, max_value=5)), min_size=10, max_size=10
)


@FAST
@given(answers)
def test_a_questionnaire_scores_within_0_to_50_or_is_refused(items: list[int | None]) -> None:
    missing = items.count(None)
    if missing > 2:
        with pytest.raises(ValidationError, match="unanswered"):
            ndi_score(items)
        return
    score = ndi_score(items)
    assert 0 <= score.total <= 5 * score.answered
    assert score.answered == 10 - missing
    assert 0.0 <= score.out_of_50 <= 50.0
    assert score.percent == pytest.approx(2 * score.out_of_50)
    assert ndi_band(score.out_of_50) in NDI_BANDS
    assert odi_band(score.percent) in ODI_BANDS


@FAST
@given(answers, st.integers(min_value=0, max_value=9))
def test_answering_one_item_higher_never_lowers_the_score(
    items: list[int | None], index: int
) -> None:
    if items.count(None) > 2 or items[index] is None or items[index] == 5:
        return
    higher = list(items)
    higher[index] = (items[index] or 0) + 1
    assert ndi_score(higher).out_of_50 > ndi_score(items).out_of_50


@FAST
@given(st.lists(st.floats(min_value=0, max_value=10), min_size=3, max_size=5))
def test_psfs_is_a_mean_between_its_lowest_and_highest_activity(scores: list[float]) -> None:
    mean = psfs_mean(scores)
    assert min(scores) - 1e-9 <= mean <= max(scores) + 1e-9
    assert 0.0 <= mean <= 10.0


@FAST
@given(st.lists(st.floats(min_value=0, max_value=PPT_MAX_KG_CM2), min_size=3, max_size=3))
def test_ppt_is_the_mean_of_its_trials_and_converts_monotonically(trials: list[float]) -> None:
    mean = ppt_mean(trials)
    assert min(trials) - 1e-9 <= mean <= max(trials) + 1e-9
    assert (
        kg_cm2_to_kpa(min(trials))
        <= kg_cm2_to_kpa(mean) + 1e-9
        <= kg_cm2_to_kpa(max(trials)) + 2e-9
    )


@FAST
@given(st.floats(min_value=0, max_value=50), st.floats(min_value=0, max_value=50))
def test_ndi_bands_never_go_down_as_the_score_goes_up(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert NDI_BANDS.index(ndi_band(low)) <= NDI_BANDS.index(ndi_band(high))


@FAST
@given(st.floats(min_value=0, max_value=100), st.floats(min_value=0, max_value=100))
def test_odi_bands_never_go_down_as_the_score_goes_up(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert ODI_BANDS.index(odi_band(low)) <= ODI_BANDS.index(odi_band(high))


@FAST
@given(st.one_of(st.floats(max_value=-1e-9), st.floats(min_value=50.000001)))
def test_an_ndi_score_outside_0_to_50_is_refused_by_name(score: float) -> None:
    with pytest.raises(ValidationError, match="NDI score"):
        ndi_band(score)

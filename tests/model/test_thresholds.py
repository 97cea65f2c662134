"""The one table of outcome thresholds: kinds, values, populations and sources (issue #13)."""

from __future__ import annotations

import pytest

from bodymap.model import scoring
from bodymap.model.thresholds import (
    THRESHOLDS,
    THRESHOLDS_BY_ID,
    ThresholdKind,
    chosen,
    default_for,
    options,
)


def test_every_threshold_says_what_it_is_and_where_it_comes_from():
    assert len(THRESHOLDS_BY_ID) == len(THRESHOLDS)
    for threshold in THRESHOLDS:
        assert threshold.kind in (ThresholdKind.MCID, ThresholdKind.MDC)
        assert threshold.label.startswith(threshold.kind.value)
        assert threshold.value > 0
        assert threshold.population.strip()
        assert threshold.citation.strip()
        assert threshold.instrument in {"nprs", "ndi", "odi", "psfs"}


def test_ndi_follows_young_2009_with_the_advised_10_as_an_option():
    ndi = default_for("ndi")
    assert ndi is not None
    assert (ndi.value, ndi.kind, ndi.unit) == (7.5, ThresholdKind.MCID, "points of 50")
    assert "Young" in ndi.citation
    assert "2009" in ndi.citation
    assert "physical-therapy" in ndi.population
    assert "neck" in ndi.population
    assert [t.value for t in options("ndi")] == [7.5, 10.0]
    assert chosen("ndi", {"ndi": "ndi_young_10"}).value == 10.0  # type: ignore[union-attr]


def test_nprs_offers_2_points_or_30_percent():
    two, thirty = options("nprs")
    assert (two.value, two.relative, two.kind) == (2.0, False, ThresholdKind.MCID)
    assert (thirty.value, thirty.relative, thirty.kind) == (30.0, True, ThresholdKind.MCID)
    assert thirty.amount == "30 %"
    assert thirty.step(8) == pytest.approx(2.4)
    assert two.step(8) == 2.0


def test_psfs_two_points_is_labelled_an_mdc90_not_an_mcid():
    psfs = default_for("psfs")
    assert psfs is not None
    assert psfs.value == 2.0
    assert psfs.kind is ThresholdKind.MDC
    assert psfs.label == "MDC90"
    assert "not an MCID" in psfs.population


def test_unknown_or_foreign_choices_fall_back_to_the_default():
    assert chosen("nprs", {"nprs": "no_such"}) == default_for("nprs")
    assert chosen("nprs", {"nprs": "ndi_young_10"}) == default_for("nprs")
    assert chosen("ppt") is None
    assert options("vas") == ()


def test_the_old_duplicated_constants_are_gone():
    for name in (
        "Threshold",
        "NPRS_MCID",
        "NDI_MCID",
        "ODI_MCID",
        "PSFS_MCID",
        "MCID_BY_INSTRUMENT",
    ):
        assert not hasattr(scoring, name), name

from __future__ import annotations

from datetime import datetime

import pytest

from bodymap.analysis.trends import TrendPoint, TrendSeries
from bodymap.model import MeasureTiming
from bodymap.model.thresholds import THRESHOLDS_BY_ID
from bodymap.ui.history.trend_chart import (
    TrendChartView,
    change_summary,
    nice_ticks,
    value_range,
)

NPRS_MCID = THRESHOLDS_BY_ID["nprs_2_points"]


def series(values, instrument="nprs", reference=NPRS_MCID, low=0.0, high=10.0) -> TrendSeries:
    return TrendSeries(
        key=f"{instrument}|x",
        group=instrument,
        instrument=instrument,
        title="Pain (NPRS)",
        timing=MeasureTiming.PRE,
        unit="points",
        low=low,
        high=high,
        higher_is_better=False,
        reference=reference,
        points=tuple(TrendPoint(i, datetime(2026, 1, 1 + 7 * i), v) for i, v in enumerate(values)),
    )


def test_nice_ticks_are_round_and_cover_the_range() -> None:
    assert nice_ticks(0, 10) == [0, 2, 4, 6, 8, 10]
    assert nice_ticks(0, 50) == [0, 10, 20, 30, 40, 50]
    ticks = nice_ticks(1.93, 4.1)
    assert ticks[0] <= 1.93
    assert ticks[-1] >= 4.1


def test_questionnaires_use_their_whole_scale_others_zoom() -> None:
    assert value_range([series([7, 3])]) == (0.0, 10.0)
    low, high = value_range([series([2.1, 3.9], instrument="ppt", reference=None, high=20.0)])
    assert 0 <= low < 2.1
    assert 3.9 < high < 20


def test_change_summary_says_whether_the_mcid_was_reached() -> None:
    assert change_summary(series([7, 4]))[0] == "−3 points since first visit · MCID reached"
    assert change_summary(series([7, 6]))[0] == "−1 points since first visit · MCID not reached"
    assert change_summary(series([7]))[0] == "one visit so far"


def test_chart_lists_the_mcid_in_its_legend_and_tooltip(qtbot) -> None:
    chart = TrendChartView([series([7, 5, 3])])
    qtbot.addWidget(chart)
    assert any("MCID 2 points" in label for _pen, label in chart.legend_entries())
    assert "Childs" in chart.toolTip()
    chart.resize(420, 250)
    assert not chart.grab().toImage().isNull()


def test_a_chart_needs_a_series() -> None:
    with pytest.raises(ValueError, match="series"):
        TrendChartView([])


def test_chart_shows_the_threshold_kind_and_source(qtbot) -> None:
    psfs = series([7, 4.5], instrument="psfs", reference=THRESHOLDS_BY_ID["psfs_mdc90_2"])
    chart = TrendChartView([psfs])
    qtbot.addWidget(chart)
    chart.resize(900, 260)
    assert change_summary(psfs)[0].endswith("MDC90 reached")
    assert chart.source_text().startswith("Reference: MDC90 2 points")
    assert "Stratford" in chart.source_text()
    assert "MDC90" in chart.toolTip()
    assert "Population" in chart.toolTip()
    chart.grab()  # paints the source line without error

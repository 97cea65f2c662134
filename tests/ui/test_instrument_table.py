"""Validation, trends, the History chart and the PDFs read an instrument's facts from its row.

The test swaps in a throwaway VAS row (model/instruments.py) — another name, range, unit, score
format, direction and scale — and shows every layer follows it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from bodymap.analysis.trends import measure_series
from bodymap.model import (
    Instrument,
    MeasureTiming,
    OutcomeMeasure,
    Patient,
    ValidationError,
    Visit,
    VisitChart,
)
from bodymap.model import chart as chart_module
from bodymap.model import instruments as instrument_table
from bodymap.model.instruments import INSTRUMENT_SPECS, instrument_spec
from bodymap.model.scoring import KPA_PER_KG_CM2
from bodymap.report.formatting import format_change, format_score
from bodymap.report.progress_summary import trend_charts
from bodymap.report.visit_summary import measure_rows
from bodymap.ui.history.trend_chart import TrendChartView, value_range

VAS = INSTRUMENT_SPECS[Instrument.VAS]


@pytest.fixture
def vas_in_cm(monkeypatch: pytest.MonkeyPatch) -> None:
    row = replace(
        VAS,
        name="Visual scale (test)",
        title="Pain (VAS, test)",
        high=10,
        unit="cm",
        change_unit="cm",
        change_decimals=1,
        higher_is_better=True,
        full_scale=False,
        charted=False,
        score_text=lambda v, n: f"{n(v, 1)} cm",
    )
    table = {**INSTRUMENT_SPECS, Instrument.VAS: row}
    monkeypatch.setattr(instrument_table, "INSTRUMENT_SPECS", table)


def _vas(value: float, day: int, timing: MeasureTiming = MeasureTiming.PRE) -> VisitChart:
    visit = Visit(id=day, patient_id=1, started_at=datetime(2026, 11, day, 9))
    measure = OutcomeMeasure(instrument=Instrument.VAS, timing=timing, value=value, label="now")
    return VisitChart(visit=visit, patient=Patient(id=1, name="T"), measures=(measure,))


def test_validation_takes_range_and_unit_from_the_row(vas_in_cm: None) -> None:
    with pytest.raises(ValidationError, match=r"vas value: must be from 0 to 10 cm, got 11"):
        OutcomeMeasure(instrument=Instrument.VAS, value=11)
    assert OutcomeMeasure(instrument=Instrument.VAS, value=9.5).value == 9.5


def test_trends_and_the_history_chart_follow_the_row(vas_in_cm: None, qtbot: object) -> None:
    charts = [_vas(8.0, 1), _vas(5.5, 8)]
    (series,) = measure_series(charts)
    assert (series.title, series.unit, series.high) == ("Pain (VAS, test) — now", "cm", 10)
    assert series.higher_is_better
    assert series.improvement == pytest.approx(-2.5)  # a fall is worse on this scale
    assert not series.full_scale
    low, high = value_range([series])
    assert (low, high) != (0, 10)  # zoomed to the data, not the whole scale
    view = TrendChartView([series])
    assert view.series[0].title.startswith("Pain (VAS, test)")


def test_the_pdfs_print_name_score_and_change_from_the_row(vas_in_cm: None) -> None:
    pre = OutcomeMeasure(instrument=Instrument.VAS, timing=MeasureTiming.PRE, value=8.0)
    post = OutcomeMeasure(instrument=Instrument.VAS, timing=MeasureTiming.POST, value=5.5)
    (row,) = measure_rows([pre, post], lambda muscle: muscle)
    assert (row.measure, row.pre, row.post) == ("Visual scale (test)", "8 cm", "5.5 cm")
    assert row.change == "\u22122.5 cm"
    assert trend_charts([_vas(8.0, 1), _vas(5.5, 8)]) == ()  # not charted any more


def test_every_instrument_has_a_row_and_one_kpa_constant() -> None:
    assert set(INSTRUMENT_SPECS) == set(Instrument)
    assert not hasattr(chart_module, "INSTRUMENT_RANGES")
    assert format_score(Instrument.PPT, 3.0) == f"3 kg/cm² ({3 * KPA_PER_KG_CM2:.0f} kPa)"
    assert format_score(Instrument.NDI, 13.0) == "13/50 (26%)"
    assert format_change(Instrument.NPRS, -3.0) == "\u22123 points"
    assert instrument_spec(Instrument.NPRS).whole
    with pytest.raises(ValidationError, match="whole number from 0 to 10"):
        OutcomeMeasure(instrument=Instrument.NPRS, value=4.5)


def test_a_bad_row_is_refused() -> None:
    with pytest.raises(ValueError, match="low must be below high"):
        replace(VAS, low=10, high=0)
    with pytest.raises(ValueError, match="change_decimals"):
        replace(VAS, change_decimals=-1)

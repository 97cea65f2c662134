from __future__ import annotations

from datetime import datetime

import pytest

from bodymap.analysis.trends import PAIN_AREA_KEY, build_trends
from bodymap.model import Instrument, MeasureTiming, OutcomeMeasure, Side
from tests.analysis.toy_atlas import BODY_AREA, A, ToyAtlas, chart, region_rect, zone


def nprs(value: int, timing: MeasureTiming = MeasureTiming.PRE) -> OutcomeMeasure:
    return OutcomeMeasure(instrument=Instrument.NPRS, value=value, label="current", timing=timing)


def visits() -> list:
    return [
        chart(
            [zone(A, region_rect(101)), zone(A, region_rect(102))],
            measures=[
                nprs(7),
                nprs(5, MeasureTiming.POST),
                OutcomeMeasure(instrument=Instrument.NDI, value=20),
            ],
            visit_id=1,
            when=datetime(2026, 1, 5),
        ),
        chart(
            [zone(A, region_rect(101))],
            measures=[
                nprs(4),
                OutcomeMeasure(instrument=Instrument.NDI, value=17),
                OutcomeMeasure(
                    instrument=Instrument.PPT, value=2.0, site="upper_trapezius.central.right"
                ),
                OutcomeMeasure(
                    instrument=Instrument.PPT, value=3.0, site="upper_trapezius.central.right"
                ),
            ],
            visit_id=2,
            when=datetime(2026, 1, 19),
        ),
    ]


def test_series_per_reading_with_mcid(toy: ToyAtlas) -> None:
    # Given out of order: series come out oldest first.
    series = {s.key: s for s in build_trends(toy, list(reversed(visits())))}
    pre = series["nprs|current|pre|||"]
    assert [p.value for p in pre.points] == [7, 4]
    assert [p.visit_id for p in pre.points] == [1, 2]
    assert pre.reference is not None
    assert pre.reference.value == 2.0
    assert pre.improvement == 3
    assert pre.reached_reference
    assert pre.target == 5.0
    post = series["nprs|current|post|||"]
    assert len(post.points) == 1
    assert post.change is None
    assert post.reached_reference is None
    ndi = series["ndi||none|||"]
    assert ndi.improvement == 3
    assert ndi.reached_reference is False


def test_several_readings_in_one_visit_are_averaged_and_ppt_has_no_mcid(toy: ToyAtlas) -> None:
    series = {s.key: s for s in build_trends(toy, visits())}
    ppt = series["ppt||none|upper_trapezius.central.right||"]
    assert [p.value for p in ppt.points] == [2.5]
    assert ppt.higher_is_better
    assert ppt.reference is None
    assert ppt.target is None


def test_pain_area_series_is_last(toy: ToyAtlas) -> None:
    series = build_trends(toy, visits())
    area = series[-1]
    assert area.key == PAIN_AREA_KEY
    share = 100 * 20_000 / (2 * BODY_AREA)
    assert [p.value for p in area.points] == pytest.approx([2 * share, share])
    assert area.improvement == pytest.approx(share)


def test_psfs_versions_are_separate_lines_with_their_own_direction(toy: ToyAtlas) -> None:
    charts = [
        chart(
            measures=[OutcomeMeasure(instrument=Instrument.PSFS, value=4, version="1.0")],
            visit_id=1,
        ),
        chart(
            measures=[OutcomeMeasure(instrument=Instrument.PSFS, value=6, version="2.0")],
            visit_id=2,
        ),
    ]
    series = [s for s in build_trends(toy, charts) if s.instrument == "psfs"]
    assert len(series) == 2
    assert series[0].higher_is_better
    assert not series[1].higher_is_better


def test_no_visits_no_series(toy: ToyAtlas) -> None:
    assert build_trends(toy, []) == []


def test_pre_and_post_share_a_chart(toy: ToyAtlas) -> None:
    from bodymap.analysis.trends import group_series

    groups = group_series(build_trends(toy, visits()))
    nprs_group = groups[0]
    assert [s.line_label for s in nprs_group] == ["Pre-treatment", "Post-treatment"]
    assert {s.title for s in nprs_group} == {"Pain (NPRS) — current"}
    assert groups[-1][0].key == PAIN_AREA_KEY


def test_titles_do_not_repeat_the_instrument_or_site(toy: ToyAtlas) -> None:
    from bodymap.model.measures import ppt_measure

    site = "upper_trapezius.central.right"
    measures = [
        ppt_measure(site, [2.0, 2.2, 2.4], Side.RIGHT, MeasureTiming.PRE),
        OutcomeMeasure(instrument=Instrument.PSFS, value=4, label="PSFS", version="1.0"),
    ]
    titles = [s.title for s in build_trends(toy, [chart(measures=measures)])]
    assert titles[0] == "Pressure pain threshold — upper trapezius, central, right"
    assert titles[1] == "Function (PSFS) — v1.0"


def test_thresholds_come_from_the_table_and_a_choice_changes_them(toy: ToyAtlas) -> None:
    by_default = {s.key: s for s in build_trends(toy, visits())}
    ndi = by_default["ndi||none|||"]
    assert ndi.reference is not None
    assert ndi.reference.value == 7.5
    assert ndi.target == 12.5
    # NPRS 7 -> 4: 3 points reaches 2 points; the 30 % option asks for 2.1 from 7.
    thirty = {s.key: s for s in build_trends(toy, visits(), {"nprs": "nprs_30_percent"})}
    pre = thirty["nprs|current|pre|||"]
    assert pre.reference is not None
    assert pre.reference.relative
    assert pre.target == pytest.approx(4.9)
    assert pre.reached_reference

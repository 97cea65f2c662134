"""The session note's data is computed from hand-made model objects, before any drawing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bodymap.model import Instrument, MeasureTiming, OutcomeMeasure, Side, View, VisitChart
from bodymap.report.visit_summary import (
    DEFAULT_CLINIC_NAME,
    RecordSections,
    build_visit_summary,
    measure_rows,
    site_text,
)
from tests.report.conftest import MUSCLE_NAMES, PATIENT_NAME, make_chart


def name(muscle: str) -> str:
    return MUSCLE_NAMES.get(muscle, muscle)


def test_identity_and_defaults(chart: VisitChart) -> None:
    summary = build_visit_summary(chart, muscle_name=name)
    assert summary.patient_name == PATIENT_NAME
    assert summary.chart_number == "MRN-00417"
    assert summary.date_of_birth == "9 Mar 1984"
    assert summary.clinician == "Ana Ruiz, PT, DPT"
    assert summary.clinic_name == DEFAULT_CLINIC_NAME
    assert not summary.signed
    assert PATIENT_NAME in summary.title


def test_clinic_name_is_a_parameter_and_blank_falls_back(chart: VisitChart) -> None:
    assert build_visit_summary(chart, clinic_name="Clínica Sur").clinic_name == "Clínica Sur"
    assert build_visit_summary(chart, clinic_name="  ").clinic_name == DEFAULT_CLINIC_NAME


def test_trigger_point_rows_use_display_names_and_needling(chart: VisitChart) -> None:
    record = RecordSections(needling=((2, "0.25 × 40 mm"),))
    summary = build_visit_summary(chart, muscle_name=name, record=record)
    assert [r.number for r in summary.trigger_points] == [1, 2, 3, 4]
    assert summary.trigger_points[0].muscle == "Upper trapezius"
    assert summary.trigger_points[1].needling == "0.25 × 40 mm"
    assert summary.trigger_points[0].needling == "Not needled"
    assert summary.trigger_points[2].activity == "Latent"
    assert summary.muscles == (
        "Upper trapezius",
        "Levator scapulae",
        "Sternocleidomastoid",
        "Gluteus medius",
    )


def test_map_content_has_markers_zones_and_a_referral_arrow(chart: VisitChart) -> None:
    content = build_visit_summary(chart, muscle_name=name).map
    assert len(content.markers) == 4
    assert len(content.zones) == 2
    # Zone 300 is referred from trigger point 101 (number 2, posterior view): one arrow there.
    assert len(content.arrows) == 1
    arrow = content.arrows[0]
    assert arrow.view is View.POSTERIOR
    assert arrow.start == (182.0, 190.0)
    assert abs(arrow.end[0] - 230) < 1
    assert abs(arrow.end[1] - 90) < 1
    assert content.in_view(View.ANTERIOR).arrows == ()
    # Zones are drawn weakest first so the most intense one ends on top.
    assert [z.intensity for z in content.zones] == [3, 7]


def test_zone_rows_name_the_source_point(chart: VisitChart) -> None:
    zones = build_visit_summary(chart).zones
    assert zones[0].kind == "Referred from #2"
    assert zones[0].intensity == 7
    assert zones[1].kind == "Patient-reported"


def test_measures_pair_pre_and_post_with_signed_change(chart: VisitChart) -> None:
    rows = {r.measure: r for r in build_visit_summary(chart, muscle_name=name).measures}
    assert rows["NPRS"].pre == "6/10"
    assert rows["NPRS"].post == "3/10"
    assert rows["NPRS"].change == "\u22123 points"
    ppt = rows["Pressure pain threshold"]
    assert ppt.detail == "Upper trapezius, central, right"
    assert ppt.pre == "2.1 kg/cm² (206 kPa)"
    assert ppt.change == "+0.5 kg/cm²"
    ndi = rows["Neck Disability Index"]
    assert ndi.pre == "13/50 (26%)"
    assert ndi.post == "\u2014"
    assert ndi.change == "\u2014"


def test_measure_rows_follow_instrument_order() -> None:
    measures = [
        OutcomeMeasure(instrument=Instrument.ODI, value=32),
        OutcomeMeasure(instrument=Instrument.NPRS, value=4, timing=MeasureTiming.POST),
        OutcomeMeasure(
            instrument=Instrument.ROM,
            value=70,
            site="cervical",
            label="rotation",
            side=Side.LEFT,
            item_labels=("active",),
        ),
    ]
    rows = measure_rows(measures, name)
    assert [r.measure for r in rows] == ["NPRS", "Range of motion", "Oswestry Disability Index"]
    assert rows[0].pre == "\u2014"
    assert rows[0].post == "4/10"
    assert rows[1].detail == "cervical, rotation, left, active"
    assert rows[2].pre == "32%"


def test_site_text() -> None:
    assert site_text("upper_trapezius.central.right", name) == "Upper trapezius, central"
    assert site_text("cervical", name) == "cervical"


def test_soap_keeps_only_written_parts(chart: VisitChart) -> None:
    visit = replace(chart.visit, objective="", plan="  ")
    summary = build_visit_summary(replace(chart, visit=visit))
    assert [f.label for f in summary.soap] == ["Subjective", "Assessment"]


def test_adverse_event_wording() -> None:
    chart = make_chart()
    assert build_visit_summary(chart).adverse_event_text == "None recorded."
    explicit = build_visit_summary(chart, record=RecordSections(no_adverse_events=True))
    assert explicit.adverse_event_text == "No adverse events."


def test_signed_visit_names_the_signer() -> None:
    summary = build_visit_summary(make_chart(signed=True))
    assert summary.signed
    assert summary.signed_by == "Ana Ruiz, PT, DPT"
    assert summary.signed_at == datetime(2026, 11, 12, 10, 15)


def test_empty_chart(chart: VisitChart) -> None:
    summary = build_visit_summary(replace(chart, trigger_points=(), zones=(), measures=()))
    assert summary.map.is_empty
    assert summary.trigger_points == ()
    assert summary.measures == ()


def test_identical_zones_share_a_row(chart: VisitChart) -> None:
    twin = replace(chart.zones[1], id=302)
    zones = build_visit_summary(replace(chart, zones=(*chart.zones, twin))).zones
    assert [z.kind for z in zones] == ["Referred from #2", "Patient-reported (2 areas)"]

"""The progress report: summary from hand-made visits, then the PDF read back."""

from __future__ import annotations

from bodymap.analysis.extent import PainExtent, ViewExtent, VisitExtent
from bodymap.model import MeasureTiming, View, VisitChart
from bodymap.report.charts import nice_step, value_range
from bodymap.report.progress_report import ProgressReportRenderer
from bodymap.report.progress_summary import ProgressSummary, build_progress_summary
from tests.report.conftest import PATIENT_NAME, TinyAtlas, make_course
from tests.report.pdf_text import flat_text, image_count, page_texts, read_pdf


def fake_extent(chart: VisitChart) -> VisitExtent:
    """Pain that shrinks visit by visit (the real quantify needs the full atlas)."""
    area = 100.0 - 10 * (chart.visit.id or 0)

    def extent(front: float) -> PainExtent:
        return PainExtent(
            views=(
                ViewExtent(View.ANTERIOR, front, 1000.0),
                ViewExtent(View.POSTERIOR, 0.0, 1000.0),
            ),
            regions=(),
            mbm_areas=(1, 2),
            wpi_areas=("neck",),
            wpi_regions=(),
            generalised_pain=False,
        )

    return VisitExtent(reported=extent(area), referred=extent(3 * area))


def summary_of(atlas: TinyAtlas, visits: int = 6, extent: bool = True) -> ProgressSummary:
    charts = make_course(visits)
    return build_progress_summary(
        charts[0].patient,
        charts,
        muscle_name=atlas.muscle_name,
        extent=fake_extent if extent else None,
    )


def test_summary_trends_have_pre_post_and_mcid(tiny_atlas: TinyAtlas) -> None:
    charts = make_course(6)
    summary = build_progress_summary(charts[0].patient, charts, muscle_name=tiny_atlas.muscle_name)
    titles = [c.title for c in summary.charts]
    assert titles[0].startswith("Pain (NPRS)")
    assert any(t.startswith("Pressure pain threshold") for t in titles)
    assert any(t.startswith("Function (PSFS)") for t in titles)
    assert "Neck Disability Index" in titles
    nprs = summary.charts[0]
    assert [line.timing for line in nprs.lines] == [MeasureTiming.PRE, MeasureTiming.POST]
    assert len(nprs.lines[0].points) == 6
    assert nprs.target == 5  # first pre-treatment NPRS 7 minus the MCID of 2
    assert "Childs" in nprs.caption
    assert "MCID" in nprs.caption
    psfs = next(c for c in summary.charts if c.title.startswith("Function (PSFS)"))
    assert psfs.target_label == "MDC90"
    assert "MDC90" in psfs.caption
    assert "Stratford" in psfs.caption
    assert "not an MCID" in psfs.caption
    ndi = next(c for c in summary.charts if c.title == "Neck Disability Index")
    assert "7.5 points of 50" in ndi.caption
    assert "Young" in ndi.caption
    ppt = next(c for c in summary.charts if c.title.startswith("Pressure"))
    assert ppt.target is None
    assert "No accepted" in ppt.caption


def test_summary_muscle_history_and_comparison(tiny_atlas: TinyAtlas) -> None:
    charts = make_course(6)
    summary = build_progress_summary(
        charts[0].patient, charts, muscle_name=tiny_atlas.muscle_name, extent=fake_extent
    )
    rows = {r.muscle: r for r in summary.muscles}
    assert rows["Upper trapezius"].status == "Present at last visit"
    assert rows["Upper trapezius"].visits == 6
    assert rows["Sternocleidomastoid"].status == "Resolved"
    assert rows["Sternocleidomastoid"].first_seen == "12 Nov 2026"
    comparison = {r.item: r for r in summary.comparison}
    assert comparison["Trigger points"].first == "4"
    assert comparison["Trigger points"].last == "1"
    assert comparison["Pain area (% of body)"].first == "4.5%"
    assert comparison["Michigan Body Map areas"].change == "0"
    nprs = comparison["Pain (NPRS) \u2013 current, pre-treatment"]
    assert nprs.first == "7/10"
    assert nprs.change.endswith("(MCID reached)")
    extent = summary.visits[0].extent
    assert extent is not None
    assert extent.mbm == "2/35"
    assert extent.wpi == "1/19"


def test_single_visit_has_no_comparison(tiny_atlas: TinyAtlas) -> None:
    charts = make_course(1)
    summary = build_progress_summary(charts[0].patient, charts)
    assert summary.comparison == ()
    text = flat_text(ProgressReportRenderer(tiny_atlas).render(summary))
    assert "at least two visits" in text


def test_report_pdf_text(tiny_atlas: TinyAtlas) -> None:
    data = ProgressReportRenderer(tiny_atlas).render(summary_of(tiny_atlas))
    text = flat_text(data)
    assert PATIENT_NAME in text
    for expected in (
        "First versus last visit",
        "Pain (NPRS)",
        "MCID",
        "Neck Disability Index",
        "Pain extent per visit",
        "Trigger points by muscle",
        "Body map per visit",
        "Upper trapezius",
        "Sternocleidomastoid",
        "Resolved",
        "7 \u2192 5",
        "4.5%",
        "Page 1 of",
    ):
        assert expected in text
    meta = read_pdf(data).metadata
    assert meta is not None
    assert meta.title is not None
    assert meta.title.startswith(f"Progress report \u2013 {PATIENT_NAME}")
    assert image_count(data) == 0


def test_fifty_visits_spill_over_with_headers(tiny_atlas: TinyAtlas) -> None:
    data = ProgressReportRenderer(tiny_atlas).render(summary_of(tiny_atlas, 50))
    pages = page_texts(data)
    assert len(pages) >= 3
    extent_pages = [p for p in pages if "Draft" in p or "Signed" in p]
    for text in extent_pages:
        assert "NPRS pre" in text
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text


def test_report_without_extent_says_so(tiny_atlas: TinyAtlas) -> None:
    data = ProgressReportRenderer(tiny_atlas).render(summary_of(tiny_atlas, 3, extent=False))
    assert "Pain extent is not available" in flat_text(data)


def test_nice_steps_and_ranges(tiny_atlas: TinyAtlas) -> None:
    assert nice_step(10) == 2
    assert nice_step(50) == 10
    assert nice_step(3.3) == 1
    summary = summary_of(tiny_atlas)
    charts = {c.title: c for c in summary.charts}
    assert value_range(charts["Neck Disability Index"]) == (0, 50)
    ppt = next(c for t, c in charts.items() if t.startswith("Pressure"))
    low, high = value_range(ppt)
    assert low == 0
    assert 2.5 <= high <= 5


def test_the_body_figure_is_written_once_and_placed_at_every_visit(tiny_atlas: TinyAtlas) -> None:
    data = ProgressReportRenderer(tiny_atlas).render(summary_of(tiny_atlas, 12))
    forms: set[str] = set()
    placed = 0
    for page in read_pdf(data).pages:
        resources = page.get("/Resources", {})
        names = resources.get("/XObject", {})
        forms |= {str(names[n].get_object().indirect_reference) for n in names}
        content = page.get_contents()
        placed += content.get_data().count(b" Do") if content is not None else 0
    # Silhouette and outline per view: four forms, whatever the number of visits...
    assert 0 < len(forms) <= 4
    # ...each placed once per thumbnail figure (12 visits, both views).
    assert placed >= 12 * 2 * 2
    assert image_count(data) == 0

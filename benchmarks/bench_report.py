"""PDF budgets: session note ≤ 0.3 s and ≤ 3× a bare ReportLab note; 50-visit report ≤ 3 s.

Run: python benchmarks/bench_report.py [--runs N]

Both app documents are timed from model objects to PDF bytes (summary + layout + rendering;
no database). Each baseline is a plain ReportLab document built in this file with the same
primitives (the same embedded TTF, tables with the same rows and columns of Paragraph cells,
the same silhouette/muscle/zone polygons, markers and chart polylines) and no app code,
measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.graphics.shapes import Circle, Drawing, Polygon, PolyLine, String  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from bodymap.analysis.compare import compare_visits  # noqa: E402
from bodymap.analysis.extent import quantify  # noqa: E402
from bodymap.anatomy.atlas import load_atlas  # noqa: E402
from bodymap.model import (  # noqa: E402
    Activity,
    Clinician,
    Instrument,
    MeasureTiming,
    OutcomeMeasure,
    PainZone,
    Patient,
    TriggerPoint,
    View,
    Visit,
    VisitChart,
    VisitStatus,
    ZoneKind,
)
from bodymap.report.bodymap_drawing import simplified  # noqa: E402
from bodymap.report.fonts import BOLD, REGULAR, register_fonts  # noqa: E402
from bodymap.report.progress_report import ProgressReportRenderer  # noqa: E402
from bodymap.report.progress_summary import build_progress_summary  # noqa: E402
from bodymap.report.session_note import SessionNoteRenderer  # noqa: E402
from bodymap.report.visit_summary import (  # noqa: E402
    Fact,
    NoteAdverseEventRow,
    RecordSections,
    build_visit_summary,
)

POINTS = 12
ZONES = 6


def realistic_chart(atlas, visit_number: int = 0, points: int = POINTS) -> VisitChart:  # noqa: ANN001
    """A visit with trigger points at catalogue sites and referral zones from the catalogue."""
    sites = list(atlas.sites.values())[:: max(1, len(atlas.sites) // 40)][:points]
    patient = Patient(id=1, name="Zoë Ñúñez-Łukasiewicz", chart_number="MRN-1")
    clinician = Clinician(id=1, name="Ana Ruiz", credentials="PT, DPT")
    when = datetime(2026, 1, 5, 9, 0) + timedelta(days=7 * visit_number)
    visit = Visit(
        id=visit_number + 1,
        patient_id=1,
        clinician_id=1,
        started_at=when,
        status=VisitStatus.SIGNED,
        signed_at=when,
        signed_by=1,
        subjective="Neck and shoulder pain, worse at work. " * 4,
        objective="Taut bands with familiar pain on palpation. " * 4,
        assessment="Myofascial pain, improving. " * 3,
        plan="Weekly. " * 3,
    )
    tps = tuple(
        TriggerPoint(
            id=i + 1,
            visit_id=visit.id,
            number=i + 1,
            view=s.view,
            x=s.x,
            y=s.y,
            muscle=s.muscle,
            side=s.side,
            site=s.id,
            activity=Activity.ACTIVE if i % 3 else Activity.LATENT,
        )
        for i, s in enumerate(sites)
    )
    zones = []
    for i, s in enumerate(sites[:ZONES]):
        view, polygon = s.referral.essential[0]
        zones.append(
            PainZone(
                id=100 + i,
                visit_id=visit.id,
                view=view,
                polygons=(polygon,),
                kind=ZoneKind.REFERRED,
                intensity=3 + i,
                source_point_id=i + 1,
            )
        )
    pre = max(1, 8 - visit_number // 6)
    measures = (
        OutcomeMeasure(
            instrument=Instrument.NPRS, timing=MeasureTiming.PRE, value=pre, label="current"
        ),
        OutcomeMeasure(
            instrument=Instrument.NPRS, timing=MeasureTiming.POST, value=pre - 1, label="current"
        ),
        OutcomeMeasure(
            instrument=Instrument.PPT,
            timing=MeasureTiming.PRE,
            value=2 + 0.02 * visit_number,
            site=sites[0].id,
            side=sites[0].side,
        ),
        OutcomeMeasure(
            instrument=Instrument.PPT,
            timing=MeasureTiming.POST,
            value=2.3 + 0.02 * visit_number,
            site=sites[0].id,
            side=sites[0].side,
        ),
        OutcomeMeasure(
            instrument=Instrument.PSFS,
            value=min(10, 3 + 0.1 * visit_number),
            label="PSFS",
            version="1.0",
        ),
        OutcomeMeasure(instrument=Instrument.NDI, value=max(0, 24 - visit_number * 0.4)),
    )
    return VisitChart(
        visit=visit,
        patient=patient,
        clinician=clinician,
        trigger_points=tps,
        zones=tuple(zones),
        measures=measures,
    )


RECORD = RecordSections(
    screening=(
        Fact("Decision", "Proceed"),
        Fact("Present", "None of the checklist items"),
        Fact("Medications", "None of the listed groups"),
    ),
    consent=(
        Fact("Consent", "Written, for the course of treatment"),
        Fact("Risks discussed", "Bruising, bleeding, soreness, fainting"),
    ),
    needling=tuple(
        (n, "0.25 × 40 mm · Deep dynamic · 2 insertions · 6 twitches · prone")
        for n in range(1, POINTS + 1)
    ),
    adverse_events=(NoteAdverseEventRow("Bruising", "Mild", "Pressure", "2 days", ""),),
    plan=(Fact("Stretching", "Upper trapezius"), Fact("Frequency", "Weekly")),
)


def median_time(func: Callable[[], object], runs: int) -> float:
    func()  # warm caches (fonts, atlas geometry) once, as an app would
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# -- bare ReportLab equivalents (no app code inside the timed functions) ----------------------


def _flat(ring) -> list[float]:  # noqa: ANN001
    return [c for p in ring for c in p]


def raw_shapes(atlas) -> dict[str, list[list[float]]]:  # noqa: ANN001
    """Plain coordinate lists of the outlines the note prints (simplified alike), made before
    timing so that both documents draw exactly the same points."""
    shapes: dict[str, list[list[float]]] = {}
    for view, info in atlas.views.items():
        shapes[f"sil-{view.value}"] = [_flat(simplified(p).exterior) for p in info.silhouette]
        shapes[f"mus-{view.value}"] = [
            _flat(simplified(r.polygon).exterior)
            for r in atlas.muscle_regions
            if r.view is view and r.layer.value == "superficial"
        ]
    return shapes


def bare_figure(
    shapes: dict[str, list[list[float]]],
    view: str,
    zones: list[list[float]],
    markers: list[tuple[float, float]],
    width: float,
    height: float,
    muscles: bool = True,
) -> Drawing:
    scale = min(width / 400, height / 840)
    drawing = Drawing(width, height)

    def tr(flat: list[float]) -> list[float]:
        return [v * scale if i % 2 == 0 else height - v * scale for i, v in enumerate(flat)]

    for ring in shapes[f"sil-{view}"]:
        drawing.add(Polygon(tr(ring), fillColor="#F4F1EC", strokeColor=None))
    if muscles:
        for ring in shapes[f"mus-{view}"]:
            drawing.add(Polygon(tr(ring), fillColor=None, strokeColor="#CDD2D8", strokeWidth=0.35))
    for ring in zones:
        drawing.add(Polygon(tr(ring), fillColor="#E8793A", fillOpacity=0.6, strokeColor="#E8793A"))
    for ring in shapes[f"sil-{view}"]:
        drawing.add(Polygon(tr(ring), fillColor=None, strokeColor="#7B8794"))
    for n, (x, y) in enumerate(markers, start=1):
        drawing.add(Circle(x * scale, height - y * scale, 5.6, fillColor="#1F4E79"))
        drawing.add(
            String(
                x * scale,
                height - y * scale - 2.4,
                str(n),
                fontName=BOLD,
                fontSize=6.6,
                fillColor="white",
                textAnchor="middle",
            )
        )
    return drawing


def bare_table(rows: int, cols: int, style: ParagraphStyle, width: float) -> Table:
    data = [[Paragraph(f"cell {r}.{c} text", style) for c in range(cols)] for r in range(rows)]
    table = Table(data, colWidths=[width / cols] * cols, repeatRows=1)
    table.setStyle(
        TableStyle(
            [("LINEBELOW", (0, 0), (-1, -1), 0.3, "#D3D9E0"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    return table


def bare_document(story: list) -> bytes:  # noqa: ANN001
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, title="bare", leftMargin=18 * mm, rightMargin=18 * mm
    )

    def footer(canvas, doc) -> None:  # noqa: ANN001
        canvas.setFont(REGULAR, 7)
        canvas.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def bare_note(shapes, chart_rings, markers) -> bytes:  # noqa: ANN001
    style = ParagraphStyle("b", fontName=REGULAR, fontSize=8.6, leading=11.6)
    width = 174 * mm
    story = [Paragraph("Session note", style), bare_table(3, 4, style, width)]
    maps = Table(
        [
            [
                bare_figure(shapes, v, chart_rings[v], markers[v], 70 * mm, 112 * mm)
                for v in ("anterior", "posterior")
            ]
        ]
    )
    story += [maps, bare_table(POINTS + 1, 7, style, width), bare_table(ZONES + 1, 5, style, width)]
    story += [Paragraph("Screening and consent text " * 5, style) for _ in range(5)]
    story += [bare_table(5, 5, style, width), bare_table(2, 5, style, width)]
    story += [Paragraph("SOAP text " * 30, style) for _ in range(4)]
    return bare_document(story)


def bare_report(shapes, visits: int, chart_rings, markers) -> bytes:  # noqa: ANN001
    style = ParagraphStyle("b", fontName=REGULAR, fontSize=8.6, leading=11.6)
    width = 174 * mm
    story = [
        Paragraph("Progress report", style),
        bare_table(3, 4, style, width),
        bare_table(12, 4, style, width),
    ]
    charts = []
    for _ in range(5):
        drawing = Drawing(80 * mm, 50 * mm)
        for line in range(2):
            points = [c for i in range(visits) for c in (30 + i * 4, 40 + (i * 7 + line) % 60)]
            drawing.add(PolyLine(points, strokeColor="#1F4E79"))
            for i in range(visits):
                drawing.add(Circle(30 + i * 4, 40 + (i * 7 + line) % 60, 2.4))
        charts.append(drawing)
    story.append(
        Table([charts[i : i + 2] + [""] * (2 - len(charts[i : i + 2])) for i in range(0, 5, 2)])
    )
    story += [bare_table(visits + 1, 8, style, width), bare_table(12, 6, style, width)]
    cells = []
    for _ in range(visits):
        pair = Drawing(30 * mm, 44 * mm)
        for view, dx in (("anterior", 0), ("posterior", 15 * mm)):
            figure = bare_figure(
                shapes, view, chart_rings[view], markers[view], 14 * mm, 44 * mm, muscles=False
            )
            figure.shift(dx, 0)
            pair.add(figure)
        cells.append(pair)
    story.append(
        Table([cells[i : i + 5] + [""] * (5 - len(cells[i : i + 5])) for i in range(0, visits, 5)])
    )
    return bare_document(story)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--visits", type=int, default=50)
    args = parser.parse_args()
    register_fonts()
    atlas = load_atlas()
    chart = realistic_chart(atlas)
    note_renderer = SessionNoteRenderer(atlas)

    def app_note() -> bytes:
        summary = build_visit_summary(chart, muscle_name=atlas.muscle_name, record=RECORD)
        return note_renderer.render(summary)

    shapes = raw_shapes(atlas)
    rings = {
        v.value: [_flat(p.exterior) for z in chart.zones if z.view is v for p in z.polygons]
        for v in View
    }
    markers = {v.value: [(tp.x, tp.y) for tp in chart.trigger_points if tp.view is v] for v in View}
    note = median_time(app_note, args.runs)
    bare = median_time(lambda: bare_note(shapes, rings, markers), args.runs)
    print(
        f"session note ({POINTS} trigger points, {ZONES} zones): median {note * 1000:.0f} ms "
        f"(budget 300 ms); bare ReportLab {bare * 1000:.0f} ms; ratio {note / bare:.2f}x "
        f"(budget 3x)"
    )

    course = [
        replace(
            realistic_chart(atlas, i),
            trigger_points=realistic_chart(atlas, i).trigger_points[: max(3, POINTS - i // 5)],
        )
        for i in range(args.visits)
    ]
    report_renderer = ProgressReportRenderer(atlas)

    def app_report() -> bytes:
        summary = build_progress_summary(
            course[0].patient,
            course,
            muscle_name=atlas.muscle_name,
            extent=lambda c: quantify(atlas, c.zones),
            compare=lambda a, b: compare_visits(atlas, a, b),
        )
        return report_renderer.render(summary)

    runs = max(3, args.runs // 3)
    report = median_time(app_report, runs)
    bare_r = median_time(lambda: bare_report(shapes, args.visits, rings, markers), runs)
    print(
        f"progress report ({args.visits} visits): median {report:.2f} s (budget 3 s); "
        f"bare ReportLab {bare_r:.2f} s; ratio {report / bare_r:.2f}x"
    )
    ok = note <= 0.3 and note / bare <= 3 and report <= 3
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""The progress report: a patient's course over a date range, with trends and maps per visit."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Table,
    TableStyle,
)

from bodymap.i18n import QT_TRANSLATE_NOOP, term, translate
from bodymap.report.base import ACCENT, MUTED, RULE, ReportRenderer, escape
from bodymap.report.bodymap_drawing import AtlasShapes, BodyMapPainter
from bodymap.report.charts import trend_drawing
from bodymap.report.fonts import BOLD, REGULAR
from bodymap.report.formatting import format_date
from bodymap.report.paragraph import Paragraph
from bodymap.report.progress_summary import ProgressSummary


class ProgressReportRenderer(ReportRenderer[ProgressSummary]):
    """Renders a ``ProgressSummary`` as the progress report PDF."""

    document_kind = "Progress report"
    chart_height = 50 * mm
    maps_per_row = 5
    thumbnail_height = 44 * mm

    def __init__(self, atlas: AtlasShapes) -> None:
        """Create a renderer that draws the per-visit maps from ``atlas``."""
        super().__init__()
        self.painter = BodyMapPainter(atlas)

    def _title(self, summary: ProgressSummary) -> str:
        return summary.title

    def _author(self, summary: ProgressSummary) -> str:
        return summary.clinicians

    def _subject(self, summary: ProgressSummary) -> str:
        return f"Progress report, {summary.clinic_name}"

    def _generated_at(self, summary: ProgressSummary) -> datetime:
        return summary.generated_at

    def _on_first_page(
        self, summary: ProgressSummary, canvas: Canvas, doc: BaseDocTemplate
    ) -> None:
        width, height = self.pagesize
        y = height - self.top_margin + 8 * mm
        canvas.saveState()
        canvas.setFont(BOLD, 10)
        canvas.setFillColor(ACCENT)
        canvas.drawString(self.left_margin, y, summary.clinic_name)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            width - self.right_margin, y, translate("ProgressReportRenderer", "Progress report")
        )
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(self.left_margin, y - 5, width - self.right_margin, y - 5)
        canvas.restoreState()

    def _on_later_pages(
        self, summary: ProgressSummary, canvas: Canvas, doc: BaseDocTemplate
    ) -> None:
        self._draw_running_header(
            canvas,
            translate("ProgressReportRenderer", "{patient_name} · Chart {chart_number}").format(
                patient_name=summary.patient_name, chart_number=summary.chart_number
            ),
            translate("ProgressReportRenderer", "Progress report · {period}").format(
                period=summary.period
            ),
        )

    def _story(self, summary: ProgressSummary) -> list[Flowable]:
        return [
            *self._section_identity(summary),
            *self._section_comparison(summary),
            *self._section_trends(summary),
            *self._section_extent(summary),
            *self._section_muscles(summary),
            *self._section_maps(summary),
        ]

    def _section_identity(self, summary: ProgressSummary) -> list[Flowable]:
        signed = sum(1 for v in summary.visits if v.signed)
        cells = [
            (
                QT_TRANSLATE_NOOP("Terms", "Patient"),
                summary.patient_name,
                QT_TRANSLATE_NOOP("Terms", "Period"),
                summary.period,
            ),
            (
                QT_TRANSLATE_NOOP("Terms", "Chart number"),
                summary.chart_number,
                QT_TRANSLATE_NOOP("Terms", "Visits"),
                translate("ProgressReportRenderer", "{count} ({signed} signed)").format(
                    count=len(summary.visits), signed=signed
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Terms", "Date of birth"),
                summary.date_of_birth,
                QT_TRANSLATE_NOOP("Terms", "Clinicians"),
                summary.clinicians,
            ),
        ]
        label, body = self.styles["label"], self.styles["body"]
        rows = [
            [
                Paragraph(escape(term(a)), label),
                Paragraph(escape(b), body),
                Paragraph(escape(term(c)), label),
                Paragraph(escape(d), body),
            ]
            for a, b, c, d in cells
        ]
        half = self.content_width / 2
        table = Table(rows, colWidths=[24 * mm, half - 24 * mm, 22 * mm, half - 22 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("TOPPADDING", (0, 0), (0, -1), 2.7),  # smaller labels: align baselines
                    ("TOPPADDING", (2, 0), (2, -1), 2.7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ]
            )
        )
        return [
            Paragraph(translate("ProgressReportRenderer", "Progress report"), self.styles["title"]),
            Paragraph(
                escape(f"{summary.patient_name} \u2013 {summary.period}"), self.styles["subtitle"]
            ),
            self._gap(8),
            table,
        ]

    def _section_comparison(self, summary: ProgressSummary) -> list[Flowable]:
        if not summary.comparison:
            text = (
                translate(
                    "ProgressReportRenderer",
                    "A comparison needs at least two visits in the period.",
                )
                if summary.visits
                else translate("ProgressReportRenderer", "No visits in this period.")
            )
            return self._section(
                translate("ProgressReportRenderer", "First versus last visit"),
                [Paragraph(text, self.styles["muted"])],
            )
        rows = [[r.item, r.first, r.last, r.change] for r in summary.comparison]
        widths = [60 * mm, 33 * mm, 33 * mm]
        widths.append(self.content_width - sum(widths))
        table = self._data_table(
            ["", QT_TRANSLATE_NOOP("Terms", "First"), QT_TRANSLATE_NOOP("Terms", "Last"), "Change"],
            rows,
            widths,
            align_right=(1, 2),
        )
        return self._section(
            translate("ProgressReportRenderer", "First versus last visit"), [table]
        )

    def _section_trends(self, summary: ProgressSummary) -> list[Flowable]:
        if not summary.charts:
            return self._section(
                translate("ProgressReportRenderer", "Trends"),
                [
                    Paragraph(
                        translate(
                            "ProgressReportRenderer",
                            "No outcome measures were recorded in this period.",
                        ),
                        self.styles["muted"],
                    )
                ],
            )
        gap = 8 * mm
        width = (self.content_width - gap) / 2
        cells: list[list[Flowable]] = []
        for chart in summary.charts:
            cells.append(
                [
                    Paragraph(escape(chart.title), self.styles["h3"]),
                    trend_drawing(chart, width, self.chart_height),
                    Paragraph(escape(chart.caption), self.styles["muted"]),
                ]
            )
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        if len(rows[-1]) == 1:
            rows[-1].append([])
        style = TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gap),  # keeps titles and captions apart
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
        table = Table(rows, colWidths=[width + gap, width], style=style)
        # Room for the heading and the first row of charts, or a new page: longer labels
        # (German) must not leave the heading alone at the foot of a page.
        first_row = table.wrap(self.content_width, 10_000)[1] / max(len(rows), 1)
        return [
            CondPageBreak(first_row + self.heading_room),
            *self._section(translate("ProgressReportRenderer", "Trends"), [table]),
        ]

    def _section_extent(self, summary: ProgressSummary) -> list[Flowable]:
        if not summary.visits:
            return []
        header = [
            QT_TRANSLATE_NOOP("Terms", "Visit"),
            "Status",
            "Trigger points",
            QT_TRANSLATE_NOOP("Terms", "NPRS pre \u2192 post"),
        ]
        if summary.extent_available:
            header += ["Pain area", "CHOIR", "Michigan", "WPI", "Referred zones"]
        rows = []
        for visit in summary.visits:
            row = [
                format_date(visit.when),
                term("Signed") if visit.signed else term("Draft"),
                translate("ProgressReportRenderer", "{count} ({active} active)").format(
                    count=visit.trigger_points, active=visit.active_points
                ),
                visit.nprs,
            ]
            if visit.extent is not None:
                row += [
                    visit.extent.area_percent,
                    visit.extent.choir,
                    visit.extent.mbm,
                    visit.extent.wpi,
                    visit.extent.referred,
                ]
            elif summary.extent_available:
                row += ["\u2014"] * 5
            rows.append(row)
        if summary.extent_available:
            widths = [22 * mm, 13 * mm, 26 * mm, 25 * mm, 17 * mm, 14 * mm, 17 * mm, 14 * mm]
            widths.append(self.content_width - sum(widths))
            right: tuple[int, ...] = (4, 5, 6, 7, 8)
        else:
            widths = [30 * mm, 24 * mm, 50 * mm]
            widths.append(self.content_width - sum(widths))
            right = ()
        body: list[Flowable] = [
            self._data_table(header, rows, widths, align_right=right),
            self._gap(3),
        ]
        if summary.extent_available:
            body.append(
                Paragraph(
                    translate(
                        "ProgressReportRenderer",
                        "Pain area is the share of the body surface the patient reported as "
                        "painful "
                        "(front and back). CHOIR, Michigan Body Map and Widespread Pain Index "
                        "counts "
                        "are the regions of those instruments that the patient-reported pain "
                        "covers. "
                        "Referred zones are the referral patterns the clinician drew from trigger "
                        "points, shown apart and not counted as the patient's pain.",
                    ),
                    self.styles["muted"],
                )
            )
        else:
            body.append(
                Paragraph(
                    translate(
                        "ProgressReportRenderer",
                        "Pain extent is not available: the atlas's surface regions "
                        "could not be loaded.",
                    ),
                    self.styles["muted"],
                )
            )
        return self._section(translate("ProgressReportRenderer", "Pain extent per visit"), body)

    def _section_muscles(self, summary: ProgressSummary) -> list[Flowable]:
        if not summary.muscles:
            return self._section(
                translate("ProgressReportRenderer", "Trigger points by muscle"),
                [
                    Paragraph(
                        translate(
                            "ProgressReportRenderer",
                            "No trigger points were charted in this period.",
                        ),
                        self.styles["muted"],
                    )
                ],
            )
        rows = [
            [m.muscle, m.side, m.first_seen, m.last_seen, str(m.visits), m.status]
            for m in summary.muscles
        ]
        widths = [52 * mm, 16 * mm, 26 * mm, 26 * mm, 16 * mm]
        widths.append(self.content_width - sum(widths))
        return self._section(
            translate("ProgressReportRenderer", "Trigger points by muscle"),
            [
                self._data_table(
                    [
                        "Muscle",
                        "Side",
                        QT_TRANSLATE_NOOP("Terms", "First seen"),
                        QT_TRANSLATE_NOOP("Terms", "Last seen"),
                        "Visits",
                        "Status",
                    ],
                    rows,
                    widths,
                    align_right=(4,),
                )
            ],
        )

    def _section_maps(self, summary: ProgressSummary) -> list[Flowable]:
        if not summary.visits:
            return []
        per_row = self.maps_per_row
        cell_width = self.content_width / per_row
        date_style = self.styles["cell_head"]
        cells: list[list[Flowable]] = []
        for visit in summary.visits:
            label = f"{format_date(visit.when)} \u00b7 {visit.trigger_points} TrP"
            cells.append(
                [
                    Paragraph(escape(label), date_style),
                    self.painter.side_by_side(visit.map, cell_width - 6, self.thumbnail_height),
                ]
            )
        rows: list[list[list[Flowable]]] = [
            cells[i : i + per_row] for i in range(0, len(cells), per_row)
        ]
        while len(rows[-1]) < per_row:
            rows[-1].append([])
        table = Table(rows, colWidths=[cell_width] * per_row)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
                ]
            )
        )
        note = Paragraph(
            translate(
                "ProgressReportRenderer",
                "Front and back per visit; filled dots are active trigger points, "
                "open dots latent; zone colours as in the session note legend.",
            ),
            self.styles["muted"],
        )
        # The heading and note must start a page with at least one row of maps under them.
        room = CondPageBreak(self.thumbnail_height + 30 * mm)
        return [
            room,
            *self._section(
                translate("ProgressReportRenderer", "Body map per visit"),
                [note, self._gap(4), table],
            ),
        ]

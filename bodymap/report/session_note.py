"""The session note: one visit on paper, from header and body maps to signature and addenda."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Table, TableStyle

from bodymap.i18n import QT_TRANSLATE_NOOP, term, translate
from bodymap.model.integrity import short_hash
from bodymap.model.views import layout_views
from bodymap.report.base import (
    ACCENT,
    DRAFT_INK,
    MUTED,
    RULE,
    ReportRenderer,
    escape,
    multiline,
)
from bodymap.report.bodymap_drawing import AtlasShapes, BodyMapPainter
from bodymap.report.fonts import BOLD, REGULAR
from bodymap.report.formatting import DASH, format_date, format_datetime
from bodymap.report.legend import legend_drawing
from bodymap.report.paragraph import Paragraph
from bodymap.report.visit_summary import VisitSummary

#: Headed for what each column holds: the needled muscle and side, the patient's position.
PROCEDURE_COLUMNS = [
    QT_TRANSLATE_NOOP("Terms", "Muscle, side"),
    QT_TRANSLATE_NOOP("Terms", "Needle"),
    QT_TRANSLATE_NOOP("Terms", "Technique"),
    QT_TRANSLATE_NOOP("Terms", "Dose"),
    QT_TRANSLATE_NOOP("Terms", "Position, depth"),
    QT_TRANSLATE_NOOP("Terms", "Response"),
    QT_TRANSLATE_NOOP("Terms", "Needles"),
]


class SessionNoteRenderer(ReportRenderer[VisitSummary]):
    """Renders a ``VisitSummary`` as the session note PDF."""

    document_kind = "Session note"
    map_width = 70 * mm
    map_height = 124 * mm

    def __init__(self, atlas: AtlasShapes) -> None:
        """Create a renderer that draws body maps from ``atlas``."""
        super().__init__()
        self.painter = BodyMapPainter(atlas)

    # -- metadata ------------------------------------------------------------------------------

    def _title(self, summary: VisitSummary) -> str:
        return summary.title

    def _author(self, summary: VisitSummary) -> str:
        return summary.clinician

    def _subject(self, summary: VisitSummary) -> str:
        subject = f"Dry-needling session note, {summary.clinic_name}"
        if summary.content_hash:
            subject += f"; signed content SHA-256 {summary.content_hash}"
        return subject

    def _keywords(self, summary: VisitSummary) -> str:
        return f"bodymap-content-sha256:{summary.content_hash}" if summary.content_hash else ""

    def _generated_at(self, summary: VisitSummary) -> datetime:
        return summary.generated_at

    # -- page furniture ------------------------------------------------------------------------

    def _on_first_page(self, summary: VisitSummary, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_letterhead(canvas, summary)
        if not summary.signed:
            self._draw_watermark(canvas, translate("SessionNoteRenderer", "DRAFT"))

    def _on_later_pages(self, summary: VisitSummary, canvas: Canvas, doc: BaseDocTemplate) -> None:
        left = translate("SessionNoteRenderer", "{name} · Chart {number}").format(
            name=summary.patient_name, number=summary.chart_number
        )
        right = translate("SessionNoteRenderer", "Session note · {date}").format(
            date=format_date(summary.visit_date)
        )
        if not summary.signed:
            right += " \u00b7 DRAFT"
            self._draw_watermark(canvas, translate("SessionNoteRenderer", "DRAFT"))
        self._draw_running_header(canvas, left, right)

    def _draw_letterhead(self, canvas: Canvas, summary: VisitSummary) -> None:
        width, height = self.pagesize
        y = height - self.top_margin + 8 * mm
        canvas.saveState()
        canvas.setFont(BOLD, 10)
        canvas.setFillColor(ACCENT)
        canvas.drawString(self.left_margin, y, summary.clinic_name)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            width - self.right_margin,
            y,
            translate("SessionNoteRenderer", "Dry-needling session note"),
        )
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(self.left_margin, y - 5, width - self.right_margin, y - 5)
        canvas.restoreState()

    # -- story ---------------------------------------------------------------------------------

    def _story(self, summary: VisitSummary) -> list[Flowable]:
        return [
            *self._section_identity(summary),
            *self._section_body_map(summary),
            *self._section_trigger_points(summary),
            *self._section_procedure(summary),
            *self._section_zones(summary),
            *self._section_screening_consent(summary),
            *self._section_measures(summary),
            *self._section_adverse_events(summary),
            *self._section_plan(summary),
            *self._section_soap(summary),
            *self._section_signature(summary),
            *self._section_addenda(summary),
            *self._section_site_sources(summary),
        ]

    def _section_identity(self, summary: VisitSummary) -> list[Flowable]:
        status = (
            translate("SessionNoteRenderer", "Signed {when}").format(
                when=format_datetime(summary.signed_at)
            )
            if summary.signed
            else translate("SessionNoteRenderer", "Draft (unsigned)")
        )
        cells = [
            (
                QT_TRANSLATE_NOOP("Terms", "Patient"),
                summary.patient_name,
                QT_TRANSLATE_NOOP("Terms", "Visit"),
                format_datetime(summary.visit_date),
            ),
            (
                QT_TRANSLATE_NOOP("Terms", "Chart number"),
                summary.chart_number,
                QT_TRANSLATE_NOOP("Terms", "Clinician"),
                summary.clinician,
            ),
            (
                QT_TRANSLATE_NOOP("Terms", "Date of birth"),
                summary.date_of_birth,
                QT_TRANSLATE_NOOP("Terms", "Status"),
                status,
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
        quarter = self.content_width / 4
        table = Table(
            rows, colWidths=[24 * mm, 2 * quarter - 24 * mm, 22 * mm, 2 * quarter - 22 * mm]
        )
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
            Paragraph(translate("SessionNoteRenderer", "Session note"), self.styles["title"]),
            Paragraph(
                escape(f"{summary.patient_name} \u2013 {format_date(summary.visit_date)}"),
                self.styles["subtitle"],
            ),
            self._gap(8),
            table,
        ]

    def _section_body_map(self, summary: VisitSummary) -> list[Flowable]:
        views = layout_views()
        # Two views print at full size; more share the line.
        width = min(self.map_width, self.content_width / len(views) - 14 * mm)
        figures = [self.painter.figure(v, summary.map, width, self.map_height) for v in views]
        maps = Table([figures], colWidths=[width + 14 * mm] * len(figures))
        maps.setStyle(
            TableStyle(
                [
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        legend = legend_drawing(self.content_width)
        body: list[Flowable] = [maps, self._gap(4), legend]
        if summary.map.is_empty:
            body.append(
                Paragraph(
                    translate(
                        "SessionNoteRenderer",
                        "No trigger points or pain zones were charted at this visit.",
                    ),
                    self.styles["muted"],
                )
            )
        return [*self._heading(translate("SessionNoteRenderer", "Body map")), KeepTogether(body)]

    def _section_trigger_points(self, summary: VisitSummary) -> list[Flowable]:
        if not summary.trigger_points:
            return self._section(
                translate("SessionNoteRenderer", "Trigger points"),
                [
                    Paragraph(
                        translate("SessionNoteRenderer", "No trigger points charted."),
                        self.styles["body"],
                    )
                ],
            )
        rows = []
        for tp in summary.trigger_points:
            needling = tp.needling + (f"\nNote: {tp.notes}" if tp.notes else "")
            rows.append(
                [
                    str(tp.number),
                    tp.muscle,
                    tp.side,
                    tp.activity,
                    tp.twitch,
                    tp.tenderness,
                    needling,
                ]
            )
        widths = [8 * mm, 38 * mm, 18 * mm, 14 * mm, 18 * mm, 14 * mm]
        widths.append(self.content_width - sum(widths))
        table = self._data_table(
            [
                "#",
                QT_TRANSLATE_NOOP("Terms", "Muscle"),
                QT_TRANSLATE_NOOP("Terms", "Side"),
                QT_TRANSLATE_NOOP("Terms", "Type"),
                QT_TRANSLATE_NOOP("Terms", "Twitch"),
                QT_TRANSLATE_NOOP("Terms", "Tender"),
                QT_TRANSLATE_NOOP("Terms", "Needling"),
            ],
            rows,
            widths,
            align_right=(0,),
        )
        return self._section(translate("SessionNoteRenderer", "Trigger points"), [table])

    def _section_procedure(self, summary: VisitSummary) -> list[Flowable]:
        rows = summary.record.procedures
        if not rows:
            return []
        body: list[list[str | Flowable]] = []
        for r in rows:
            needles: str | Flowable = r.needles
            if not r.counts_match:
                # A needle not accounted for must stand out on paper.
                warning = f"#{DRAFT_INK.hexval()[2:]}"
                needles = Paragraph(
                    translate(
                        "SessionNoteRenderer", '<font color="{warning}">{multiline}</font>'
                    ).format(warning=warning, multiline=multiline(r.needles)),
                    self.styles["cell"],
                )
            point = f"#{r.number} {r.point}" if r.point else f"#{r.number}"
            body.append([point, r.needle, r.technique, r.dose, r.placement, r.response, needles])
        widths = [30 * mm, 22 * mm, 24 * mm, 22 * mm, 28 * mm, 24 * mm]
        widths.append(self.content_width - sum(widths))
        table = self._data_table(
            [
                QT_TRANSLATE_NOOP("Terms", "Muscle, side"),
                QT_TRANSLATE_NOOP("Terms", "Needle"),
                QT_TRANSLATE_NOOP("Terms", "Technique"),
                QT_TRANSLATE_NOOP("Terms", "Dose"),
                QT_TRANSLATE_NOOP("Terms", "Position, depth"),
                QT_TRANSLATE_NOOP("Terms", "Response"),
                QT_TRANSLATE_NOOP("Terms", "Needles"),
            ],
            body,
            widths,
        )
        thorax = tuple((f.label, f.text) for f in summary.record.thorax)
        return self._section(
            translate("SessionNoteRenderer", "Dry-needling procedure"),
            [table, *([self._facts_table(thorax)] if thorax else [])],
        )

    def _section_zones(self, summary: VisitSummary) -> list[Flowable]:
        if not summary.zones:
            return []
        rows = [
            [z.kind, z.location or DASH, z.view, f"{z.intensity}/10", z.quality, z.depth]
            for z in summary.zones
        ]
        widths = [40 * mm, 52 * mm, 14 * mm, 18 * mm, 22 * mm]
        widths.append(self.content_width - sum(widths))
        head = [
            QT_TRANSLATE_NOOP("Terms", "Zone"),
            QT_TRANSLATE_NOOP("Terms", "Body location (MBM)"),
            QT_TRANSLATE_NOOP("Terms", "View"),
            QT_TRANSLATE_NOOP("Terms", "Intensity"),
            QT_TRANSLATE_NOOP("Terms", "Quality"),
            QT_TRANSLATE_NOOP("Terms", "Depth"),
        ]
        return self._section(
            translate("SessionNoteRenderer", "Pain zones"), [self._data_table(head, rows, widths)]
        )

    def _facts_or_note(self, facts: tuple[tuple[str, str], ...], empty: str) -> Flowable:
        if not facts:
            return Paragraph(escape(empty), self.styles["muted"])
        return self._facts_table(facts)

    def _section_screening_consent(self, summary: VisitSummary) -> list[Flowable]:
        record = summary.record
        screening = tuple((f.label, f.text) for f in record.screening)
        consent = tuple((f.label, f.text) for f in record.consent)
        return self._section(
            translate("SessionNoteRenderer", "Screening and consent"),
            [
                *self._subheading(translate("SessionNoteRenderer", "Screening")),
                self._facts_or_note(
                    screening,
                    translate("SessionNoteRenderer", "No screening recorded for this visit."),
                ),
                *self._subheading(translate("SessionNoteRenderer", "Consent")),
                self._facts_or_note(
                    consent, translate("SessionNoteRenderer", "No consent recorded for this visit.")
                ),
            ],
        )

    def _section_measures(self, summary: VisitSummary) -> list[Flowable]:
        if not summary.measures:
            return self._section(
                translate("SessionNoteRenderer", "Outcome measures"),
                [
                    Paragraph(
                        translate("SessionNoteRenderer", "No outcome measures recorded."),
                        self.styles["muted"],
                    )
                ],
            )
        rows = [[m.measure, m.detail, m.pre, m.post, m.change] for m in summary.measures]
        widths = [36 * mm, 44 * mm, 35 * mm, 35 * mm]
        widths.append(self.content_width - sum(widths))
        table = self._data_table(
            [
                QT_TRANSLATE_NOOP("Terms", "Measure"),
                QT_TRANSLATE_NOOP("Terms", "Reading"),
                QT_TRANSLATE_NOOP("Terms", "Pre"),
                QT_TRANSLATE_NOOP("Terms", "Post"),
                QT_TRANSLATE_NOOP("Terms", "Change"),
            ],
            rows,
            widths,
            align_right=(2, 3, 4),
        )
        return self._section(translate("SessionNoteRenderer", "Outcome measures"), [table])

    def _section_adverse_events(self, summary: VisitSummary) -> list[Flowable]:
        events = summary.record.adverse_events
        if not events:
            return self._section(
                translate("SessionNoteRenderer", "Adverse events"),
                [Paragraph(escape(summary.adverse_event_text), self.styles["body"])],
                keep_together=True,
            )
        rows = [[e.event, e.severity, e.action, e.time_course, e.notes] for e in events]
        widths = [36 * mm, 26 * mm, 40 * mm, 30 * mm]
        widths.append(self.content_width - sum(widths))
        return self._section(
            translate("SessionNoteRenderer", "Adverse events"),
            [
                self._data_table(
                    [
                        QT_TRANSLATE_NOOP("Terms", "Event"),
                        QT_TRANSLATE_NOOP("Terms", "Severity"),
                        QT_TRANSLATE_NOOP("Terms", "Action taken"),
                        QT_TRANSLATE_NOOP("Terms", "Time course"),
                        QT_TRANSLATE_NOOP("Terms", "Notes"),
                    ],
                    rows,
                    widths,
                )
            ],
        )

    def _section_plan(self, summary: VisitSummary) -> list[Flowable]:
        plan = tuple((f.label, f.text) for f in summary.record.plan)
        return self._section(
            translate("SessionNoteRenderer", "Plan of care"),
            [
                self._facts_or_note(
                    plan, translate("SessionNoteRenderer", "No plan of care recorded.")
                )
            ],
            keep_together=True,
        )

    def _section_soap(self, summary: VisitSummary) -> list[Flowable]:
        if not summary.soap:
            return self._section(
                translate("SessionNoteRenderer", "SOAP notes"),
                [
                    Paragraph(
                        translate("SessionNoteRenderer", "No SOAP notes written."),
                        self.styles["muted"],
                    )
                ],
            )
        body: list[Flowable] = []
        for fact in summary.soap:
            body.extend(self._subheading(fact.label))
            body.append(Paragraph(multiline(fact.text), self.styles["body"]))
        return self._section(translate("SessionNoteRenderer", "SOAP notes"), body)

    def _section_signature(self, summary: VisitSummary) -> list[Flowable]:
        if summary.signed:
            text = translate(
                "SessionNoteRenderer",
                "Electronically signed by <b>{signer}</b> on {when}. The record is locked; "
                "corrections are made as dated addenda.",
            ).format(
                signer=escape(summary.signed_by),
                when=escape(format_datetime(summary.signed_at)),
            )
            if summary.now_known_as:
                text += translate(
                    "SessionNoteRenderer",
                    "<br/>The patient, named above as signed, is now known as <b>{name}</b>.",
                ).format(name=escape(summary.now_known_as))
            if summary.content_hash:
                text += translate(
                    "SessionNoteRenderer",
                    "<br/><font size=8>Content SHA-256 {hash} \u2026 "
                    "(full value in this PDF's properties; <i>bodymap verify</i> checks it)</font>",
                ).format(hash=short_hash(summary.content_hash))
            colour = ACCENT
        else:
            text = (
                "<b>DRAFT \u2013 not signed.</b> This note is not a final clinical record "
                "until the treating clinician signs it."
            )
            colour = DRAFT_INK
        box = Table([[Paragraph(text, self.styles["body"])]], colWidths=[self.content_width])
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, colour),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return self._section(
            translate("SessionNoteRenderer", "Signature"), [box], keep_together=True
        )

    def _section_addenda(self, summary: VisitSummary) -> list[Flowable]:
        body: list[Flowable] = []
        for addendum in summary.record.addenda:
            heading = f"{format_datetime(addendum.created_at)} \u2013 {addendum.author}"
            body.extend(self._subheading(heading))
            body.append(Paragraph(multiline(addendum.text), self.styles["body"]))
        return self._section(translate("SessionNoteRenderer", "Addenda"), body)

    def _section_site_sources(self, summary: VisitSummary) -> list[Flowable]:
        if not summary.sites:
            return []
        intro = Paragraph(
            translate(
                "SessionNoteRenderer",
                "Where each catalogue trigger-point site used in this visit comes from. Evidence: "
                "<b>sourced</b> – a cited public source (medical reference, professional body, "
                "textbook or paper); <b>secondary</b> – only blogs, course flashcards or clinic "
                "pages "
                "that cite the primary literature; <b>unreviewed</b> – standard literature with no "
                "public copy checked, awaiting clinical review.",
            ),
            self.styles["muted"],
        )
        rows = [[row.site, row.evidence, row.citation] for row in summary.sites]
        widths = [52 * mm, 26 * mm]
        widths.append(self.content_width - sum(widths))
        table = self._data_table(
            [
                QT_TRANSLATE_NOOP("Terms", "Site"),
                QT_TRANSLATE_NOOP("Terms", "Evidence"),
                QT_TRANSLATE_NOOP("Terms", "Source"),
            ],
            rows,
            widths,
        )
        return self._section(
            translate("SessionNoteRenderer", "Appendix: trigger-point sites and their sources"),
            [intro, table],
        )

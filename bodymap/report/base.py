"""The renderer base shared by the session note and the progress report (pretix-style)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from io import BytesIO
from typing import Any, Generic, TypeVar

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from bodymap import __version__
from bodymap.i18n import term, translate
from bodymap.report.cell_text import cell_pieces
from bodymap.report.fonts import (
    BOLD,
    REGULAR,
    draw_text,
    font_runs,
    needs_fallback,
    register_fonts,
    visual_order,
)
from bodymap.report.formatting import format_datetime
from bodymap.report.paragraph import Paragraph

INK = HexColor("#1F2933")
MUTED = HexColor("#616E7C")
RULE = HexColor("#D3D9E0")
ACCENT = HexColor("#1F4E79")
HEADER_FILL = HexColor("#EEF2F6")
DRAFT_INK = HexColor("#C0392B")

SummaryT = TypeVar("SummaryT")
#: Draws the footer of one page given (canvas, page number, page count).
FooterPainter = Callable[[Canvas, int, int], None]


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape(text: str) -> str:
    """Escape user text for a ReportLab Paragraph (which reads a small XML-like markup).

    Characters the report font lacks (Chinese, Devanagari…) are wrapped in a fallback font.
    """
    text = visual_order(text)
    if not needs_fallback(text):
        return _xml(text)
    return "".join(
        _xml(chunk) if font == REGULAR else f'<font name="{font}">{_xml(chunk)}</font>'
        for font, chunk in font_runs(text)
    )


def multiline(text: str) -> str:
    """Escape user text and keep its line breaks."""
    return "<br/>".join(escape(line) for line in text.splitlines()) or "&nbsp;"


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that knows the page count when it draws each footer ("Page X of Y").

    Pages are held back until the document is finished, then each is drawn with its footer.
    """

    def __init__(self, *args: Any, footer: FooterPainter, **kwargs: Any) -> None:
        """Create the canvas; ``footer`` draws the footer once the page count is known."""
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        """Hold the finished page back until the page count is known."""
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw every held-back page with its footer, then write the document."""
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


class ReportRenderer(Generic[SummaryT]):
    """Lays a computed summary out as an A4 PDF; subclasses supply the story and headers.

    Template methods: ``_register_fonts``, ``_stylesheet``, ``_on_first_page`` and
    ``_on_later_pages`` (built from ``_draw_*`` helpers), ``_story`` (built from ``_section_*``
    methods) and the metadata hooks; ``render(summary)`` returns the PDF bytes.
    """

    pagesize = A4
    left_margin = 18 * mm
    right_margin = 18 * mm
    top_margin = 22 * mm
    bottom_margin = 18 * mm
    document_kind = "Report"
    heading_room = 32 * mm  # a heading needs this much space below it, else a new page
    subheading_room = 18 * mm

    def __init__(self) -> None:
        """Prepare fonts and styles once; the renderer can then render many documents."""
        self._register_fonts()
        self.styles = self._stylesheet()

    @property
    def content_width(self) -> float:
        """Width of the text frame in points."""
        return float(self.pagesize[0] - self.left_margin - self.right_margin)

    # -- template methods ------------------------------------------------------------------

    def _register_fonts(self) -> None:
        register_fonts()
        # Streams are written as compressed binary: ASCII85 only makes a PDF 7-bit clean (no
        # use for a file on disk) and costs a third of the rendering time in pure Python.
        rl_config.useA85 = 0

    def _stylesheet(self) -> dict[str, ParagraphStyle]:
        # Paragraphs whose text needs it are shaped by HarfBuzz (report/paragraph.py)
        base = ParagraphStyle("body", fontName=REGULAR, fontSize=8.6, leading=11.6, textColor=INK)
        return {
            "body": base,
            "small": ParagraphStyle("small", parent=base, fontSize=7.6, leading=9.8),
            "muted": ParagraphStyle(
                "muted", parent=base, fontSize=7.6, leading=9.8, textColor=MUTED
            ),
            "cell": ParagraphStyle("cell", parent=base, fontSize=7.8, leading=9.8),
            "cell_right": ParagraphStyle(
                "cell_right", parent=base, fontSize=7.8, leading=9.8, alignment=TA_RIGHT
            ),
            "cell_head": ParagraphStyle(
                "cell_head", parent=base, fontName=BOLD, fontSize=7.2, leading=9, textColor=MUTED
            ),
            "label": ParagraphStyle(
                "label", parent=base, fontName=BOLD, fontSize=7.2, leading=9.4, textColor=MUTED
            ),
            "title": ParagraphStyle(
                "title",
                parent=base,
                fontName=BOLD,
                fontSize=17,
                leading=21,
                textColor=INK,
                spaceAfter=2,
            ),
            "subtitle": ParagraphStyle(
                "subtitle", parent=base, fontSize=9.5, leading=12, textColor=MUTED
            ),
            "h2": ParagraphStyle(
                "h2",
                parent=base,
                fontName=BOLD,
                fontSize=10.5,
                leading=13,
                textColor=ACCENT,
                spaceBefore=12,
                spaceAfter=3,
            ),
            "h3": ParagraphStyle(
                "h3",
                parent=base,
                fontName=BOLD,
                fontSize=8.8,
                leading=11,
                textColor=INK,
                spaceBefore=6,
                spaceAfter=2,
            ),
        }

    def _story(self, summary: SummaryT) -> list[Flowable]:
        raise NotImplementedError

    def _title(self, summary: SummaryT) -> str:
        raise NotImplementedError

    def _author(self, summary: SummaryT) -> str:
        return ""

    def _subject(self, summary: SummaryT) -> str:
        return self.document_kind

    def _generated_at(self, summary: SummaryT) -> datetime:
        return datetime.now()

    def _keywords(self, summary: SummaryT) -> str:
        return ""

    def _on_first_page(self, summary: SummaryT, canvas: Canvas, doc: BaseDocTemplate) -> None:
        pass

    def _on_later_pages(self, summary: SummaryT, canvas: Canvas, doc: BaseDocTemplate) -> None:
        pass

    # -- rendering ---------------------------------------------------------------------------

    def render(self, summary: SummaryT) -> bytes:
        """Return the PDF for ``summary`` as bytes (nothing is written to disk here)."""
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=self._title(summary),
            author=self._author(summary),
            subject=self._subject(summary),
            keywords=self._keywords(summary),
            creator=f"BodyMap {__version__}",
            producer=f"BodyMap {__version__} (ReportLab)",
        )
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    id="first", frames=[frame], onPage=partial(self._on_first_page, summary)
                ),
                PageTemplate(
                    id="later", frames=[frame], onPage=partial(self._on_later_pages, summary)
                ),
            ]
        )
        story: list[Flowable] = [NextPageTemplate("later"), *self._story(summary)]
        footer = partial(self._draw_footer, summary)
        # The canvas starts in our own font, so no unembedded standard font is even referenced.
        doc.build(
            story,
            canvasmaker=partial(NumberedCanvas, footer=footer, initialFontName=REGULAR),
        )
        return buffer.getvalue()

    # -- drawing helpers -----------------------------------------------------------------------

    def _draw_footer(self, summary: SummaryT, canvas: Canvas, page: int, total: int) -> None:
        width = self.pagesize[0]
        y = self.bottom_margin - 9 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, y + 10, width - self.right_margin, y + 10)
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(MUTED)
        generated = format_datetime(self._generated_at(summary))
        canvas.drawString(
            self.left_margin,
            y,
            translate("ReportRenderer", "Generated {generated} by BodyMap {version}").format(
                generated=generated, version=__version__
            ),
        )
        canvas.drawRightString(
            width - self.right_margin,
            y,
            translate("ReportRenderer", "Page {page} of {total}").format(page=page, total=total),
        )
        canvas.restoreState()

    def _draw_running_header(self, canvas: Canvas, left: str, right: str) -> None:
        width, height = self.pagesize
        y = height - self.top_margin + 8 * mm
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        draw_text(canvas, self.left_margin, y, left, REGULAR, 7.5)  # holds the patient's name
        draw_text(canvas, width - self.right_margin, y, right, REGULAR, 7.5, align="right")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, y - 4, width - self.right_margin, y - 4)
        canvas.restoreState()

    def _draw_watermark(self, canvas: Canvas, text: str) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(DRAFT_INK)
        canvas.setFillAlpha(0.09)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(52)
        canvas.setFont(BOLD, 120)
        canvas.drawCentredString(0, -40, text)
        canvas.restoreState()

    # -- flowable helpers ----------------------------------------------------------------------

    def _heading(self, text: str) -> list[Flowable]:
        # Start a new page rather than leave a heading alone at the bottom of one; unlike
        # keepWithNext this never pushes a long table whole onto the next page.
        return [CondPageBreak(self.heading_room), Paragraph(escape(text), self.styles["h2"])]

    def _subheading(self, text: str) -> list[Flowable]:
        return [CondPageBreak(self.subheading_room), Paragraph(escape(text), self.styles["h3"])]

    def _section(
        self, title: str, body: Sequence[Flowable], keep_together: bool = False
    ) -> list[Flowable]:
        """A heading followed by its content; a short section can be kept on one page whole."""
        if not body:
            return []
        if keep_together:
            return [KeepTogether([Paragraph(escape(title), self.styles["h2"]), *body])]
        return [*self._heading(title), *body]

    def _facts_table(self, facts: Sequence[tuple[str, str]], label_width: float = 38 * mm) -> Table:
        body = self.styles["body"]
        rows = []
        for label, text in ((term(label), term(text)) for label, text in facts):
            # A long text continues in rows of its own: a table breaks only between rows.
            pieces = cell_pieces(text, self.content_width - label_width - 6, body.fontSize)
            for index, piece in enumerate(pieces):
                rows.append(
                    [
                        Paragraph(escape(label) if index == 0 else "", self.styles["label"]),
                        Paragraph(multiline(piece), body),
                    ]
                )
        table = Table(rows, colWidths=[label_width, self.content_width - label_width])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("TOPPADDING", (0, 0), (0, -1), 2.7),  # labels are smaller: align baselines
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return table

    def _data_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | Flowable]],
        widths: Sequence[float],
        align_right: Sequence[int] = (),
    ) -> Table:
        """A ruled table whose header repeats on every page it spans."""
        head_right = ParagraphStyle(
            "head_right", parent=self.styles["cell_head"], alignment=TA_RIGHT
        )
        head = [
            Paragraph(escape(term(h)), head_right if i in align_right else self.styles["cell_head"])
            for i, h in enumerate(header)
        ]
        body: list[list[Flowable]] = []
        continued: list[int] = []  # table rows followed by their own continuation
        for row in rows:
            pieces = self._continuation_rows(row, widths)
            continued.extend(len(body) + 1 + k for k in range(len(pieces) - 1))
            body.extend(
                [
                    c
                    if isinstance(c, Flowable)
                    else Paragraph(
                        multiline(term(c)),  # catalogue labels in cells: "Active", "Prone"
                        self.styles["cell_right" if i in align_right else "cell"],
                    )
                    for i, c in enumerate(piece_row)
                ]
                for piece_row in pieces
            )
        table = Table([head, *body], colWidths=list(widths), repeatRows=1)
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
            ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        # no rule inside a row that continues below: it reads as one entry
        commands.extend(("LINEBELOW", (0, r), (-1, r), 0.6, white) for r in continued)
        table.setStyle(TableStyle(commands))
        return table

    def _continuation_rows(
        self, row: Sequence[str | Flowable], widths: Sequence[float]
    ) -> list[list[str | Flowable]]:
        """``row`` as one or more rows: long texts continue below, a page may fall between."""
        size = self.styles["cell"].fontSize
        split = [
            [c] if isinstance(c, Flowable) else cell_pieces(c, widths[i] - 8, size)
            for i, c in enumerate(row)
        ]
        count = max(len(pieces) for pieces in split)
        return [[pieces[k] if k < len(pieces) else "" for pieces in split] for k in range(count)]

    def _rule(self, colour: Color = RULE, space: float = 4) -> HRFlowable:
        return HRFlowable(
            width="100%", thickness=0.5, color=colour, spaceBefore=space, spaceAfter=space
        )

    def _gap(self, height: float = 4) -> Spacer:
        return Spacer(1, height)

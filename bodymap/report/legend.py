"""The body-map legend: zone intensities and kinds, trigger-point markers, referral arrows."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from bodymap.i18n import term, translate
from bodymap.model.map_style import MarkerState
from bodymap.report.bodymap_drawing import INK, INTENSITY_BANDS, MUTED, ZONE_OPACITY
from bodymap.report.fonts import REGULAR
from bodymap.report.map_marks import ARROW, PrintedMapSize, add_marker


def _width(text: str) -> float:
    """Printed width of a legend label (labels differ in length between languages)."""
    return float(stringWidth(text, REGULAR, 7))


def legend_drawing(width: float) -> Drawing:
    """Return the map legend as one row: zone intensities, zone kinds, markers and arrows."""
    height = 30.0
    drawing = Drawing(width, height)
    row1, row2 = 19.0, 4.0
    x = 0.0
    for _low, _high, label, colour in INTENSITY_BANDS:
        drawing.add(
            Rect(
                x,
                row1,
                14,
                8,
                fillColor=colour,
                fillOpacity=ZONE_OPACITY,
                strokeColor=colour,
                strokeWidth=0.8,
            )
        )
        drawing.add(
            String(x + 18, row1 + 1, term(label), fontName=REGULAR, fontSize=7, fillColor=INK)
        )
        x += 18 + max(62.0, _width(term(label)) + 10)
    drawing.add(Rect(x, row1, 14, 8, fillColor=None, strokeColor=MUTED, strokeWidth=0.8))
    drawing.add(
        String(
            x + 18,
            row1 + 1,
            translate("Legend", "Patient-reported"),
            fontName=REGULAR,
            fontSize=7,
            fillColor=INK,
        )
    )
    x2 = 0.0
    drawing.add(
        Rect(
            x2,
            row2,
            14,
            8,
            fillColor=None,
            strokeColor=MUTED,
            strokeWidth=0.8,
            strokeDashArray=[3, 2],
        )
    )
    drawing.add(
        String(
            x2 + 18,
            row2 + 1,
            translate("Legend", "Referred pain"),
            fontName=REGULAR,
            fontSize=7,
            fillColor=INK,
        )
    )
    x2 += max(80.0, 18 + _width(translate("Legend", "Referred pain")) + 12)
    size = PrintedMapSize(marker_radius=4.6, marker_font_size=5.6)
    add_marker(drawing, x2 + 5, row2 + 4, 1, MarkerState.ACTIVE, size)
    drawing.add(
        String(
            x2 + 14,
            row2 + 1,
            translate("Legend", "Active TrP"),
            fontName=REGULAR,
            fontSize=7,
            fillColor=INK,
        )
    )
    x2 += max(62.0, 14 + _width(translate("Legend", "Active TrP")) + 12)
    add_marker(drawing, x2 + 5, row2 + 4, 2, MarkerState.LATENT, size)
    drawing.add(
        String(
            x2 + 14,
            row2 + 1,
            translate("Legend", "Latent TrP"),
            fontName=REGULAR,
            fontSize=7,
            fillColor=INK,
        )
    )
    x2 += max(62.0, 14 + _width(translate("Legend", "Latent TrP")) + 12)
    drawing.add(Line(x2, row2 + 4, x2 + 14, row2 + 4, strokeColor=ARROW, strokeWidth=0.9))
    drawing.add(
        Polygon(
            [x2 + 18, row2 + 4, x2 + 13, row2 + 6.5, x2 + 13, row2 + 1.5],
            fillColor=ARROW,
            strokeColor=None,
        )
    )
    drawing.add(
        String(
            x2 + 22,
            row2 + 1,
            translate("Legend", "Referral"),
            fontName=REGULAR,
            fontSize=7,
            fillColor=INK,
        )
    )
    return drawing

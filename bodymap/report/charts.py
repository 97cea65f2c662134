"""Trend charts as ReportLab vector drawings, with the MCID target drawn as a reference line."""

from __future__ import annotations

import math
from datetime import datetime

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from bodymap.i18n import term
from bodymap.i18n.formats import format_day_month
from bodymap.model import MeasureTiming
from bodymap.report.fonts import BOLD, REGULAR, register_fonts
from bodymap.report.formatting import number
from bodymap.report.progress_summary import TrendChart

INK = HexColor("#1F2933")
MUTED = HexColor("#616E7C")
GRID = HexColor("#E4E7EB")
AXIS = HexColor("#9AA5B1")
TARGET = HexColor("#C0392B")
LINE_COLOURS: dict[MeasureTiming, Color] = {
    MeasureTiming.PRE: HexColor("#1F4E79"),
    MeasureTiming.POST: HexColor("#2A9D8F"),
    MeasureTiming.NONE: HexColor("#1F4E79"),
}


def nice_step(span: float, ticks: int = 5) -> float:
    """Return a round tick step (1, 2, 2.5 or 5 × 10^n) giving about ``ticks`` intervals."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = math.pow(10.0, math.floor(math.log10(raw)))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def value_range(chart: TrendChart) -> tuple[float, float]:
    """The y range to plot: the instrument's full scale when the data use a fair part of it.

    Scales like NPRS 0-10 read best in full; a pressure threshold of 2-3 kg/cm² on a 0-20 scale
    would be a flat line, so there the range follows the data (from zero, with headroom).
    """
    values = [v for line in chart.lines for _, v in line.points]
    if chart.target is not None:
        values.append(chart.target)
    if not values:
        return chart.low, chart.high
    top = max(values)
    if top >= chart.low + 0.35 * (chart.high - chart.low):
        return chart.low, chart.high
    step = nice_step(top * 1.25 - chart.low)
    return chart.low, min(chart.high, chart.low + step * math.ceil((top * 1.2) / step))


def _label_days(times: list[datetime], max_labels: int) -> list[datetime]:
    if len(times) <= max_labels:
        return times
    stride = math.ceil((len(times) - 1) / (max_labels - 1))
    picked = times[::stride]
    if picked[-1] != times[-1]:
        picked[-1] = times[-1]
    return picked


def trend_drawing(chart: TrendChart, width: float, height: float) -> Drawing:
    """Draw one trend chart: unit, legend, gridlines, lines with markers and the MCID line.

    The title is left to the caller, which sets it as wrapping text above the drawing.
    """
    register_fonts()  # labels and the legend are measured in the report font
    drawing = Drawing(width, height)
    left, right, bottom, top = 30.0, 8.0, 16.0, 18.0
    plot_w, plot_h = width - left - right, height - bottom - top
    drawing.add(
        String(0, height - 8, term(chart.unit), fontName=REGULAR, fontSize=6.5, fillColor=MUTED)
    )
    low, high = value_range(chart)
    times = sorted({t for line in chart.lines for t, _ in line.points})
    if not times:
        return drawing
    t0, t1 = times[0].timestamp(), times[-1].timestamp()

    def x_of(when: datetime) -> float:
        if t1 == t0:
            return left + plot_w / 2
        return left + (when.timestamp() - t0) / (t1 - t0) * plot_w

    def y_of(value: float) -> float:
        return bottom + (value - low) / ((high - low) or 1.0) * plot_h

    step = nice_step(high - low, 5)
    tick = low
    while tick <= high + 1e-9:
        y = y_of(tick)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(
            String(
                left - 4,
                y - 2.3,
                number(tick, 2),
                fontName=REGULAR,
                fontSize=6.2,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        tick += step
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=AXIS, strokeWidth=0.6))
    for when in _label_days(times, max(2, int(plot_w // 38))):
        x = x_of(when)
        drawing.add(Line(x, bottom, x, bottom - 2.5, strokeColor=AXIS, strokeWidth=0.6))
        drawing.add(
            String(
                x,
                bottom - 10,
                format_day_month(when),
                fontName=REGULAR,
                fontSize=6.2,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    if chart.target is not None and low <= chart.target <= high:
        y = y_of(chart.target)
        drawing.add(
            Line(
                left,
                y,
                left + plot_w,
                y,
                strokeColor=TARGET,
                strokeWidth=0.8,
                strokeDashArray=[3, 2],
            )
        )
        drawing.add(
            String(
                left + plot_w,
                y + 2.5,
                chart.target_label,
                fontName=BOLD,
                fontSize=6.2,
                fillColor=TARGET,
                textAnchor="end",
            )
        )
    radius = 1.9 if len(times) > 20 else 2.4
    for line in chart.lines:
        colour = LINE_COLOURS[line.timing]
        points = [(x_of(t), y_of(v)) for t, v in line.points]
        if len(points) > 1:
            drawing.add(
                PolyLine(
                    [c for p in points for c in p],
                    strokeColor=colour,
                    strokeWidth=1.2,
                    strokeDashArray=[2.5, 1.5] if line.timing is MeasureTiming.POST else None,
                )
            )
        for x, y in points:
            hollow = line.timing is MeasureTiming.POST
            drawing.add(
                Circle(
                    x,
                    y,
                    radius,
                    fillColor=white if hollow else colour,
                    strokeColor=colour,
                    strokeWidth=0.9,
                )
            )
    _legend(drawing, chart, width, height)
    return drawing


def _legend(drawing: Drawing, chart: TrendChart, width: float, height: float) -> None:
    if len(chart.lines) < 2 and chart.lines[0].timing is MeasureTiming.NONE:
        return
    x = width - 4
    y = height - 8  # on the unit line
    for line in reversed(chart.lines):
        colour = LINE_COLOURS[line.timing]
        label = term(line.label)
        drawing.add(
            String(
                x,
                y,
                label,
                fontName=REGULAR,
                fontSize=6.4,
                fillColor=INK,
                textAnchor="end",
            )
        )
        text_width = stringWidth(label, REGULAR, 6.4)
        x -= text_width + 16
        drawing.add(Line(x + 2, y + 2.3, x + 12, y + 2.3, strokeColor=colour, strokeWidth=1.2))
        hollow = line.timing is MeasureTiming.POST
        drawing.add(
            Circle(
                x + 7,
                y + 2.3,
                2,
                fillColor=white if hollow else colour,
                strokeColor=colour,
                strokeWidth=0.9,
            )
        )
        x -= 8

"""A QPainter line chart of one outcome over visits, with its reference threshold (MCID or MDC)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from bodymap.analysis.trends import TrendSeries
from bodymap.ui.history import palette
from bodymap.ui.i18n import date_text, translate
from bodymap.ui.theme import colour

_XMap = Callable[[datetime], float]
_YMap = Callable[[float], float]


def nice_ticks(low: float, high: float, count: int = 6) -> list[float]:
    """Round tick values covering low..high (about ``count`` of them)."""
    span = max(high - low, 1e-9)
    raw = span / max(1, count - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    return [round(k * step, 6) for k in range(first, last + 1)]


def value_range(series: Sequence[TrendSeries]) -> tuple[float, float]:
    """The y range of a chart: the full scale for questionnaires, padded data otherwise."""
    first = series[0]
    if first.full_scale:  # the instrument table says which scales are drawn whole
        return first.low, first.high
    values = [p.value for s in series for p in s.points]
    if first.target is not None:
        values.append(first.target)
    low, high = min(values), max(values)
    pad = max((high - low) * 0.25, abs(high) * 0.1, 0.5)
    low = max(first.low, low - pad)
    high = min(first.high, high + pad)
    ticks = nice_ticks(low, high)
    return ticks[0], ticks[-1]


def format_value(value: float) -> str:
    """A value as a chart label: whole numbers without decimals."""
    return f"{value:.0f}" if abs(value - round(value)) < 1e-6 else f"{value:.1f}"


def change_summary(series: TrendSeries) -> tuple[str, QColor]:
    """One line on how the series changed, and the colour to show it in."""
    change = series.change
    if change is None:
        return "one visit so far", colour("muted")
    unit = series.unit if series.unit != "%" else "pts"
    unit = "percentage points" if series.instrument == "pain_area" else unit
    sign = "+" if change > 0 else "−" if change < 0 else ""
    text = f"{sign}{format_value(abs(change))} {unit} since first visit"
    improvement = series.improvement or 0.0
    if series.reference is not None:
        label = series.reference.label
        if series.reached_reference:
            return f"{text} · {label} reached", colour("success")
        return f"{text} · {label} not reached", colour("muted")
    return text, colour("success") if improvement > 0 else colour("muted")


class TrendChartView(QWidget):
    """One chart: title, a line per series (e.g. pre/post treatment) and the reference band.

    Under the plot a line says which threshold the band is (MCID or MDC) and its source.
    """

    MARGIN_LEFT = 44.0
    MARGIN_RIGHT = 16.0
    MARGIN_TOP = 84.0
    MARGIN_BOTTOM = 30.0
    SOURCE_HEIGHT = 30.0  # the threshold and its source, two lines under the date axis

    def __init__(self, series: Sequence[TrendSeries], parent: QWidget | None = None) -> None:
        """Chart ``series`` (at least one; all share the title, unit and scale)."""
        super().__init__(parent)
        if not series:
            raise ValueError("series: a chart needs at least one series")
        self._series = list(series)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        reference = self._series[0].reference
        if reference is not None:
            self.setToolTip(
                translate(
                    "TrendChartView",
                    "Reference threshold: {label}, a change of {amount} from the first "
                    "visit.\nPopulation: {population}.\nSource: {citation}.",
                ).format(
                    label=reference.label,
                    amount=reference.amount,
                    population=reference.population,
                    citation=reference.citation,
                )
            )

    @property
    def series(self) -> list[TrendSeries]:
        """The charted series."""
        return list(self._series)

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt override
        return QSize(420, 250)

    def paintEvent(self, event: object) -> None:  # noqa: D102 - Qt override
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            card = QRectF(self.rect()).adjusted(1, 1, -1, -1)
            painter.setPen(QPen(colour("rule"), 1))
            painter.setBrush(colour("base"))
            painter.drawRoundedRect(card, 6, 6)
            self._paint_header(painter, card)
            bottom = self.MARGIN_BOTTOM + (self.SOURCE_HEIGHT if self.source_text() else 0.0)
            plot = card.adjusted(self.MARGIN_LEFT, self.MARGIN_TOP, -self.MARGIN_RIGHT, -bottom)
            self._paint_source(painter, card)
            if plot.width() > 40 and plot.height() > 40:
                self._paint_plot(painter, plot)
        finally:
            painter.end()

    def _paint_header(self, painter: QPainter, card: QRectF) -> None:
        first = self._series[0]
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 0.5)
        painter.setFont(font)
        painter.setPen(colour("text"))
        title = f"{first.title} ({first.unit})"
        painter.drawText(
            QRectF(card.left() + 12, card.top() + 6, card.width() - 24, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        summary, color = change_summary(first)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 0.5))
        painter.setFont(small)
        painter.setPen(color)
        painter.drawText(
            QRectF(card.left() + 12, card.top() + 26, card.width() - 24, 16),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            summary,
        )
        self._paint_legend(painter, card, small)

    def legend_entries(self) -> list[tuple[QPen, str]]:
        """The legend: one pen and label per line, then the MCID reference line."""
        entries: list[tuple[QPen, str]] = []
        if len(self._series) > 1:
            for index, series in enumerate(self._series):
                entries.append(
                    (QPen(palette.SERIES[index % len(palette.SERIES)], 2.2), series.line_label)
                )
        first = self._series[0]
        if first.reference is not None and first.target is not None:
            pen = QPen(palette.REFERENCE_LINE, 1.4, Qt.PenStyle.DashLine)
            entries.append((pen, first.reference.short))
        return entries

    def source_text(self) -> str:
        """Which threshold the band shows and its source, e.g. "Reference: MDC90 2 points · …"."""
        reference = self._series[0].reference
        if reference is None:
            return ""
        return f"Reference: {reference.short} from the first visit · {reference.citation}"

    def _paint_source(self, painter: QPainter, card: QRectF) -> None:
        text = self.source_text()
        if not text:
            return
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        painter.setPen(colour("muted"))
        box = QRectF(
            card.left() + 12, card.bottom() - self.SOURCE_HEIGHT - 4, card.width() - 24, 30
        )
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(box, int(flags) | int(Qt.TextFlag.TextWordWrap), text)

    def _paint_legend(self, painter: QPainter, card: QRectF, font: QFont) -> None:
        metrics = QFontMetricsF(font)
        left = card.left() + 12
        top = card.top() + 46
        for pen, label in self.legend_entries():
            painter.setPen(pen)
            painter.drawLine(QPointF(left, top + 8), QPointF(left + 18, top + 8))
            width = metrics.horizontalAdvance(label)
            painter.setPen(colour("muted"))
            painter.drawText(
                QRectF(left + 24, top, width + 2, 16), Qt.AlignmentFlag.AlignVCenter, label
            )
            left += width + 32

    def _paint_plot(self, painter: QPainter, plot: QRectF) -> None:
        low, high = value_range(self._series)
        dates = sorted({p.when for s in self._series for p in s.points})
        x_of = _time_axis(dates, plot)

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / (high - low or 1.0) * plot.height()

        self._paint_grid(painter, plot, low, high, y_of)
        self._paint_reference(painter, plot, y_of)
        self._paint_dates(painter, plot, dates, x_of)
        for index, series in enumerate(self._series):
            color = palette.SERIES[index % len(palette.SERIES)]
            self._paint_line(painter, series, color, x_of, y_of, plot.bottom())

    def _paint_grid(
        self, painter: QPainter, plot: QRectF, low: float, high: float, y_of: _YMap
    ) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        for tick in nice_ticks(low, high):
            if tick < low - 1e-9 or tick > high + 1e-9:
                continue
            y = y_of(tick)
            painter.setPen(QPen(colour("rule"), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colour("muted"))
            painter.drawText(
                QRectF(plot.left() - self.MARGIN_LEFT, y - 8, self.MARGIN_LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_value(tick),
            )
        painter.setPen(QPen(colour("disabled_text"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _paint_reference(self, painter: QPainter, plot: QRectF, y_of: _YMap) -> None:
        first = self._series[0]
        target = first.target
        if target is None or first.reference is None or not first.points:
            return
        baseline = first.points[0].value
        top, bottom = sorted((y_of(baseline), y_of(target)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.REFERENCE_BAND)
        painter.drawRect(QRectF(plot.left(), top, plot.width(), bottom - top))
        pen = QPen(palette.REFERENCE_LINE, 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), y_of(target)), QPointF(plot.right(), y_of(target)))

    def _paint_dates(
        self, painter: QPainter, plot: QRectF, dates: list[datetime], x_of: _XMap
    ) -> None:
        painter.setPen(colour("muted"))
        metrics = QFontMetricsF(painter.font())
        last_right = -1e9
        for when in dates:
            label = date_text(when, "short")
            width = metrics.horizontalAdvance(label) + 6
            x = x_of(when)
            if x - width / 2 < last_right:
                continue  # keep labels from overlapping when visits are close together
            painter.drawText(
                QRectF(x - width / 2, plot.bottom() + 6, width, 16),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
            last_right = x + width / 2

    def _paint_line(
        self,
        painter: QPainter,
        series: TrendSeries,
        color: QColor,
        x_of: _XMap,
        y_of: _YMap,
        bottom: float,
    ) -> None:
        points = [QPointF(x_of(p.when), y_of(p.value)) for p in series.points]
        if len(points) > 1:
            path = QPainterPath()
            path.addPolygon(QPolygonF(points))
            painter.setPen(QPen(color, 2.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(QPen(colour("base"), 1.5))
        painter.setBrush(color)
        for point, trend_point in zip(points, series.points, strict=True):
            painter.setPen(QPen(colour("base"), 1.5))
            painter.drawEllipse(point, 4.0, 4.0)
            painter.setPen(color)
            # The top line of a visit is labelled above its dot, the others below, so the
            # labels of pre- and post-treatment readings never sit on each other.
            above = trend_point.value >= self._highest_at(trend_point.when)
            above = above or point.y() + 20 > bottom  # no room under a dot on the axis
            top = point.y() - 20 if above else point.y() + 6
            painter.drawText(
                QRectF(point.x() - 20, top, 40, 14),
                Qt.AlignmentFlag.AlignCenter,
                format_value(trend_point.value),
            )

    def _highest_at(self, when: datetime) -> float:
        return max(p.value for s in self._series for p in s.points if p.when == when)


def _time_axis(dates: list[datetime], plot: QRectF) -> _XMap:
    inset = 18.0
    if len(dates) < 2:
        centre = plot.center().x()
        return lambda when: centre
    start, end = dates[0], dates[-1]
    span = (end - start).total_seconds() or 1.0
    width = plot.width() - 2 * inset
    left = plot.left() + inset
    return lambda when: left + (when - start).total_seconds() / span * width

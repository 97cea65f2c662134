"""The map legend: marker kinds, zone kinds, the referral arrow and the intensity colour scale.

A slim bar under the map, so it never hides a mark at any zoom.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.ui.canvas.constants import (
    ACTIVE_FILL,
    GHOST_INK,
    LATENT_FILL,
    LINK_INK,
    MARKER_INK,
    intensity_color,
)
from bodymap.ui.i18n import term, translate
from bodymap.ui.theme import contrast_ratio

_INK = QColor("#37474f")
SCALE_STEPS = 10
SCALE_STEP_WIDTH = 14.0


class MapLegend(QWidget):
    """Legend bar: active/latent markers, reported/referred zones, arrow, intensity 0-10."""

    _HEIGHT = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("MapLegend", "Map legend"))
        self.setToolTip(translate("MapLegend", "Legend (View ▸ Legend toggles it)"))
        self._ghost_shown = False

    def set_ghost_shown(self, shown: bool) -> None:
        """Add (or drop) the "Previous visit" entry while the ghost overlay is on the map."""
        if shown != self._ghost_shown:
            self._ghost_shown = shown
            self.update()

    @property
    def ghost_shown(self) -> bool:
        """True while the legend explains the previous visit's ghost."""
        return self._ghost_shown

    def sizeHint(self) -> QSize:
        """One slim row."""
        return QSize(720, self._HEIGHT)

    def minimumSizeHint(self) -> QSize:
        """It may be narrow; entries that do not fit are skipped (never the scale)."""
        return QSize(self._scale_width(QFontMetrics(self.font())) + 24, self._HEIGHT)

    @staticmethod
    def _scale_width(metrics: QFontMetrics) -> int:
        label = metrics.horizontalAdvance(translate("MapLegend", "Pain"))
        return int(label + 6 + (SCALE_STEPS + 1) * SCALE_STEP_WIDTH)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the entries left to right."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#dde3e8"), 1))
        painter.drawLine(0, 0, self.width(), 0)
        metrics = QFontMetrics(self.font())
        mid = self.height() / 2
        x = 12.0
        entries: list[tuple[Callable[[QPainter, float, float, object], None], object, str]] = [
            (self._marker, ACTIVE_FILL, "Active"),
            (self._marker, LATENT_FILL, "Latent"),
            (self._zone, False, QT_TRANSLATE_NOOP("Terms", "Reported pain")),
            (self._zone, True, "Referred pain"),
            (self._arrow, None, "Refers to"),
        ]
        if self._ghost_shown:
            entries.append((self._ghost, None, "Previous visit"))
        scale_room = self._scale_width(metrics) + 12
        for draw, arg, text in entries:
            width = 24 + metrics.horizontalAdvance(term(text)) + 14
            if x + width > self.width() - scale_room:
                break
            draw(painter, x, mid, arg)
            painter.setPen(_INK)
            painter.drawText(QPointF(x + 24, mid + metrics.ascent() / 2 - 1), term(text))
            x += width
        self._scale(painter, max(x, self.width() - scale_room), mid, metrics)
        painter.end()

    @staticmethod
    def _marker(painter: QPainter, x: float, mid: float, fill: object) -> None:
        painter.setPen(QPen(MARKER_INK, 1.5))
        painter.setBrush(fill if isinstance(fill, QColor) else ACTIVE_FILL)
        painter.drawEllipse(QPointF(x + 8, mid), 6.5, 6.5)

    @staticmethod
    def _zone(painter: QPainter, x: float, mid: float, hatched: object) -> None:
        rect = QRectF(x, mid - 6, 18, 12)
        fill = intensity_color(6)
        fill.setAlphaF(0.55)
        painter.setPen(QPen(intensity_color(6).darker(150), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if hatched:
            painter.setBrush(QBrush(intensity_color(6).darker(150), Qt.BrushStyle.BDiagPattern))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 3, 3)

    @staticmethod
    def _arrow(painter: QPainter, x: float, mid: float, _unused: object) -> None:
        painter.setPen(QPen(LINK_INK, 1.8))
        painter.drawLine(QPointF(x, mid), QPointF(x + 14, mid))
        painter.setBrush(LINK_INK)
        painter.drawPolygon(
            [QPointF(x + 19, mid), QPointF(x + 12, mid - 4), QPointF(x + 12, mid + 4)]
        )

    @staticmethod
    def _ghost(painter: QPainter, x: float, mid: float, _unused: object) -> None:
        painter.setPen(QPen(GHOST_INK, 1.4, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(x + 8, mid), 7.5, 7.5)

    def _scale(self, painter: QPainter, x: float, mid: float, metrics: QFontMetrics) -> None:
        """Pain 0-10 as numbered steps: the number names each colour (not colour alone)."""
        painter.setPen(_INK)
        label = translate("MapLegend", "Pain")
        painter.drawText(QPointF(x, mid + metrics.ascent() / 2 - 1), label)
        step_x = x + metrics.horizontalAdvance(label) + 6
        font = QFont(self.font())
        font.setPixelSize(9)
        painter.setFont(font)
        white, black = QColor("#ffffff"), QColor("#000000")
        for step in range(SCALE_STEPS + 1):
            cell = QRectF(step_x + step * SCALE_STEP_WIDTH, mid - 8, SCALE_STEP_WIDTH, 16)
            fill = intensity_color(step)
            painter.setPen(QPen(fill.darker(130), 0.8))
            painter.setBrush(fill)
            painter.drawRect(cell)
            better = contrast_ratio(fill, white) > contrast_ratio(fill, black)
            painter.setPen(white if better else black)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(step))
        painter.setFont(self.font())

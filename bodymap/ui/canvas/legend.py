"""The map legend: marker kinds, zone kinds, the referral arrow and the intensity colour scale."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QLinearGradient, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from bodymap.ui.canvas.constants import (
    ACTIVE_FILL,
    LATENT_FILL,
    LINK_INK,
    MARKER_INK,
    intensity_color,
)


class LegendOverlay(QWidget):
    """A small translucent card drawn over the map's corner; mouse events pass through it."""

    _ROW = 20
    _WIDTH = 196

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFixedSize(self.sizeHint())
        self.setAccessibleName("Map legend")

    def sizeHint(self) -> QSize:
        """Fixed size of the card."""
        return QSize(self._WIDTH, 8 + self._ROW * 5 + 44)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the card."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor("#cfd8dc"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(card, 6, 6)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() - 1))
        painter.setFont(font)
        y = 8.0
        self._marker_row(painter, y, ACTIVE_FILL, "Active trigger point")
        y += self._ROW
        self._marker_row(painter, y, LATENT_FILL, "Latent trigger point")
        y += self._ROW
        self._zone_row(painter, y, hatched=False, text="Patient-reported pain")
        y += self._ROW
        self._zone_row(painter, y, hatched=True, text="Referred pain")
        y += self._ROW
        painter.setPen(QPen(LINK_INK, 1.8))
        painter.drawLine(QPointF(12, y + 10), QPointF(30, y + 10))
        painter.setBrush(LINK_INK)
        painter.drawPolygon([QPointF(34, y + 10), QPointF(27, y + 6.5), QPointF(27, y + 13.5)])
        self._text(painter, y, "Refers pain to")
        y += self._ROW + 4
        self._scale(painter, y)
        painter.end()

    def _text(self, painter: QPainter, y: float, text: str) -> None:
        painter.setPen(QColor("#263238"))
        painter.drawText(
            QRectF(44, y, self._WIDTH - 50, self._ROW), Qt.AlignmentFlag.AlignVCenter, text
        )

    def _marker_row(self, painter: QPainter, y: float, fill: QColor, text: str) -> None:
        painter.setPen(QPen(MARKER_INK, 1.5))
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(22, y + 10), 7, 7)
        self._text(painter, y, text)

    def _zone_row(self, painter: QPainter, y: float, hatched: bool, text: str) -> None:
        rect = QRectF(12, y + 4, 20, 12)
        fill = intensity_color(6)
        fill.setAlphaF(0.55)
        painter.setPen(QPen(intensity_color(6).darker(150), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if hatched:
            hatch = intensity_color(6).darker(150)
            painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 3, 3)
        self._text(painter, y, text)

    def _scale(self, painter: QPainter, y: float) -> None:
        painter.setPen(QColor("#263238"))
        painter.drawText(
            QRectF(12, y, self._WIDTH - 24, 14),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "Pain intensity",
        )
        bar = QRectF(12, y + 16, self._WIDTH - 24, 9)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for step in range(11):
            gradient.setColorAt(step / 10, intensity_color(step))
        painter.setPen(QPen(QColor("#90a4ae"), 0.8))
        painter.setBrush(gradient)
        painter.drawRoundedRect(bar, 2, 2)
        painter.setPen(QColor("#546e7a"))
        for value, align in (
            (0, Qt.AlignmentFlag.AlignLeft),
            (5, Qt.AlignmentFlag.AlignHCenter),
            (10, Qt.AlignmentFlag.AlignRight),
        ):
            painter.drawText(
                QRectF(12, y + 26, self._WIDTH - 24, 14),
                align | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )

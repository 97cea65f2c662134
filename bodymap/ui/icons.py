"""Vector icons drawn with QPainter (no bitmap files): tools and visit status, tinted by theme."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from bodymap.model.map_style import MAP_STYLE
from bodymap.ui.theme import colour

Drawing = Callable[[QPainter, QColor], None]


def _pen(color: QColor, width: float = 1.8) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _select(p: QPainter, c: QColor) -> None:
    arrow = QPolygonF(
        [
            QPointF(6, 3),
            QPointF(6, 19),
            QPointF(10, 15),
            QPointF(13, 21),
            QPointF(15.5, 20),
            QPointF(12.5, 14),
            QPointF(18, 14),
        ]
    )
    p.setPen(_pen(c, 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolygon(arrow)


def _trigger_point(p: QPainter, c: QColor) -> None:
    # The marker's own red, ringed in the ink so it stands out on a dark toolbar too.
    p.setPen(_pen(c if colour("window").lightness() < 128 else QColor(MAP_STYLE.marker_ink), 1.6))
    p.setBrush(QColor(MAP_STYLE.active_fill))
    p.drawEllipse(QPointF(12, 12), 7.5, 7.5)
    p.setPen(_pen(QColor("white"), 1.6))
    p.drawLine(QPointF(12, 8), QPointF(12, 16))
    p.drawLine(QPointF(8, 12), QPointF(16, 12))


def _brush(p: QPainter, c: QColor) -> None:
    stroke = QPainterPath(QPointF(3, 18))
    stroke.cubicTo(QPointF(7, 10), QPointF(12, 22), QPointF(20, 6))
    p.setPen(_pen(QColor(230, 81, 0, 170), 5.0))
    p.drawPath(stroke)
    p.setPen(_pen(c, 1.2))
    p.drawPath(stroke)


def _lasso(p: QPainter, c: QColor) -> None:
    pen = _pen(c, 1.6)
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setDashPattern([2.5, 2.0])
    p.setPen(pen)
    p.setBrush(QColor(230, 81, 0, 60))
    p.drawEllipse(QRectF(3, 4, 18, 12))
    p.setPen(_pen(c, 1.6))
    p.drawLine(QPointF(8, 15), QPointF(6, 21))


def _eraser(p: QPainter, c: QColor) -> None:
    p.save()
    p.translate(12, 12)
    p.rotate(-35)
    p.setPen(_pen(c, 1.5))
    p.setBrush(QColor("#eceff1"))
    p.drawRoundedRect(QRectF(-8, -4.5, 16, 9), 2, 2)
    p.setBrush(QColor("#f48fb1"))
    p.drawRoundedRect(QRectF(-8, -4.5, 6, 9), 2, 2)
    p.restore()
    p.setPen(_pen(c, 1.2))
    p.drawLine(QPointF(4, 21), QPointF(20, 21))


def _link(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c if colour("window").lightness() < 128 else QColor(MAP_STYLE.marker_ink), 1.4))
    p.setBrush(QColor(MAP_STYLE.active_fill))
    p.drawEllipse(QPointF(6, 17), 3.5, 3.5)
    p.setPen(_pen(c, 1.7))
    p.drawLine(QPointF(9, 14), QPointF(18, 6))
    p.setBrush(c)
    p.drawPolygon(QPolygonF([QPointF(20, 4), QPointF(13.5, 6.5), QPointF(17.5, 10.5)]))


def _signed(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(colour("signed_ink"), 1.4))
    p.setBrush(colour("signed_fill"))
    p.drawEllipse(QPointF(12, 12), 8.5, 8.5)
    p.setPen(_pen(colour("signed_ink"), 2.2))
    p.drawPolyline(QPolygonF([QPointF(8, 12.5), QPointF(11, 15.5), QPointF(16.5, 9)]))


def _draft(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(colour("draft_ink"), 1.4))
    p.setBrush(colour("draft_fill"))
    p.drawEllipse(QPointF(12, 12), 8.5, 8.5)
    p.setPen(_pen(colour("draft_ink"), 1.8))
    p.drawLine(QPointF(8.5, 15.5), QPointF(15.5, 8.5))
    p.drawLine(QPointF(8.5, 15.5), QPointF(8.0, 16.0))


def _magnifier(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 1.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(10, 10), 6.5, 6.5)
    p.drawLine(QPointF(15, 15), QPointF(20.5, 20.5))


def _zoom_in(p: QPainter, c: QColor) -> None:
    _magnifier(p, c)
    p.drawLine(QPointF(7, 10), QPointF(13, 10))
    p.drawLine(QPointF(10, 7), QPointF(10, 13))


def _zoom_out(p: QPainter, c: QColor) -> None:
    _magnifier(p, c)
    p.drawLine(QPointF(7, 10), QPointF(13, 10))


def _zoom_fit(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 1.8))
    for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        cx, cy = 12 - sx * 8, 12 - sy * 8
        p.drawLine(QPointF(cx, cy), QPointF(cx + sx * 5, cy))
        p.drawLine(QPointF(cx, cy), QPointF(cx, cy + sy * 5))
    p.setBrush(QColor(c.red(), c.green(), c.blue(), 50))
    p.drawRoundedRect(QRectF(8, 7, 8, 10), 2, 2)


def _turn(p: QPainter, c: QColor, mirrored: bool) -> None:
    if mirrored:
        p.translate(24, 0)
        p.scale(-1, 1)
    path = QPainterPath(QPointF(19, 18))
    path.cubicTo(QPointF(19, 9), QPointF(13, 7), QPointF(6, 9))
    p.setPen(_pen(c, 1.9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.setBrush(c)
    p.drawPolygon(QPolygonF([QPointF(3.5, 9.5), QPointF(9, 5), QPointF(9.5, 13)]))


def _undo(p: QPainter, c: QColor) -> None:
    _turn(p, c, mirrored=False)


def _redo(p: QPainter, c: QColor) -> None:
    _turn(p, c, mirrored=True)


_DRAWINGS: dict[str, Drawing] = {
    "zoom_in": _zoom_in,
    "zoom_out": _zoom_out,
    "zoom_fit": _zoom_fit,
    "undo": _undo,
    "redo": _redo,
    "select": _select,
    "trigger_point": _trigger_point,
    "brush": _brush,
    "lasso": _lasso,
    "eraser": _eraser,
    "link": _link,
    "signed": _signed,
    "draft": _draft,
}


def make_icon(name: str, ink: QColor | None = None) -> QIcon:
    """Return the icon ``name`` drawn at 1x and 2x so it stays crisp on high-DPI screens.

    The ink defaults to the current theme's icon colour: redraw icons after a theme change.
    """
    drawing = _DRAWINGS[name]
    color = ink or colour("icon_ink")
    icon = QIcon()
    for size in (16, 24, 32):
        for ratio in (1.0, 2.0):
            pixmap = QPixmap(int(size * ratio), int(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(size / 24.0, size / 24.0)
            drawing(painter, color)
            painter.end()
            icon.addPixmap(pixmap)
    return icon

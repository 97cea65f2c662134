"""History maps: latent markers keep their numbers, and markers never sit on each other."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from bodymap.model import View
from bodymap.ui.canvas.constants import LATENT_FILL, MARKER_INK
from bodymap.ui.history.painting import PaintedMarker, _paint_markers, free_spot


def _paint(markers: list[PaintedMarker]) -> QImage:
    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    _paint_markers(painter, QTransform.fromScale(0.6, 0.6), markers)
    painter.end()
    return image


def test_a_latent_marker_shows_its_number(qapp: object) -> None:
    marker = PaintedMarker(View.ANTERIOR, 100.0, 100.0, "8", LATENT_FILL, MARKER_INK)
    image = _paint([marker])
    centre = QPointF(60, 60)
    inked = [
        image.pixelColor(int(centre.x()) + dx, int(centre.y()) + dy)
        for dx in range(-3, 4)
        for dy in range(-4, 5)
    ]
    assert any(c.lightness() < 120 for c in inked)  # the digit, in marker ink on white


def test_markers_at_the_same_spot_are_moved_apart() -> None:
    first = free_spot(QPointF(50, 50), [], 9.0)
    second = free_spot(QPointF(50, 50), [first], 9.0)
    third = free_spot(QPointF(52, 50), [first, second], 9.0)
    for a, b in ((first, second), (first, third), (second, third)):
        assert ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5 >= 19.0
    assert QColor(MARKER_INK).lightness() < 120

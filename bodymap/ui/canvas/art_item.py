"""The body drawing on the canvas, painted from a pixmap rendered once per zoom level.

Rendering the SVG art is most of a repaint's cost, and Qt's device cache re-renders it
synchronously in the first paint after every zoom step (31-50 ms, issue 14; budget 16 ms).
Here the first paint at a new zoom draws the pixmap of the previous level, scaled (a blit), and
the crisp rendering for the new level is made once the event loop is idle, then shown. Far
zoomed in, where a whole-figure pixmap would be too large, the vector art is drawn directly.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

#: Largest cached rendering, in device pixels (8 MP: 32 MB per figure).
MAX_PIXELS = 8_000_000


class BodyArtItem(QGraphicsItem):
    """One figure's SVG art, in the renderer's own units (scale and place it like any item)."""

    def __init__(self, renderer: QSvgRenderer) -> None:
        super().__init__()
        self._renderer = renderer
        self._rect = QRectF(QPointF(0, 0), QSizeF(renderer.defaultSize()))
        self._pixmap: QPixmap | None = None
        self._pixmap_scale = 0.0  # device pixels per item unit of ``_pixmap``
        self._wanted_scale = 0.0
        self._refresh = QTimer(singleShot=True, interval=0)
        self._refresh.timeout.connect(self._render_wanted)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        """The art's view box."""
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Blit the cached rendering; ask for a crisp one if the zoom changed since."""
        transform = painter.deviceTransform()
        scale = math.hypot(transform.m11(), transform.m12())
        if scale <= 0:
            return
        if self._rect.width() * self._rect.height() * scale * scale > MAX_PIXELS:
            self._renderer.render(painter, self._rect)  # far zoomed in: only a part is shown
            return
        if self._pixmap is None:
            self._pixmap = self._render(scale)  # the first paint: nothing to show meanwhile
            self._pixmap_scale = scale
        elif not math.isclose(scale, self._pixmap_scale, rel_tol=1e-3):
            self._wanted_scale = scale
            self._refresh.start()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(self._rect, self._pixmap, QRectF(self._pixmap.rect()))
        painter.restore()

    def _render(self, scale: float) -> QPixmap:
        width = max(1, math.ceil(self._rect.width() * scale))
        height = max(1, math.ceil(self._rect.height() * scale))
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        return pixmap

    def _render_wanted(self) -> None:
        if not shiboken6.isValid(self):
            return  # the scene was cleared meanwhile
        scale = self._wanted_scale
        if scale <= 0 or math.isclose(scale, self._pixmap_scale, rel_tol=1e-3):
            return
        self._pixmap = self._render(scale)
        self._pixmap_scale = scale
        self.update()

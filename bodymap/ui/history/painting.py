"""Small read-only body maps drawn with QPainter: art, coloured areas, arrows, numbered markers."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from bodymap.analysis.geometry import AtlasLike
from bodymap.model import View, ZonePolygon
from bodymap.model.geometry import Point
from bodymap.model.views import layout_views, view_spec
from bodymap.resources import AssetError, asset_path
from bodymap.ui.history import palette
from bodymap.ui.i18n import term
from bodymap.ui.theme import colour

#: Rendered art kept per view and size: thumbnails, the compare maps, the heat map, resizes.
ART_CACHE_SIZES = 24


@dataclass(frozen=True, slots=True)
class PaintedArea:
    """Polygons to fill on one view (a dashed outline marks referred pain)."""

    view: View
    polygons: tuple[ZonePolygon, ...]
    fill: QColor
    outline: QColor | None = None
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class PaintedMarker:
    """A numbered trigger-point marker; hollow markers are drawn as a ring."""

    view: View
    x: float
    y: float
    label: str
    fill: QColor
    ink: QColor
    hollow: bool = False


@dataclass(frozen=True, slots=True)
class PaintedArrow:
    """A referral arrow from a marker's position to a zone's anchor, in one view's atlas units."""

    view: View
    start: Point
    end: Point
    ink: QColor


@dataclass(frozen=True, slots=True)
class MapPicture:
    """Everything drawn on a small map, bottom to top: areas, arrows, then markers."""

    areas: tuple[PaintedArea, ...] = ()
    markers: tuple[PaintedMarker, ...] = ()
    arrows: tuple[PaintedArrow, ...] = ()
    views: tuple[View, ...] = field(default_factory=layout_views)
    titles: bool = True


@dataclass
class BodyArt:
    """The atlas's body art, one shared SVG renderer per view, loaded once."""

    atlas: AtlasLike
    _renderers: dict[View, QSvgRenderer | None] = field(default_factory=dict)
    _outlines: dict[View, QPainterPath] = field(default_factory=dict)
    #: (view, device width, device height) -> the art rendered once at that size
    _pixmaps: OrderedDict[tuple[View, int, int], QPixmap] = field(default_factory=OrderedDict)
    renders: int = 0  # how many times the vector art was actually rendered

    def outline(self, view: View) -> QPainterPath:
        """The view's silhouette as a painter path in atlas units (to clip coloured areas)."""
        if view not in self._outlines:
            info = self.atlas.views.get(view)
            self._outlines[view] = polygons_path(tuple(info.silhouette)) if info else QPainterPath()
        return self._outlines[view]

    def renderer(self, view: View) -> QSvgRenderer | None:
        """The view's art renderer, or None when the art file is missing or unreadable."""
        if view not in self._renderers:
            renderer: QSvgRenderer | None = None
            try:
                candidate = QSvgRenderer(str(asset_path(self.atlas.views[view].art)))
                renderer = candidate if candidate.isValid() else None
            except (AssetError, KeyError):
                renderer = None
            self._renderers[view] = renderer
        return self._renderers[view]

    def paint_view(self, painter: QPainter, view: View, box: QRectF) -> QTransform:
        """Draw one view's art (its viewBox) fitted into ``box``; return atlas-to-widget."""
        spec = view_spec(view)
        scale = min(box.width() / spec.width, box.height() / spec.height)
        left = box.left() + (box.width() - spec.width * scale) / 2
        top = box.top() + (box.height() - spec.height * scale) / 2
        transform = QTransform(scale, 0, 0, scale, left, top)
        target = QRectF(left, top, spec.width * scale, spec.height * scale)
        renderer = self.renderer(view)
        if renderer is not None:
            art = self._art_pixmap(view, renderer, painter, target)
            painter.drawPixmap(target, art, QRectF(art.rect()))
        elif view in self.atlas.views:
            # Without art the silhouette still tells the clinician where the pain is.
            painter.save()
            painter.setTransform(transform, combine=True)
            painter.setPen(QPen(palette.OUTLINE, 1.5 / scale))
            painter.setBrush(palette.SKIN)
            painter.drawPath(polygons_path(tuple(self.atlas.views[view].silhouette)))
            painter.restore()
        return transform

    def _art_pixmap(
        self, view: View, renderer: QSvgRenderer, painter: QPainter, target: QRectF
    ) -> QPixmap:
        """The view's art rendered once per device size (a timeline of 100 maps draws it once)."""
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        scale = ratio * max(abs(painter.worldTransform().m11()), 1e-6)
        key = (view, round(target.width() * scale), round(target.height() * scale))
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(max(1, key[1]), max(1, key[2]))
            pixmap.fill(Qt.GlobalColor.transparent)
            art_painter = QPainter(pixmap)
            try:
                art_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                renderer.render(art_painter, QRectF(0, 0, key[1], key[2]))
            finally:
                art_painter.end()
            pixmap.setDevicePixelRatio(scale)
            self.renders += 1
            self._pixmaps[key] = pixmap
            while len(self._pixmaps) > ART_CACHE_SIZES:
                self._pixmaps.popitem(last=False)  # sizes of windows long since resized
        self._pixmaps.move_to_end(key)
        return pixmap


@lru_cache(maxsize=4096)
def polygons_path(polygons: tuple[ZonePolygon, ...]) -> QPainterPath:
    """A painter path of model polygons, holes left open (cached: maps repaint often).

    Each ring goes in as one QPolygonF rather than point by point: far fewer calls into Qt
    per repaint (see the PySide6 6.12.0 note in the analysis report).
    """
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in polygons:
        for ring in (polygon.exterior, *polygon.holes):
            outline = QPolygonF([QPointF(x, y) for x, y in ring])
            outline.append(outline.first())
            path.addPolygon(outline)
    return path


def paint_map(painter: QPainter, art: BodyArt, content: MapPicture, rect: QRectF) -> None:
    """Paint the views of ``content`` side by side into ``rect``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_height = 18.0 if content.titles else 0.0
    count = max(1, len(content.views))
    width = rect.width() / count
    for index, view in enumerate(content.views):
        column = QRectF(rect.left() + index * width, rect.top(), width, rect.height())
        if content.titles:
            painter.setPen(colour("muted"))
            font = QFont(painter.font())
            font.setPointSizeF(8.5)
            painter.setFont(font)
            painter.drawText(
                QRectF(column.left(), column.top(), column.width(), title_height),
                Qt.AlignmentFlag.AlignCenter,
                term(view_spec(view).title),
            )
        box = column.adjusted(2, title_height, -2, -2)
        transform = art.paint_view(painter, view, box)
        _paint_areas(
            painter, transform, [a for a in content.areas if a.view == view], art.outline(view)
        )
        _paint_arrows(painter, transform, [a for a in content.arrows if a.view == view])
        _paint_markers(painter, transform, [m for m in content.markers if m.view == view])


def _paint_areas(
    painter: QPainter, transform: QTransform, areas: Sequence[PaintedArea], outline: QPainterPath
) -> None:
    painter.save()
    painter.setTransform(transform, combine=True)
    if not outline.isEmpty():
        # Colour stays on the body even where a region or referral polygon overshoots it.
        painter.setClipPath(outline)
    scale = transform.m11()
    for area in areas:
        painter.setBrush(QBrush(area.fill))
        if area.outline is None:
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            pen = QPen(area.outline, 1.2 / scale)
            if area.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
        painter.drawPath(polygons_path(area.polygons))
    painter.restore()


def marker_radius(transform: QTransform) -> float:
    """A marker's radius in pixels on a map drawn with ``transform`` (readable however small)."""
    return max(3.0, min(9.0, 9.0 * transform.m11() / 0.6))


def _paint_arrows(painter: QPainter, transform: QTransform, arrows: Sequence[PaintedArrow]) -> None:
    radius = marker_radius(transform)
    for arrow in arrows:
        start = transform.map(QPointF(*arrow.start))
        end = transform.map(QPointF(*arrow.end))
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy)
        if length < radius * 2.5:
            continue  # the zone surrounds the marker: an arrow would only hide the number
        ux, uy = dx / length, dy / length
        head = max(3.0, radius * 0.7)
        base = QPointF(end.x() - ux * head, end.y() - uy * head)
        painter.setPen(QPen(arrow.ink, 1.0))
        painter.drawLine(
            QPointF(start.x() + ux * (radius + 1), start.y() + uy * (radius + 1)), base
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(arrow.ink))
        painter.drawPolygon(
            QPolygonF(
                [
                    end,
                    QPointF(base.x() - uy * head * 0.5, base.y() + ux * head * 0.5),
                    QPointF(base.x() + uy * head * 0.5, base.y() - ux * head * 0.5),
                ]
            )
        )


def _paint_markers(
    painter: QPainter, transform: QTransform, markers: Sequence[PaintedMarker]
) -> None:
    radius = marker_radius(transform)
    font = QFont(painter.font())
    font.setPixelSize(max(7, int(radius * 1.15)))
    font.setBold(True)
    painter.setFont(font)
    placed: list[QPointF] = []
    for marker in markers:
        spot = transform.map(QPointF(marker.x, marker.y))
        centre = free_spot(spot, placed, radius)
        placed.append(centre)
        painter.setPen(QPen(marker.ink, 1.4))
        if centre != spot:  # moved aside so numbers never overlap: a leader to the real spot
            painter.drawLine(spot, centre)
        painter.setBrush(Qt.BrushStyle.NoBrush if marker.hollow else QBrush(marker.fill))
        painter.drawEllipse(centre, radius, radius)
        if radius >= 6 and marker.label:
            # White numbers on a dark disc only: a latent (white) marker keeps its number.
            dark = not marker.hollow and marker.fill.lightness() < 150
            painter.setPen(palette.MARKER_TEXT if dark else marker.ink)
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, marker.label)


def free_spot(spot: QPointF, placed: Sequence[QPointF], radius: float) -> QPointF:
    """``spot``, or the nearest point around it where a marker overlaps none already placed."""
    gap = 2 * radius + 1

    def clear(point: QPointF) -> bool:
        return all(math.hypot(point.x() - p.x(), point.y() - p.y()) >= gap for p in placed)

    if clear(spot):
        return spot
    for ring in range(1, 6):
        distance = gap * ring
        for step in range(12):
            angle = math.tau * step / 12 - math.pi / 2
            candidate = QPointF(
                spot.x() + distance * math.cos(angle), spot.y() + distance * math.sin(angle)
            )
            if clear(candidate):
                return candidate
    return spot


def render_map(art: BodyArt, content: MapPicture, size: QSize, ratio: float = 1.0) -> QPixmap:
    """Render a map to a pixmap (for thumbnails), on a transparent background."""
    pixmap = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        paint_map(painter, art, content, QRectF(0, 0, size.width(), size.height()))
    finally:
        painter.end()
    return pixmap


def swatch(color: QColor, size: int = 12) -> QPixmap:
    """A small rounded colour square for legends."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.darker(140))
    painter.setBrush(QBrush(color))
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    painter.end()
    return pixmap


class ReadOnlyBodyMap(QWidget):
    """A read-only body map (both views side by side) showing one :class:`MapPicture`."""

    def __init__(self, art: BodyArt, parent: QWidget | None = None) -> None:
        """Create an empty map drawn with ``art``."""
        super().__init__(parent)
        self._art = art
        self._content = MapPicture()
        self._caption = ""
        self.setMinimumSize(160, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def content(self) -> MapPicture:
        """What the map currently shows."""
        return self._content

    def set_content(self, content: MapPicture, caption: str = "") -> None:
        """Show new content with an optional caption above the figures."""
        self._content = content
        self._caption = caption
        self.update()

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt override
        return QSize(360, 420)

    def paintEvent(self, event: object) -> None:  # noqa: D102 - Qt override
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
            if self._caption:
                font = QFont(self.font())
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(colour("text"))
                painter.drawText(
                    QRectF(rect.left(), rect.top(), rect.width(), 20),
                    Qt.AlignmentFlag.AlignCenter,
                    self._caption,
                )
                rect.setTop(rect.top() + 22)
            paint_map(painter, self._art, self._content, rect)
        finally:
            painter.end()

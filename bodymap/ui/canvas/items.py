"""Graphics items of the body map; each holds the id of its mark, never the mark's data."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from bodymap.model import View
from bodymap.model.geometry import ZonePolygon
from bodymap.model.map_content import MapArrow, MapMarker, MapZone
from bodymap.model.map_shapes import arrow_anchor
from bodymap.model.map_style import MAP_STYLE, MarkerState
from bodymap.ui.canvas.constants import (
    LINK_INK,
    MARKER_RADIUS,
    SELECTION_INK,
    Z_LINK,
    Z_POINT,
    Z_ZONE,
    ZOOM_RANGE,
    model_to_scene,
)
from bodymap.ui.i18n import translate


def device_pen(pen: QPen, painter: QPainter) -> QPen:
    """``pen`` widened for a high-DPI device when it is cosmetic.

    Cosmetic widths count device pixels, so a one-pixel rim would look half as thick on a
    2x screen; scaling only above 1x keeps the one-pixel fast path on ordinary screens.
    """
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    if not pen.isCosmetic() or ratio <= 1.0:
        return pen
    wider = QPen(pen)
    wider.setWidthF(pen.widthF() * ratio)
    return wider


def zone_path(view: View, polygons: Sequence[ZonePolygon]) -> QPainterPath:
    """Build a painter path (holes cut out) for polygons in ``view``'s atlas units."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in polygons:
        for ring in (polygon.exterior, *polygon.holes):
            path.addPolygon(QPolygonF([model_to_scene(view, x, y) for x, y in ring]))
            path.closeSubpath()
    return path


class TriggerPointItem(QGraphicsItem):
    """A numbered round marker that keeps its on-screen size at every zoom.

    Active points are filled, latent ones hollow; resolved (carried-forward) ones are grey.
    """

    _FONT = QFont("Sans Serif", 8, QFont.Weight.Bold)

    def __init__(self, point_id: int) -> None:
        super().__init__()
        self.point_id = point_id
        self._number = 0
        self._state = MarkerState.ACTIVE
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_POINT)
        # Markers are small and numerous: painting them from a device cache keeps a full repaint
        # of a dense chart within one frame.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def show_marker(self, marker: MapMarker) -> None:
        """Take position and look from the point's map marker."""
        self.setPos(model_to_scene(marker.view, marker.x, marker.y))
        look = (marker.number, marker.state)
        if look != (self._number, self._state):
            self._number, self._state = look
            self.update()
        self.setToolTip(f"#{marker.number}")

    @property
    def state(self) -> MarkerState:
        """How the marker is drawn (active, latent or resolved)."""
        return self._state

    def boundingRect(self) -> QRectF:
        """Marker circle plus the selection ring."""
        r = MARKER_RADIUS + 4.0
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        """Clickable area: the circle."""
        path = QPainterPath()
        r = MARKER_RADIUS + 2.0
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Draw the marker: circle, number, and a ring when selected."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        resolved = self._state is MarkerState.RESOLVED
        ink = QColor(MAP_STYLE.marker_outline(self._state))
        fill = QColor(MAP_STYLE.marker_fill(self._state))
        if self.isSelected():
            painter.setPen(QPen(SELECTION_INK, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), MARKER_RADIUS + 3, MARKER_RADIUS + 3)
        pen = QPen(ink, 1.6)
        if resolved:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(0, 0), MARKER_RADIUS, MARKER_RADIUS)
        painter.setPen(QColor(MAP_STYLE.number_ink(self._state)))
        painter.setFont(self._FONT)
        rect = QRectF(-MARKER_RADIUS, -MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self._number))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        """Repaint the cached marker when its selection changes."""
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)


class IntensityLabel(QGraphicsItem):
    """The zone's intensity as a number in a small white tag: a cue that is not colour alone.

    Same on-screen size at every zoom; clicks go through to the zone beneath.
    """

    _FONT = QFont()
    _FONT.setPixelSize(10)
    _FONT.setBold(True)

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.text = ""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def boundingRect(self) -> QRectF:
        """A tag wide enough for "10"."""
        return QRectF(-9, -7, 18, 14)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Dark number on white (≥ 4.5:1 whatever the zone's colour), thin grey rim."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(MAP_STYLE.link_ink), 0.8))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 4, 4)
        painter.setPen(QColor(MAP_STYLE.link_ink))
        painter.setFont(self._FONT)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self.text)


class ZoneItem(QGraphicsPathItem):
    """A pain zone filled by intensity, its number on it; referred zones are hatched as well."""

    def __init__(self, zone_id: int) -> None:
        super().__init__()
        self.zone_id = zone_id
        self._hatched = False
        self.setZValue(Z_ZONE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.intensity_label = IntensityLabel(self)

    def show_zone(self, zone: MapZone) -> None:
        """Take shape and colour from the zone's map content."""
        self.setPath(zone_path(zone.view, zone.polygons))
        fill = QColor(MAP_STYLE.intensity_hex(zone.intensity))
        fill.setAlphaF(MAP_STYLE.zone_fill_opacity(zone.resolved))
        self.setBrush(fill)
        # A one-pixel cosmetic outline takes the rasteriser's fast path (dense charts).
        pen = QPen(QColor(MAP_STYLE.zone_outline_hex(zone.intensity)), 1.0)
        pen.setCosmetic(True)
        if zone.resolved or zone.superficial:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self._hatched = zone.referred
        self.intensity_label.text = str(zone.intensity)
        self.intensity_label.setPos(model_to_scene(zone.view, *arrow_anchor(zone.polygons)))
        self.intensity_label.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Fill, hatch for referred pain, and a bold outline when selected."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self.pen() if not self.isSelected() else _selected_pen()
        painter.setPen(device_pen(pen, painter))
        painter.setBrush(self.brush())
        painter.drawPath(self.path())
        if self._hatched:
            hatch_color = self.pen().color()
            hatch_color.setAlphaF(0.55)
            # Pattern brushes are cosmetic in Qt 6: the hatch stays fine at any zoom.
            hatch = QBrush(hatch_color, Qt.BrushStyle.BDiagPattern)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hatch)
            painter.drawPath(self.path())


def _selected_pen() -> QPen:
    pen = QPen(SELECTION_INK, 2.5)
    pen.setCosmetic(True)
    return pen


class LinkArrowItem(QGraphicsPathItem):
    """An arrow from a trigger point to the zone it refers pain into.

    The shaft is a one-pixel line; the head keeps the same on-screen size at every zoom.
    """

    HEAD = 9.0  # device pixels
    #: Scene-unit margin that holds the head at the smallest zoom (for the bounding rect).
    _MARGIN = HEAD / ZOOM_RANGE[0]

    def __init__(self, zone_id: int) -> None:
        super().__init__()
        self.zone_id = zone_id
        self._tag: QGraphicsSimpleTextItem | None = None
        self._start = QPointF()
        self._end = QPointF()
        self.setZValue(Z_LINK)
        # One device pixel: wider cosmetic lines go through the slow stroker.
        pen = QPen(LINK_INK, 1.0)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setBrush(LINK_INK)

    def show_arrow(self, arrow: MapArrow) -> None:
        """Draw the referral arrow of the map content (its end is the zone's anchor)."""
        end = model_to_scene(arrow.view, *arrow.end)
        if arrow.crosses_views:
            self.connect_remote(arrow.source_number, end)
        else:
            self.connect(model_to_scene(arrow.view, *arrow.start), end)

    @property
    def end(self) -> QPointF:
        """Where the arrow's head is, in scene units."""
        return QPointF(self._end)

    def connect_remote(self, number: int, end: QPointF) -> None:
        """The source is on the other figure: a short arrow into the zone tagged "#n".

        A line across both figures would cut through the drawing; the tag names the source.
        """
        start = QPointF(end.x() - 22, end.y() - 22)
        self.connect(start, end, gap=0.0)
        if self._tag is None:
            self._tag = QGraphicsSimpleTextItem(self)
            self._tag.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            self._tag.setFont(QFont("Sans Serif", 8, QFont.Weight.Bold))
            self._tag.setBrush(LINK_INK)
        self._tag.setText(f"#{number}")
        self._tag.setVisible(True)
        self._tag.setPos(start)
        self.set_tag_lift(0)
        self.setToolTip(
            translate("LinkArrowItem", "Referred from trigger point #{number} (other view)").format(
                number=number
            )
        )

    @property
    def tag_anchor(self) -> QPointF | None:
        """Where the "#n" tag of a cross-view link sits (scene units), or None."""
        if self._tag is None or not self._tag.isVisible():
            return None
        return self._tag.pos()

    def set_tag_lift(self, lines: int) -> None:
        """Raise the tag by whole text lines, so tags of neighbouring zones do not overlap."""
        if self._tag is not None:
            width = self._tag.boundingRect().width()
            self._tag.setTransform(QTransform.fromTranslate(-width - 2, -14 - 12 * lines))

    def connect(self, start: QPointF, end: QPointF, gap: float = 8.0) -> None:
        """Draw the arrow from ``start`` (marker) to ``end`` (inside the zone)."""
        if self._tag is not None:
            self._tag.setVisible(False)
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy)
        path = QPainterPath()
        if length > 1e-6:
            # Start at the marker's rim (about 8 scene units at fit zoom): the number stays clear.
            shift = min(gap, length / 3) / length
            self._start = QPointF(start.x() + dx * shift, start.y() + dy * shift)
            self._end = end
            path.moveTo(self._start)
            path.lineTo(end)
        self.setPath(path)

    def boundingRect(self) -> QRectF:
        """The shaft plus room for the head at any zoom."""
        m = self._MARGIN
        return super().boundingRect().adjusted(-m, -m, m, m)

    def shape(self) -> QPainterPath:
        """Only the shaft is hit-testable."""
        return super().shape()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Draw the shaft, then a head sized in device pixels."""
        path = self.path()
        if path.isEmpty():
            return
        painter.setPen(device_pen(self.pen(), painter))
        painter.drawPath(path)
        scale = painter.worldTransform().m11() or 1.0
        size = self.HEAD / scale
        dx, dy = self._end.x() - self._start.x(), self._end.y() - self._start.y()
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        tip = self._end
        head = QPolygonF(
            [
                tip,
                QPointF(
                    tip.x() - ux * size - uy * size * 0.45, tip.y() - uy * size + ux * size * 0.45
                ),
                QPointF(
                    tip.x() - ux * size + uy * size * 0.45, tip.y() - uy * size - ux * size * 0.45
                ),
            ]
        )
        painter.setBrush(self.brush())
        painter.drawPolygon(head)

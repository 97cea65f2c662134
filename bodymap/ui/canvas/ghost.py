"""The ghost of the previous visit: faint rings and outlines that show what carried over.

Each earlier trigger point is followed to the open visit's points (same rule as the visit
comparison). A point that stayed put gets a dashed halo around its current marker; one that moved
keeps a numbered ring where it was, with a dotted trail to where it is now; one with no partner
keeps a numbered ring alone. Earlier zones are dashed outlines drawn over the current zones, so
an unchanged zone shows a dashed rim and a changed one shows its old edge.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from bodymap.model import TriggerPoint, View, VisitChart
from bodymap.model.views import layout_views
from bodymap.ui.canvas.constants import (
    GHOST_INK,
    MARKER_RADIUS,
    Z_GHOST_POINT,
    Z_GHOST_ZONE,
    model_to_scene,
)
from bodymap.ui.canvas.items import device_pen, zone_path
from bodymap.ui.i18n import translate

#: A partner closer than this (atlas units) to the earlier point is "in the same place".
SAME_PLACE = 1.5
#: The halo sits this many device pixels outside a marker, so it shows around the marker.
HALO_RADIUS = MARKER_RADIUS + 4.5


class GhostState(StrEnum):
    """What became of an earlier trigger point in the open visit."""

    UNCHANGED = "unchanged"
    MOVED = "moved"
    GONE = "gone"


def _ghost_pen(width: float, style: Qt.PenStyle, alpha: float = 0.85) -> QPen:
    ink = QColor(GHOST_INK)
    ink.setAlphaF(alpha)
    pen = QPen(ink, width, style)
    pen.setCosmetic(True)
    return pen


class GhostPointItem(QGraphicsItem):
    """An earlier trigger point: a dashed ring that keeps its on-screen size at every zoom.

    The ring is wider than a marker, so around an unchanged point it reads as a halo; where no
    current marker covers it, the earlier number is printed inside.
    """

    _FONT = QFont("Sans Serif", 8, QFont.Weight.Bold)

    def __init__(self, point: TriggerPoint, muscle_label: str) -> None:
        super().__init__()
        self.point = point
        self.state = GhostState.GONE
        self._label = muscle_label
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPos(model_to_scene(point.view, point.x, point.y))
        self.setZValue(Z_GHOST_POINT)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.set_state(GhostState.GONE)

    def set_state(self, state: GhostState) -> None:
        """Show what became of the point (repaints and updates the tooltip)."""
        self.state = state
        what = {
            GhostState.UNCHANGED: "still here",
            GhostState.MOVED: "moved (dotted trail to where it is now)",
            GhostState.GONE: "not charted at this visit",
        }[state]
        self.setToolTip(
            translate("GhostPointItem", "Previous visit: #{number} {label} — {what}").format(
                number=self.point.number, label=self._label, what=what
            )
        )
        self.update()

    def boundingRect(self) -> QRectF:
        """The ring plus its pen."""
        r = HALO_RADIUS + 2.0
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Dashed ring; the earlier number inside when no current marker sits on it."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(device_pen(_ghost_pen(1.6, Qt.PenStyle.DashLine, alpha=0.95), painter))
        wash = QColor(GHOST_INK)
        wash.setAlphaF(0.0 if self.state is GhostState.UNCHANGED else 0.07)
        painter.setBrush(wash)
        painter.drawEllipse(QPointF(0, 0), HALO_RADIUS, HALO_RADIUS)
        if self.state is not GhostState.UNCHANGED:
            painter.setPen(QColor(GHOST_INK).darker(130))
            painter.setFont(self._FONT)
            r = HALO_RADIUS
            painter.drawText(
                QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(self.point.number)
            )


class _GhostPathItem(QGraphicsPathItem):
    """A ghost line that keeps its on-screen weight on high-DPI screens."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Stroke the path with the pen widened for the device."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(device_pen(self.pen(), painter))
        painter.setBrush(self.brush())
        painter.drawPath(self.path())


class GhostZoneItem(_GhostPathItem):
    """An earlier pain zone as a faint dashed outline, drawn over the current zones."""

    def __init__(self, path: QPainterPath) -> None:
        super().__init__(path)
        self.setZValue(Z_GHOST_ZONE)
        self.setPen(_ghost_pen(1.4, Qt.PenStyle.DashLine))
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class GhostTrailItem(_GhostPathItem):
    """A dotted line from where a point was to where it is now (empty when it did not move)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_GHOST_POINT - 1)  # under the ring's number
        self.setPen(_ghost_pen(1.5, Qt.PenStyle.DotLine))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def join(self, start: QPointF | None, end: QPointF | None) -> None:
        """Draw from ``start`` to ``end``; None clears the trail."""
        path = QPainterPath()
        if start is not None and end is not None:
            path.moveTo(start)
            path.lineTo(end)
        self.setPath(path)


class GhostLayer:
    """Every ghost item of one earlier chart, kept in step with the open visit's points.

    Args:
        scene: where the items live.
        muscle_name: turns a muscle id into the name used in tooltips.
    """

    def __init__(self, scene: QGraphicsScene, muscle_name: Callable[[str], str]) -> None:
        self._scene = scene
        self._muscle_name = muscle_name
        self._zones: list[tuple[View, GhostZoneItem]] = []
        self._points: list[GhostPointItem] = []
        self._trails: list[GhostTrailItem] = []
        self._visible = True
        self._views = set(layout_views())

    @property
    def loaded(self) -> bool:
        """True when an earlier chart with marks is shown as a ghost."""
        return bool(self._zones or self._points)

    def items(self) -> list[QGraphicsItem]:
        """Every ghost item (zones, rings, trails)."""
        return [item for _, item in self._zones] + [*self._points, *self._trails]

    @property
    def point_items(self) -> list[GhostPointItem]:
        """The rings of the earlier trigger points, in the earlier chart's order."""
        return list(self._points)

    def trail_for(self, number: int) -> GhostTrailItem | None:
        """The trail of the earlier point numbered ``number``."""
        for ring, trail in zip(self._points, self._trails, strict=True):
            if ring.point.number == number:
                return trail
        return None

    def set_chart(self, chart: VisitChart | None, current: Iterable[TriggerPoint]) -> None:
        """Show ``chart`` (the previous visit) as the ghost; None removes it."""
        for item in self.items():
            self._scene.removeItem(item)
        self._zones, self._points, self._trails = [], [], []
        if chart is None:
            return
        for zone in chart.zones:
            self._zones.append((zone.view, GhostZoneItem(zone_path(zone.view, zone.polygons))))
        for point in chart.trigger_points:
            self._points.append(GhostPointItem(point, self._muscle_name(point.muscle)))
            self._trails.append(GhostTrailItem())
        for item in self.items():
            self._scene.addItem(item)
        self.follow(current)
        self._refresh_visibility()

    def follow(self, current: Iterable[TriggerPoint]) -> None:
        """Match the earlier points to the open visit's ``current`` points and redraw."""
        if not self._points:
            return
        # Imported here: the comparison module (and its geometry) is not needed to open a window.
        from bodymap.analysis.compare import match_trigger_points

        before = [ring.point for ring in self._points]
        partners = {
            match.before.number: match.after
            for match in match_trigger_points(before, list(current))
            if match.before is not None
        }
        for ring, trail in zip(self._points, self._trails, strict=True):
            old = ring.point
            new = partners.get(old.number)
            if new is None:
                ring.set_state(GhostState.GONE)
                trail.join(None, None)
            elif new.view is old.view and math.dist((old.x, old.y), (new.x, new.y)) < SAME_PLACE:
                ring.set_state(GhostState.UNCHANGED)
                trail.join(None, None)
            else:
                ring.set_state(GhostState.MOVED)
                # A move to the other figure needs no line across the drawing: the ring says it.
                end = model_to_scene(new.view, new.x, new.y) if new.view is old.view else None
                trail.join(ring.pos(), end)

    def set_visible(self, visible: bool, views: set[View]) -> None:
        """Show or hide the ghost; only items of the ``views`` on screen are shown."""
        self._visible = visible
        self._views = set(views)
        self._refresh_visibility()

    def _refresh_visibility(self) -> None:
        for view, zone in self._zones:
            zone.setVisible(self._visible and view in self._views)
        for ring, trail in zip(self._points, self._trails, strict=True):
            shown = self._visible and ring.point.view in self._views
            ring.setVisible(shown)
            trail.setVisible(shown)

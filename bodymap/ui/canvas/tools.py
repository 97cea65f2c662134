"""Canvas tools: select/move, trigger point, brush, lasso, eraser and referral link.

The view turns mouse events into ToolEvents in atlas units; a tool previews the gesture and, on
release, asks the ChartEditor for one undoable edit. Refusals become status-bar messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from bodymap.model import View
from bodymap.ui.canvas import geometry
from bodymap.ui.canvas.constants import (
    ACCENT,
    LINK_INK,
    VIEW_HEIGHT,
    VIEW_ORIGIN,
    VIEW_WIDTH,
    Z_PREVIEW,
    model_to_scene,
)
from bodymap.ui.canvas.editor import ChartEditor, EditRefusedError
from bodymap.ui.canvas.items import TriggerPointItem, ZoneItem
from bodymap.ui.canvas.scene import BodyMapScene


class ToolKind(StrEnum):
    """The canvas tools, in menu order."""

    SELECT = "select"
    TRIGGER_POINT = "trigger_point"
    BRUSH = "brush"
    LASSO = "lasso"
    ERASER = "eraser"
    LINK = "link"


@dataclass(frozen=True, slots=True)
class ToolEvent:
    """A mouse event in atlas units: ``view`` is None off both figures."""

    view: View | None
    x: float
    y: float
    scene_pos: QPointF
    items: list[QGraphicsItem] = field(default_factory=list)

    def marker(self) -> TriggerPointItem | None:
        """The topmost marker under the cursor."""
        return next((i for i in self.items if isinstance(i, TriggerPointItem)), None)

    def zone(self) -> ZoneItem | None:
        """The topmost zone under the cursor."""
        return next((i for i in self.items if isinstance(i, ZoneItem)), None)


@dataclass
class ToolContext:
    """What tools work with: the editor, the scene and where to say things."""

    editor: ChartEditor
    scene: BodyMapScene
    show_message: Callable[[str], None]
    brush_width: Callable[[], float]


def clamp_to_view(view: View, pos: QPointF) -> tuple[float, float]:
    """Atlas coordinates of a scene position, clamped to ``view``'s figure."""
    origin = VIEW_ORIGIN[view]
    x = min(max(pos.x() - origin.x(), 0.0), VIEW_WIDTH)
    y = min(max(pos.y() - origin.y(), 0.0), VIEW_HEIGHT)
    return (x, y)


def selected_zone_id(scene: BodyMapScene) -> int | None:
    """The id of the one selected zone, if exactly one zone is selected."""
    zones = [i for i in scene.selectedItems() if isinstance(i, ZoneItem)]
    return zones[0].zone_id if len(zones) == 1 else None


class Tool:
    """Base tool: ignores everything. Subclasses override the gestures they handle."""

    kind = ToolKind.SELECT
    edits = True  # False for tools allowed on a read-only (signed) visit

    def __init__(self, context: ToolContext) -> None:
        self.ctx = context

    def press(self, event: ToolEvent) -> None:
        """Mouse button pressed."""

    def move(self, event: ToolEvent) -> None:
        """Mouse moved with the button held."""

    def release(self, event: ToolEvent) -> None:
        """Mouse button released: finish the gesture."""

    def cancel(self) -> None:
        """Abandon the gesture in progress (Escape, tool switch)."""

    def _refused(self, exc: Exception) -> None:
        self.ctx.show_message(str(exc))


class SelectTool(Tool):
    """Select marks; drag a marker to move it (one undo step on release)."""

    kind = ToolKind.SELECT
    edits = False

    def __init__(self, context: ToolContext) -> None:
        super().__init__(context)
        self._dragging: TriggerPointItem | None = None
        self._press_pos: QPointF | None = None
        self._moved = False

    def press(self, event: ToolEvent) -> None:
        """Select what is under the cursor and start a possible marker drag."""
        scene = self.ctx.scene
        marker = event.marker()
        target: QGraphicsItem | None = marker or event.zone()
        scene.clearSelection()
        if target is not None:
            target.setSelected(True)
        self._dragging = marker if not self.ctx.editor.model.read_only else None
        self._press_pos = event.scene_pos
        self._moved = False

    def move(self, event: ToolEvent) -> None:
        """Drag the marker (visual only until release)."""
        if self._dragging is None or self._press_pos is None:
            return
        delta = event.scene_pos - self._press_pos
        if not self._moved and abs(delta.x()) + abs(delta.y()) < 2.0:
            return  # a hand tremor on click is not a move
        self._moved = True
        self._dragging.setPos(event.scene_pos)

    def release(self, event: ToolEvent) -> None:
        """Commit the move, or put the marker back when the drop is refused."""
        item, self._dragging = self._dragging, None
        if item is None or not self._moved:
            return
        if event.view is None:
            self.ctx.scene.reset_point(item.point_id)
            self.ctx.show_message("Not moved: drop the marker on the body")
            return
        try:
            self.ctx.editor.move_point(item.point_id, event.view, event.x, event.y)
        except EditRefusedError as exc:
            self.ctx.scene.reset_point(item.point_id)
            self._refused(exc)

    def cancel(self) -> None:
        """Put a dragged marker back."""
        if self._dragging is not None:
            self.ctx.scene.reset_point(self._dragging.point_id)
        self._dragging = None


class TriggerPointTool(SelectTool):
    """Click places a numbered marker; pressing on a marker drags it instead."""

    kind = ToolKind.TRIGGER_POINT
    edits = True

    def press(self, event: ToolEvent) -> None:
        """On a marker: select/drag it; elsewhere wait for the release to place."""
        if event.marker() is not None:
            super().press(event)
        else:
            self._dragging = None
            self._press_pos = event.scene_pos

    def release(self, event: ToolEvent) -> None:
        """Place a marker where the click ended (unless a marker was dragged)."""
        if self._dragging is not None:
            super().release(event)
            return
        if event.view is None:
            self.ctx.show_message("Nothing placed: click on one of the two body figures")
            return
        try:
            point = self.ctx.editor.place_point(event.view, event.x, event.y)
        except EditRefusedError as exc:
            self._refused(exc)
            return
        scene = self.ctx.scene
        scene.clearSelection()
        item = scene.point_item(point.id) if point.id is not None else None
        if item is not None:
            item.setSelected(True)
        editor = self.ctx.editor
        message = f"#{point.number} {editor.atlas.muscle_name(point.muscle)} ({point.side.value})"
        site = editor.nearby_site(point.view, point.x, point.y)
        if point.site is None and site is not None:
            message += f" — near catalogue site “{site.name}”: Edit ▸ Snap to site (S)"
        self.ctx.show_message(message)


class _StrokeTool(Tool):
    """Shared freehand gesture with a live preview, kept within the figure it started on."""

    color = QColor(ACCENT)
    closed = False

    def __init__(self, context: ToolContext) -> None:
        super().__init__(context)
        self._view: View | None = None
        self._points: list[tuple[float, float]] = []
        self._preview: QGraphicsPathItem | None = None

    def press(self, event: ToolEvent) -> None:
        """Start a stroke on the figure under the cursor."""
        self.cancel()
        if event.view is None:
            self.ctx.show_message("Start drawing on one of the two body figures")
            return
        self._view = event.view
        self._points = [(event.x, event.y)]
        self._preview = QGraphicsPathItem()
        self._preview.setZValue(Z_PREVIEW)
        self._preview.setPen(self._preview_pen())
        self.ctx.scene.addItem(self._preview)
        self._update_preview()

    def move(self, event: ToolEvent) -> None:
        """Extend the stroke."""
        if self._view is None:
            return
        x, y = clamp_to_view(self._view, event.scene_pos)
        last = self._points[-1]
        if abs(x - last[0]) + abs(y - last[1]) >= 0.75:  # skip sub-unit jitter
            self._points.append((x, y))
            self._update_preview()

    def release(self, event: ToolEvent) -> None:
        """Finish the stroke and hand it to the editor."""
        if self._view is None:
            return
        view, points = self._view, list(self._points)
        self.cancel()
        try:
            self.finish(view, points)
        except EditRefusedError as exc:
            self._refused(exc)

    def finish(self, view: View, points: list[tuple[float, float]]) -> None:
        """Turn the finished stroke into an edit."""
        raise NotImplementedError

    def cancel(self) -> None:
        """Drop the preview."""
        if self._preview is not None:
            self.ctx.scene.removeItem(self._preview)
        self._preview = None
        self._view = None
        self._points = []

    def _preview_pen(self) -> QPen:
        color = QColor(self.color)
        color.setAlphaF(0.45)
        pen = QPen(color, self.ctx.brush_width())
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _update_preview(self) -> None:
        if self._preview is None or self._view is None:
            return
        first = self._points[0]
        path = QPainterPath(model_to_scene(self._view, *first))
        if len(self._points) == 1:
            path.lineTo(model_to_scene(self._view, first[0] + 0.01, first[1]))
        for x, y in self._points[1:]:
            path.lineTo(model_to_scene(self._view, x, y))
        if self.closed:
            path.closeSubpath()
        self._preview.setPath(path)


class BrushTool(_StrokeTool):
    """Freehand brush: the stroke, buffered to the brush width, becomes (or grows) a zone."""

    kind = ToolKind.BRUSH
    color = QColor("#e65100")

    def finish(self, view: View, points: list[tuple[float, float]]) -> None:
        """Paint the stroke into the selected zone of this view, or into a new zone."""
        scene = self.ctx.scene
        zone = self.ctx.editor.paint_stroke(
            view, points, self.ctx.brush_width(), into_zone=selected_zone_id(scene)
        )
        _select_zone(scene, zone.id)
        self.ctx.show_message("Pain zone drawn: set kind, intensity and quality in the inspector")


class LassoTool(_StrokeTool):
    """Polygon/lasso: the closed outline becomes (or grows) a zone."""

    kind = ToolKind.LASSO
    color = QColor("#e65100")
    closed = True

    def _preview_pen(self) -> QPen:
        pen = QPen(QColor(self.color), 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        return pen

    def finish(self, view: View, points: list[tuple[float, float]]) -> None:
        """Close the outline into a zone."""
        scene = self.ctx.scene
        zone = self.ctx.editor.draw_lasso(view, points, into_zone=selected_zone_id(scene))
        _select_zone(scene, zone.id)
        self.ctx.show_message("Pain zone drawn: set kind, intensity and quality in the inspector")


class EraserTool(_StrokeTool):
    """Eraser: subtracts the stroke from every zone it crosses (one undo step)."""

    kind = ToolKind.ERASER
    color = QColor("#607d8b")

    def finish(self, view: View, points: list[tuple[float, float]]) -> None:
        """Erase along the stroke."""
        changed = self.ctx.editor.erase(view, points, self.ctx.brush_width())
        self.ctx.show_message(
            f"Erased from {changed} zone(s)" if changed else "Nothing to erase there"
        )


class LinkTool(Tool):
    """Drag from a trigger point to a zone: the zone becomes referred pain from that point."""

    kind = ToolKind.LINK

    def __init__(self, context: ToolContext) -> None:
        super().__init__(context)
        self._source: TriggerPointItem | None = None
        self._preview: QGraphicsPathItem | None = None

    def press(self, event: ToolEvent) -> None:
        """Start on a marker."""
        self.cancel()
        self._source = event.marker()
        if self._source is None:
            self.ctx.show_message("Start a referral link on a trigger-point marker")
            return
        self._preview = QGraphicsPathItem()
        pen = QPen(LINK_INK, 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._preview.setPen(pen)
        self._preview.setZValue(Z_PREVIEW)
        self.ctx.scene.addItem(self._preview)

    def move(self, event: ToolEvent) -> None:
        """Rubber-band line to the cursor."""
        if self._source is None or self._preview is None:
            return
        path = QPainterPath(self._source.pos())
        path.lineTo(event.scene_pos)
        self._preview.setPath(path)

    def release(self, event: ToolEvent) -> None:
        """Link when dropped on a zone."""
        source = self._source
        self.cancel()
        if source is None:
            return
        editor = self.ctx.editor
        target = None
        if event.view is not None:
            target = geometry.find_target(
                points=(),
                zones=editor.model.zones.values(),
                view=event.view,
                pos=(event.x, event.y),
                tolerance=0.0,
            )
        if target is None:
            self.ctx.show_message("No link made: drop on a pain zone")
            return
        try:
            editor.link(source.point_id, target.id)
        except EditRefusedError as exc:
            self._refused(exc)
            return
        _select_zone(self.ctx.scene, target.id)
        self.ctx.show_message("Referral link drawn")

    def cancel(self) -> None:
        """Drop the rubber band."""
        if self._preview is not None:
            self.ctx.scene.removeItem(self._preview)
        self._preview = None
        self._source = None


def _select_zone(scene: BodyMapScene, zone_id: int | None) -> None:
    scene.clearSelection()
    item = scene.zone_item(zone_id) if zone_id is not None else None
    if item is not None:
        item.setSelected(True)


TOOL_CLASSES: dict[ToolKind, type[Tool]] = {
    ToolKind.SELECT: SelectTool,
    ToolKind.TRIGGER_POINT: TriggerPointTool,
    ToolKind.BRUSH: BrushTool,
    ToolKind.LASSO: LassoTool,
    ToolKind.ERASER: EraserTool,
    ToolKind.LINK: LinkTool,
}

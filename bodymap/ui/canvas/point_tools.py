"""Point tools: select/move, place a trigger point, and draw a referral link to a zone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from bodymap.ui.canvas import geometry
from bodymap.ui.canvas.constants import LINK_INK, Z_PREVIEW
from bodymap.ui.canvas.editor import EditRefusedError
from bodymap.ui.canvas.items import TriggerPointItem
from bodymap.ui.canvas.tool_base import Tool, ToolContext, ToolEvent, ToolKind, select_zone
from bodymap.ui.i18n import translate


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
            self.ctx.show_message(translate("SelectTool", "Not moved: drop the marker on the body"))
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
            self.ctx.show_message(
                translate(
                    "TriggerPointTool", "Nothing placed: click on one of the two body figures"
                )
            )
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
            self.ctx.show_message(
                translate("LinkTool", "Start a referral link on a trigger-point marker")
            )
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
            self.ctx.show_message(translate("LinkTool", "No link made: drop on a pain zone"))
            return
        try:
            editor.link(source.point_id, target.id)
        except EditRefusedError as exc:
            self._refused(exc)
            return
        select_zone(self.ctx.scene, target.id)
        self.ctx.show_message(translate("LinkTool", "Referral link drawn"))

    def cancel(self) -> None:
        """Drop the rubber band."""
        if self._preview is not None:
            self.ctx.scene.removeItem(self._preview)
        self._preview = None
        self._source = None

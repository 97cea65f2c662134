"""Zone tools: freehand brush, lasso and eraser, sharing one stroke gesture with a live preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from bodymap.model import View
from bodymap.ui.canvas.constants import ACCENT, Z_PREVIEW, model_to_scene
from bodymap.ui.canvas.editor import EditRefusedError
from bodymap.ui.canvas.tool_base import (
    Tool,
    ToolContext,
    ToolEvent,
    ToolKind,
    clamp_to_view,
    select_zone,
    selected_zone_id,
)
from bodymap.ui.i18n import translate


class StrokeTool(Tool):
    """Shared freehand gesture with a live preview, kept within the figure it started on."""

    color = QColor(ACCENT)
    closed = False

    def __init__(self, context: ToolContext) -> None:
        super().__init__(context)
        self._view: View | None = None
        self._points: list[tuple[float, float]] = []
        self._preview: QGraphicsPathItem | None = None
        self._extend = False

    def press(self, event: ToolEvent) -> None:
        """Start a stroke on the figure under the cursor."""
        self.cancel()
        if event.view is None:
            self.ctx.show_message(
                translate("StrokeTool", "Start drawing on one of the two body figures")
            )
            return
        self._view = event.view
        self._extend = event.shift
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
        view, points, extend = self._view, list(self._points), self._extend
        self.cancel()
        self._extend = extend  # read by target_zone() while finishing
        try:
            self.finish(view, points)
        except EditRefusedError as exc:
            self._refused(exc)
        finally:
            self._extend = False

    def finish(self, view: View, points: list[tuple[float, float]]) -> None:
        """Turn the finished stroke into an edit."""
        raise NotImplementedError

    def target_zone(self) -> int | None:
        """The zone a stroke grows: the selected one with Shift held, else None (a new zone)."""
        return selected_zone_id(self.ctx.scene) if self._extend else None

    def cancel(self) -> None:
        """Drop the preview."""
        if self._preview is not None:
            self.ctx.scene.removeItem(self._preview)
        self._preview = None
        self._view = None
        self._points = []
        self._extend = False

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


class BrushTool(StrokeTool):
    """Freehand brush: each stroke, buffered to the brush width, becomes a new zone.

    With Shift held the stroke grows the selected zone instead, as in drawing programs.
    """

    kind = ToolKind.BRUSH
    color = QColor("#e65100")

    def finish(self, view: View, points: list[tuple[float, float]]) -> None:
        """Paint the stroke into a new zone (Shift: into the selected zone of this view)."""
        scene = self.ctx.scene
        zone = self.ctx.editor.paint_stroke(
            view,
            points,
            self.ctx.brush_width(),
            into_zone=self.target_zone(),
            intensity=self.ctx.next_intensity(),
        )
        select_zone(scene, zone.id)
        self.ctx.show_message(
            translate(
                "BrushTool", "Pain zone drawn: set kind, intensity and quality in the inspector"
            )
        )


class LassoTool(StrokeTool):
    """Polygon/lasso: the closed outline becomes a new zone (Shift: grows the selected one)."""

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
        zone = self.ctx.editor.draw_lasso(
            view, points, into_zone=self.target_zone(), intensity=self.ctx.next_intensity()
        )
        select_zone(scene, zone.id)
        self.ctx.show_message(
            translate(
                "LassoTool", "Pain zone drawn: set kind, intensity and quality in the inspector"
            )
        )


class EraserTool(StrokeTool):
    """Eraser: subtracts the stroke from every zone it crosses (one undo step)."""

    kind = ToolKind.ERASER
    color = QColor("#607d8b")

    def finish(self, view: View, points: list[tuple[float, float]]) -> None:
        """Erase along the stroke."""
        changed = self.ctx.editor.erase(view, points, self.ctx.brush_width())
        self.ctx.show_message(
            translate("EraserTool", "Erased from {changed} zone(s)").format(changed=changed)
            if changed
            else translate("EraserTool", "Nothing to erase there")
        )

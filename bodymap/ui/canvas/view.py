"""BodyMapView: zoom, pan, fit, hover reporting, and mouse gestures handed to the current tool."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from bodymap.model import View
from bodymap.ui.canvas.constants import ZOOM_RANGE, ZOOM_STEP, model_to_scene, scene_to_model
from bodymap.ui.canvas.scene import BodyMapScene
from bodymap.ui.canvas.tools import Tool, ToolEvent
from bodymap.ui.i18n import translate


class BodyMapView(QGraphicsView):
    """The map widget. Wheel/keys zoom, middle button or space-drag pans.

    Signals:
        hovered: (view, x, y) in atlas units under the idle cursor, or None off the body.
        zoom_changed: the new scale factor.
    """

    hovered = Signal(object)
    zoom_changed = Signal(float)

    def __init__(self, scene: BodyMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.body_scene = scene
        self._tool: Tool | None = None
        self._tool_active = False
        self._pan_from: QPoint | None = None
        self._space_held = False
        self._auto_fit = True
        self._read_only = False
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("BodyMapView", "Body map"))

    # -- tools ---------------------------------------------------------------------------------
    @property
    def tool(self) -> Tool | None:
        """The current tool."""
        return self._tool

    def set_tool(self, tool: Tool) -> None:
        """Make ``tool`` current, abandoning any gesture of the previous one."""
        if self._tool is not None:
            self._tool.cancel()
        self._tool = tool
        self._tool_active = False
        self._update_cursor()

    def set_read_only(self, read_only: bool) -> None:
        """On a signed visit only selecting works."""
        self._read_only = read_only
        if self._tool is not None:
            self._tool.cancel()
        self._update_cursor()

    def _tool_allowed(self) -> bool:
        return self._tool is not None and not (self._read_only and self._tool.edits)

    def _update_cursor(self) -> None:
        if self._space_held or self._pan_from is not None:
            shape = (
                Qt.CursorShape.ClosedHandCursor if self._pan_from else Qt.CursorShape.OpenHandCursor
            )
        elif not self._tool_allowed() or self._tool is None or not self._tool.edits:
            shape = Qt.CursorShape.ArrowCursor
        else:
            shape = Qt.CursorShape.CrossCursor
        self.viewport().setCursor(shape)

    def _tool_event(self, pos: QPointF, shift: bool = False) -> ToolEvent:
        scene_pos = self.mapToScene(pos.toPoint())
        located = scene_to_model(scene_pos)
        view: View | None = None
        x = y = 0.0
        if located is not None and located[0] in self.body_scene.visible_views:
            view, x, y = located
        return ToolEvent(view, x, y, scene_pos, self.items(pos.toPoint()), shift=shift)

    # -- zoom and pan --------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """The current scale factor (1.0 = one atlas unit per pixel)."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom by ``factor`` within the allowed range."""
        low, high = ZOOM_RANGE
        target = min(max(self.zoom * factor, low), high)
        if abs(target - self.zoom) < 1e-9:
            return
        self._auto_fit = False
        applied = target / self.zoom
        self.scale(applied, applied)
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        """One zoom step in."""
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """One zoom step out."""
        self.zoom_by(1 / ZOOM_STEP)

    def fit_to_window(self) -> None:
        """Fit the visible figures into the window (and keep fitting on resize)."""
        self._auto_fit = True
        self._fit()

    def _fit(self) -> None:
        rect = QRectF()
        for view in self.body_scene.visible_views:
            rect = rect.united(self.body_scene.view_area(view))
        if rect.isEmpty():
            return
        # Only the shown figures can be scrolled to, so a single figure is centred.
        self.setSceneRect(rect.adjusted(-20, 0, 20, 0))
        self.fitInView(rect.adjusted(-8, -8, 8, 8), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom)

    def zoom_to(self, view: View, x: float, y: float, scale: float) -> None:
        """Centre on (view, x, y) at ``scale`` (used for close-up screenshots)."""
        self._auto_fit = False
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(model_to_scene(view, x, y))
        self.zoom_changed.emit(self.zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the figures fitted until the user zooms."""
        super().resizeEvent(event)
        if self._auto_fit:
            self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom around the cursor."""
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space held = pan mode; Escape abandons the gesture in progress."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self._update_cursor()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            # Like drawing programs: Escape cancels the gesture in progress, else deselects.
            if self._tool is not None and self._tool_active:
                self._tool.cancel()
                self._tool_active = False
            else:
                self.body_scene.clearSelection()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        """Leave pan mode when space is released."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self._update_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _pan(self, pos: QPoint) -> None:
        assert self._pan_from is not None
        delta = pos - self._pan_from
        self._pan_from = pos
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())

    # -- mouse ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a pan or the current tool's gesture."""
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._pan_from = event.position().toPoint()
            self._update_cursor()
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton and self._tool_allowed():
            assert self._tool is not None
            self._tool_active = True
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._tool.press(self._tool_event(event.position(), shift))
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton and self._tool is not None:
            # A signed visit: selecting to inspect still works.
            item_event = self._tool_event(event.position())
            self.body_scene.clearSelection()
            target = item_event.marker() or item_event.zone()
            if target is not None:
                target.setSelected(True)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Pan, extend the gesture, or report what lies under the idle cursor."""
        if self._pan_from is not None:
            self._pan(event.position().toPoint())
            event.accept()
            return
        tool_event = self._tool_event(event.position())
        if self._tool_active and self._tool is not None:
            self._tool.move(tool_event)
        elif tool_event.view is not None:
            self.hovered.emit((tool_event.view, tool_event.x, tool_event.y))
        else:
            self.hovered.emit(None)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish the pan or the gesture."""
        if self._pan_from is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_from = None
            self._update_cursor()
            event.accept()
            return
        if (
            self._tool_active
            and self._tool is not None
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self._tool_active = False
            self._tool.release(self._tool_event(event.position()))
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        """Clear the hover read-out."""
        self.hovered.emit(None)

"""Keyboard charting on the map: a focused mark with a visible frame, moved between and nudged.

Keys while the map has focus:
  Tab / Shift+Tab, Page Down / Page Up: next / previous mark (Tab past the last one leaves
  the map); arrows: nudge the focused marker one unit (Shift: ten), or on a zone or with no
  mark focused, go to the next / previous mark; Enter: open the inspector on it; Delete: the
  window's Delete action removes it (undoable); Esc: the tool's own cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from bodymap.model import PainZone, TriggerPoint
from bodymap.ui.canvas.constants import MARKER_RADIUS
from bodymap.ui.canvas.editor import EditRefusedError
from bodymap.ui.canvas.items import TriggerPointItem, ZoneItem
from bodymap.ui.canvas.keyboard_edits import NUDGE_STEP, nudge_point
from bodymap.ui.i18n import term, translate

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.ui.canvas.page import ChartPage

#: A mark as the keyboard addresses it: ("point" | "zone", id).
MarkKey = tuple[str, int]
_FRAME_INK = QColor("#0b57d0")
_Z_FRAME = 1000.0
_ARROWS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}


def point_name(point: TriggerPoint, atlas: Atlas) -> str:
    """What a screen reader says for a trigger point."""
    parts = [
        translate("MarkNames", "Trigger point {number}").format(number=point.number),
        atlas.muscle_name(point.muscle).lower(),
        term(point.side.value),
        term(point.activity.value),
    ]
    if point.tenderness is not None:
        parts.append(translate("MarkNames", "tenderness {value}").format(value=point.tenderness))
    return ", ".join(parts)


def zone_name(zone: PainZone, number: int) -> str:
    """What a screen reader says for a pain zone (``number`` counts zones on the chart)."""
    kind = term(zone.kind.value.replace("_", " "))
    return translate(
        "MarkNames", "Pain zone {number}, {kind}, {view}, intensity {intensity}"
    ).format(number=number, kind=kind, view=term(zone.view.value), intensity=zone.intensity)


class FocusFrame(QGraphicsRectItem):
    """A dashed frame around the keyboard-focused mark, drawn above everything."""

    def __init__(self) -> None:
        super().__init__()
        pen = QPen(_FRAME_INK, 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setZValue(_Z_FRAME)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def frame(self, item: QGraphicsItem | None) -> None:
        """Surround ``item`` (None hides the frame)."""
        if item is None:
            self.hide()
            return
        if isinstance(item, TriggerPointItem):
            # Markers keep their on-screen size, so the frame does as well.
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
            r = MARKER_RADIUS + 7.0
            self.setRect(QRectF(-r, -r, 2 * r, 2 * r))
            self.setPos(item.pos())
        else:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
            self.setPos(0, 0)
            self.setRect(item.sceneBoundingRect().adjusted(-4, -4, 4, 4))
        self.show()


class MarkKeyboard(QObject):
    """Moves the keyboard focus between the chart's marks and edits the focused one.

    The focused mark is the scene's single selected mark, so the inspector and the Delete and
    Snap actions act on it like on a clicked mark.

    Signals:
        focused: the focused mark changed (its key, or None).
    """

    focused = Signal(object)

    def __init__(self, page: ChartPage, open_inspector: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._open_inspector = open_inspector
        self.frame = FocusFrame()
        page.scene.addItem(self.frame)
        page.view.installEventFilter(self)
        page.scene.selectionChanged.connect(self._on_selection)
        model = page.model
        for signal in (model.point_moved, model.point_changed, model.zone_changed):
            signal.connect(lambda _id: self._on_selection())
        model.chart_reset.connect(self._on_selection)

    # -- the order of marks --------------------------------------------------------------------
    def marks(self) -> list[MarkKey]:
        """Marks in keyboard order: trigger points by number, then zones as drawn."""
        model = self._page.model
        views = self._page.scene.visible_views
        points = sorted(
            (p for p in model.points.values() if p.view in views), key=lambda p: p.number
        )
        zones = sorted(
            (z for z in model.zones.values() if z.view in views), key=lambda z: z.id or 0
        )
        return [("point", p.id) for p in points if p.id is not None] + [
            ("zone", z.id) for z in zones if z.id is not None
        ]

    def current(self) -> MarkKey | None:
        """The focused mark: the single selected one."""
        items = self._page.scene.selectedItems()
        if len(items) != 1:
            return None
        item = items[0]
        if isinstance(item, TriggerPointItem):
            return ("point", item.point_id)
        if isinstance(item, ZoneItem):
            return ("zone", item.zone_id)
        return None

    def focus_mark(self, key: MarkKey | None) -> None:
        """Select (and so focus) one mark and keep it in sight; None clears the focus."""
        scene = self._page.scene
        scene.clearSelection()
        if key is None:
            return
        kind, mark_id = key
        item = scene.point_item(mark_id) if kind == "point" else scene.zone_item(mark_id)
        if item is None:
            return
        item.setSelected(True)
        self._page.view.ensureVisible(item.sceneBoundingRect(), 40, 40)

    def step(self, forward: bool) -> bool:
        """Focus the next (or previous) mark; False when there is none past the current one."""
        order = self.marks()
        if not order:
            return False
        current = self.current()
        if current not in order:
            index = 0 if forward else len(order) - 1
        else:
            index = order.index(current) + (1 if forward else -1)
        if not 0 <= index < len(order):
            self.focus_mark(None)
            return False
        self.focus_mark(order[index])
        return True

    # -- keys ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Handle the charting keys before the view's own key handling."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & ~(
            Qt.KeyboardModifier.ShiftModifier
        ):
            # Past the last mark Tab goes on to the next control: the map is no trap.
            return self.step(key == Qt.Key.Key_Tab and not shift)
        if mods & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.step(key == Qt.Key.Key_PageDown)
            return True
        if key in _ARROWS:
            current = self.current()
            if current is not None and current[0] == "point":
                self._nudge(current[1], *_ARROWS[key], 10.0 if shift else 1.0)
            else:
                self.step(key in (Qt.Key.Key_Right, Qt.Key.Key_Down))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current() is not None:
            self._open_inspector()
            return True
        return False

    def _nudge(self, point_id: int, dx: float, dy: float, factor: float) -> None:
        step = NUDGE_STEP * factor
        try:
            nudge_point(self._page.editor, point_id, dx * step, dy * step)
        except EditRefusedError as exc:
            self._page.message.emit(str(exc))

    def _on_selection(self) -> None:
        if not shiboken6.isValid(self._page.scene) or not shiboken6.isValid(self.frame):
            return
        current = self.current()
        scene = self._page.scene
        item: QGraphicsItem | None = None
        if current is not None:
            kind, mark_id = current
            item = scene.point_item(mark_id) if kind == "point" else scene.zone_item(mark_id)
        self.frame.frame(item)
        self.focused.emit(current)

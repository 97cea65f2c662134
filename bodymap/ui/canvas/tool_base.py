"""What every canvas tool shares: the tool kinds, the mouse event, the context and the base class.

The view turns mouse events into ToolEvents in atlas units; a tool previews the gesture and, on
release, asks the ChartEditor for one undoable edit. Refusals become status-bar messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from bodymap.model import View
from bodymap.ui.canvas.constants import view_rect
from bodymap.ui.canvas.editor import ChartEditor, EditNotSavedError
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
    #: Shift held at the press: a zone stroke extends the selected zone instead of a new one.
    shift: bool = False

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
    #: Pain intensity (0-10) given to the next new zone; digit keys set it.
    next_intensity: Callable[[], int] = lambda: 5


def clamp_to_view(view: View, pos: QPointF) -> tuple[float, float]:
    """Atlas coordinates of a scene position, clamped to ``view``'s figure."""
    box = view_rect(view)
    x = min(max(pos.x() - box.x(), 0.0), box.width())
    y = min(max(pos.y() - box.y(), 0.0), box.height())
    return (x, y)


def selected_zone_id(scene: BodyMapScene) -> int | None:
    """The id of the one selected zone, if exactly one zone is selected."""
    zones = [i for i in scene.selectedItems() if isinstance(i, ZoneItem)]
    return zones[0].zone_id if len(zones) == 1 else None


def select_zone(scene: BodyMapScene, zone_id: int | None) -> None:
    """Make the zone ``zone_id`` the only selected item (nothing when it is not shown)."""
    scene.clearSelection()
    item = scene.zone_item(zone_id) if zone_id is not None else None
    if item is not None:
        item.setSelected(True)


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
        if not isinstance(exc, EditNotSavedError):  # else its reason is already shown
            self.ctx.show_message(str(exc))

"""Chart edits made from the keyboard: place by catalogue site or muscle, zone by region, nudge.

They go through the same repository-first undo commands as the mouse gestures, on the chart
page's undo stack.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand
from shapely.geometry import Polygon

from bodymap.model import PainZone, Side, TriggerPoint, View
from bodymap.ui.canvas.commands import AddPointCommand, AddZoneCommand, EditPointCommand
from bodymap.ui.canvas.editor import ChartEditor, EditNotSavedError, EditRefusedError
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.anatomy.types import TriggerSite
    from bodymap.storage import ChartRepository
    from bodymap.ui.canvas.chart_model import ChartModel

#: Atlas units an arrow key moves a marker (Shift: ten times as far).
NUDGE_STEP = 1.0
_NUDGE_ID = 1801


class NudgePointCommand(EditPointCommand):
    """An arrow-key move; consecutive nudges of one marker merge into one undo step."""

    def __init__(
        self, repo: ChartRepository, model: ChartModel, old: TriggerPoint, new: TriggerPoint
    ) -> None:
        super().__init__(repo, model, old, new, f"Nudge trigger point #{old.number}")

    def id(self) -> int:
        """Commands with the same id may merge."""
        return _NUDGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take over a following nudge of the same marker (the stack has already redone it)."""
        if not isinstance(other, NudgePointCommand) or other._old.id != self._old.id:
            return False
        if other.isObsolete():
            return False
        self._new = other._new
        self._target = other._new
        return True


def place_at_site(editor: ChartEditor, site: TriggerSite) -> TriggerPoint:
    """Place a trigger point on a catalogue site (its view, position, muscle and side)."""
    visit_id = editor._check_editable()
    point = TriggerPoint(
        visit_id=visit_id,
        view=site.view,
        x=site.x,
        y=site.y,
        muscle=site.muscle,
        side=site.side,
        site=site.id,
    )
    return _push_point(editor, point)


def place_on_muscle(editor: ChartEditor, muscle: str, side: Side, view: View) -> TriggerPoint:
    """Place a trigger point at the centre of a muscle's drawn region on ``side`` in ``view``.

    The atlas decides the side: the point lands where the atlas draws that side of the muscle,
    so a hit-test there gives the same muscle and side back.

    Raises:
        EditRefusedError: when the atlas does not draw that muscle on that side in that view.
    """
    visit_id = editor._check_editable()
    regions = [
        r for r in editor.atlas.regions_for_muscle(muscle) if r.side is side and r.view is view
    ]
    if not regions:
        name = editor.atlas.muscle_name(muscle)
        raise EditRefusedError(
            translate(
                "KeyboardEdits",
                "Nothing placed: {name} ({value}) is not drawn in the {value2} view",
            ).format(name=name, value=side.value, value2=view.value)
        )
    largest = max(regions, key=lambda r: r.polygon.area)
    shape = Polygon(largest.polygon.exterior, largest.polygon.holes)
    spot = shape.representative_point() if not shape.contains(shape.centroid) else shape.centroid
    point = TriggerPoint(
        visit_id=visit_id,
        view=view,
        x=round(spot.x, 2),
        y=round(spot.y, 2),
        muscle=muscle,
        side=side,
    )
    return _push_point(editor, point)


def _push_point(editor: ChartEditor, point: TriggerPoint) -> TriggerPoint:
    command = AddPointCommand(editor.repo, editor.model, point)
    editor.undo_stack.push(command)
    if command.stored is None:
        raise EditNotSavedError(translate("KeyboardEdits", "the trigger point was not saved"))
    return command.stored


def add_region_zone(editor: ChartEditor, region_id: int) -> PainZone:
    """Add a patient-reported pain zone covering one CHOIR body region."""
    visit_id = editor._check_editable()
    region = editor.atlas.surface_regions[region_id]
    zone = PainZone(visit_id=visit_id, view=region.view, polygons=(region.polygon,))
    command = AddZoneCommand(editor.repo, editor.model, zone)
    command.setText(translate("KeyboardEdits", "Add pain zone: {name}").format(name=region.name))
    editor.undo_stack.push(command)
    if command.stored is None:
        raise EditNotSavedError(translate("KeyboardEdits", "the zone was not saved"))
    return command.stored


def nudge_point(editor: ChartEditor, point_id: int, dx: float, dy: float) -> None:
    """Move a marker by (dx, dy) atlas units; it must stay on a charted muscle.

    The muscle follows the atlas as with a drag; a run of nudges is one undo step.
    """
    editor._check_editable()
    old = editor.model.point(point_id)
    x, y = round(old.x + dx, 2), round(old.y + dy, 2)
    hit = editor.atlas.hit(old.view, x, y)
    if not hit.inside_body or hit.top is None:
        raise EditRefusedError(
            translate("KeyboardEdits", "Not moved: a trigger point must lie on a charted muscle")
        )
    under = {(m.muscle, m.side) for m in hit.muscles}
    if (old.muscle, old.side) in under:
        muscle, side = old.muscle, old.side
    else:
        muscle, side = hit.top.muscle, hit.top.side
    new = replace(old, x=x, y=y, muscle=muscle, side=side, site=None)
    editor.undo_stack.push(NudgePointCommand(editor.repo, editor.model, old, new))

"""ChartEditor: turns gestures into checked undo commands (hit-test, clipping, links, snaps)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from bodymap.anatomy import body_parts
from bodymap.anatomy.types import TriggerSite
from bodymap.model import PainZone, TriggerPoint, View, ZoneKind, ZonePolygon
from bodymap.model.map_shapes import zone_shape
from bodymap.ui.canvas import geometry
from bodymap.ui.canvas.chart_model import ChartModel
from bodymap.ui.canvas.commands import (
    AddPointCommand,
    AddZoneCommand,
    DeletePointCommand,
    DeleteZoneCommand,
    EditPointCommand,
    EditZoneCommand,
)
from bodymap.ui.canvas.constants import SITE_EXACT_DISTANCE, SITE_SNAP_DISTANCE
from bodymap.ui.i18n import translate

#: Pain intensity of a new zone until a digit key chooses another.
DEFAULT_INTENSITY = 5

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from bodymap.anatomy.atlas import Atlas
    from bodymap.storage import ChartRepository


class EditRefusedError(Exception):
    """A gesture that cannot become a mark; the message says why, for the status bar."""


class EditNotSavedError(EditRefusedError):
    """The edit's command failed and has already reported why (once, with the real reason).

    Callers stop here and show nothing more, so the reason is not replaced by a vaguer one.
    """


class ChartEditor:
    """The one place where gestures become undo commands on the open chart.

    Args:
        repo: the repository every edit is committed to.
        atlas: the atlas used for hit-testing, silhouettes and catalogue sites.
        model: the open chart.
        undo_stack: the stack that receives one command (or one macro) per gesture.
    """

    def __init__(
        self, repo: ChartRepository, atlas: Atlas, model: ChartModel, undo_stack: QUndoStack
    ) -> None:
        self.repo = repo
        self.atlas = atlas
        self.model = model
        self.undo_stack = undo_stack
        self._silhouettes: dict[View, BaseGeometry] = {}
        self._part_clips: dict[tuple[View, body_parts.BodyPart], BaseGeometry] = {}

    # -- helpers -------------------------------------------------------------------------------
    def silhouette(self, view: View) -> BaseGeometry:
        """Return the view's body outline as a prepared shapely geometry (built once)."""
        if view not in self._silhouettes:
            info = self.atlas.views[view]
            self._silhouettes[view] = geometry.silhouette_geometry(info.silhouette)
        return self._silhouettes[view]

    def _check_editable(self) -> int:
        visit_id = self.model.visit_id
        if visit_id is None:
            raise EditRefusedError(
                translate(
                    "ChartEditor", "Open a visit first: choose a patient and a visit on the left"
                )
            )
        if self.model.read_only:
            raise EditRefusedError(
                translate(
                    "ChartEditor", "This visit is signed and read-only; add an addendum instead"
                )
            )
        return visit_id

    def nearby_site(self, view: View, x: float, y: float) -> TriggerSite | None:
        """Return the catalogue site near enough to offer snapping, if any."""
        return self.atlas.nearest_site(view, x, y, SITE_SNAP_DISTANCE)

    # -- trigger points ------------------------------------------------------------------------
    def place_point(self, view: View, x: float, y: float) -> TriggerPoint:
        """Place a numbered trigger point at (view, x, y): muscle and side from the atlas.

        A click on a catalogue site takes that site; otherwise the superficial muscle is used.

        Raises:
            EditRefusedError: outside the body, on no charted muscle, or on a read-only visit.
        """
        visit_id = self._check_editable()
        hit = self.atlas.hit(view, x, y)
        if not hit.inside_body:
            raise EditRefusedError(
                translate(
                    "ChartEditor", "Nothing placed: ({x:.0f}, {y:.0f}) is outside the body outline"
                ).format(x=x, y=y)
            )
        site = self.atlas.nearest_site(view, x, y, SITE_EXACT_DISTANCE)
        if site is not None:
            muscle, side, site_id, x, y = site.muscle, site.side, site.id, site.x, site.y
        elif hit.top is not None:
            muscle, side, site_id = hit.top.muscle, hit.top.side, None
        else:
            raise EditRefusedError(
                translate("ChartEditor", "Nothing placed: no charted muscle lies under this spot")
            )
        point = TriggerPoint(
            visit_id=visit_id, view=view, x=x, y=y, muscle=muscle, side=side, site=site_id
        )
        command = AddPointCommand(self.repo, self.model, point)
        self.undo_stack.push(command)
        if command.stored is None:
            raise EditNotSavedError(translate("ChartEditor", "the trigger point was not saved"))
        return command.stored

    def move_point(self, point_id: int, view: View, x: float, y: float) -> None:
        """Move a marker; its muscle follows unless the chosen muscle still lies under it.

        Raises:
            EditRefusedError: when the new position is outside the body or nothing is charted.
        """
        self._check_editable()
        old = self.model.point(point_id)
        if (old.view, old.x, old.y) == (view, x, y):
            return
        hit = self.atlas.hit(view, x, y)
        if not hit.inside_body or hit.top is None:
            raise EditRefusedError(
                translate("ChartEditor", "Not moved: a trigger point must lie on a charted muscle")
            )
        under = {(m.muscle, m.side) for m in hit.muscles}
        if old.view is view and (old.muscle, old.side) in under:
            muscle, side = old.muscle, old.side
        else:
            muscle, side = hit.top.muscle, hit.top.side
        new = replace(
            old, view=view, x=round(x, 2), y=round(y, 2), muscle=muscle, side=side, site=None
        )
        self.undo_stack.push(
            EditPointCommand(
                self.repo,
                self.model,
                old,
                new,
                translate("ChartEditor", "Move trigger point #{number}").format(number=old.number),
            )
        )

    def snap_point(self, point_id: int, site: TriggerSite) -> None:
        """Move a marker onto a catalogue site, taking the site's muscle and side."""
        self._check_editable()
        old = self.model.point(point_id)
        new = replace(
            old,
            view=site.view,
            x=site.x,
            y=site.y,
            muscle=site.muscle,
            side=site.side,
            site=site.id,
        )
        self.undo_stack.push(
            EditPointCommand(
                self.repo,
                self.model,
                old,
                new,
                translate("ChartEditor", "Snap #{number} to {name}").format(
                    number=old.number, name=site.name
                ),
            )
        )

    def update_point(self, new: TriggerPoint, text: str) -> None:
        """Replace a trigger point's attributes (inspector edits)."""
        self._check_editable()
        assert new.id is not None
        old = self.model.point(new.id)
        if old != new:
            self.undo_stack.push(EditPointCommand(self.repo, self.model, old, new, text))

    def delete_marks(self, point_ids: Iterable[int], zone_ids: Iterable[int]) -> None:
        """Delete the given marks as one undo step."""
        self._check_editable()
        points = [self.model.point(i) for i in point_ids]
        zones = [self.model.zone(i) for i in zone_ids]
        if not points and not zones:
            return
        self.undo_stack.beginMacro(
            translate("ChartEditor", "Delete {value} mark(s)").format(
                value=len(points) + len(zones)
            )
        )
        for zone in zones:
            self.undo_stack.push(DeleteZoneCommand(self.repo, self.model, zone))
        for point in points:
            self.undo_stack.push(DeletePointCommand(self.repo, self.model, point))
        self.undo_stack.endMacro()

    # -- zones ---------------------------------------------------------------------------------
    def paint_stroke(
        self,
        view: View,
        stroke: Sequence[tuple[float, float]],
        width: float,
        into_zone: int | None = None,
        intensity: int = DEFAULT_INTENSITY,
    ) -> PainZone:
        """Turn a brush stroke into a zone (or grow ``into_zone`` when it is in the same view)."""
        self._check_editable()
        try:
            polygons = geometry.stroke_polygons(stroke, width, self.silhouette(view))
        except geometry.DegenerateZoneError as exc:
            raise EditRefusedError(str(exc).capitalize()) from None
        return self._add_or_grow(view, polygons, into_zone, "Brush", intensity)

    def draw_lasso(
        self,
        view: View,
        outline: Sequence[tuple[float, float]],
        into_zone: int | None = None,
        intensity: int = DEFAULT_INTENSITY,
    ) -> PainZone:
        """Turn a closed outline into a zone (or grow ``into_zone``).

        The outline is kept within the body part it starts on (see anatomy.body_parts): an
        outline around the thigh never takes in the hand hanging beside it.
        """
        self._check_editable()
        try:
            polygons = geometry.lasso_polygons(outline, self._outline_clip(view, outline))
        except geometry.DegenerateZoneError as exc:
            raise EditRefusedError(str(exc).capitalize()) from None
        return self._add_or_grow(view, polygons, into_zone, "Outline", intensity)

    def _outline_clip(self, view: View, outline: Sequence[tuple[float, float]]) -> BaseGeometry:
        """The silhouette minus the body parts the outline may not take in."""
        silhouette = self.silhouette(view)
        # The part under the first point of the outline that lies on the body.
        parts = (body_parts.part_at(self.atlas, view, x, y) for x, y in outline)
        start = next((part for part in parts if part is not None), None)
        if start is None:
            return silhouette
        if (view, start) not in self._part_clips:
            excluded = body_parts.excluded_region_ids(self.atlas, view, start)
            regions = [self.atlas.surface_regions[i].polygon for i in excluded]
            clip = silhouette.difference(zone_shape(regions)) if regions else silhouette
            self._part_clips[(view, start)] = clip
        return self._part_clips[(view, start)]

    def _add_or_grow(
        self,
        view: View,
        polygons: tuple[ZonePolygon, ...],
        into: int | None,
        verb: str,
        intensity: int = DEFAULT_INTENSITY,
    ) -> PainZone:
        target = self.model.zones.get(into) if into is not None else None
        if target is not None and target.view is view:
            grown = replace(target, polygons=geometry.union_polygons(target.polygons, polygons))
            self.undo_stack.push(
                EditZoneCommand(
                    self.repo,
                    self.model,
                    target,
                    grown,
                    translate("ChartEditor", "{verb}: extend zone").format(verb=verb),
                )
            )
            return self.model.zone(grown.id) if grown.id is not None else grown
        visit_id = self.model.visit_id
        zone = PainZone(visit_id=visit_id, view=view, polygons=polygons, intensity=intensity)
        command = AddZoneCommand(self.repo, self.model, zone)
        command.setText(translate("ChartEditor", "{verb}: draw pain zone").format(verb=verb))
        self.undo_stack.push(command)
        if command.stored is None:
            raise EditNotSavedError(translate("ChartEditor", "the zone was not saved"))
        return command.stored

    def erase(self, view: View, stroke: Sequence[tuple[float, float]], width: float) -> int:
        """Subtract an eraser stroke from every zone of ``view`` it touches; one undo step.

        Returns:
            The number of zones changed or removed.
        """
        self._check_editable()
        if not stroke:
            return 0
        shape = geometry.stroke_shape(stroke, width)
        touched = [
            z
            for z in self.model.zones.values()
            if z.view is view and zone_shape(z.polygons).intersects(shape)
        ]
        if not touched:
            return 0
        self.undo_stack.beginMacro(translate("ChartEditor", "Erase"))
        for zone in touched:
            remaining = geometry.subtract_polygons(zone.polygons, shape)
            if remaining:
                new = replace(zone, polygons=remaining)
                self.undo_stack.push(
                    EditZoneCommand(
                        self.repo, self.model, zone, new, translate("ChartEditor", "Erase")
                    )
                )
            else:
                self.undo_stack.push(
                    DeleteZoneCommand(
                        self.repo, self.model, zone, translate("ChartEditor", "Erase")
                    )
                )
        self.undo_stack.endMacro()
        return len(touched)

    def update_zone(self, new: PainZone, text: str) -> None:
        """Replace a zone's attributes (inspector edits)."""
        self._check_editable()
        assert new.id is not None
        old = self.model.zone(new.id)
        if old != new:
            self.undo_stack.push(EditZoneCommand(self.repo, self.model, old, new, text))

    def link(self, point_id: int | None, zone_id: int) -> None:
        """Link a zone to the trigger point that refers pain into it (None unlinks)."""
        self._check_editable()
        old = self.model.zone(zone_id)
        if point_id is None:
            new = replace(old, source_point_id=None)
            text = "Unlink zone"
        else:
            point = self.model.point(point_id)
            new = replace(old, source_point_id=point_id, kind=ZoneKind.REFERRED)
            text = f"Link #{point.number} {self.atlas.muscle_name(point.muscle)} to zone"
        self.update_zone(new, text)

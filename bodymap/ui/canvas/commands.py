"""Undo commands: every chart edit goes through the repository (committed at once), then the model.

Each command takes its old and new values when built and uses one helper for redo and undo.
A command whose repository call fails marks itself obsolete, so QUndoStack drops it, and the
model announces the reason; the chart never shows what was not committed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtGui import QUndoCommand

from bodymap.errors import BodyMapError
from bodymap.model import PainZone, TriggerPoint, ValidationError
from bodymap.storage.errors import EditConflictError
from bodymap.ui.canvas.chart_model import ChartModel
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository

MarkT = TypeVar("MarkT", TriggerPoint, PainZone)


class _ChartCommand(QUndoCommand):
    """Shared plumbing: run a repository step, turning a refusal into an obsolete command."""

    def __init__(self, repo: ChartRepository, model: ChartModel, text: str) -> None:
        super().__init__(text)
        self._repo = repo
        self._model = model

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except EditConflictError as conflict:
            # Another workstation changed these fields: show what is stored, and ask.
            self.setObsolete(True)
            self._model.report_conflict(conflict, self._keep_mine(conflict))
        except (BodyMapError, ValidationError) as exc:
            self.setObsolete(True)
            self._model.report_failure(
                translate("_ChartCommand", "{text} failed: {exc}").format(text=self.text(), exc=exc)
            )

    def _keep_mine(self, _conflict: EditConflictError[Any]) -> Callable[[], None]:
        """What "Keep mine" does for this command (only edit commands can conflict)."""
        return lambda: None


def own_changes(old: MarkT, new: MarkT) -> dict[str, Any]:
    """The fields an edit changes (compared field by field; the row version is not one)."""
    return {
        f.name: getattr(new, f.name)
        for f in fields(new)
        if f.name != "row_version" and getattr(old, f.name) != getattr(new, f.name)
    }


@dataclass(frozen=True, slots=True)
class CanvasMarkKind:
    """A mark drawn on the canvas: its repository calls and how the chart model shows it.

    The repository calls are looked up on the repository each time (they are its named forms
    of ``add_mark`` and friends), so a test may stand in for one of them.
    """

    add: Callable[[ChartRepository, Any], Any]
    update: Callable[[ChartRepository, Any, Any], Any]  # (repo, mark, base)
    delete: Callable[[ChartRepository, int], None]
    restore: Callable[[ChartRepository, int], Any]
    shown: Callable[[ChartModel, int], Any]  # the model's current value of a mark id
    put: Callable[[ChartModel, Any], None]
    drop: Callable[[ChartModel, int], None]
    #: The command's text once the mark is stored (e.g. with its number); None: unchanged.
    placed_text: Callable[[Any], str] | None = None


def _placed_point(point: TriggerPoint) -> str:
    return translate("AddPointCommand", "Place trigger point #{number}").format(number=point.number)


CANVAS_POINTS = CanvasMarkKind(
    add=lambda repo, point: repo.add_trigger_point(point),
    update=lambda repo, point, base: repo.update_trigger_point(point, base=base),
    delete=lambda repo, point_id: repo.delete_trigger_point(point_id),
    restore=lambda repo, point_id: repo.restore_trigger_point(point_id),
    shown=ChartModel.point,
    put=ChartModel.put_point,
    drop=ChartModel.drop_point,
    placed_text=_placed_point,
)
CANVAS_ZONES = CanvasMarkKind(
    add=lambda repo, zone: repo.add_zone(zone),
    update=lambda repo, zone, base: repo.update_zone(zone, base=base),
    delete=lambda repo, zone_id: repo.delete_zone(zone_id),
    restore=lambda repo, zone_id: repo.restore_zone(zone_id),
    shown=ChartModel.zone,
    put=ChartModel.put_zone,
    drop=ChartModel.drop_zone,
)


class MarkPresenceCommand(_ChartCommand):
    """Add a mark (undo soft-deletes it, redo restores the same stored record) or delete one.

    Deletes are soft: the record stays for the audit log and for undo.
    """

    def __init__(
        self,
        repo: ChartRepository,
        model: ChartModel,
        kind: CanvasMarkKind,
        mark: Any,
        text: str,
        *,
        adding: bool,
    ) -> None:
        super().__init__(repo, model, text)
        self._kind = kind
        self._mark = mark
        self._adding = adding
        self._stored: Any = None if adding else mark

    @property
    def stored(self) -> Any:
        """The committed mark (with its id) once redone; None before."""
        return self._stored

    def redo(self) -> None:
        """Add (first time) or restore the mark; or delete it."""
        self._guarded(self._show if self._adding else self._hide)

    def undo(self) -> None:
        """The opposite of redo."""
        self._guarded(self._hide if self._adding else self._show)

    def _show(self) -> None:
        kind = self._kind
        if self._stored is None:
            self._stored = kind.add(self._repo, self._mark)
            if kind.placed_text is not None:
                self.setText(kind.placed_text(self._stored))
        else:
            assert self._stored.id is not None
            kind.restore(self._repo, self._stored.id)
        kind.put(self._model, self._stored)

    def _hide(self) -> None:
        assert self._stored is not None
        assert self._stored.id is not None
        self._kind.delete(self._repo, self._stored.id)
        self._kind.drop(self._model, self._stored.id)


class EditMarkCommand(_ChartCommand):
    """Change a mark from ``old`` to ``new``: only the fields that edit changes are written."""

    def __init__(
        self,
        repo: ChartRepository,
        model: ChartModel,
        kind: CanvasMarkKind,
        old: Any,
        new: Any,
        text: str,
    ) -> None:
        super().__init__(repo, model, text)
        self._kind = kind
        self._old = old
        self._new = new
        self._target = new

    def redo(self) -> None:
        """Apply the new values."""
        self._guarded(lambda: self._apply(self._new))

    def undo(self) -> None:
        """Restore the old values."""
        self._guarded(lambda: self._apply(self._old))

    def _apply(self, mark: Any) -> None:
        # Only this command's own fields are written, against the version on screen, so a
        # change made meanwhile on another workstation to other fields is kept (and shown).
        self._target = mark
        assert mark.id is not None
        shown = self._kind.shown(self._model, mark.id)
        mine = replace(shown, **_values(mark, self._old, self._new))
        self._kind.put(self._model, self._kind.update(self._repo, mine, shown))

    def _keep_mine(self, conflict: EditConflictError[Any]) -> Callable[[], None]:
        theirs = conflict.theirs
        self._kind.put(self._model, theirs)
        target = self._target

        def keep() -> None:
            mine = replace(theirs, **_values(target, self._old, self._new))
            self._guarded(
                lambda: self._kind.put(self._model, self._kind.update(self._repo, mine, theirs))
            )

        return keep


# The named commands the editor pushes: each binds a kind and its undo-menu text.


class AddPointCommand(MarkPresenceCommand):
    """Place a trigger point."""

    def __init__(self, repo: ChartRepository, model: ChartModel, point: TriggerPoint) -> None:
        super().__init__(repo, model, CANVAS_POINTS, point, "Place trigger point", adding=True)

    @property
    def stored(self) -> TriggerPoint | None:
        """The committed trigger point (with id and number) once redone."""
        point: TriggerPoint | None = self._stored
        return point


class DeletePointCommand(MarkPresenceCommand):
    """Remove a trigger point."""

    def __init__(self, repo: ChartRepository, model: ChartModel, point: TriggerPoint) -> None:
        text = f"Delete trigger point #{point.number}"
        super().__init__(repo, model, CANVAS_POINTS, point, text, adding=False)


class EditPointCommand(EditMarkCommand):
    """Change a trigger point (move, muscle, attributes)."""

    def __init__(
        self,
        repo: ChartRepository,
        model: ChartModel,
        old: TriggerPoint,
        new: TriggerPoint,
        text: str,
    ) -> None:
        super().__init__(repo, model, CANVAS_POINTS, old, new, text)


class AddZoneCommand(MarkPresenceCommand):
    """Draw a pain zone."""

    def __init__(self, repo: ChartRepository, model: ChartModel, zone: PainZone) -> None:
        super().__init__(repo, model, CANVAS_ZONES, zone, "Draw pain zone", adding=True)

    @property
    def stored(self) -> PainZone | None:
        """The committed zone once redone."""
        zone: PainZone | None = self._stored
        return zone


class DeleteZoneCommand(MarkPresenceCommand):
    """Remove a pain zone."""

    def __init__(
        self, repo: ChartRepository, model: ChartModel, zone: PainZone, text: str = "Delete zone"
    ) -> None:
        super().__init__(repo, model, CANVAS_ZONES, zone, text, adding=False)


class EditZoneCommand(EditMarkCommand):
    """Change a zone (shape, attributes, referral link)."""

    def __init__(
        self, repo: ChartRepository, model: ChartModel, old: PainZone, new: PainZone, text: str
    ) -> None:
        super().__init__(repo, model, CANVAS_ZONES, old, new, text)


def _values(target: MarkT, old: MarkT, new: MarkT) -> dict[str, Any]:
    """``target``'s values of the fields the edit from ``old`` to ``new`` changes."""
    return {name: getattr(target, name) for name in own_changes(old, new)}

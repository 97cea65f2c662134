"""Undo commands: every chart edit goes through the repository (committed at once), then the model.

Each command takes its old and new values when built and uses one helper for redo and undo.
A command whose repository call fails marks itself obsolete, so QUndoStack drops it, and the
model announces the reason; the chart never shows what was not committed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
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


class AddPointCommand(_ChartCommand):
    """Place a trigger point; undo soft-deletes it, redo restores the same stored record."""

    def __init__(self, repo: ChartRepository, model: ChartModel, point: TriggerPoint) -> None:
        super().__init__(repo, model, "Place trigger point")
        self._new = point
        self._stored: TriggerPoint | None = None

    @property
    def stored(self) -> TriggerPoint | None:
        """The committed trigger point (with id and number) once redone."""
        return self._stored

    def redo(self) -> None:
        """Commit the point (first time) or restore it (after an undo)."""
        self._guarded(self._do_redo)

    def _do_redo(self) -> None:
        if self._stored is None:
            self._stored = self._repo.add_trigger_point(self._new)
            self.setText(
                translate("AddPointCommand", "Place trigger point #{number}").format(
                    number=self._stored.number
                )
            )
        else:
            assert self._stored.id is not None
            self._repo.restore_trigger_point(self._stored.id)
        self._model.put_point(self._stored)

    def undo(self) -> None:
        """Soft-delete the placed point."""
        self._guarded(self._do_undo)

    def _do_undo(self) -> None:
        assert self._stored is not None
        assert self._stored.id is not None
        self._repo.delete_trigger_point(self._stored.id)
        self._model.drop_point(self._stored.id)


class EditPointCommand(_ChartCommand):
    """Change a trigger point (move, muscle, attributes) from ``old`` to ``new``."""

    def __init__(
        self,
        repo: ChartRepository,
        model: ChartModel,
        old: TriggerPoint,
        new: TriggerPoint,
        text: str,
    ) -> None:
        super().__init__(repo, model, text)
        self._old = old
        self._new = new
        self._target = new

    def redo(self) -> None:
        """Apply the new values."""
        self._guarded(lambda: self._apply(self._new))

    def undo(self) -> None:
        """Restore the old values."""
        self._guarded(lambda: self._apply(self._old))

    def _apply(self, point: TriggerPoint) -> None:
        # Only this command's own fields are written, against the version on screen, so a
        # change made meanwhile on another workstation to other fields is kept (and shown).
        self._target = point
        assert point.id is not None
        shown = self._model.point(point.id)
        mine = replace(shown, **_values(point, self._old, self._new))
        self._model.put_point(self._repo.update_trigger_point(mine, base=shown))

    def _keep_mine(self, conflict: EditConflictError[Any]) -> Callable[[], None]:
        theirs: TriggerPoint = conflict.theirs
        self._model.put_point(theirs)
        target = self._target

        def keep() -> None:
            mine = replace(theirs, **_values(target, self._old, self._new))
            self._guarded(
                lambda: self._model.put_point(self._repo.update_trigger_point(mine, base=theirs))
            )

        return keep


class DeletePointCommand(_ChartCommand):
    """Remove a trigger point (soft delete: the record stays for audit and undo)."""

    def __init__(self, repo: ChartRepository, model: ChartModel, point: TriggerPoint) -> None:
        super().__init__(repo, model, f"Delete trigger point #{point.number}")
        self._point = point

    def redo(self) -> None:
        """Soft-delete the point."""
        self._guarded(self._delete)

    def undo(self) -> None:
        """Restore the point."""
        self._guarded(self._restore)

    def _delete(self) -> None:
        assert self._point.id is not None
        self._repo.delete_trigger_point(self._point.id)
        self._model.drop_point(self._point.id)

    def _restore(self) -> None:
        assert self._point.id is not None
        self._repo.restore_trigger_point(self._point.id)
        self._model.put_point(self._point)


class AddZoneCommand(_ChartCommand):
    """Add a pain zone; undo soft-deletes it, redo restores the same stored record."""

    def __init__(self, repo: ChartRepository, model: ChartModel, zone: PainZone) -> None:
        super().__init__(repo, model, "Draw pain zone")
        self._new = zone
        self._stored: PainZone | None = None

    @property
    def stored(self) -> PainZone | None:
        """The committed zone once redone."""
        return self._stored

    def redo(self) -> None:
        """Commit the zone (first time) or restore it."""
        self._guarded(self._do_redo)

    def _do_redo(self) -> None:
        if self._stored is None:
            self._stored = self._repo.add_zone(self._new)
        else:
            assert self._stored.id is not None
            self._repo.restore_zone(self._stored.id)
        self._model.put_zone(self._stored)

    def undo(self) -> None:
        """Soft-delete the zone."""
        self._guarded(self._do_undo)

    def _do_undo(self) -> None:
        assert self._stored is not None
        assert self._stored.id is not None
        self._repo.delete_zone(self._stored.id)
        self._model.drop_zone(self._stored.id)


class EditZoneCommand(_ChartCommand):
    """Change a zone (shape, attributes, referral link) from ``old`` to ``new``."""

    def __init__(
        self, repo: ChartRepository, model: ChartModel, old: PainZone, new: PainZone, text: str
    ) -> None:
        super().__init__(repo, model, text)
        self._old = old
        self._new = new
        self._target = new

    def redo(self) -> None:
        """Apply the new values."""
        self._guarded(lambda: self._apply(self._new))

    def undo(self) -> None:
        """Restore the old values."""
        self._guarded(lambda: self._apply(self._old))

    def _apply(self, zone: PainZone) -> None:
        self._target = zone
        assert zone.id is not None
        shown = self._model.zone(zone.id)
        mine = replace(shown, **_values(zone, self._old, self._new))
        self._model.put_zone(self._repo.update_zone(mine, base=shown))

    def _keep_mine(self, conflict: EditConflictError[Any]) -> Callable[[], None]:
        theirs: PainZone = conflict.theirs
        self._model.put_zone(theirs)
        target = self._target

        def keep() -> None:
            mine = replace(theirs, **_values(target, self._old, self._new))
            self._guarded(lambda: self._model.put_zone(self._repo.update_zone(mine, base=theirs)))

        return keep


class DeleteZoneCommand(_ChartCommand):
    """Remove a zone (soft delete)."""

    def __init__(
        self, repo: ChartRepository, model: ChartModel, zone: PainZone, text: str = "Delete zone"
    ) -> None:
        super().__init__(repo, model, text)
        self._zone = zone

    def redo(self) -> None:
        """Soft-delete the zone."""
        self._guarded(self._delete)

    def undo(self) -> None:
        """Restore the zone."""
        self._guarded(self._restore)

    def _delete(self) -> None:
        assert self._zone.id is not None
        self._repo.delete_zone(self._zone.id)
        self._model.drop_zone(self._zone.id)

    def _restore(self) -> None:
        assert self._zone.id is not None
        self._repo.restore_zone(self._zone.id)
        self._model.put_zone(self._zone)


def _values(target: MarkT, old: MarkT, new: MarkT) -> dict[str, Any]:
    """``target``'s values of the fields the edit from ``old`` to ``new`` changes."""
    return {name: getattr(target, name) for name in own_changes(old, new)}

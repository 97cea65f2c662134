"""Writes outcome measures for the measure forms: add, replace or remove one stored reading."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bodymap.model import OutcomeMeasure
from bodymap.ui.i18n import translate
from bodymap.ui.record.forms import FieldError

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository

#: The section's save wrapper: runs a write, reports refusals, returns None when refused.
SaveFunction = Callable[[Callable[[], object], FieldError | None], object]
#: The section's ``push_change``: (menu text, undo write, redo write, status message).
ChangeRecorder = Callable[[str, Callable[[], object], Callable[[], object], str], None]


@dataclass(frozen=True, slots=True)
class Stored:
    """The outcome of a write: whether it went through, and the measure now stored (or None)."""

    ok: bool
    measure: OutcomeMeasure | None


class MeasureStore:
    """Adds, updates and deletes a visit's outcome measures through the section's ``save``.

    Args:
        save: the section's save wrapper (shows refusals, emits ``saved``).
        repository: the chart repository that stores outcome measures.
        visit_id: the visit the measures belong to.
    """

    def __init__(
        self,
        save: SaveFunction,
        repository: ChartRepository,
        visit_id: int,
        changed: ChangeRecorder | None = None,
    ) -> None:
        self._save = save
        self._repository = repository
        self.visit_id = visit_id
        #: Told of every stored change, so it can be undone (the Record tab's undo stack).
        self._changed = changed
        #: The last update tried: the measure as read and as edited (for a conflict's answer).
        self.pending: tuple[OutcomeMeasure, OutcomeMeasure] | None = None

    def put(
        self, old: OutcomeMeasure | None, new: OutcomeMeasure | None, error: FieldError
    ) -> Stored:
        """Store ``new`` in place of ``old``; None for ``new`` deletes ``old``."""
        repository = self._repository
        if new is None:
            if old is None or old.id is None:
                return Stored(True, None)
            old_id = old.id
            done = self._save(lambda: _delete(repository, old_id), error)
            if done is not None:
                name = describe(old)
                self._tell(
                    translate("MeasureStore", "Remove {name}").format(name=name),
                    lambda: repository.restore_measure(old_id),
                    lambda: _delete(repository, old_id),
                    translate("MeasureStore", "Removed {name} — Ctrl+Z to undo").format(name=name),
                )
            return Stored(done is not None, None if done is not None else old)
        if old is not None and old.id is not None:
            # Only what changed since ``old`` was read is written; a clash raises a conflict.
            value = replace(new, id=old.id, visit_id=self.visit_id)
            self.pending = (old, value)
            result = self._save(lambda: repository.update_measure(value, base=old), error)
        else:
            value = replace(new, visit_id=self.visit_id)
            result = self._save(lambda: repository.add_measure(value), error)
        if isinstance(result, OutcomeMeasure):
            self._record(old, result)
            return Stored(True, result)
        return Stored(False, old)

    def _record(self, old: OutcomeMeasure | None, stored: OutcomeMeasure) -> None:
        """Put an add or an edit on the undo stack."""
        repository = self._repository
        stored_id = stored.id or 0
        if old is None or old.id is None:
            self._tell(
                translate("MeasureStore", "Add {name}").format(name=describe(stored)),
                lambda: _delete(repository, stored_id),
                lambda: repository.restore_measure(stored_id),
                "",
            )
            return
        self._tell(
            translate("MeasureStore", "Edit {name}").format(name=describe(stored)),
            lambda: self._overwrite(old),
            lambda: self._overwrite(stored),
            "",
        )

    def _overwrite(self, values: OutcomeMeasure) -> OutcomeMeasure:
        """Store ``values`` over whatever the reading holds now (an undo or redo)."""
        measures = self._repository.load_chart(self.visit_id).measures
        current = next(m for m in measures if m.id == values.id)
        return self._repository.update_measure(values, base=current)

    def _tell(
        self, text: str, undo: Callable[[], object], redo: Callable[[], object], message: str
    ) -> None:
        if self._changed is not None:
            self._changed(text, undo, redo, message)


def describe(measure: OutcomeMeasure) -> str:
    """A reading in words for the Edit menu and the status bar: "PPT reading (gluteus …)"."""
    name = measure.instrument.value.upper()
    site = (measure.site or "").replace("_", " ").replace(".", ", ")  # a catalogue site id
    detail = measure.label or site
    reading = translate("MeasureStore", "{name} reading").format(name=name)
    return f"{reading} ({detail})" if detail else reading


def _delete(repository: ChartRepository, measure_id: int) -> bool:
    repository.delete_measure(measure_id)
    return True

"""Writes outcome measures for the measure forms: add, replace or remove one stored reading."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bodymap.model import OutcomeMeasure
from bodymap.ui.record.forms import FieldError

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository

#: The section's save wrapper: runs a write, reports refusals, returns None when refused.
SaveFunction = Callable[[Callable[[], object], FieldError | None], object]


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
    ) -> None:
        self._save = save
        self._repository = repository
        self.visit_id = visit_id
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
            return Stored(True, result)
        return Stored(False, old)


def _delete(repository: ChartRepository, measure_id: int) -> bool:
    repository.delete_measure(measure_id)
    return True

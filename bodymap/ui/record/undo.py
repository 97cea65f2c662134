"""Undoable record edits on the Record tab's own undo stack.

Each saved change to a record field becomes a command there, so Ctrl+Z on the Record tab undoes
the last record edit and never a chart mark.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

T = TypeVar("T")


class FieldEditCommand(QUndoCommand, Generic[T]):
    """A record field changed from ``old`` to ``new``; undo and redo write the value back.

    The edit is already saved when the command is pushed, so the first redo does nothing.

    Args:
        text: what the Edit menu shows ("Undo Subjective").
        apply: writes a value to the form and the database.
        old: the value before the edit.
        new: the value after it.
    """

    def __init__(self, text: str, apply: Callable[[T], None], old: T, new: T) -> None:
        super().__init__(text)
        self._apply = apply
        self._old = old
        self._new = new
        self._done = True

    def redo(self) -> None:
        """Write the new value (skipped when pushed: the edit itself saved it)."""
        if self._done:
            self._done = False
            return
        self._apply(self._new)

    def undo(self) -> None:
        """Write the old value back."""
        self._apply(self._old)


def record_edit(
    stack: QUndoStack | None, text: str, apply: Callable[[T], None], old: T, new: T
) -> None:
    """Push an already-saved edit onto ``stack`` (nothing when there is no stack or no change)."""
    if stack is not None and old != new:
        stack.push(FieldEditCommand(text, apply, old, new))

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


class StoredChangeCommand(QUndoCommand):
    """A change already stored (a row added, edited or removed); undo and redo store again.

    Each direction is a write that returns True when it went through (the section's ``save``
    shows a refusal: a signed visit, a conflict); ``refresh`` then shows what is stored. The
    change is already made when the command is pushed, so the first redo does nothing.

    Args:
        text: what the Edit menu shows ("Remove needling record #2").
        undo: writes the state before the change (e.g. restores the removed row).
        redo: writes the change again (e.g. removes the row again).
        refresh: reloads the page from the database after either.
    """

    def __init__(
        self,
        text: str,
        undo: Callable[[], bool],
        redo: Callable[[], bool],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._refresh = refresh
        self._pushed = True

    def redo(self) -> None:
        """Make the change again (skipped when pushed: it is already stored)."""
        if self._pushed:
            self._pushed = False
            return
        self._redo()
        self._refresh()

    def undo(self) -> None:
        """Store the state from before the change."""
        self._undo()
        self._refresh()


def record_stored_change(
    stack: QUndoStack | None,
    text: str,
    undo: Callable[[], bool],
    redo: Callable[[], bool],
    refresh: Callable[[], None],
) -> None:
    """Push an already-stored change onto ``stack`` (nothing when there is no stack)."""
    if stack is not None:
        stack.push(StoredChangeCommand(text, undo, redo, refresh))

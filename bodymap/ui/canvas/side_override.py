"""The side comes from the drawing: a Side that contradicts the drawn half needs a confirmation.

Setting Side to right on a marker drawn on the patient's left used to be stored silently and
printed in the note. Now the inspector asks, and a confirmed contradiction is stored as an
override (``TriggerPoint.side_override``), shown in the inspector and printed in the note.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from bodymap.model import Side, TriggerPoint

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas

#: Asks (title, text) and returns True for "yes"; the inspector's default shows a message box.
Confirm = Callable[[str, str], bool]


def drawn_side(atlas: Atlas, point: TriggerPoint) -> Side | None:
    """The patient's side of the half the point is drawn on (None off the charted muscles)."""
    hit = atlas.hit(point.view, point.x, point.y)
    same = next((m.side for m in hit.muscles if m.muscle == point.muscle), None)
    if same is not None:
        return same
    return hit.top.side if hit.top is not None else None


def contradicts(drawn: Side | None, chosen: Side) -> bool:
    """True when ``chosen`` goes against a point drawn on the left or right half."""
    return drawn in (Side.LEFT, Side.RIGHT) and chosen is not drawn


def question(point: TriggerPoint, drawn: Side, chosen: Side, muscle_name: str) -> str:
    """The confirmation text."""
    return (
        f"#{point.number} {muscle_name} is drawn on the patient's {drawn.value} half.\n\n"
        f"Record it as {chosen.value} anyway? It is stored as a side override and the note "
        f"prints it as one."
    )


def ask_with_message_box(parent: QWidget) -> Confirm:
    """A Confirm that asks with a Yes/No message box (No is the default)."""

    def confirm(title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    return confirm


def override_note(point: TriggerPoint, drawn: Side | None) -> str:
    """The inspector's line under Side ("" when the side follows the drawing)."""
    if not point.side_override:
        return ""
    half = f"drawn on the {drawn.value} half" if drawn is not None else "drawn elsewhere"
    return f"⚠ Side override — {half}, recorded as {point.side.value}"

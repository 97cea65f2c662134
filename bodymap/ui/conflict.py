"""ConflictBar: answers, in place, a save refused because another workstation changed the data.

"Changed on another workstation at 10:42 by Ines Okafor: [Show their version] [Keep mine]
[Take theirs]". Nothing is decided for the user: until they choose, their own text stays on
screen unsaved, and the bar stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bodymap.storage.errors import EditConflictError
from bodymap.ui.i18n import translate
from bodymap.ui.theme import set_role


def field_label(name: str) -> str:
    """A column name as a person reads it ("familiar_pain" → "familiar pain")."""
    return name.replace("_", " ")


def describe_values(theirs: Any, fields: tuple[str, ...]) -> str:
    """Their values of the conflicting fields, one per line, for "Show their version"."""
    lines = []
    for name in fields:
        value = getattr(theirs, name, None)
        shown = getattr(value, "value", value)
        text = str(shown) if shown not in (None, "") else "(empty)"
        lines.append(f"{field_label(name)}: {text}")
    return "\n".join(lines)


class ConflictBar(QFrame):
    """A red bar with the conflict's headline, their version on request, and the two choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictBar")
        set_role(self, "danger-bar")
        self.setAccessibleName(translate("ConflictBar", "edit conflict"))
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: 600;")
        self.their_version = QLabel()
        self.their_version.setWordWrap(True)
        self.their_version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.their_version.setAccessibleName(translate("ConflictBar", "their version"))
        self.show_button = QPushButton(translate("ConflictBar", "Show their version"))
        self.keep_button = QPushButton(translate("ConflictBar", "Keep mine"))
        self.take_button = QPushButton(translate("ConflictBar", "Take theirs"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self.their_version.setVisible)
        self.keep_button.clicked.connect(lambda: self._choose(self._keep))
        self.take_button.clicked.connect(lambda: self._choose(self._take))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(6)
        column.addWidget(self.headline)
        column.addWidget(self.their_version)
        column.addLayout(buttons)
        self._keep: Callable[[], None] = _nothing
        self._take: Callable[[], None] = _nothing
        self.conflict: EditConflictError[Any] | None = None
        self.hide()

    def show_conflict(
        self,
        conflict: EditConflictError[Any],
        keep_mine: Callable[[], None],
        take_theirs: Callable[[], None],
        their_text: str | None = None,
    ) -> None:
        """Show ``conflict``; the buttons call ``keep_mine`` / ``take_theirs`` then close."""
        self.conflict = conflict
        fields = ", ".join(field_label(f) for f in conflict.fields)
        self.headline.setText(
            translate(
                "ConflictBar", "{headline}: your change to the {noun}'s {fields} is not saved yet."
            ).format(headline=conflict.headline, noun=conflict.noun, fields=fields)
        )
        self.their_version.setText(
            their_text
            if their_text is not None
            else describe_values(conflict.theirs, conflict.fields)
        )
        self.show_button.setChecked(False)
        self.their_version.hide()
        self._keep = keep_mine
        self._take = take_theirs
        self.show()

    def _choose(self, action: Callable[[], None]) -> None:
        self.hide()
        self.conflict = None
        action()


def _nothing() -> None:
    return None

"""ScaleRow: a 0-10 scale (NPRS, PSFS…) as one row of 11 buttons — one click, nothing to type.

It also takes the keyboard: with the row focused, a digit sets that value ("1" then "0" within
a moment makes 10), Backspace/Delete clears it, Left/Right step. Clicking the chosen button
again clears the reading ("not rated", value -1). It mirrors the QSpinBox calls the forms use:
``value()``, ``setValue()`` and ``valueChanged``.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

#: Value shown as no button checked.
NOT_RATED = -1
#: Seconds within which "1" then "0" is read as 10.
TEN_WINDOW_S = 0.8


class ScaleRow(QWidget):
    """A 0..``maximum`` rating as a row of buttons; ``value()`` is -1 when not rated."""

    valueChanged = Signal(int)  # noqa: N815 (the QSpinBox name, so forms treat both alike)

    def __init__(self, maximum: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._value = NOT_RATED
        self._last_digit: tuple[int, float] | None = None
        self._read_only = False
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a second click can clear the reading
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.buttons: list[QToolButton] = []
        for number in range(maximum + 1):
            button = QToolButton()
            button.setText(str(number))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
            button.setAccessibleName(str(number))
            self.group.addButton(button, number)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def value(self) -> int:
        """The rating, or -1 when not rated."""
        return self._value

    def setValue(self, value: int) -> None:  # noqa: N802 (the QSpinBox name)
        """Show ``value`` (-1: none); emits ``valueChanged`` when it changed."""
        value = value if 0 <= value < len(self.buttons) else NOT_RATED
        for number, button in enumerate(self.buttons):
            button.setChecked(number == value)
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (Qt naming)
        """Signed visits: the buttons show the value but do not change it."""
        self._read_only = read_only
        for button in self.buttons:
            button.setEnabled(not read_only)

    def _clicked(self, number: int) -> None:
        if self._read_only:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(NOT_RATED if number == self._value else number)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Digits set the value, Backspace/Delete clear it, Left/Right step."""
        if self._read_only:
            super().keyPressEvent(event)
            return
        text = event.text()
        key = event.key()
        if text.isdigit() and len(text) == 1:
            digit = int(text)
            now = time.monotonic()
            last = self._last_digit
            if digit == 0 and last is not None and last[0] == 1 and now - last[1] < TEN_WINDOW_S:
                digit = 10
            self._last_digit = (digit, now)
            self.setValue(min(digit, len(self.buttons) - 1))
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.setValue(NOT_RATED)
        elif key == Qt.Key.Key_Right:
            self.setValue(min(self._value + 1, len(self.buttons) - 1))
        elif key == Qt.Key.Key_Left and self._value > 0:
            self.setValue(self._value - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        """Start a fresh number on each visit to the row."""
        self._last_digit = None
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        """Repaint without the focus border."""
        super().focusOutEvent(event)
        self.update()

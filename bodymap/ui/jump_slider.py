"""JumpSlider: a slider that jumps to the value clicked on its groove (not one page step)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QWidget


class JumpSlider(QSlider):
    """A click on the groove sets the value under the cursor, then dragging carries on."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)

    def value_at(self, x: float, y: float) -> int:
        """The value under the widget position (x, y)."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        if self.orientation() is Qt.Orientation.Horizontal:
            start, span, pos = groove.x(), groove.width() - handle.width(), x - handle.width() / 2
        else:
            start, span, pos = groove.y(), groove.height() - handle.height(), y
            pos -= handle.height() / 2
        return QStyle.sliderValueFromPosition(
            self.minimum(), self.maximum(), round(pos - start), max(span, 1), option.upsideDown
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Jump to the clicked value; a press on the handle drags as usual."""
        if event.button() is Qt.MouseButton.LeftButton:
            position = event.position()
            self.setValue(self.value_at(position.x(), position.y()))
        super().mousePressEvent(event)

"""Small form widgets and helpers shared by the inspector's pages."""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from bodymap.model import CarryStatus, TwitchResponse, ZoneKind
from bodymap.ui.i18n import translate

TWITCH_LABELS = {
    TwitchResponse.NOT_TESTED: "Not tested",
    TwitchResponse.NONE: "None",
    TwitchResponse.FEW: "Few",
    TwitchResponse.MANY: "Many",
}
CARRY_LABELS = {
    CarryStatus.NEW: "New this visit",
    CarryStatus.PERSISTING: "Persisting",
    CarryStatus.RESOLVED: "Resolved",
}
KIND_LABELS = {
    ZoneKind.PATIENT_REPORTED: "Patient-reported pain",
    ZoneKind.REFERRED: "Referred pain",
}


def compact_combo(combo: QComboBox) -> QComboBox:
    """Let a combo shrink below its longest item (the popup still shows items in full)."""
    # Long muscle names must not force the inspector dock wide.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def choice_combo(options: dict[Any, str]) -> QComboBox:
    """A compact combo listing ``options`` (value -> label)."""
    combo = compact_combo(QComboBox())
    for value, label in options.items():
        combo.addItem(label, value)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (the first item if none)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class NotesEdit(QPlainTextEdit):
    """Notes that commit when focus leaves (one undo step per editing session)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(70)
        self.setPlaceholderText(translate("NotesEdit", "Notes"))


def signals_blocked(*widgets: QObject) -> ExitStack:
    """Block the widgets' signals while the inspector fills them in from the model."""
    stack = ExitStack()
    for widget in widgets:
        stack.enter_context(QSignalBlocker(widget))
    return stack

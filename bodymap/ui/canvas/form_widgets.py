"""Small form widgets and helpers shared by the inspector's pages."""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import CarryStatus, TwitchResponse, ZoneKind
from bodymap.ui.i18n import term, translate

TWITCH_LABELS = {
    TwitchResponse.NOT_TESTED: QT_TRANSLATE_NOOP("Terms", "Not tested"),
    TwitchResponse.NONE: QT_TRANSLATE_NOOP("Terms", "None"),
    TwitchResponse.FEW: QT_TRANSLATE_NOOP("Terms", "Few"),
    TwitchResponse.MANY: QT_TRANSLATE_NOOP("Terms", "Many"),
}
CARRY_LABELS = {
    CarryStatus.NEW: QT_TRANSLATE_NOOP("Terms", "New this visit"),
    CarryStatus.PERSISTING: QT_TRANSLATE_NOOP("Terms", "Persisting"),
    CarryStatus.RESOLVED: QT_TRANSLATE_NOOP("Terms", "Resolved"),
}
KIND_LABELS = {
    ZoneKind.PATIENT_REPORTED: QT_TRANSLATE_NOOP("Terms", "Patient-reported pain"),
    ZoneKind.REFERRED: QT_TRANSLATE_NOOP("Terms", "Referred pain"),
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
        combo.addItem(term(label), value)
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

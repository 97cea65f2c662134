"""Keyboard and screen-reader helpers shared by the window's pages and dialogs.

- :func:`tab_leaves`: a table whose Tab goes on to the next control (arrows move between cells),
  so a keyboard user is never trapped among its cells.
- :func:`name_from_labels`: every labelled control takes the words of its label as its accessible
  name, so a screen reader says "Depth" rather than "spin box".
- :func:`announce`: a message that appears or changes (a field error) is given to the screen
  reader as the label's name and description, with Qt's accessibility events.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QWidget,
)


def tab_leaves(view: QAbstractItemView) -> None:
    """Let Tab leave ``view`` for the next control; arrow keys still move between its cells."""
    view.setTabKeyNavigation(False)


def plain_label(text: str) -> str:
    """A label's words as a screen reader should say them: no '&', no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def _focusable_in(widget: QWidget) -> list[QWidget]:
    found = [widget] if widget.focusPolicy() & Qt.FocusPolicy.TabFocus else []
    found += [
        child
        for child in widget.findChildren(QWidget)
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.focusProxy() is None
    ]
    return found


def _name(widget: QWidget, text: str) -> None:
    if text and not widget.accessibleName():
        widget.setAccessibleName(text)


def name_from_labels(root: QWidget) -> None:
    """Give every control labelled inside ``root`` its label's words as accessible name.

    A label's buddy, and a form row's field (or the single control inside it), are named;
    controls that already have a name keep it.
    """
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            _name(buddy, plain_label(label.text()))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            row_label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if not isinstance(row_label, QLabel) or field is None:
                continue
            controls = _focusable_in(field)
            if len(controls) == 1:
                _name(controls[0], plain_label(row_label.text()))


def announce(label: QWidget, message: str, field: QWidget | None = None) -> None:
    """Make ``message`` what a screen reader reads for ``label`` (and for its ``field``).

    An empty message clears it. Qt's NameChanged and DescriptionChanged events go out, and an
    Alert when a message appears, so a reader speaks the error without the user looking for it.
    """
    label.setAccessibleName(message)
    label.setAccessibleDescription(message)
    if field is not None:
        field.setAccessibleDescription(message)
    for kind in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
        QAccessible.updateAccessibility(QAccessibleEvent(label, kind))
    if message:
        QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))


def buttons_last(dialog: QWidget, buttons: QWidget) -> None:
    """Put ``buttons`` (a dialog's OK / Cancel row) after every other control in Tab order.

    A button box created before the fields would otherwise be reached first, above them.
    """
    inside = set(buttons.findChildren(QWidget))
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if w not in inside
        and w is not buttons
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]
    chain = [w for w in buttons.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if controls and chain:
        last = controls[0]
        probe: QWidget | None = dialog.nextInFocusChain()
        while probe is not None and probe is not dialog:  # the last field in the chain
            if probe in controls:
                last = probe
            probe = probe.nextInFocusChain()
        for before, after in zip([last, *chain], chain, strict=False):
            QWidget.setTabOrder(before, after)


def finish_dialog(dialog: QWidget, buttons: QWidget) -> None:
    """Name a dialog's labelled controls and put its buttons last in Tab order."""
    name_from_labels(dialog)
    buttons_last(dialog, buttons)


def tab_stops_in(root: QWidget) -> list[QWidget]:
    """The focusable controls under ``root``, in the order they were added (layout order)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
    ]


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Make Tab visit ``widgets`` one after another (those that take focus), from the first on.

    The first keeps its place in the window's chain; the others follow it in this order, so a
    page's rows created later are reached where they stand rather than after everything else.
    """
    stops = [w for w in widgets if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for before, after in zip(stops, stops[1:], strict=False):
        # Qt refuses (with a console warning) to chain across windows: a row not yet placed
        # in the page is chained again when the page calls this after placing it
        if before.window() is after.window():
            QWidget.setTabOrder(before, after)

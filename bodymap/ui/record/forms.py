"""Form building blocks shared by the record dialogs and sections: field rows with inline errors."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import ValidationError
from bodymap.ui.accessibility import announce
from bodymap.ui.i18n import term
from bodymap.ui.theme import set_role

#: Sizes used by every record form, kept in one place so the forms look alike (colours and
#: font sizes come from the theme's style roles: bodymap/ui/theme.py).
SECTION_SPACING = 14
#: Widest a record page grows; wider forms are hard to scan on a large screen.
PAGE_MAX_WIDTH = 1060
FIELD_MIN_WIDTH = 260

DATE_FORMAT_HINT = QT_TRANSLATE_NOOP("Terms", "YYYY-MM-DD")


def parse_optional_date(field: str, text: str) -> date | None:
    """Parse an ISO date typed by the user; blank means "not recorded".

    Raises:
        ValidationError: naming ``field`` when the text is not a real ISO date.
    """
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field, f"must be a date written {DATE_FORMAT_HINT}, e.g. 1984-03-09; got {text!r}"
        ) from None


def parse_optional_number(field: str, text: str, low: float, high: float) -> float | None:
    """Parse a decimal number typed by the user (comma or point); blank means "not recorded".

    Raises:
        ValidationError: naming ``field`` and the range ``low``..``high`` on bad input.
    """
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValidationError(field, f"must be a number from {low:g} to {high:g}") from None
    if not low <= value <= high:
        raise ValidationError(field, f"must be from {low:g} to {high:g}, got {value:g}")
    return value


def error_text(error: ValidationError) -> str:
    """Turn a model error into a sentence for the label under its field."""
    message = error.message.strip()
    return message[:1].upper() + message[1:] if message else "Invalid value"


class FieldError(QLabel):
    """A small red message under a field; hidden while the field is valid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_role(self, "error")
        #: The field the message is about: it carries the message as its description too.
        self.field: QWidget | None = None
        self.hide()

    def show_message(self, message: str) -> None:
        """Show ``message``, or hide the label when it is empty; a screen reader hears it."""
        self.setText(message)
        announce(self, message, self.field)
        self.setVisible(bool(message))


def field_with_error(widget: QWidget) -> tuple[QWidget, FieldError]:
    """Wrap ``widget`` with an error label beneath it, for use as a QFormLayout field."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    error = FieldError(holder)
    error.field = widget
    column.addWidget(error)
    return holder, error


def new_form_layout() -> QFormLayout:
    """A QFormLayout with the look every record form shares: right-aligned labels, even gaps."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    # A row too wide for the page (large font, small window) puts its label above the field
    # instead of making the page scroll sideways.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


def add_labelled_row(form: QFormLayout, text: str, field: QWidget, buddy: QWidget) -> QLabel:
    """Add a row whose label has a mnemonic (``&``) that focuses ``buddy``."""
    label = QLabel(term(text))
    label.setBuddy(buddy)
    form.addRow(label, field)
    return label


def section_header(text: str, hint: str = "") -> QWidget:
    """A bold section title with an optional muted one-line hint below it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 4, 0, 2)
    column.setSpacing(2)
    title = QLabel(term(text))
    title.setWordWrap(True)  # a long heading in a large font wraps rather than widen the page
    set_role(title, "heading")
    column.addWidget(title)
    if hint:
        note = QLabel(term(hint))
        note.setWordWrap(True)
        set_role(note, "hint")
        column.addWidget(note)
    return box


def horizontal_rule() -> QFrame:
    """A thin separator line between groups of a form."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every item of ``layout`` (used when a table-like form is rebuilt)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        child = item.layout()
        if widget is not None:
            widget.hide()  # deletion is deferred; hide it now so it is gone at once
            widget.deleteLater()
        elif child is not None:
            clear_layout(child)


def fit_table_height(table: QTableWidget, *, least: int = 2, most: int = 6) -> None:
    """Size ``table`` to its rows (between ``least`` and ``most``), leaving no empty band."""
    rows = min(max(table.rowCount(), least), most)
    header = table.horizontalHeader().sizeHint().height()
    row_height = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(header + rows * row_height + 2 * table.frameWidth() + 2)


def selected_table_row(table: QTableWidget) -> int | None:
    """Index of the selected row of a row-selecting table, or None."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def show_optional(spin: QSpinBox | QDoubleSpinBox, value: float | None) -> None:
    """Show ``value``, or the spin box's "not recorded" text (its -1 floor) when it is None."""
    shown = -1 if value is None else value
    if isinstance(spin, QDoubleSpinBox):
        spin.setValue(shown)
    else:
        spin.setValue(int(shown))


class EnterMovesOn(QObject):
    """Event filter: Return/Enter in a one-line field moves focus to the next field.

    Clinicians type a value and press Enter as on paper forms; the edit is finished (and so
    saved) by the focus change.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Move focus on Return/Enter in line edits, spin boxes and combo boxes."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(watched, QLineEdit | QAbstractSpinBox | QComboBox)
        ):
            # A synthetic Tab uses Qt's own focus chain, so the tab order set on the form holds.
            tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(watched, tab)
            return True
        return super().eventFilter(watched, event)


def install_enter_moves_on(root: QWidget, filter_object: EnterMovesOn) -> None:
    """Install ``filter_object`` on every one-line input below ``root``."""
    for kind in (QLineEdit, QAbstractSpinBox, QComboBox):
        for child in root.findChildren(kind):
            if isinstance(child, QLineEdit) and isinstance(child.parent(), QAbstractSpinBox):
                continue
            child.installEventFilter(filter_object)


#: A note is saved this long after the last keystroke (the budget is 1 s; saving takes some).
AUTOSAVE_MS = 600


class NoteEdit(QPlainTextEdit):
    """A multi-line note that reports a finished edit on a pause in typing and on focus-out.

    ``editing_finished`` fires :data:`AUTOSAVE_MS` after the last keystroke and when the field
    loses focus, whenever the text differs from what was last reported, so a crash a second
    after typing loses nothing. Tab moves to the next field (keyboard users need Tab).
    """

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._text_at_focus = ""
        self._pause = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._pause.timeout.connect(self._report_if_changed)
        self.textChanged.connect(self._on_text_changed)
        # A fixed height of ``lines`` text lines keeps forms compact; long notes scroll.
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)

    def set_text_quietly(self, text: str) -> None:
        """Replace the text without it counting as a user edit."""
        self.setPlainText(text)
        self._pause.stop()
        self._text_at_focus = text

    def _on_text_changed(self) -> None:
        if not self.isReadOnly() and self.toPlainText() != self._text_at_focus:
            self._pause.start()

    def _report_if_changed(self) -> None:
        self._pause.stop()
        if self.toPlainText() != self._text_at_focus:
            self._text_at_focus = self.toPlainText()
            self.editing_finished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        """Emit ``editing_finished`` when the text changed since it was last reported."""
        super().focusOutEvent(event)
        self._report_if_changed()

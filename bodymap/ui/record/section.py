"""Base of every record section: load a visit, save each finished edit, read-only once signed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap.errors import BodyMapError
from bodymap.model import ValidationError, VisitChart
from bodymap.model.rules import ThoraxRisk
from bodymap.storage.errors import EditConflictError
from bodymap.ui.i18n import term, translate
from bodymap.ui.record.forms import (
    PAGE_MAX_WIDTH,
    SECTION_SPACING,
    EnterMovesOn,
    FieldError,
    error_text,
    install_enter_moves_on,
    section_header,
)
from bodymap.ui.record.undo import record_stored_change
from bodymap.ui.theme import set_role

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.storage import ChartRepository
    from bodymap.storage.record_repository import RecordRepository

R = TypeVar("R")
FormT = TypeVar("FormT")

#: Bookkeeping fields that differ between two versions of the same form's content.
_BOOKKEEPING = frozenset({"id", "uuid", "row_version", "visit_id"})


def same_content(a: object, b: object) -> bool:
    """True when two stored forms hold the same answers (ids and versions aside)."""
    if not (is_dataclass(a) and is_dataclass(b)) or type(a) is not type(b):
        return a == b
    return all(
        getattr(a, f.name) == getattr(b, f.name) for f in fields(a) if f.name not in _BOOKKEEPING
    )


#: Property set on widgets that stay usable on a signed visit (e.g. "Add addendum").
ALWAYS_ENABLED = "bodymap_always_enabled"


@dataclass(frozen=True, slots=True)
class RecordContext:
    """What every section needs: the repositories, the atlas and the visit's loaded chart.

    ``thorax_risk`` tells whether needling a trigger point risks the lung (by location).
    """

    repository: ChartRepository
    records: RecordRepository
    atlas: Atlas
    chart: VisitChart
    thorax_risk: ThoraxRisk

    @property
    def visit_id(self) -> int:
        """The id of the visit being recorded."""
        assert self.chart.visit.id is not None
        return self.chart.visit.id

    #: Problems found by the integrity check; a tampered visit is read-only like a signed one.
    integrity_problems: tuple[str, ...] = ()

    @property
    def signed(self) -> bool:
        """True when the visit is signed (or failed its integrity check) and so read-only."""
        return self.chart.visit.is_signed or bool(self.integrity_problems)


class RecordSection(QWidget):
    """One page of the record. Subclasses build their form and implement :meth:`load`.

    Every edit is saved at once through :meth:`save`; the page never has a Save button.
    """

    #: Emitted after a successful save, so the view can refresh what depends on it.
    saved = Signal()
    #: A line for the window's status bar ("Removed … — Ctrl+Z to undo").
    status_message = Signal(str)

    title = "Section"
    hint = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: RecordContext | None = None
        self._loading = False
        self.setMaximumWidth(PAGE_MAX_WIDTH)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(SECTION_SPACING)
        self.body.addWidget(section_header(self.title, self.hint))
        self.save_error = FieldError()
        self.save_error.setAccessibleName(translate("RecordSection", "save error"))
        #: Set by the view: makes Enter move to the next field in rows added later.
        self.enter_filter: EnterMovesOn | None = None
        #: Error labels by model field name: a refusal naming that field is shown there.
        self.field_errors: dict[str, FieldError] = {}
        #: The Record tab's undo stack (set by the view); field edits push commands on it.
        self.undo_stack: QUndoStack | None = None

    @property
    def context(self) -> RecordContext:
        """The visit being shown; only valid after :meth:`show_visit`."""
        assert self._context is not None, "show_visit() must be called first"
        return self._context

    @property
    def has_visit(self) -> bool:
        """True once a visit has been shown."""
        return self._context is not None

    def show_visit(self, context: RecordContext) -> None:
        """Fill the form from ``context`` without triggering saves, then apply read-only."""
        self._context = context
        self._loading = True
        self.save_error.show_message("")
        try:
            self.load()
        finally:
            self._loading = False
        set_read_only(self, context.signed)

    def load(self) -> None:
        """Fill the widgets from the repository for ``self.context``."""
        raise NotImplementedError

    def save(self, action: Callable[[], R], error_label: FieldError | None = None) -> R | None:
        """Run a repository write; show a refusal next to the field instead of raising.

        Args:
            action: the write, e.g. ``lambda: repo.save_plan(plan)``; it may build model values,
                so a ValidationError raised while building is reported too.
            error_label: where to show a validation error; the section's own label if None.

        Returns:
            What ``action`` returned, or None when it was refused or while loading.
        """
        if self._loading or self._context is None:
            return None
        target = error_label or self.save_error
        try:
            result = action()
        except ValidationError as error:
            self.field_errors.get(error.field, target).show_message(error_text(error))
            return None
        except EditConflictError as conflict:
            self.on_conflict(conflict, target)
            return None
        except BodyMapError as error:
            target.show_message(
                translate("RecordSection", "Not saved: {error}").format(error=error)
            )
            return None
        for label in {target, self.save_error, *self.field_errors.values()}:
            label.show_message("")
        self.saved.emit()
        return result

    def push_change(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        message: str = "",
    ) -> None:
        """Put a change just stored on the Record tab's undo stack.

        Args:
            text: the Edit menu's name for it ("Remove adverse event").
            undo: the write that stores the state before the change again.
            redo: the write that makes the change again.
            message: said in the status bar now (e.g. "Removed … — Ctrl+Z to undo").
        """
        record_stored_change(
            self.undo_stack,
            text,
            partial(self._replay, undo),
            partial(self._replay, redo),
            self.reload,
        )
        if message:
            self.status_message.emit(message)

    def push_form_edit(
        self,
        text: str,
        before: FormT,
        after: FormT,
        read: Callable[[int], FormT | None],
        write: Callable[[FormT, FormT | None], object],
    ) -> None:
        """Put an edit of a one-per-visit form (screening, consent, plan) on the undo stack.

        Undo writes ``before`` over what is stored by then, redo ``after``; an edit that
        changed nothing (a field left unchanged) is not pushed.
        """
        if same_content(before, after):
            return
        visit_id = self.context.visit_id
        self.push_change(
            text,
            undo=lambda: write(before, read(visit_id)),
            redo=lambda: write(after, read(visit_id)),
        )

    def _replay(self, write: Callable[[], object]) -> bool:
        """Run an undo or redo write; a signed visit is never written to."""
        if not self.has_visit:
            return False
        if self.context.signed:
            self.status_message.emit(
                translate("RecordSection", "The visit is signed: undo changes nothing")
            )
            return False
        return self.save(write) is not None

    def reload(self) -> None:
        """Show what is stored again (after an undo or redo)."""
        if self.has_visit:
            self.show_visit(self.context)

    def on_conflict(self, conflict: EditConflictError[Any], target: FieldError) -> None:
        """Another workstation changed what this save changes (nothing was written).

        Sections with a conflict bar answer in place; the others say so next to the field.
        """
        target.show_message(
            translate(
                "RecordSection", "Not saved: {conflict}; reopen the visit to see their version"
            ).format(conflict=conflict)
        )

    def set_compact(self, compact: bool) -> None:
        """Rearrange for a narrow page (side-by-side parts stacked); most pages need nothing."""

    def hook_keyboard(self) -> None:
        """Make Enter move on in every one-line field of the page, including new rows."""
        if self.enter_filter is not None:
            install_enter_moves_on(self, self.enter_filter)

    @property
    def is_loading(self) -> bool:
        """True while :meth:`load` fills the widgets (their change signals must not save)."""
        return self._loading


def set_read_only(root: QWidget, read_only: bool) -> None:
    """Make every input under ``root`` read-only (text stays selectable) or editable again."""
    for child in root.findChildren(QWidget):
        if child.property(ALWAYS_ENABLED):
            continue
        if isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit):
            child.setReadOnly(read_only)
            # Re-polish so the view's [readOnly="true"] style (a grey fill) applies at once.
            child.style().unpolish(child)
            child.style().polish(child)
        elif isinstance(child, QAbstractSpinBox):
            child.setReadOnly(read_only)
            child.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.NoButtons
                if read_only
                else QAbstractSpinBox.ButtonSymbols.UpDownArrows
            )
        elif isinstance(child, QComboBox | QAbstractButton):
            child.setEnabled(not read_only)
        elif isinstance(child, QAbstractItemView):
            child.setEditTriggers(
                QAbstractItemView.EditTrigger.NoEditTriggers
                if read_only
                else QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
            )


def completed(action: Callable[[], None]) -> Callable[[], bool]:
    """Wrap a write that returns nothing so :meth:`RecordSection.save` can tell it succeeded."""

    def run() -> bool:
        action()
        return True

    return run


def muted_label(text: str) -> QLabel:
    """A grey explanatory label that wraps."""
    label = QLabel(term(text))
    label.setWordWrap(True)
    set_role(label, "hint")
    return label


class Prompter:
    """Asks the clinician a yes/no question; a separate object so tests can answer for them.

    Args:
        parent: the widget the message boxes belong to.
    """

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def confirm(self, title: str, text: str) -> bool:
        """Show ``text`` and return True when the clinician answers Yes."""
        answer = QMessageBox.question(
            self._parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_reason(self, title: str, text: str) -> str | None:
        """Ask for a written reason; None when cancelled or left blank."""
        reason, accepted = QInputDialog.getMultiLineText(self._parent, title, text)
        return reason.strip() if accepted and reason.strip() else None

"""The Clinicians dialog: the clinic's clinicians, adding and editing them, and who is charting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import Clinician
from bodymap.ui.accessibility import tab_leaves
from bodymap.ui.i18n import translate
from bodymap.ui.record.people_dialogs import ClinicianDialog
from bodymap.ui.theme import set_role

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository

_ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    QT_TRANSLATE_NOOP("Terms", "Name"),
    QT_TRANSLATE_NOOP("Terms", "Credentials"),
    QT_TRANSLATE_NOOP("Terms", "Dry-needling training"),
    QT_TRANSLATE_NOOP("Terms", "Charting"),
)


def training_summary(clinician: Clinician) -> str:
    """One line for the training column: course, hours and date, or a dash when none."""
    parts = []
    if clinician.training_course:
        parts.append(clinician.training_course)
    if clinician.training_hours is not None:
        parts.append(f"{clinician.training_hours:g} h")
    if clinician.training_date is not None:
        parts.append(clinician.training_date.isoformat())
    return ", ".join(parts) or "—"


class CliniciansDialog(QDialog):
    """Lists clinicians (name, credentials, training); Add, Edit and "Chart as" the selected one.

    Sub-dialogs open window-modal without blocking, so the list refreshes when they close.

    Args:
        repository: where clinicians are read and stored.
        current_id: the clinician currently charting (marked in the list), or None.
        parent: the owning window.

    Signals:
        current_chosen: the id of the clinician chosen with "Chart as selected".
        clinicians_changed: emitted after a clinician was added or edited.
    """

    current_chosen = Signal(int)
    clinicians_changed = Signal()

    def __init__(
        self, repository: ChartRepository, current_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CliniciansDialog", "Clinicians"))
        self.setMinimumSize(720, 360)
        self._repository = repository
        self._current_id = current_id
        self.editor: ClinicianDialog | None = None  # the open Add/Edit dialog, if any
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setAccessibleName(translate("CliniciansDialog", "Clinicians"))
        tab_leaves(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # long course names are elided; the tooltip has them
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(translate("CliniciansDialog", "&Add…"))
        self.edit_button = QPushButton(translate("CliniciansDialog", "&Edit…"))
        self.choose_button = QPushButton(translate("CliniciansDialog", "&Chart as selected"))
        self.choose_button.setToolTip(
            translate(
                "CliniciansDialog", "Record your changes under this clinician in the audit log"
            )
        )
        self.add_button.clicked.connect(self.add_clinician)
        self.edit_button.clicked.connect(self.edit_selected)
        self.choose_button.clicked.connect(self.choose_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.choose_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        hint = QLabel(
            translate(
                "CliniciansDialog",
                "Your changes are logged under the clinician you chart as. "
                "Double-click a row to edit it.",
            )
        )
        hint.setWordWrap(True)
        set_role(hint, "hint")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 12)
        column.addWidget(hint)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Refill the table from the repository, selecting ``select_id`` (else the current)."""
        clinicians = self._repository.list_clinicians()
        self.table.setRowCount(len(clinicians))
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for row, clinician in enumerate(clinicians):
            is_current = clinician.id == self._current_id
            cells = (
                clinician.name,
                clinician.credentials or "—",
                training_summary(clinician),
                "now" if is_current else "",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID_ROLE, clinician.id)
                item.setToolTip(text)
                if is_current:
                    item.setFont(bold)
                self.table.setItem(row, col, item)
        wanted = select_id if select_id is not None else self._current_id
        rows = [r for r, c in enumerate(clinicians) if c.id == wanted]
        if rows or clinicians:
            self.table.selectRow(rows[0] if rows else 0)
        self._update_buttons()

    def selected_id(self) -> int | None:
        """The id of the selected clinician, or None."""
        items = self.table.selectedItems()
        value = items[0].data(_ID_ROLE) if items else None
        return value if isinstance(value, int) else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id()
        self.edit_button.setEnabled(chosen is not None)
        self.choose_button.setEnabled(chosen is not None and chosen != self._current_id)

    def add_clinician(self) -> None:
        """Open the new-clinician dialog; the list refreshes when it is accepted."""
        self._open_editor(ClinicianDialog(self._repository, None, self))

    def edit_selected(self) -> None:
        """Open the selected clinician in the edit dialog."""
        chosen = self.selected_id()
        if chosen is not None:
            clinician = self._repository.get_clinician(chosen)
            self._open_editor(ClinicianDialog(self._repository, clinician, self))

    def _open_editor(self, dialog: ClinicianDialog) -> None:
        self.editor = dialog
        dialog.accepted.connect(self._on_editor_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_editor_accepted(self) -> None:
        saved = self.editor.saved if self.editor is not None else None
        self.editor = None
        self.reload(saved.id if saved is not None else None)
        self.clinicians_changed.emit()

    def choose_selected(self) -> None:
        """Make the selected clinician the one charting now."""
        chosen = self.selected_id()
        if chosen is None:
            return
        self._current_id = chosen
        self.reload(chosen)
        self.current_chosen.emit(chosen)

"""The date range of the window's progress report: from / to date pickers before the export.

The range starts as the patient's first to last visit; the dialog counts the visits inside it
and refuses a range that is back to front or holds no visit, naming the fields.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bodymap.ui.accessibility import announce, finish_dialog
from bodymap.ui.i18n import translate
from bodymap.ui.record.forms import FieldError, add_labelled_row, new_form_layout
from bodymap.ui.theme import set_role

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


class ReportRangeDialog(QDialog):
    """Asks which visits the progress report covers: from one day to another, inclusive.

    Args:
        visit_days: the day of each of the patient's visits (any order, at least one).
        parent: the owning window.
    """

    def __init__(self, visit_days: list[date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReportRangeDialog", "Progress report"))
        self.setMinimumWidth(340)
        self._days = sorted(visit_days)
        first, last = self._days[0], self._days[-1]
        self.from_edit = self._picker(first)
        self.to_edit = self._picker(last)
        self.count_label = QLabel()
        set_role(self.count_label, "hint")
        self.error = FieldError()
        form = new_form_layout()
        add_labelled_row(
            form, translate("ReportRangeDialog", "&From:"), self.from_edit, self.from_edit
        )
        add_labelled_row(form, translate("ReportRangeDialog", "&To:"), self.to_edit, self.to_edit)
        form.addRow("", self.count_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("ReportRangeDialog", "&Export…"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.setSpacing(10)
        hint = QLabel(translate("ReportRangeDialog", "The report covers the visits from / to:"))
        column.addWidget(hint)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        for picker in (self.from_edit, self.to_edit):
            picker.dateChanged.connect(self._check)
        finish_dialog(self, self.buttons)
        self._check()
        self.from_edit.setFocus()

    @staticmethod
    def _picker(day: date) -> QDateEdit:
        picker = QDateEdit(to_qdate(day))
        picker.setCalendarPopup(True)
        picker.setDisplayFormat("d MMM yyyy")  # no day/month order to misread
        picker.setMinimumDate(QDate(1900, 1, 1))
        picker.setMaximumDate(to_qdate(date.today()).addYears(1))
        return picker

    def chosen(self) -> tuple[date, date]:
        """The range as chosen: first and last day, inclusive."""
        return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())

    def visits_in_range(self) -> int:
        """How many of the patient's visits the range covers."""
        start, end = self.chosen()
        return sum(1 for day in self._days if start <= day <= end)

    def _check(self) -> None:
        start, end = self.chosen()
        count = self.visits_in_range()
        message = ""
        if start > end:
            message = translate("ReportRangeDialog", "From must be on or before To")
        elif count == 0:
            message = translate("ReportRangeDialog", "No visit from {start} to {end}").format(
                start=self.from_edit.text(), end=self.to_edit.text()
            )
        self.error.show_message(message)
        text = (
            translate("ReportRangeDialog", "1 visit in the range")
            if count == 1
            else translate("ReportRangeDialog", "{count} visits in the range").format(count=count)
        )
        self.count_label.setText(text)
        announce(self.count_label, text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not message)


def ask_report_range(
    parent: QWidget | None, repo: ChartRepository, patient_id: int
) -> tuple[date | None, date | None] | None:
    """Ask for the report's range; None when cancelled.

    A patient without visits gets no dialog: (None, None), and the export says why it
    cannot make the report.
    """
    days = [visit.started_at.date() for visit in repo.list_visits(patient_id)]
    if not days:
        return None, None
    dialog = ReportRangeDialog(days, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()

"""The New visit dialog: when, who, and whether the previous visit's marks come along."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bodymap.errors import BodyMapError
from bodymap.model import Visit
from bodymap.ui.accessibility import finish_dialog
from bodymap.ui.i18n import date_text, translate
from bodymap.ui.record.forms import (
    FIELD_MIN_WIDTH,
    FieldError,
    add_labelled_row,
    field_with_error,
    new_form_layout,
)
from bodymap.ui.theme import set_role
from bodymap.ui.visits import start_visit

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository

#: How far ahead a visit may be dated (a visit is charted while or after it happens).
FUTURE_SLACK = timedelta(days=1)
EARLIEST = datetime(1990, 1, 1)


def to_qdatetime(value: datetime) -> QDateTime:
    """A QDateTime built field by field (naive local time, as visits are stored)."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, 0))


class NewVisitDialog(QDialog):
    """Ask for the date and time, the clinician and carry-forward, then create the visit.

    Args:
        repository: where the visit is stored on OK.
        patient_id: the patient the visit is for.
        clinician_id: the clinician preselected (the one charting now), or None.
        carry_forward: the initial state of the carry-forward box.
        now: the default date and time (default: now).
        parent: the owning window.
    """

    def __init__(
        self,
        repository: ChartRepository,
        patient_id: int,
        *,
        clinician_id: int | None,
        carry_forward: bool,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._patient_id = patient_id
        self._now = (now or datetime.now()).replace(second=0, microsecond=0)
        self.created: Visit | None = None
        patient = repository.get_patient(patient_id)
        self.setWindowTitle(
            translate("NewVisitDialog", "New visit — {name}").format(name=patient.name)
        )
        self.setMinimumWidth(460)
        self.when_edit = QDateTimeEdit(to_qdatetime(self._now))
        self.when_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setMinimumDateTime(to_qdatetime(EARLIEST))
        self.when_edit.setMaximumDateTime(to_qdatetime(self._now + FUTURE_SLACK))
        self.clinician_combo = QComboBox()
        self.clinician_combo.setMinimumWidth(FIELD_MIN_WIDTH)
        for clinician in repository.list_clinicians():
            self.clinician_combo.addItem(clinician.display_name, clinician.id)
        self.clinician_combo.addItem(translate("NewVisitDialog", "Not recorded"), None)
        index = self.clinician_combo.findData(clinician_id) if clinician_id is not None else -1
        self.clinician_combo.setCurrentIndex(index if index >= 0 else 0)
        visits = repository.list_visits(patient_id)
        self.carry_check = QCheckBox(
            translate("NewVisitDialog", "&Carry forward the previous visit's marks")
        )
        if visits:
            self.carry_check.setChecked(carry_forward)
            self.carry_check.setToolTip(
                translate(
                    "NewVisitDialog",
                    "Unresolved trigger points and pain zones of the visit of {date} are copied "
                    "in, marked persisting",
                ).format(date=date_text(visits[-1].started_at))
            )
        else:
            self.carry_check.setEnabled(False)
            self.carry_check.setToolTip(
                translate("NewVisitDialog", "This is the patient's first visit")
            )
        self._lay_out(first_visit=not visits)
        self.when_edit.setFocus()

    def _lay_out(self, first_visit: bool) -> None:
        form = new_form_layout()
        holder, self.when_error = field_with_error(self.when_edit)
        add_labelled_row(
            form, translate("NewVisitDialog", "&Date and time:"), holder, self.when_edit
        )
        add_labelled_row(
            form,
            translate("NewVisitDialog", "C&linician:"),
            self.clinician_combo,
            self.clinician_combo,
        )
        form.addRow("", self.carry_check)
        if first_visit:
            note = QLabel(
                translate(
                    "NewVisitDialog", "First visit of this patient: nothing to carry forward."
                )
            )
            set_role(note, "hint")
            form.addRow("", note)
        self.error = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("NewVisitDialog", "&Start visit"))
        ok.setDefault(True)  # Enter in any field starts the visit
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.setSpacing(10)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        finish_dialog(self, self.buttons)

    def chosen_time(self) -> datetime:
        """The date and time entered, to the minute."""
        value = self.when_edit.dateTime()
        day, time = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def chosen_clinician(self) -> int | None:
        """The clinician chosen, or None for "Not recorded"."""
        value = self.clinician_combo.currentData()
        return value if isinstance(value, int) else None

    def accept(self) -> None:
        """Create the visit; on an error keep the dialog open and say why."""
        when = self.chosen_time()
        if when > self._now + FUTURE_SLACK:
            limit = self._now + FUTURE_SLACK
            self.when_error.show_message(
                translate("NewVisitDialog", "Date and time: must be on or before {date}").format(
                    date=date_text(limit)
                )
            )
            return
        try:
            self.created = start_visit(
                self._repository,
                self._patient_id,
                carry_forward=self.carry_check.isEnabled() and self.carry_check.isChecked(),
                clinician_id=self.chosen_clinician(),
                now=when,
            )
        except BodyMapError as exc:
            self.error.show_message(
                translate("NewVisitDialog", "Could not start the visit: {exc}").format(exc=exc)
            )
            return
        super().accept()

"""Dialogs to create and edit patients and clinicians, validated by the model as the user types."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap.errors import BodyMapError
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import Clinician, Patient, Sex, ValidationError
from bodymap.ui.accessibility import finish_dialog
from bodymap.ui.i18n import term, translate
from bodymap.ui.record.forms import (
    DATE_FORMAT_HINT,
    FIELD_MIN_WIDTH,
    FieldError,
    add_labelled_row,
    error_text,
    field_with_error,
    new_form_layout,
    parse_optional_date,
    parse_optional_number,
)
from bodymap.ui.theme import set_role

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository

T = TypeVar("T", Patient, Clinician)

SEX_LABELS: dict[Sex, str] = {
    Sex.UNKNOWN: QT_TRANSLATE_NOOP("Terms", "Not recorded"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("Terms", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("Terms", "Male"),
    Sex.OTHER: QT_TRANSLATE_NOOP("Terms", "Other"),
}


def age_on(born: date, today: date) -> int:
    """Whole years between ``born`` and ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class _ValidatedDialog(QDialog, Generic[T]):
    """Shared machinery: build the value on every keystroke, show the first error by its field.

    Subclasses add rows with :meth:`_add_field` and implement :meth:`_build` (widgets → model
    value, raising ValidationError) and :meth:`_store` (write through the repository).
    """

    def __init__(self, repository: ChartRepository, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(500)
        self._repository = repository
        self._errors: dict[str, FieldError] = {}
        self._result: T | None = None
        self._form = new_form_layout()
        self._general_error = FieldError()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.setSpacing(10)
        column.addLayout(self._form)
        column.addWidget(self._general_error)
        column.addWidget(self._buttons)

    @property
    def ok_button(self) -> QWidget:
        """The OK button, enabled only while every field is valid."""
        button = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    @property
    def saved(self) -> T | None:
        """The stored value after OK, with its database id; None before or after Cancel."""
        return self._result

    def _add_field(
        self, label: str, widget: QWidget, *fields: str, buddy: QWidget | None = None
    ) -> None:
        """Add a labelled row; errors of any of ``fields`` are shown beneath ``widget``."""
        holder, error = field_with_error(widget)
        widget.setMinimumWidth(FIELD_MIN_WIDTH)
        add_labelled_row(self._form, label, holder, buddy or widget)
        for name in fields:
            self._errors[name] = error

    def _build(self) -> T:
        raise NotImplementedError

    def _store(self, value: T) -> T:
        raise NotImplementedError

    def _revalidate(self) -> None:
        """Rebuild the value from the widgets and show where it is wrong."""
        for label in self._errors.values():
            label.show_message("")
        self._general_error.show_message("")
        try:
            self._build()
        except ValidationError as error:
            target = self._errors.get(error.field, self._general_error)
            target.show_message(error_text(error))
            self.ok_button.setEnabled(False)
            return
        self.ok_button.setEnabled(True)

    def accept(self) -> None:
        """Store the value; on a storage error keep the dialog open and say why."""
        try:
            value = self._build()
        except ValidationError:
            self._revalidate()
            return
        try:
            self._result = self._store(value)
        except BodyMapError as error:
            self._general_error.show_message(
                translate("_ValidatedDialog", "Could not save: {error}").format(error=error)
            )
            return
        super().accept()

    @staticmethod
    def _watch(widgets: list[QWidget], callback: Callable[[], None]) -> None:
        for widget in widgets:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(callback)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(callback)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(callback)


class PatientDialog(_ValidatedDialog[Patient]):
    """Create or edit a patient: name, chart number, date of birth, sex, contact, notes, archive.

    Args:
        repository: where the patient is stored when the user presses OK.
        patient: the patient to edit, or None to create a new one.
        parent: the owning window.
    """

    def __init__(
        self,
        repository: ChartRepository,
        patient: Patient | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = "New patient" if patient is None else f"Edit patient — {patient.name}"
        super().__init__(repository, title, parent)
        self._original = patient
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("PatientDialog", "Family name, given names"))
        self.chart_number_edit = QLineEdit()
        self.chart_number_edit.setPlaceholderText(
            translate("PatientDialog", "Clinic chart or MRN number")
        )
        self.birth_date_edit = QLineEdit()
        self.birth_date_edit.setPlaceholderText(term(DATE_FORMAT_HINT))
        self.age_label = QLabel()
        set_role(self.age_label, "hint")
        self.sex_combo = QComboBox()
        for sex, text in SEX_LABELS.items():
            self.sex_combo.addItem(term(text), sex)
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(translate("PatientDialog", "Phone, e-mail or address"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(84)
        self.archived_check = QCheckBox(
            translate("PatientDialog", "&Archived (hidden from the patient list; never deleted)")
        )
        self._lay_out()
        if patient is not None:
            self._load(patient)
        self._watch(
            [
                self.name_edit,
                self.chart_number_edit,
                self.birth_date_edit,
                self.sex_combo,
                self.contact_edit,
                self.notes_edit,
                self.archived_check,
            ],
            self._revalidate,
        )
        finish_dialog(self, self._buttons)
        self._revalidate()
        self.name_edit.setFocus()

    def _lay_out(self) -> None:
        self._add_field(translate("PatientDialog", "&Name:"), self.name_edit, "name")
        self._add_field(
            translate("PatientDialog", "C&hart number:"), self.chart_number_edit, "chart_number"
        )
        birth_row = QWidget()
        row = QHBoxLayout(birth_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.birth_date_edit.setMaximumWidth(140)
        row.addWidget(self.birth_date_edit)
        row.addWidget(self.age_label, 1)
        self._add_field(
            translate("PatientDialog", "&Date of birth:"),
            birth_row,
            "date_of_birth",
            buddy=self.birth_date_edit,
        )
        self._add_field(translate("PatientDialog", "&Sex:"), self.sex_combo, "sex")
        self._add_field(translate("PatientDialog", "C&ontact:"), self.contact_edit, "contact")
        self._add_field(translate("PatientDialog", "No&tes:"), self.notes_edit, "notes")
        if self._original is not None:
            self._form.addRow("", self.archived_check)
        else:
            self.archived_check.hide()

    def _load(self, patient: Patient) -> None:
        self.name_edit.setText(patient.name)
        self.chart_number_edit.setText(patient.chart_number)
        if patient.date_of_birth is not None:
            self.birth_date_edit.setText(patient.date_of_birth.isoformat())
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(patient.sex)))
        self.contact_edit.setText(patient.contact)
        self.notes_edit.setPlainText(patient.notes)
        self.archived_check.setChecked(patient.archived)

    def _build(self) -> Patient:
        born = parse_optional_date("date_of_birth", self.birth_date_edit.text())
        self.age_label.setText(
            translate("PatientDialog", "{age_on} years").format(age_on=age_on(born, date.today()))
            if born and born <= date.today()
            else ""
        )
        return Patient(
            id=self._original.id if self._original else None,
            name=self.name_edit.text().strip(),
            chart_number=self.chart_number_edit.text().strip(),
            date_of_birth=born,
            sex=self.sex_combo.currentData(),
            contact=self.contact_edit.text().strip(),
            notes=self.notes_edit.toPlainText().rstrip(),
            archived=self.archived_check.isChecked(),
        )

    def _store(self, value: Patient) -> Patient:
        if self._original is None:
            return self._repository.add_patient(value)
        # Only the fields changed in this dialog are written, against the patient it opened.
        self._repository.update_patient(value, base=self._original)
        if value.archived != self._original.archived:
            self._repository.archive_patient(self._original.id or 0, value.archived)
        return value

    @classmethod
    def create(  # type: ignore[override]  # a class-level helper, not QWidget.create
        cls, parent: QWidget | None, repository: ChartRepository
    ) -> Patient | None:
        """Ask for a new patient; return it as stored, or None if the user cancelled."""
        dialog = cls(repository, None, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def edit(
        cls, parent: QWidget | None, repository: ChartRepository, patient: Patient
    ) -> Patient | None:
        """Edit ``patient``; return the stored new version, or None if the user cancelled."""
        dialog = cls(repository, patient, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class ClinicianDialog(_ValidatedDialog[Clinician]):
    """Create or edit a clinician profile with the dry-needling training record.

    Args:
        repository: where the clinician is stored when the user presses OK.
        clinician: the profile to edit, or None to create one.
        parent: the owning window.
    """

    def __init__(
        self,
        repository: ChartRepository,
        clinician: Clinician | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = "New clinician" if clinician is None else f"Edit clinician — {clinician.name}"
        super().__init__(repository, title, parent)
        self._original = clinician
        self.name_edit = QLineEdit()
        self.credentials_edit = QLineEdit()
        self.credentials_edit.setPlaceholderText(translate("ClinicianDialog", "e.g. PT, DPT, OCS"))
        self.course_edit = QLineEdit()
        self.course_edit.setPlaceholderText(
            translate("ClinicianDialog", "Dry-needling course and provider")
        )
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText(
            translate("ClinicianDialog", "Hours of in-person training, e.g. 54")
        )
        self.training_date_edit = QLineEdit()
        self.training_date_edit.setPlaceholderText(
            translate("ClinicianDialog", "Completed on, {DATE_FORMAT_HINT}").format(
                DATE_FORMAT_HINT=term(DATE_FORMAT_HINT)
            )
        )
        hint = QLabel(
            translate(
                "ClinicianDialog",
                "Several regulators require proof of dry-needling training on request; "
                "it is printed on the session note.",
            )
        )
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self._add_field(translate("ClinicianDialog", "&Name:"), self.name_edit, "name")
        self._add_field(
            translate("ClinicianDialog", "C&redentials:"), self.credentials_edit, "credentials"
        )
        self._add_field(
            translate("ClinicianDialog", "DN training &course:"),
            self.course_edit,
            "training_course",
        )
        self._add_field(
            translate("ClinicianDialog", "Training &hours:"), self.hours_edit, "training_hours"
        )
        self._add_field(
            translate("ClinicianDialog", "Training &date:"),
            self.training_date_edit,
            "training_date",
        )
        self._form.addRow("", hint)
        if clinician is not None:
            self._load(clinician)
        self._watch(
            [
                self.name_edit,
                self.credentials_edit,
                self.course_edit,
                self.hours_edit,
                self.training_date_edit,
            ],
            self._revalidate,
        )
        finish_dialog(self, self._buttons)
        self._revalidate()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, clinician: Clinician) -> None:
        self.name_edit.setText(clinician.name)
        self.credentials_edit.setText(clinician.credentials)
        self.course_edit.setText(clinician.training_course)
        if clinician.training_hours is not None:
            self.hours_edit.setText(f"{clinician.training_hours:g}")
        if clinician.training_date is not None:
            self.training_date_edit.setText(clinician.training_date.isoformat())

    def _build(self) -> Clinician:
        hours = parse_optional_number("training_hours", self.hours_edit.text(), 0, 10000)
        trained = parse_optional_date("training_date", self.training_date_edit.text())
        if trained is not None and trained > date.today():
            raise ValidationError("training_date", "must be from 1900-01-01 to today")
        return Clinician(
            id=self._original.id if self._original else None,
            name=self.name_edit.text().strip(),
            credentials=self.credentials_edit.text().strip(),
            training_course=self.course_edit.text().strip(),
            training_hours=hours,
            training_date=trained,
        )

    def _store(self, value: Clinician) -> Clinician:
        if self._original is None:
            return self._repository.add_clinician(value)
        self._repository.update_clinician(value, base=self._original)
        return value

    @classmethod
    def create(  # type: ignore[override]  # a class-level helper, not QWidget.create
        cls, parent: QWidget | None, repository: ChartRepository
    ) -> Clinician | None:
        """Ask for a new clinician; return it as stored, or None if the user cancelled."""
        dialog = cls(repository, None, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def edit(
        cls, parent: QWidget | None, repository: ChartRepository, clinician: Clinician
    ) -> Clinician | None:
        """Edit ``clinician``; return the stored new version, or None if the user cancelled."""
        dialog = cls(repository, clinician, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

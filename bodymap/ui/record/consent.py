"""The Consent section: how and when consent was obtained, what was explained, risks discussed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model.catalog_lists import CONSENT_RISKS, ConsentForm, ConsentScope
from bodymap.model.record import Consent
from bodymap.ui.accessibility import plain_label
from bodymap.ui.i18n import term, translate
from bodymap.ui.record.forms import NoteEdit, add_labelled_row, new_form_layout, section_header
from bodymap.ui.record.section import RecordSection, muted_label

#: Consent flags shown as checkboxes: (Consent field, label).
EXPLAINED_FLAGS: tuple[tuple[str, str], ...] = (
    (
        "not_acupuncture_statement",
        QT_TRANSLATE_NOOP("Terms", "Told that dry needling is not acupuncture"),
    ),
    ("procedure_explained", QT_TRANSLATE_NOOP("Terms", "Procedure described")),
    (
        "sensations_explained",
        QT_TRANSLATE_NOOP("Terms", "Expected sensations described (ache, twitch, soreness)"),
    ),
    ("benefits_explained", QT_TRANSLATE_NOOP("Terms", "Expected benefit described")),
    ("alternatives_offered", QT_TRANSLATE_NOOP("Terms", "Alternatives offered")),
    ("right_to_withdraw", QT_TRANSLATE_NOOP("Terms", "Right to withdraw at any time explained")),
    ("questions_answered", QT_TRANSLATE_NOOP("Terms", "Questions answered")),
)
DOCUMENT_FLAGS: tuple[tuple[str, str], ...] = (
    ("signed_form_on_file", QT_TRANSLATE_NOOP("Terms", "Signed consent form on file")),
    ("copy_given", QT_TRANSLATE_NOOP("Terms", "Copy given to the patient")),
    ("reconfirmed_this_visit", QT_TRANSLATE_NOOP("Terms", "Consent re-confirmed at this visit")),
)
SCOPE_LABELS = {
    ConsentScope.COURSE: QT_TRANSLATE_NOOP("Terms", "Course of treatment"),
    ConsentScope.SINGLE_SESSION: QT_TRANSLATE_NOOP("Terms", "This session only"),
}
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


class ConsentSection(RecordSection):
    """Informed consent to dry needling, recorded once the form (written/verbal) is chosen."""

    title = QT_TRANSLATE_NOOP("Terms", "Consent")
    hint = QT_TRANSLATE_NOOP(
        "Terms", "Choose written or verbal first; every other tick is saved as you make it."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._consent: Consent | None = None
        self._grids: list[tuple[QGridLayout, list[QCheckBox], int]] = []
        self.form_group = QButtonGroup(self)
        self.form_buttons: dict[ConsentForm, QRadioButton] = {
            ConsentForm.WRITTEN: QRadioButton(translate("ConsentSection", "&Written")),
            ConsentForm.VERBAL: QRadioButton(translate("ConsentSection", "Ve&rbal")),
        }
        self.obtained_at = QDateTimeEdit()
        self.obtained_at.setDisplayFormat(DATETIME_FORMAT)
        self.obtained_at.setCalendarPopup(True)
        self.obtained_by = QComboBox()
        self.scope_combo = QComboBox()
        self.flag_checks: dict[str, QCheckBox] = {}
        self.risk_checks: dict[str, QCheckBox] = {}
        self.patient_risks = NoteEdit(lines=2)
        self._build()
        self.body.addWidget(self.save_error)
        self.body.addStretch(1)

    def _build(self) -> None:
        self.carry_button = QPushButton(
            translate("ConsentSection", "Bring forward consent from the &last visit")
        )
        self.carry_button.setToolTip(
            translate(
                "ConsentSection",
                "Copies a consent that covers a course of treatment; tick “re-confirmed” after "
                "checking with the patient",
            )
        )
        self.carry_button.clicked.connect(self._carry_forward)
        carry_row = QHBoxLayout()
        carry_row.addWidget(self.carry_button)
        carry_row.addStretch(1)
        self.body.addLayout(carry_row)
        form = new_form_layout()
        how = QWidget()
        row = QHBoxLayout(how)
        row.setContentsMargins(0, 0, 0, 0)
        for _kind, button in self.form_buttons.items():
            button.setAccessibleName(
                translate("ConsentSection", "{form} consent").format(
                    form=plain_label(button.text())
                )
            )
            self.form_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.form_group.buttonToggled.connect(self._form_toggled)
        form.addRow(translate("ConsentSection", "Consent given:"), how)
        self.obtained_at.dateTimeChanged.connect(self._save_consent)
        add_labelled_row(
            form, translate("ConsentSection", "Obtained &at:"), self.obtained_at, self.obtained_at
        )
        self.obtained_by.currentIndexChanged.connect(self._save_consent)
        add_labelled_row(
            form, translate("ConsentSection", "Obtained &by:"), self.obtained_by, self.obtained_by
        )
        for scope, text in SCOPE_LABELS.items():
            self.scope_combo.addItem(term(text), scope)
        self.scope_combo.currentIndexChanged.connect(self._save_consent)
        add_labelled_row(
            form, translate("ConsentSection", "C&overs:"), self.scope_combo, self.scope_combo
        )
        self.body.addLayout(form)
        self.body.addWidget(section_header(translate("ConsentSection", "Explained to the patient")))
        self.body.addLayout(self._check_grid(EXPLAINED_FLAGS, self.flag_checks, columns=2))
        risks_header = QHBoxLayout()
        risks_header.addWidget(section_header(translate("ConsentSection", "Risks discussed")), 1)
        tick_all = QPushButton(translate("ConsentSection", "Tic&k all risks"))
        tick_all.clicked.connect(self._tick_all_risks)
        risks_header.addWidget(tick_all)
        self.body.addLayout(risks_header)
        risks = tuple((r.id, r.label) for r in CONSENT_RISKS)
        self.body.addLayout(self._check_grid(risks, self.risk_checks, columns=2))
        self.patient_risks.setPlaceholderText(
            translate(
                "ConsentSection",
                "Risks particular to this patient that were discussed (e.g. scoliosis and thorax)",
            )
        )
        self.patient_risks.editing_finished.connect(self._save_consent)
        risks_label = QLabel(translate("ConsentSection", "Patient-specific risks &discussed:"))
        risks_label.setBuddy(self.patient_risks)
        self.body.addWidget(risks_label)
        self.body.addWidget(self.patient_risks)
        self.body.addWidget(section_header(translate("ConsentSection", "Documents")))
        self.body.addLayout(self._check_grid(DOCUMENT_FLAGS, self.flag_checks, columns=3))
        self.body.addWidget(
            muted_label(
                translate(
                    "ConsentSection",
                    "Some jurisdictions require written consent and a copy for the patient.",
                )
            )
        )

    def _check_grid(
        self, entries: tuple[tuple[str, str], ...], into: dict[str, QCheckBox], *, columns: int
    ) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        checks = []
        for key, text in entries:
            check = QCheckBox(term(text))
            check.toggled.connect(self._save_consent)
            into[key] = check
            checks.append(check)
        self._grids.append((grid, checks, columns))
        _place_checks(grid, checks, columns)
        return grid

    def set_compact(self, compact: bool) -> None:
        """One column of ticks on a narrow page (side by side they would scroll sideways)."""
        for grid, checks, columns in self._grids:
            _place_checks(grid, checks, 1 if compact else columns)

    def load(self) -> None:
        """Show the stored consent; before one exists, show defaults for this visit."""
        repository = self.context.repository
        self.obtained_by.clear()
        self.obtained_by.addItem(translate("ConsentSection", "— not recorded —"), None)
        for clinician in repository.list_clinicians():
            self.obtained_by.addItem(clinician.display_name, clinician.id)
        consent = self.context.records.get_consent(self.context.visit_id)
        self._consent = consent
        self._show(consent)

    def _show(self, consent: Consent | None) -> None:
        visit = self.context.chart.visit
        self.form_group.setExclusive(False)
        for kind, button in self.form_buttons.items():
            button.setChecked(consent is not None and consent.form is kind)
        self.form_group.setExclusive(True)
        when = consent.obtained_at if consent else visit.started_at
        self.obtained_at.setDateTime(
            QDateTime(
                QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
            )
        )
        by = consent.obtained_by if consent else visit.clinician_id
        self.obtained_by.setCurrentIndex(max(0, self.obtained_by.findData(by)))
        scope = consent.scope if consent else ConsentScope.COURSE
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope)))
        for key, check in self.flag_checks.items():
            check.setChecked(bool(consent and getattr(consent, key)))
        discussed = set(consent.risks_discussed) if consent else set()
        for key, check in self.risk_checks.items():
            check.setChecked(key in discussed)
        self.patient_risks.set_text_quietly(consent.patient_specific_risks if consent else "")

    def build(self) -> Consent | None:
        """The consent on the form, or None while written/verbal is not chosen."""
        form = next((k for k, b in self.form_buttons.items() if b.isChecked()), None)
        if form is None:
            return None
        flags = {key: check.isChecked() for key, check in self.flag_checks.items()}
        return Consent(
            id=self._consent.id if self._consent else None,
            uuid=self._consent.uuid if self._consent else None,
            visit_id=self.context.visit_id,
            form=form,
            obtained_at=self._obtained_at(),
            obtained_by=self.obtained_by.currentData(),
            scope=self.scope_combo.currentData(),
            risks_discussed=tuple(k for k, c in self.risk_checks.items() if c.isChecked()),
            patient_specific_risks=self.patient_risks.toPlainText().strip(),
            **flags,
        )

    def _obtained_at(self) -> datetime:
        value = self.obtained_at.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.replace(second=0, microsecond=0)

    def _save_consent(self) -> None:
        if self.is_loading or not self.has_visit:
            return
        if not any(button.isChecked() for button in self.form_buttons.values()):
            self.save_error.show_message(
                translate("ConsentSection", "Choose written or verbal consent to record it.")
            )
            return
        records = self.context.records
        base = self._consent  # None when none was stored: then every field is written
        saved = self.save(lambda: records.save_consent(self._build_chosen(), base=base))
        if saved is not None:
            self._consent = saved
            self._push_edit(base, saved)

    def _push_edit(self, before: Consent | None, after: Consent) -> None:
        """Put a consent edit on the undo stack.

        The first choice of written or verbal is not undoable (a consent record cannot be
        stored without one), so undo stops there.
        """
        if before is None:
            return
        records = self.context.records
        self.push_form_edit(
            translate("ConsentSection", "Edit consent"),
            before,
            after,
            records.get_consent,
            lambda consent, current: records.save_consent(consent, base=current),
        )

    def _form_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._save_consent()

    def _build_chosen(self) -> Consent:
        consent = self.build()
        assert consent is not None, "called only once written or verbal is chosen"
        return consent

    def _carry_forward(self) -> None:
        """Fill the form from the last visit's course consent and save it for this visit."""
        records = self.context.records
        earlier = records.prefill_consent(self.context.visit_id)
        if earlier is None:
            self.save_error.show_message(
                translate(
                    "ConsentSection",
                    "The last visit has no consent covering a course of treatment to bring "
                    "forward.",
                )
            )
            return
        carried = replace(earlier, id=self._consent.id if self._consent else None)
        before = self._consent
        saved = self.save(lambda: records.save_consent(carried))
        if saved is not None:
            self._consent = saved
            self._push_edit(before, saved)
            self._loading = True
            try:
                self._show(saved)
            finally:
                self._loading = False

    def _tick_all_risks(self) -> None:
        self._loading = True
        try:
            for check in self.risk_checks.values():
                check.setChecked(True)
        finally:
            self._loading = False
        self._save_consent()


def _place_checks(grid: QGridLayout, checks: list[QCheckBox], columns: int) -> None:
    """Lay ``checks`` out down ``columns`` columns of even width, column by column."""
    rows = -(-len(checks) // columns)
    for index, check in enumerate(checks):
        grid.addWidget(check, index % rows, index // rows)
    for column in range(max(columns, grid.columnCount())):
        grid.setColumnStretch(column, 1 if column < columns else 0)

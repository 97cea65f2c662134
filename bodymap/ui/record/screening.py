"""The Screening section: contraindication checklist, medications and the needling decision."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import safety
from bodymap.model.catalog_lists import (
    DECISION_LABELS,
    MEDICATION_LABELS,
    MEDICATION_PRECAUTIONS,
    SCREENING_ITEMS,
    ContraindicationClass,
    MedicationClass,
    ScreeningDecision,
    ScreeningStatus,
)
from bodymap.model.screening import Medications, Screening, ScreeningAnswer
from bodymap.ui.i18n import term, translate
from bodymap.ui.record.forms import (
    FieldError,
    NoteEdit,
    add_labelled_row,
    field_with_error,
    new_form_layout,
    section_header,
)
from bodymap.ui.record.section import RecordSection, muted_label
from bodymap.ui.theme import set_role

STATUS_ORDER = (ScreeningStatus.PRESENT, ScreeningStatus.ABSENT, ScreeningStatus.UNKNOWN)
STATUS_TEXT = {
    ScreeningStatus.PRESENT: QT_TRANSLATE_NOOP("Terms", "Present"),
    ScreeningStatus.ABSENT: QT_TRANSLATE_NOOP("Terms", "Absent"),
    ScreeningStatus.UNKNOWN: QT_TRANSLATE_NOOP("Terms", "Unknown"),
}


class ChecklistRow:
    """One checklist item: its label, a present/absent/unknown choice and a note."""

    def __init__(self, item_id: str, label: str, hint: str, absolute: bool) -> None:
        self.item_id = item_id
        self.absolute = absolute
        self.label = QLabel(term(label))
        self.label.setToolTip(term(hint))
        self.label.setWordWrap(True)
        self.choice = QWidget()
        row = QHBoxLayout(self.choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.group = QButtonGroup(self.choice)
        self.buttons: dict[ScreeningStatus, QRadioButton] = {}
        for status in STATUS_ORDER:
            button = QRadioButton(term(STATUS_TEXT[status]))
            button.setAccessibleName(
                translate("ChecklistRow", "{label}: {answer}").format(
                    label=label, answer=button.text()
                )
            )
            self.group.addButton(button)
            self.buttons[status] = button
            row.addWidget(button)
        self.note = QLineEdit()
        self.note.setPlaceholderText(term(hint) if hint else translate("ChecklistRow", "Note"))
        self.note.setAccessibleName(translate("ChecklistRow", "{label}: note").format(label=label))
        self.note.setMinimumWidth(60)  # shrinks first on a narrow page; the hint is a tooltip too

    @property
    def status(self) -> ScreeningStatus:
        """The chosen status (unknown when nothing is chosen)."""
        for status, button in self.buttons.items():
            if button.isChecked():
                return status
        return ScreeningStatus.UNKNOWN

    def show_answer(self, answer: ScreeningAnswer) -> None:
        """Show a stored answer."""
        self.buttons[answer.status].setChecked(True)
        self.note.setText(answer.note)
        self.emphasise()

    def emphasise(self) -> None:
        """Colour the label of a present item (red for absolute) so it stands out."""
        present = self.status is ScreeningStatus.PRESENT
        set_role(self.label, ("error-strong" if self.absolute else "warning") if present else "")


class ScreeningSection(RecordSection):
    """Screening of the visit, prefilled from the previous one on request."""

    title = QT_TRANSLATE_NOOP("Terms", "Screening")
    hint = QT_TRANSLATE_NOOP(
        "Terms",
        "Contraindications and precautions for dry needling today; answer every item before a "
        "needling visit is signed. A hard stop blocks needling with no override; another "
        "absolute item needs a written override reason; a relative one needs a decision note.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._screening: Screening | None = None
        self.rows: dict[str, ChecklistRow] = {}
        self._grids: list[tuple[QGridLayout, list[ChecklistRow]]] = []
        self.prefill_button = QPushButton(translate("ScreeningSection", "Prefi&ll from last visit"))
        self.prefill_button.clicked.connect(self._prefill)
        self.all_absent_button = QPushButton(
            translate("ScreeningSection", "Mark unanswered as a&bsent")
        )
        self.all_absent_button.clicked.connect(self._unknown_to_absent)
        self.prefill_note = muted_label("")
        tools = QHBoxLayout()
        tools.addWidget(self.prefill_button)
        tools.addWidget(self.all_absent_button)
        tools.addStretch(1)
        self.body.addLayout(tools)
        self.body.addWidget(self.prefill_note)
        #: Red: a hard stop is present (no override). Amber: what is still needed to sign.
        self.hard_stop_note = QLabel()
        self.hard_stop_note.setWordWrap(True)
        set_role(self.hard_stop_note, "danger-box")
        self.hard_stop_note.setAccessibleName(translate("ScreeningSection", "hard stop"))
        self.precaution_note = QLabel()
        self.precaution_note.setWordWrap(True)
        set_role(self.precaution_note, "notice-note")
        self.precaution_note.setAccessibleName(
            translate("ScreeningSection", "screening still needed")
        )
        self.body.addWidget(self.hard_stop_note)
        self.body.addWidget(self.precaution_note)
        for klass, heading in (
            (
                ContraindicationClass.ABSOLUTE,
                QT_TRANSLATE_NOOP("Terms", "Absolute contraindications"),
            ),
            (
                ContraindicationClass.RELATIVE,
                QT_TRANSLATE_NOOP("Terms", "Relative contraindications and precautions"),
            ),
        ):
            self.body.addWidget(section_header(heading))
            self.body.addLayout(self._checklist_grid(klass))
        self.medication_checks: dict[MedicationClass, QCheckBox] = {}
        self.medication_details = QLineEdit()
        self.medication_details.setAccessibleName(
            translate("ScreeningSection", "Medication details")
        )
        self.decision_combo = QComboBox()
        self._auto_proceed = False  # "proceed" was filled in because every item was absent
        self.decision_note = NoteEdit(lines=2)
        self.override_reason = NoteEdit(lines=2)
        self.decision_error: FieldError
        self.override_error: FieldError
        self._build_decision_form()
        self.body.addWidget(self.save_error)
        self.body.addStretch(1)

    def _checklist_grid(self, klass: ContraindicationClass) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        rows: list[ChecklistRow] = []
        for info in (i for i in SCREENING_ITEMS if i.klass is klass):
            row = ChecklistRow(
                info.id, info.label, info.hint, klass is ContraindicationClass.ABSOLUTE
            )
            row.group.buttonToggled.connect(
                lambda _button, checked, row=row: self._row_changed(row, checked)
            )
            row.note.editingFinished.connect(self._save_screening)
            rows.append(row)
            self.rows[info.id] = row
        self._grids.append((grid, rows))
        _place_rows(grid, rows, compact=False)
        return grid

    def set_compact(self, compact: bool) -> None:
        """On a narrow page each item's note goes under its answer, not beside it."""
        for grid, rows in self._grids:
            _place_rows(grid, rows, compact)
        self._place_medications(columns=2 if compact else 3)

    def _place_medications(self, columns: int) -> None:
        for index, check in enumerate(self.medication_checks.values()):
            self._medications.addWidget(check, index // columns, index % columns)
        for column in range(4):
            self._medications.setColumnStretch(column, 1 if column == columns else 0)

    def _build_decision_form(self) -> None:
        self.body.addWidget(section_header(translate("ScreeningSection", "Medications")))
        meds = QGridLayout()
        meds.setHorizontalSpacing(24)
        for medication, text in MEDICATION_LABELS.items():
            check = QCheckBox(term(text))
            check.toggled.connect(
                lambda ticked, medication=medication: self._medication_ticked(medication, ticked)
            )
            self.medication_checks[medication] = check
        self._medications = meds
        self._place_medications(columns=3)
        self.body.addLayout(meds)
        self.medication_details.setPlaceholderText(
            translate("ScreeningSection", "Drug names and doses, e.g. apixaban 5 mg bd")
        )
        self.medication_details.editingFinished.connect(self._save_screening)
        self.body.addWidget(self.medication_details)
        self.body.addWidget(section_header(translate("ScreeningSection", "Decision")))
        form = new_form_layout()
        self.decision_combo.addItem(translate("ScreeningSection", "— not decided —"), None)
        for decision, text in DECISION_LABELS.items():
            self.decision_combo.addItem(term(text), decision)
        self.decision_combo.activated.connect(self._decided_by_hand)
        self.decision_combo.currentIndexChanged.connect(self._save_screening)
        add_labelled_row(
            form,
            translate("ScreeningSection", "&Decision:"),
            self.decision_combo,
            self.decision_combo,
        )
        self.decision_note.setPlaceholderText(
            translate("ScreeningSection", "How relative contraindications were handled")
        )
        self.decision_note.editing_finished.connect(self._save_screening)
        holder, self.decision_error = field_with_error(self.decision_note)
        add_labelled_row(
            form, translate("ScreeningSection", "Decision &note:"), holder, self.decision_note
        )
        self.override_reason.setPlaceholderText(
            translate(
                "ScreeningSection",
                "Only when needling despite an absolute contraindication (never a hard stop): "
                "the clinical reason it is safe",
            )
        )
        self.override_reason.editing_finished.connect(self._save_screening)
        holder, self.override_error = field_with_error(self.override_reason)
        add_labelled_row(
            form, translate("ScreeningSection", "Override &reason:"), holder, self.override_reason
        )
        self.body.addLayout(form)

    def load(self) -> None:
        """Show the stored screening, or an all-unknown checklist when none is stored yet."""
        stored = self.context.records.get_screening(self.context.visit_id)
        self._auto_proceed = False
        self._show(stored or Screening(visit_id=self.context.visit_id))
        self._screening = stored
        self.prefill_note.setText(
            translate(
                "ScreeningSection",
                "Prefilled from the previous visit; check each item with the patient.",
            )
            if stored and stored.prefilled_from_visit_id
            else ""
        )

    def _show(self, screening: Screening) -> None:
        for answer in screening.answers:
            self.rows[answer.item_id].show_answer(answer)
        for medication, check in self.medication_checks.items():
            check.setChecked(getattr(screening.medications, medication.value))
        self.medication_details.setText(screening.medications.details)
        self.decision_combo.setCurrentIndex(
            max(0, self.decision_combo.findData(screening.decision))
        )
        self.decision_note.set_text_quietly(screening.decision_note)
        self.override_reason.set_text_quietly(screening.override_reason)
        self._show_safety(screening)

    def _show_safety(self, screening: Screening) -> None:
        """Say, next to the checklist, what blocks needling and what signing still needs."""
        hard = safety.hard_stop_reason(screening)
        self.hard_stop_note.setText(hard or "")
        self.hard_stop_note.setVisible(bool(hard))
        needed = safety.medication_precautions(screening)
        if screening.unknown_count:
            needed.insert(
                0,
                translate(
                    "ScreeningSection",
                    "{unknown_count} item(s) still unknown: answer each present or absent before "
                    "needling is signed.",
                ).format(unknown_count=screening.unknown_count),
            )
        self.precaution_note.setText("\n".join(f"• {line}" for line in needed))
        self.precaution_note.setVisible(bool(needed))

    def build(self) -> Screening:
        """The screening as currently shown on the form."""
        medications = Medications(
            **{m.value: c.isChecked() for m, c in self.medication_checks.items()},
            details=self.medication_details.text().strip(),
        )
        answers = tuple(
            ScreeningAnswer(item_id=r.item_id, status=r.status, note=r.note.text().strip())
            for r in self.rows.values()
        )
        previous = self._screening
        return Screening(
            id=previous.id if previous else None,
            visit_id=self.context.visit_id,
            answers=answers,
            medications=medications,
            decision=self.decision_combo.currentData(),
            decision_note=self.decision_note.toPlainText().strip(),
            override_reason=self.override_reason.toPlainText().strip(),
            prefilled_from_visit_id=previous.prefilled_from_visit_id if previous else None,
        )

    def _row_changed(self, row: ChecklistRow, checked: bool) -> None:
        if not checked:  # the button being switched off; its partner's toggle saves
            return
        row.emphasise()
        self._save_screening()

    def _medication_ticked(self, medication: MedicationClass, ticked: bool) -> None:
        """A ticked group puts its precaution in force: mark its checklist item present."""
        precaution = MEDICATION_PRECAUTIONS.get(medication)
        if ticked and precaution is not None and not self.is_loading:
            row = self.rows[precaution[0]]
            if row.status is not ScreeningStatus.PRESENT:
                self._loading = True
                try:
                    row.buttons[ScreeningStatus.PRESENT].setChecked(True)
                    row.emphasise()
                finally:
                    self._loading = False
                row.note.setPlaceholderText(
                    translate("ScreeningSection", "Required: how the {value} was handled").format(
                        value=precaution[1]
                    )
                )
        self._save_screening()

    def _decided_by_hand(self, _index: int) -> None:
        self._auto_proceed = False

    def _default_decision(self) -> None:
        """Every item answered "absent" and no decision yet: the decision is "proceed".

        A "proceed" chosen this way is taken back when an item stops being absent, so the
        clinician decides again; a decision the clinician chose is never changed.
        """
        all_absent = all(r.status is ScreeningStatus.ABSENT for r in self.rows.values())
        current = self.decision_combo.currentData()
        target: object = current
        if current is None and all_absent:
            target = ScreeningDecision.PROCEED
        elif self._auto_proceed and not all_absent and current == ScreeningDecision.PROCEED:
            target = None
        if target is current:
            return
        self._auto_proceed = target is not None
        self.decision_combo.blockSignals(True)
        self.decision_combo.setCurrentIndex(max(0, self.decision_combo.findData(target)))
        self.decision_combo.blockSignals(False)

    def _save_screening(self) -> None:
        if self.is_loading or not self.has_visit:
            return
        self._default_decision()
        records = self.context.records
        base = self._screening or Screening(visit_id=self.context.visit_id)
        saved = self.save(lambda: records.save_screening(self.build(), base=base))
        if saved is not None:
            self._screening = saved
            self._show_safety(saved)
            self._push_edit(base, saved)

    def _push_edit(self, before: Screening, after: Screening) -> None:
        records = self.context.records
        self.push_form_edit(
            translate("ScreeningSection", "Edit screening"),
            before,
            after,
            records.get_screening,
            lambda screening, current: records.save_screening(screening, base=current),
        )

    def _prefill(self) -> None:
        records = self.context.records
        visit_id = self.context.visit_id
        before = self._screening or Screening(visit_id=visit_id)
        saved = self.save(lambda: records.save_screening(records.prefill_screening(visit_id)))
        if saved is not None:
            self.show_visit(self.context)
            self._push_edit(before, saved)

    def _unknown_to_absent(self) -> None:
        self._loading = True
        try:
            for row in self.rows.values():
                if row.status is ScreeningStatus.UNKNOWN:
                    row.buttons[ScreeningStatus.ABSENT].setChecked(True)
        finally:
            self._loading = False
        self._save_screening()


def _place_rows(grid: QGridLayout, rows: list[ChecklistRow], compact: bool) -> None:
    """Label, answer and note in one line each, or (compact) the note under the answer."""
    for number, row in enumerate(rows):
        if compact:
            grid.addWidget(row.label, 2 * number, 0, 2, 1)
            grid.addWidget(row.choice, 2 * number, 1)
            grid.addWidget(row.note, 2 * number + 1, 1)
        else:
            grid.addWidget(row.label, number, 0)
            grid.addWidget(row.choice, number, 1)
            grid.addWidget(row.note, number, 2)
    grid.setColumnStretch(0, 3)
    grid.setColumnStretch(1, 2 if compact else 0)
    grid.setColumnStretch(2, 0 if compact else 2)

"""The Plan section: interventions with detail, frequency, next visit, referral and free text."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model.catalog_lists import PLAN_LABELS, PlanItem
from bodymap.model.record import Plan
from bodymap.ui.i18n import term, translate
from bodymap.ui.record.forms import (
    DATE_FORMAT_HINT,
    NoteEdit,
    add_labelled_row,
    field_with_error,
    new_form_layout,
    parse_optional_date,
    section_header,
)
from bodymap.ui.record.section import RecordSection

DETAIL_HINTS = {
    PlanItem.STRETCHING: QT_TRANSLATE_NOOP(
        "Terms", "e.g. upper trapezius and levator stretch, 3 × 30 s daily"
    ),
    PlanItem.STRENGTHENING: QT_TRANSLATE_NOOP(
        "Terms", "e.g. deep neck flexor endurance, scapular retraction"
    ),
    PlanItem.MANUAL_THERAPY: QT_TRANSLATE_NOOP(
        "Terms", "e.g. ischaemic compression, thoracic mobilisation"
    ),
    PlanItem.EDUCATION: QT_TRANSLATE_NOOP(
        "Terms", "e.g. soreness expectations, posture at work, sleep"
    ),
    PlanItem.HOME_EXERCISE: QT_TRANSLATE_NOOP("Terms", "e.g. handout given, 10 min twice a day"),
}


class PlanSection(RecordSection):
    """The structured plan of care of the visit."""

    title = QT_TRANSLATE_NOOP("Terms", "Plan")
    hint = QT_TRANSLATE_NOOP(
        "Terms", "Tick what is planned and say how; the SOAP Plan note is for anything else."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self.item_checks: dict[PlanItem, QCheckBox] = {}
        self.item_details: dict[PlanItem, QLineEdit] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        mnemonics = {
            "Stretching": QT_TRANSLATE_NOOP("Terms", "&Stretching"),
            "Education": QT_TRANSLATE_NOOP("Terms", "E&ducation"),
        }
        for row, (item, text) in enumerate(PLAN_LABELS.items()):
            check = QCheckBox(term(mnemonics.get(text, text)))
            check.setMinimumWidth(220)
            detail = QLineEdit()
            detail.setPlaceholderText(
                term(DETAIL_HINTS.get(item, QT_TRANSLATE_NOOP("Terms", "Detail")))
            )
            detail.setAccessibleName(translate("PlanSection", "{item}: detail").format(item=text))
            check.toggled.connect(self._save_plan)
            detail.editingFinished.connect(self._save_plan)
            grid.addWidget(check, row, 0)
            grid.addWidget(detail, row, 1)
            self.item_checks[item] = check
            self.item_details[item] = detail
        grid.setColumnStretch(1, 1)
        self.body.addWidget(section_header(translate("PlanSection", "Interventions")))
        self.body.addLayout(grid)
        self.body.addWidget(section_header(translate("PlanSection", "Follow-up")))
        form = new_form_layout()
        self.frequency = QLineEdit()
        self.frequency.setPlaceholderText(translate("PlanSection", "e.g. once a week for 4 weeks"))
        self.next_visit = QLineEdit()
        self.next_visit.setPlaceholderText(term(DATE_FORMAT_HINT))
        self.next_visit.setMaximumWidth(160)
        self.referral = QLineEdit()
        self.referral.setPlaceholderText(translate("PlanSection", "To whom and why, if anyone"))
        self.notes = NoteEdit(lines=4)
        self.notes.setPlaceholderText(
            translate("PlanSection", "Goals, follow-up call for post-needling soreness, ...")
        )
        add_labelled_row(
            form, translate("PlanSection", "Fre&quency:"), self.frequency, self.frequency
        )
        holder, self.next_visit_error = field_with_error(self.next_visit)
        self.field_errors["next_visit"] = self.next_visit_error
        add_labelled_row(form, translate("PlanSection", "Ne&xt visit:"), holder, self.next_visit)
        add_labelled_row(form, translate("PlanSection", "&Referral:"), self.referral, self.referral)
        add_labelled_row(form, translate("PlanSection", "N&otes:"), self.notes, self.notes)
        for line in (self.frequency, self.next_visit, self.referral):
            line.editingFinished.connect(self._save_plan)
        self.notes.editing_finished.connect(self._save_plan)
        self.body.addLayout(form)
        self.body.addWidget(self.save_error)
        self.body.addStretch(1)

    def load(self) -> None:
        """Show the stored plan (an empty one before anything is planned)."""
        stored = self.context.records.get_plan(self.context.visit_id)
        self._plan = stored
        plan = stored or Plan(visit_id=self.context.visit_id)
        for item, check in self.item_checks.items():
            check.setChecked(getattr(plan, item.value))
            self.item_details[item].setText(getattr(plan, f"{item.value}_detail"))
        self.frequency.setText(plan.frequency)
        self.next_visit.setText(plan.next_visit.isoformat() if plan.next_visit else "")
        self.referral.setText(plan.referral)
        self.notes.set_text_quietly(plan.notes)
        self.next_visit_error.show_message("")

    def build(self) -> Plan:
        """The plan on the form (raises ValidationError naming the bad field)."""
        values: dict[str, object] = {}
        for item, check in self.item_checks.items():
            values[item.value] = check.isChecked()
            values[f"{item.value}_detail"] = self.item_details[item].text().strip()
        assert {f.name for f in fields(Plan)} >= values.keys()
        return Plan(
            id=self._plan.id if self._plan else None,
            visit_id=self.context.visit_id,
            frequency=self.frequency.text().strip(),
            next_visit=parse_optional_date("next_visit", self.next_visit.text()),
            referral=self.referral.text().strip(),
            notes=self.notes.toPlainText().strip(),
            **values,  # type: ignore[arg-type]
        )

    def _save_plan(self) -> None:
        if self.is_loading or not self.has_visit:
            return
        # Against the plan last read (an empty one when none was stored): only changed fields.
        base = self._plan or Plan(visit_id=self.context.visit_id)
        records = self.context.records
        saved = self.save(lambda: records.save_plan(self.build(), base=base))
        if saved is not None:
            self._plan = saved
            self.push_form_edit(
                translate("PlanSection", "Edit plan of care"),
                base,
                saved,
                records.get_plan,
                lambda plan, current: records.save_plan(plan, base=current),
            )

"""The SOAP section: four notes, with the structured data summarised into Objective on request."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from bodymap.model import Visit
from bodymap.ui.record.forms import FieldError, NoteEdit
from bodymap.ui.record.section import RecordSection, muted_label
from bodymap.ui.record.undo import record_edit

#: (Visit field, mnemonic label, what belongs there) for the four notes.
SOAP_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("subjective", "&Subjective", "What the patient reports: symptoms, response since last visit"),
    ("objective", "&Objective", "Measurements, palpation findings, the procedure record"),
    ("assessment", "&Assessment", "Your interpretation: response, progress against goals"),
    ("plan", "&Plan", "Next steps in words (structured items are on the Plan page)"),
)

SUMMARY_HEADING = "Charted data (summary):"


def merge_summary(objective: str, summary: str) -> str:
    """Put ``summary`` at the top of ``objective``, replacing an earlier generated summary.

    A generated block starts with :data:`SUMMARY_HEADING` and ends at the first blank line, so
    pressing the button twice never duplicates it and the clinician's own text is kept.
    """
    own_text = objective
    if objective.startswith(SUMMARY_HEADING):
        _, _, own_text = objective.partition("\n\n")
    block = f"{SUMMARY_HEADING}\n{summary.strip()}"
    own_text = own_text.strip()
    return f"{block}\n\n{own_text}" if own_text else block


class SoapSection(RecordSection):
    """Subjective, Objective, Assessment and Plan notes of the visit, saved on focus-out.

    Args:
        summarise: builds the summary text of the visit's structured data (measures, needling).
        parent: the owning widget.
    """

    title = "SOAP note"
    hint = "Each note is saved as you type (within a second) and when you leave it."

    def __init__(self, summarise: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summarise = summarise
        self._visit: Visit | None = None
        self.edits: dict[str, NoteEdit] = {}
        self.summarise_button = QPushButton("Summarise structured data into Objecti&ve")
        self.summarise_button.setToolTip(
            "Writes NPRS, PPT, ROM, questionnaire scores and the needling record into Objective"
        )
        self.summarise_button.clicked.connect(self._summarise_into_objective)
        for name, label_text, hint in SOAP_FIELDS:
            # Objective holds the generated summary too, so it gets the most room.
            edit = NoteEdit(lines=10 if name == "objective" else 5)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(name)
            edit.editing_finished.connect(lambda name=name: self._save_field(name))
            self.edits[name] = edit
            heading = QHBoxLayout()
            heading.setContentsMargins(0, 6, 0, 0)
            label = QLabel(label_text)
            label.setStyleSheet("font-weight: 600;")
            label.setBuddy(edit)
            heading.addWidget(label)
            heading.addStretch(1)
            if name == "objective":
                heading.addWidget(self.summarise_button)
            self.body.addLayout(heading)
            self.body.addWidget(edit)
        self.body.addWidget(self.save_error)
        self.body.addWidget(
            muted_label("The session note PDF prints these notes under the structured record.")
        )
        self.body.addStretch(1)

    def load(self) -> None:
        """Fill the four notes from the stored visit."""
        self._visit = self.context.repository.get_visit(self.context.visit_id)
        for name, edit in self.edits.items():
            edit.set_text_quietly(getattr(self._visit, name))

    def _save_field(
        self, name: str, error: FieldError | None = None, *, undoable: bool = True
    ) -> None:
        visit = self._visit
        if visit is None or self.is_loading:
            return
        notes = {field: edit.toPlainText() for field, edit in self.edits.items()}
        changed = replace(
            visit,
            subjective=notes["subjective"] if name == "subjective" else visit.subjective,
            objective=notes["objective"] if name == "objective" else visit.objective,
            assessment=notes["assessment"] if name == "assessment" else visit.assessment,
            plan=notes["plan"] if name == "plan" else visit.plan,
        )
        updated = self.save(lambda: _update(self, changed), error)
        if updated is not None:
            self._visit = updated
            if undoable:
                label = name.capitalize()
                old, new = getattr(visit, name), getattr(updated, name)
                record_edit(self.undo_stack, label, lambda v: self._restore(name, v), old, new)

    def _restore(self, name: str, text: str) -> None:
        """Undo/redo: put ``text`` back in the note and save it."""
        self.edits[name].set_text_quietly(text)
        self._save_field(name, undoable=False)

    def _summarise_into_objective(self) -> None:
        edit = self.edits["objective"]
        edit.set_text_quietly(merge_summary(edit.toPlainText(), self._summarise()))
        self._save_field("objective")


def _update(section: SoapSection, visit: Visit) -> Visit:
    section.context.repository.update_visit(visit)
    return visit

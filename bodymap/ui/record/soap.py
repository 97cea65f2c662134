"""The SOAP section: four notes, with the structured data summarised into Objective on request."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import Visit
from bodymap.storage.errors import EditConflictError
from bodymap.ui.conflict import ConflictBar
from bodymap.ui.i18n import term, translate
from bodymap.ui.record.forms import FieldError, NoteEdit
from bodymap.ui.record.section import RecordSection, muted_label
from bodymap.ui.record.undo import record_edit

#: (Visit field, mnemonic label, what belongs there) for the four notes.
SOAP_FIELDS: tuple[tuple[str, str, str], ...] = (
    (
        "subjective",
        QT_TRANSLATE_NOOP("Terms", "&Subjective"),
        QT_TRANSLATE_NOOP("Terms", "What the patient reports: symptoms, response since last visit"),
    ),
    (
        "objective",
        QT_TRANSLATE_NOOP("Terms", "&Objective"),
        QT_TRANSLATE_NOOP("Terms", "Measurements, palpation findings, the procedure record"),
    ),
    (
        "assessment",
        QT_TRANSLATE_NOOP("Terms", "&Assessment"),
        QT_TRANSLATE_NOOP("Terms", "Your interpretation: response, progress against goals"),
    ),
    (
        "plan",
        QT_TRANSLATE_NOOP("Terms", "P&lan"),
        QT_TRANSLATE_NOOP("Terms", "Next steps in words (structured items are on the Plan page)"),
    ),
)

SUMMARY_HEADING = QT_TRANSLATE_NOOP("Terms", "Charted data (summary):")


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

    title = QT_TRANSLATE_NOOP("Terms", "SOAP note")
    hint = QT_TRANSLATE_NOOP(
        "Terms", "Each note is saved as you type (within a second) and when you leave it."
    )

    def __init__(self, summarise: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summarise = summarise
        self._visit: Visit | None = None
        self._conflicted = ""
        self.edits: dict[str, NoteEdit] = {}
        self.conflict_bar = ConflictBar()
        self.body.addWidget(self.conflict_bar)
        self.summarise_button = QPushButton(
            translate("SoapSection", "Summarise structured data into O&bjective")
        )
        self.summarise_button.setToolTip(
            translate(
                "SoapSection",
                "Writes NPRS, PPT, ROM, questionnaire scores and the needling record into "
                "Objective",
            )
        )
        self.summarise_button.clicked.connect(self._summarise_into_objective)
        for name, label_text, hint in SOAP_FIELDS:
            # Objective holds the generated summary too, so it gets the most room.
            edit = NoteEdit(lines=10 if name == "objective" else 5)
            edit.setPlaceholderText(term(hint))
            edit.setAccessibleName(name)
            edit.editing_finished.connect(lambda name=name: self._save_field(name))
            self.edits[name] = edit
            heading = QHBoxLayout()
            heading.setContentsMargins(0, 6, 0, 0)
            label = QLabel(term(label_text))
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
            muted_label(
                translate(
                    "SoapSection",
                    "The session note PDF prints these notes under the structured record.",
                )
            )
        )
        self.body.addStretch(1)

    def load(self) -> None:
        """Fill the four notes from the stored visit."""
        self._visit = self.context.repository.get_visit(self.context.visit_id)
        self.conflict_bar.hide()
        for name, edit in self.edits.items():
            edit.set_text_quietly(getattr(self._visit, name))

    def _save_field(
        self, name: str, error: FieldError | None = None, *, undoable: bool = True
    ) -> None:
        visit = self._visit
        if visit is None or self.is_loading:
            return
        # Only this note is written, against the version last read: a note saved meanwhile
        # on another workstation is kept, and the same note changed there is a conflict.
        note: dict[str, Any] = {name: self.edits[name].toPlainText()}
        mine = replace(visit, **note)
        self._conflicted = name
        updated = self.save(lambda: _update(self, mine, visit), error)
        if updated is not None:
            self._show_stored(updated, previous=visit)
            if undoable:
                label = name.capitalize()
                old, new = getattr(visit, name), getattr(updated, name)
                record_edit(self.undo_stack, label, lambda v: self._restore(name, v), old, new)

    def _restore(self, name: str, text: str) -> None:
        """Undo/redo: put ``text`` back in the note and save it."""
        self.edits[name].set_text_quietly(text)
        self._save_field(name, undoable=False)

    def refresh_quietly(self) -> None:
        """Take notes saved elsewhere, leaving any note the user has changed since as typed."""
        if self._visit is None or not self.has_visit:
            return
        self._show_stored(self.context.repository.get_visit(self.context.visit_id), self._visit)

    def _show_stored(self, stored: Visit, previous: Visit) -> None:
        """Remember ``stored`` and show its notes where the user has not typed since."""
        self._visit = stored
        for name, edit in self.edits.items():
            if edit.toPlainText() == getattr(previous, name):
                edit.set_text_quietly(getattr(stored, name))

    def on_conflict(self, conflict: EditConflictError[Any], target: FieldError) -> None:
        """Another workstation changed this note since it was read: ask, in place."""
        name = self._conflicted
        theirs: Visit = conflict.theirs
        self.conflict_bar.show_conflict(
            conflict,
            keep_mine=lambda: self._keep_mine(theirs, name),
            take_theirs=lambda: self._take_theirs(theirs),
            their_text="\n".join(
                f"Their {f}: {getattr(theirs, f) or '(empty)'}" for f in conflict.fields
            ),
        )

    def _keep_mine(self, theirs: Visit, name: str) -> None:
        previous = self._visit
        self._visit = theirs
        if previous is not None:
            self._show_stored(theirs, previous)
        self._save_field(name)

    def _take_theirs(self, theirs: Visit) -> None:
        self._visit = theirs
        for name, edit in self.edits.items():
            edit.set_text_quietly(getattr(theirs, name))

    def _summarise_into_objective(self) -> None:
        edit = self.edits["objective"]
        edit.set_text_quietly(merge_summary(edit.toPlainText(), self._summarise()))
        self._save_field("objective")


def _update(section: SoapSection, visit: Visit, base: Visit) -> Visit:
    return section.context.repository.update_visit(visit, base=base)

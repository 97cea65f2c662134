"""The Addenda section: later corrections and notes, each with its own author and time."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bodymap.errors import BodyMapError
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model.record import Addendum
from bodymap.ui.i18n import translate
from bodymap.ui.record.forms import (
    NoteEdit,
    add_labelled_row,
    clear_layout,
    new_form_layout,
    section_header,
)
from bodymap.ui.record.section import ALWAYS_ENABLED, RecordSection, muted_label
from bodymap.ui.theme import hex_colour, set_role


class AddendaSection(RecordSection):
    """Lists the visit's addenda and adds new ones; works on signed visits too."""

    title = QT_TRANSLATE_NOOP("Terms", "Addenda")
    hint = QT_TRANSLATE_NOOP(
        "Terms",
        "An addendum never changes the signed record; it is kept beside it with its author.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        self.body.addWidget(self.list_box)
        self.body.addWidget(section_header(translate("AddendaSection", "New addendum")))
        form = new_form_layout()
        self.author_combo = QComboBox()
        self.author_combo.setMinimumWidth(280)
        self.text_edit = NoteEdit(lines=4)
        self.text_edit.setPlaceholderText(
            translate("AddendaSection", "What is corrected or added, and why")
        )
        self.add_button = QPushButton(translate("AddendaSection", "A&dd addendum"))
        self.add_button.clicked.connect(self.add_addendum)
        add_labelled_row(
            form, translate("AddendaSection", "&Author:"), self.author_combo, self.author_combo
        )
        add_labelled_row(
            form, translate("AddendaSection", "Te&xt:"), self.text_edit, self.text_edit
        )
        self.body.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.draft_note = muted_label(
            translate(
                "AddendaSection",
                "Addenda are for signed visits. While the visit is a draft, correct the record "
                "itself.",
            )
        )
        self.body.addWidget(self.draft_note)
        self.body.addWidget(self.save_error)
        self.body.addStretch(1)
        # Addenda are the one thing a signed visit still accepts.
        for widget in (self.author_combo, self.text_edit, self.add_button):
            widget.setProperty(ALWAYS_ENABLED, True)

    def load(self) -> None:
        """Show the stored addenda, oldest first."""
        clinicians = self.context.repository.list_clinicians()
        self._names = {c.id: c.display_name for c in clinicians}
        self.author_combo.clear()
        for clinician in clinicians:
            self.author_combo.addItem(clinician.display_name, clinician.id)
        signer = self.context.chart.visit.signed_by or self.context.chart.visit.clinician_id
        self.author_combo.setCurrentIndex(max(0, self.author_combo.findData(signer)))
        self.text_edit.set_text_quietly("")
        signed = self.context.signed
        for widget in (self.author_combo, self.text_edit, self.add_button):
            widget.setEnabled(signed)
        self.draft_note.setVisible(not signed)
        self._show(self.context.records.list_addenda(self.context.visit_id))

    def _show(self, addenda: list[Addendum]) -> None:
        clear_layout(self.list_layout)
        if not addenda:
            self.list_layout.addWidget(muted_label(translate("AddendaSection", "No addenda.")))
        for addendum in addenda:
            author = self._names.get(addendum.author_id, f"clinician {addendum.author_id}")
            when = addendum.created_at.strftime("%d %b %Y, %H:%M")
            muted = hex_colour("muted")
            card = QLabel(
                f"<b>{escape(author)}</b> &nbsp;<span style='color:{muted}'>{when}</span><br>"
                + escape(addendum.text).replace("\n", "<br>")
            )
            card.setWordWrap(True)
            card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            set_role(card, "card")
            self.list_layout.addWidget(card)

    def add_addendum(self) -> None:
        """Store the typed addendum under the chosen author."""
        author = self.author_combo.currentData()
        text = self.text_edit.toPlainText().strip()
        if author is None:
            self.save_error.show_message(
                translate(
                    "AddendaSection", "Add a clinician profile first: an addendum needs an author."
                )
            )
            return
        if not text:
            self.save_error.show_message(
                translate("AddendaSection", "Write the addendum text first.")
            )
            return
        visit_id = self.context.visit_id
        added = self.save(lambda: self.context.records.add_addendum(visit_id, author, text))
        if added is not None:
            self.text_edit.set_text_quietly("")
            try:
                self._show(self.context.records.list_addenda(visit_id))
            except BodyMapError as error:
                self.save_error.show_message(str(error))

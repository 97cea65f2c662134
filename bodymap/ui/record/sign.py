"""The Sign section: a checklist of what still blocks signing, and the Sign button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bodymap.errors import BodyMapError
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model.errors import ValidationError
from bodymap.ui.i18n import datetime_text, translate
from bodymap.ui.record.forms import add_labelled_row, new_form_layout
from bodymap.ui.record.section import Prompter, RecordSection, muted_label
from bodymap.ui.record.sign_dialog import SignDialog
from bodymap.ui.theme import set_role


class SignSection(RecordSection):
    """Shows what is missing before the visit can be signed; signs it after confirmation.

    Args:
        prompter: asks for the confirmation; tests pass their own.
        parent: the owning widget.
    """

    title = QT_TRANSLATE_NOOP("Terms", "Sign")
    hint = QT_TRANSLATE_NOOP(
        "Terms", "Signing records who signed and when. Afterwards the visit is read-only."
    )

    #: Emitted with the visit id once it is signed.
    signed = Signal(int)

    def __init__(self, prompter: Prompter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter(self)
        self.sign_dialog: SignDialog | None = None
        self.blockers: list[str] = []
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.body.addWidget(self.status_label)
        self.blocker_box = QWidget()
        self.blocker_list = QVBoxLayout(self.blocker_box)
        self.blocker_list.setContentsMargins(8, 0, 0, 0)
        self.blocker_list.setSpacing(6)
        self.body.addWidget(self.blocker_box)
        self.sign_controls = QWidget()
        controls = QVBoxLayout(self.sign_controls)
        controls.setContentsMargins(0, 0, 0, 0)
        form = new_form_layout()
        self.signer_combo = QComboBox()
        self.signer_combo.setMinimumWidth(280)
        add_labelled_row(
            form, translate("SignSection", "Sign &as:"), self.signer_combo, self.signer_combo
        )
        controls.addLayout(form)
        self.sign_button = QPushButton(translate("SignSection", "&Sign visit…"))
        self.sign_button.setMinimumWidth(160)
        self.sign_button.setStyleSheet("font-weight: 600; padding: 6px 18px;")
        self.sign_button.clicked.connect(self.sign)
        row = QHBoxLayout()
        row.addWidget(self.sign_button)
        row.addStretch(1)
        controls.addLayout(row)
        controls.addWidget(
            muted_label(
                translate(
                    "SignSection",
                    "Needle counts, screening, consent, thorax after-care and adverse events are "
                    "checked here and again by the database when you sign.",
                )
            )
        )
        self.body.addWidget(self.sign_controls)
        self.body.addWidget(self.save_error)
        self.body.addStretch(1)

    def load(self) -> None:
        """List the clinicians who may sign and the current blockers."""
        self.signer_combo.clear()
        for clinician in self.context.repository.list_clinicians():
            self.signer_combo.addItem(clinician.display_name, clinician.id)
        default = self.context.chart.visit.clinician_id
        self.signer_combo.setCurrentIndex(max(0, self.signer_combo.findData(default)))
        self.refresh_blockers()

    def refresh_blockers(self) -> None:
        """Re-check what blocks signing and show it as a checklist."""
        if not self.has_visit:
            return
        while self.blocker_list.count():
            item = self.blocker_list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        visit = self.context.repository.get_visit(self.context.visit_id)
        self.sign_controls.setVisible(not self.context.signed)
        if self.context.integrity_problems and not visit.is_signed:
            self.blockers = list(self.context.integrity_problems)
            self.blocker_box.hide()
            self.status_label.setText(
                translate(
                    "SignSection",
                    "<b>Signing is locked:</b> this visit was signed once and changed since "
                    "(see the banner above).",
                )
            )
            set_role(self.status_label, "error")
            self.sign_button.setEnabled(False)
            return
        if visit.is_signed:
            self.blockers = []
            self.blocker_box.hide()
            when = visit.signed_at.strftime("%d %b %Y at %H:%M") if visit.signed_at else ""
            signer = self.signer_combo.itemText(max(0, self.signer_combo.findData(visit.signed_by)))
            self.status_label.setText(
                translate("SignSection", "✓  Signed by {signer} on {when}.").format(
                    signer=signer, when=when
                )
            )
            set_role(self.status_label, "ok-box")
            self.sign_button.setEnabled(False)
            return
        try:
            self.blockers = self.context.records.sign_blockers(self.context.visit_id)
        except BodyMapError as error:
            self.blockers = [str(error)]
        self.blocker_box.setVisible(bool(self.blockers))
        for reason in self.blockers:
            line = QLabel(f"✗  {reason}")
            line.setWordWrap(True)
            set_role(line, "error")
            self.blocker_list.addWidget(line)
        if self.blockers:
            count = len(self.blockers)
            self.status_label.setText(
                translate(
                    "SignSection", "<b>Not ready to sign</b> — {count} item{value} to complete:"
                ).format(count=count, value="s" if count > 1 else "")
            )
            set_role(self.status_label, "")
        else:
            self.status_label.setText(
                translate("SignSection", "✓  Ready to sign: nothing is missing.")
            )
            set_role(self.status_label, "ok-box")
        self.sign_button.setEnabled(not self.blockers and self.signer_combo.count() > 0)

    def sign(self) -> None:
        """Open the signing dialog: the chosen signer's secret signs the visit."""
        clinician_id = self.signer_combo.currentData()
        if clinician_id is None or self.blockers:
            return
        chart = self.context.chart
        summary = translate("SignSection", "Visit of {name} on {when}.").format(
            name=chart.patient.name, when=datetime_text(chart.visit.started_at)
        )
        visit_id = self.context.visit_id
        records = self.context.records

        def attempt(secret: str, new_secret: str | None) -> str | None:
            try:
                if new_secret is not None:
                    records.set_signing_secret(clinician_id, new_secret)
                records.sign_visit(visit_id, clinician_id, secret)
            except ValidationError as error:
                return str(error)
            except BodyMapError as error:
                return str(error)
            self.saved.emit()
            self.signed.emit(visit_id)
            return None

        self.sign_dialog = SignDialog(
            self.signer_combo.currentText(),
            summary,
            records.has_signing_secret(clinician_id),
            attempt,
            self,
        )
        self.sign_dialog.open()

"""Tools › Change signing secret…: a clinician replaces their signing secret.

The current secret is asked first. The storage layer checks it as signing does (a wrong one is
audited and counts towards the five-minute lockout), enforces the length rule and audits the
change; the dialog only collects the entries and shows what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap.model import Clinician
from bodymap.ui.i18n import translate
from bodymap.ui.record.sign_dialog import MIN_SECRET
from bodymap.ui.theme import set_role

#: Called with (clinician id, current secret, new secret); returns an error message or None.
ChangeSecret = Callable[[int, str, str], "str | None"]


class ChangeSecretDialog(QDialog):
    """Choose the clinician, type the current secret and the new one twice, then Change."""

    def __init__(
        self,
        clinicians: Sequence[Clinician],
        change: ChangeSecret,
        preselect: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ChangeSecretDialog")
        self.setWindowTitle(translate("ChangeSecretDialog", "Change signing secret"))
        self._change = change
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ChangeSecretDialog",
                "The current secret is checked as at signing: wrong entries count towards the "
                "five-minute lockout. The new secret needs at least {minimum} characters.",
            ).format(minimum=MIN_SECRET)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.clinician = QComboBox()
        for person in clinicians:
            self.clinician.addItem(person.display_name, person.id)
        if preselect is not None and self.clinician.findData(preselect) >= 0:
            self.clinician.setCurrentIndex(self.clinician.findData(preselect))
        self.current = self._secret_field()
        self.new = self._secret_field()
        self.repeat = self._secret_field()
        form.addRow(translate("ChangeSecretDialog", "&Clinician:"), self.clinician)
        form.addRow(translate("ChangeSecretDialog", "C&urrent secret:"), self.current)
        form.addRow(translate("ChangeSecretDialog", "&New secret:"), self.new)
        form.addRow(translate("ChangeSecretDialog", "&Repeat new secret:"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("ChangeSecretError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = buttons.addButton(
            translate("ChangeSecretDialog", "Change"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setEnabled(False)
        # Return means Change, never Cancel (the button box makes Cancel the default else).
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(self._update)
        self.setMinimumWidth(460)
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Make Change the default button once shown (Qt picks one when showing)."""
        super().showEvent(event)
        self.change_button.setDefault(True)

    def _secret_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumWidth(220)
        return field

    def _update(self) -> None:
        filled = all(f.text() for f in (self.current, self.new, self.repeat))
        self.change_button.setEnabled(filled and self.clinician.currentIndex() >= 0)

    def show_error(self, message: str) -> None:
        """Show why the change was refused; the fields are cleared for another try."""
        self.error.setText(message)
        self.error.show()
        self.adjustSize()
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try(self) -> None:
        if self.new.text() != self.repeat.text():
            self.show_error(
                translate(
                    "ChangeSecretDialog", "The two entries of the new secret differ; type it twice."
                )
            )
            return
        if len(self.new.text()) < MIN_SECRET:
            self.show_error(
                translate(
                    "ChangeSecretDialog", "New secret: at least {minimum} characters."
                ).format(minimum=MIN_SECRET)
            )
            return
        failure = self._change(
            int(self.clinician.currentData()), self.current.text(), self.new.text()
        )
        if failure:
            self.show_error(failure)
            return
        self.accept()

"""The signing dialog: the signer proves who they are with their signing secret.

A clinician without a secret chooses one here first (entered twice, at least 6 characters).
A wrong secret keeps the dialog open with the reason (attempts left, or the lockout); the
storage layer counts and audits the failures, the dialog only shows what it says.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap.ui.i18n import translate
from bodymap.ui.theme import set_role

#: Called with (secret, new secret to set first or None); returns an error message or None.
SignAttempt = Callable[[str, "str | None"], "str | None"]
MIN_SECRET = 6


class SignDialog(QDialog):
    """Asks ``signer``'s signing secret (or a new one) and signs through ``attempt``.

    Args:
        signer: the clinician's display name.
        summary: what is being signed, one line (patient and visit date).
        has_secret: False when the signer must choose a secret first.
        attempt: performs the signing; returns None on success or the message to show.
        parent: the owning widget.
    """

    def __init__(
        self,
        signer: str,
        summary: str,
        has_secret: bool,
        attempt: SignAttempt,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SignDialog", "Sign visit"))
        self.setModal(True)
        self._attempt = attempt
        self.has_secret = has_secret
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "SignDialog",
                "<b>Sign as {signer}</b><br>{summary}<br><br>After signing, nothing in the visit "
                "can be changed; corrections are added as addenda. The signature is sealed with a "
                "hash of the whole note.",
            ).format(signer=signer, summary=summary)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.secret = self._secret_field()
        self.repeat = self._secret_field()
        if has_secret:
            form.addRow(
                translate("SignDialog", "{value}'s signing &secret:").format(
                    value=signer.split(",")[0]
                ),
                self.secret,
            )
        else:
            note = QLabel(
                translate(
                    "SignDialog",
                    "{value} has no signing secret yet. Choose one (at least {MIN_SECRET} "
                    "characters); it is stored only as an argon2id hash and asked at every "
                    "signature.",
                ).format(value=signer.split(",")[0], MIN_SECRET=MIN_SECRET)
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            form.addRow(translate("SignDialog", "New signing &secret:"), self.secret)
            form.addRow(translate("SignDialog", "&Repeat it:"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton(
            translate("SignDialog", "Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setDefault(True)
        self.sign_button.setEnabled(False)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.setMinimumWidth(460)
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def _secret_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumWidth(220)
        return field

    def _update(self) -> None:
        text = self.secret.text()
        ready = (
            bool(text) if self.has_secret else len(text) >= MIN_SECRET and bool(self.repeat.text())
        )
        self.sign_button.setEnabled(ready)

    def show_error(self, message: str) -> None:
        """Show why the last attempt failed; the secret field is cleared for another try."""
        self.error.setText(message)
        self.error.show()
        self.adjustSize()  # room for the message without squeezing the text above it
        self.secret.clear()
        self.repeat.clear()
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try(self) -> None:
        secret = self.secret.text()
        if not self.has_secret and secret != self.repeat.text():
            self.show_error("The two entries differ; type the new secret twice.")
            return
        failure = self._attempt(secret, None if self.has_secret else secret)
        if failure:
            self.show_error(failure)
            return
        self.accept()

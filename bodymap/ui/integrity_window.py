"""The main window's side of integrity: background check, status light, Tools menu entries.

Tools › Verify records checks everything; Tools › Change signing secret… replaces a secret.
A visit found tampered by the background check after it was opened is reloaded, and so locked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from bodymap.model.errors import ValidationError
from bodymap.model.verification import VerifyReport
from bodymap.storage.errors import SigningSecretError
from bodymap.storage.record_repository import RecordRepository
from bodymap.ui.i18n import translate
from bodymap.ui.integrity import IntegrityChecker, show_verify_result
from bodymap.ui.secret_dialog import ChangeSecretDialog
from bodymap.ui.theme import set_role

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

#: Style roles of the status-bar verdict (bodymap/ui/theme.py).
OK_STYLE = "ok-text"
FAILED_STYLE = "alarm-text"


class WindowIntegrity(QObject):
    """Owns the checker; told by the window when the patient changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.checker = IntegrityChecker(window.repo, self)
        self.checker.checked.connect(self._on_checked)
        self.status = QLabel()
        self.status.setObjectName("IntegrityStatus")
        window.statusBar().addPermanentWidget(self.status)
        self.verify_action = QAction(translate("WindowIntegrity", "&Verify records…"), window)
        self.verify_action.setStatusTip(
            translate(
                "WindowIntegrity",
                "Check every signed visit against its signature, and the audit chain",
            )
        )
        self.verify_action.triggered.connect(self.verify_all)
        self.secret_action = QAction(
            translate("WindowIntegrity", "Change si&gning secret…"), window
        )
        self.secret_action.setStatusTip(
            translate(
                "WindowIntegrity", "Replace a clinician's signing secret (needs the current one)"
            )
        )
        self.secret_action.triggered.connect(self.change_secret)
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if menu_action.text().replace("&", "") == "Tools" and isinstance(menu, QMenu):
                menu.addSeparator()
                menu.addAction(self.verify_action)
                menu.addAction(self.secret_action)
        self._patient_token = 0
        self._all_token = 0
        #: The last report for the selected patient (None until its check finished).
        self.patient_report: VerifyReport | None = None

    def patient_changed(self, patient_id: int | None) -> None:
        """Start the background check of the patient's visits (and the audit chain)."""
        self.patient_report = None
        self.status.setText("")
        if patient_id is None:
            return
        self.status.setText(translate("WindowIntegrity", "Checking records…"))
        set_role(self.status, "status-text")
        visits = [v.id for v in self.window.repo.list_visits(patient_id) if v.id is not None]
        self._patient_token = self.checker.start(visits)

    def verify_all(self) -> None:
        """Tools › Verify records: check the whole database in the background, then report."""
        self.verify_action.setEnabled(False)
        self.window.statusBar().showMessage(
            translate("WindowIntegrity", "Verifying every signed visit and the audit chain…")
        )
        self._all_token = self.checker.start(None)

    def _on_checked(self, token: int, result: object) -> None:
        if token == self._all_token:
            self.verify_action.setEnabled(True)
            self.window.statusBar().clearMessage()
            assert isinstance(result, VerifyReport | str)
            show_verify_result(self.window, result)
        if token != self._patient_token or not isinstance(result, VerifyReport):
            return
        self.patient_report = result
        if result.ok:
            self.status.setText(translate("WindowIntegrity", "✓ Records verified"))
            set_role(self.status, OK_STYLE)
        else:
            self.status.setText(
                translate("WindowIntegrity", "⚠ Integrity check failed — Tools › Verify records")
            )
            set_role(self.status, FAILED_STYLE)
        self.window.patients.mark_tampered({v.visit_id for v in result.visits if v.tampered})
        self._lock_open_visit(result)

    def _lock_open_visit(self, report: VerifyReport) -> None:
        """A visit altered after it was opened gets the banner and the lock now."""
        page = self.window.chart_page
        open_id = page.model.visit_id
        found = next((v for v in report.visits if v.visit_id == open_id), None)
        if found is not None and found.problems != page.model.integrity_problems:
            self.window.refresh_visit()

    def change_secret(self) -> ChangeSecretDialog:
        """Tools › Change signing secret…: open the dialog (the open visit's clinician first)."""
        chart = self.window.chart_page.model.chart
        dialog = ChangeSecretDialog(
            self.window.repo.list_clinicians(),
            self._change_secret,
            chart.visit.clinician_id if chart is not None else None,
            self.window,
        )
        dialog.accepted.connect(
            lambda: self.window.statusBar().showMessage(
                translate("WindowIntegrity", "Signing secret changed for {name}").format(
                    name=dialog.clinician.currentText()
                ),
                8000,
            )
        )
        dialog.open()
        return dialog

    def _change_secret(self, clinician_id: int, current: str, new: str) -> str | None:
        records = RecordRepository(self.window.repo, frozenset())
        if not records.has_signing_secret(clinician_id):
            return translate(
                "WindowIntegrity",
                "This clinician has no signing secret yet: it is chosen at their first signing.",
            )
        try:
            records.set_signing_secret(clinician_id, new, current=current)
        except (SigningSecretError, ValidationError) as error:
            return str(error)
        return None

"""The window's people and visit commands: patients, clinicians, who is charting, new visits.

Kept apart from MainWindow so the window module stays about layout. Every dialog is built when
first asked for (start-up stays fast) and opened window-modal without blocking, so the window
reacts when it closes and tests can drive it like a user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QToolButton

from bodymap.errors import BodyMapError
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.model import Clinician
    from bodymap.storage import ChartRepository
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.patients import PatientsDock


class PeopleActions(QObject):
    """Patients, clinicians, the current clinician, new visits, preferences and the audit trail.

    Args:
        window: the main window (its repository, patients dock, actions and preferences).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._current_clinician: int | None = None
        #: The dialog opened last and still open (for tests and screenshots), else None.
        self.dialog: QDialog | None = None
        self.charting_button = QToolButton()
        self.charting_button.setAutoRaise(True)
        self.charting_button.setToolTip(
            translate("PeopleActions", "The clinician recorded as author of your changes")
        )
        self.charting_button.clicked.connect(self.show_clinicians)

    @property
    def repo(self) -> ChartRepository:
        """The window's repository."""
        return self._window.repo

    # -- the current clinician -----------------------------------------------------------------
    @property
    def current_clinician(self) -> int | None:
        """The id of the clinician charting now, or None."""
        return self._current_clinician

    def choose_initial_clinician(self) -> None:
        """The clinician saved for this database, else the first one (not saved until chosen)."""
        clinicians = self.repo.list_clinicians()
        saved = self._window.preferences.clinician_for(self.repo.location)
        chosen = next((c for c in clinicians if c.id == saved), None)
        self._apply_clinician(chosen or (clinicians[0] if clinicians else None))

    def set_current_clinician(self, clinician_id: int | None) -> None:
        """Chart as ``clinician_id`` from now on and remember it for this database."""
        clinician = self.repo.get_clinician(clinician_id) if clinician_id is not None else None
        self._apply_clinician(clinician)
        prefs = self._window.preferences.with_clinician(self.repo.location, clinician_id)
        self._window.update_preferences(prefs)
        if clinician is not None:
            self._window.statusBar().showMessage(
                translate("PeopleActions", "Charting as {name}").format(name=clinician.name), 6000
            )

    def _apply_clinician(self, clinician: Clinician | None) -> None:
        self._current_clinician = clinician.id if clinician is not None else None
        self.repo.set_actor(self._current_clinician)  # the audit log names them from now on
        if clinician is None:
            self.charting_button.setText(
                translate("PeopleActions", "Charting as: nobody — add a clinician")
            )
        else:
            self.charting_button.setText(
                translate("PeopleActions", "Charting as: {display_name}").format(
                    display_name=clinician.display_name
                )
            )

    # -- patients ------------------------------------------------------------------------------
    def new_patient(self) -> None:
        """Ask for a new patient; select them when saved."""
        from bodymap.ui.record import PatientDialog

        dialog = PatientDialog(self.repo, None, self._window)
        self._open(dialog, lambda: self._select_saved_patient(dialog.saved))

    def edit_patient(self, patient_id: int | None = None) -> None:
        """Open the selected patient (or ``patient_id``) in the patient dialog."""
        from bodymap.ui.record import PatientDialog

        patient_id = patient_id if patient_id is not None else self._patients.current_patient_id()
        if patient_id is None:
            return
        dialog = PatientDialog(self.repo, self.repo.get_patient(patient_id), self._window)
        self._open(dialog, lambda: self._select_saved_patient(dialog.saved))

    def _select_saved_patient(self, patient: object) -> None:
        patient_id = getattr(patient, "id", None)
        if isinstance(patient_id, int):
            self._patients.select_visit(patient_id, -1)
        self.update_patient_actions()

    def toggle_archive(self) -> None:
        """Archive the selected patient, or restore an archived one, after a confirmation."""
        patient = self._patients.current_patient()
        if patient is None or patient.id is None:
            return
        verb = "Restore" if patient.archived else "Archive"
        detail = (
            "They will be listed again with their visits."
            if patient.archived
            else "They disappear from the patient list but nothing is deleted: their visits "
            "stay in the database and View archived patients shows them again."
        )
        answer = QMessageBox.question(
            self._window,
            translate("PeopleActions", "{verb} patient").format(verb=verb),
            f"<p><b>{verb} {patient.name}?</b></p><p>{detail}</p>",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.repo.archive_patient(patient.id, not patient.archived)
        except BodyMapError as exc:
            QMessageBox.warning(
                self._window,
                translate("PeopleActions", "{verb} patient").format(verb=verb),
                str(exc),
            )
            return
        self._patients.reload_patients(select_id=patient.id)
        done = "restored" if patient.archived else "archived"
        self._window.statusBar().showMessage(f"{patient.name} {done}", 6000)
        self.update_patient_actions()

    def set_show_archived(self, shown: bool) -> None:
        """List archived patients (greyed) or hide them."""
        self._patients.set_show_archived(shown)
        self.update_patient_actions()

    def update_patient_actions(self) -> None:
        """Enable the patient actions for the selection; Archive reads Restore when archived."""
        actions = self._window.actions_
        patient = self._patients.current_patient()
        for action in (actions.edit_patient, actions.archive_patient):
            action.setEnabled(patient is not None)
        archived = patient is not None and patient.archived
        actions.archive_patient.setText(
            translate("PeopleActions", "&Restore patient…")
            if archived
            else translate("PeopleActions", "&Archive patient…")
        )

    @property
    def _patients(self) -> PatientsDock:
        return self._window.patients

    # -- clinicians and preferences ------------------------------------------------------------
    def show_clinicians(self) -> None:
        """Open the Clinicians dialog."""
        from bodymap.ui.people import CliniciansDialog

        dialog = CliniciansDialog(self.repo, self._current_clinician, self._window)
        dialog.current_chosen.connect(self.set_current_clinician)
        dialog.clinicians_changed.connect(self._on_clinicians_changed)
        self._open(dialog, None)

    def _on_clinicians_changed(self) -> None:
        if self._current_clinician is None:  # the first clinician added charts from now on
            self.choose_initial_clinician()
        else:  # their name or credentials may have changed
            self._apply_clinician(self.repo.get_clinician(self._current_clinician))

    def show_preferences(self) -> None:
        """Open the Preferences dialog; apply and save what was chosen."""
        from bodymap.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self.repo, self._window.preferences, self._current_clinician, self._window
        )

        def apply() -> None:
            chosen = dialog.result_preferences
            if chosen is None:
                return
            self._window.update_preferences(chosen)
            clinician = chosen.clinician_for(self.repo.location)
            if clinician != self._current_clinician:
                self.set_current_clinician(clinician)

        self._open(dialog, apply)

    # -- visits --------------------------------------------------------------------------------
    def new_visit(self, carry_forward: bool) -> None:
        """Ask for the new visit's date, clinician and carry-forward, then open it."""
        from bodymap.ui.visit_dialog import NewVisitDialog

        patient_id = self._patients.current_patient_id()
        if patient_id is None:
            self._window.statusBar().showMessage(
                translate("PeopleActions", "Choose a patient first"), 5000
            )
            return
        if not self._second_draft_confirmed(patient_id):
            return
        dialog = NewVisitDialog(
            self.repo,
            patient_id,
            clinician_id=self._current_clinician,
            carry_forward=carry_forward,
            parent=self._window,
        )

        def opened() -> None:
            visit = dialog.created
            if visit is None or visit.id is None:
                return
            self._patients.select_visit(patient_id, visit.id)
            self._window.tabs.setCurrentWidget(self._window.chart_page)
            carried = dialog.carry_check.isEnabled() and dialog.carry_check.isChecked()
            done = "with the previous marks carried forward" if carried else "started"
            self._window.statusBar().showMessage(
                translate("PeopleActions", "New visit {done}").format(done=done), 6000
            )

        self._open(dialog, opened)

    def _second_draft_confirmed(self, patient_id: int) -> bool:
        """A draft visit is already open for the patient: ask before starting another.

        Returns True to go on with a new visit; "Open the draft" opens the existing one.
        """
        from bodymap.ui.patients import visit_title

        drafts = [v for v in self.repo.list_visits(patient_id) if not v.is_signed]
        if not drafts:
            return True
        draft = drafts[-1]
        name = self.repo.get_patient(patient_id).name
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("PeopleActions", "A draft visit is open"),
            translate(
                "PeopleActions",
                "{name} already has a draft visit ({visit_title}).\n\nChart in that visit, or "
                "start a second draft visit?",
            ).format(name=name, visit_title=visit_title(draft)),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setObjectName("SecondDraftQuestion")
        open_draft = box.addButton(
            translate("PeopleActions", "Open the draft"), QMessageBox.ButtonRole.AcceptRole
        )
        another = box.addButton(
            translate("PeopleActions", "Start another visit"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(open_draft)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_draft and draft.id is not None:
            self._patients.select_visit(patient_id, draft.id)
            self._window.tabs.setCurrentWidget(self._window.chart_page)
        return clicked is another

    def show_audit_trail(self) -> None:
        """Show the open visit's audit log, newest first."""
        from bodymap.ui.audit_dialog import AuditTrailDialog
        from bodymap.ui.patients import visit_title

        chart = self._window.chart_page.model.chart
        if chart is None or chart.visit.id is None:
            return
        title = f"{chart.patient.name}, {visit_title(chart.visit)}"
        self._open(AuditTrailDialog(self.repo, chart.visit.id, title, self._window), None)

    # -- helpers -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog, on_accepted: Callable[[], None] | None) -> None:
        """Open ``dialog`` window-modal without blocking; run ``on_accepted`` after OK."""
        self.dialog = dialog
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

"""Desktop conventions of the main window: F1 help, Ctrl+F, Print, "exported — Open folder".

File › Print… (Ctrl+P) prints the session note through the system print dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from bodymap.ui.help_dialog import HelpDialog
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

#: How long the "exported to …" note stays in the status bar.
EXPORT_NOTE_MS = 20_000


class ExportNotice(QWidget):
    """A status-bar note: where a file was exported, with a button that opens its folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.open_button = QPushButton(translate("ExportNotice", "Open folder"))
        self.open_button.setAccessibleName(
            translate("ExportNotice", "Open the folder of the exported file")
        )
        self.open_button.clicked.connect(self.open_folder)
        row.addWidget(self.label)
        row.addWidget(self.open_button)
        self.path: Path | None = None
        self._timer = QTimer(self, singleShot=True, interval=EXPORT_NOTE_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_export(self, path: Path) -> None:
        """Say where ``path`` went and offer its folder."""
        self.path = path
        self.label.setText(translate("ExportNotice", "Exported to {path}").format(path=path))
        self.label.setAccessibleName(self.label.text())
        self.show()
        self._timer.start()

    def folder_url(self) -> QUrl:
        """The folder of the last export, as a local-file URL."""
        assert self.path is not None
        return QUrl.fromLocalFile(str(self.path.parent))

    def open_folder(self) -> None:
        """Open the folder in the system's file manager."""
        if self.path is not None:
            QDesktopServices.openUrl(self.folder_url())


class DesktopConventions(QObject):
    """Adds F1, Ctrl+F and the export notice to a main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._help: HelpDialog | None = None
        self.guide = QAction(
            translate("DesktopConventions", "&Guide and keyboard reference"), window
        )
        self.guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide.triggered.connect(self.show_guide)
        self.find_patient = QAction(translate("DesktopConventions", "&Find patient"), window)
        self.find_patient.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_patient.triggered.connect(self.focus_search)
        for action in (self.guide, self.find_patient):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        for top in window.menuBar().actions():
            menu = top.menu()
            name = top.text().replace("&", "")
            if isinstance(menu, QMenu) and name == "Help":
                _put_first(menu, self.guide)
            if isinstance(menu, QMenu) and name == "Patient":
                _put_first(menu, self.find_patient)
        self.export_notice = ExportNotice()
        window.statusBar().addWidget(self.export_notice)
        self.print_note = QAction(translate("DesktopConventions", "Pri&nt…"), window)
        self.print_note.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_note.setStatusTip(
            translate("DesktopConventions", "Print this visit's session note")
        )
        self.print_note.triggered.connect(self.print_session_note)
        # Printable exactly when exportable: a visit is open and passed its integrity check.
        window.actions_.export_note.changed.connect(self._sync_print)
        self._sync_print()
        # Beside Export note in whichever menu holds it (menu titles are translated).
        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu) and window.actions_.export_note in menu.actions():
                _put_after(menu, window.actions_.export_note, self.print_note)
                break

    def _sync_print(self) -> None:
        self.print_note.setEnabled(self._window.actions_.export_note.isEnabled())

    def print_session_note(self) -> int:
        """Print the open visit's note through the system print dialog; returns pages printed."""
        visit_id = self._window.chart_page.model.visit_id
        if visit_id is None:
            return 0
        from bodymap.ui.printing import print_session_note

        return print_session_note(
            self._window,
            self._window.repo,
            self._window.atlas,
            visit_id,
            clinic_name=self._window.preferences.clinic_name,
        )

    def show_guide(self) -> HelpDialog:
        """Open (or bring forward) the guide; it does not block the window."""
        if self._help is None:
            self._help = HelpDialog(self._window)
        else:
            self._help.refresh()
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()
        return self._help

    def focus_search(self) -> None:
        """Show the patients list and put the typing focus in its search field."""
        patients = self._window.patients
        patients.show()
        patients.raise_()
        patients.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        patients.search.selectAll()

    def exported(self, path: Path | None) -> None:
        """Tell where an export went (None: cancelled or failed, already said)."""
        if path is not None:
            self.export_notice.show_export(path)


def _put_after(menu: QMenu, anchor: QAction, action: QAction) -> None:
    existing = menu.actions()
    index = existing.index(anchor) + 1 if anchor in existing else len(existing)
    if index < len(existing):
        menu.insertAction(existing[index], action)
    else:
        menu.addAction(action)


def _put_first(menu: QMenu, action: QAction) -> None:
    existing = menu.actions()
    if existing:
        menu.insertAction(existing[0], action)
    else:
        menu.addAction(action)

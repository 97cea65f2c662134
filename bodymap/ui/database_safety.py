"""The window's side of never losing records: backups, restore, checks, damage and new files.

File › New database…, Back up now…, Restore…; Tools › Check database; a verified backup when
the window closes and at most daily while it sits idle; ``quick_check`` in the background after
the window shows; a chart that cannot be read is cleared and said once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from bodymap.errors import BodyMapError
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

#: seconds the background quick_check may take before it gives up (a huge file)
CHECK_BUDGET_S = 20.0
#: how often the window asks whether the daily backup is due, and how idle it must be
DAILY_POLL_MS = 5 * 60 * 1000
IDLE_BEFORE_BACKUP_S = 120.0
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}
DATABASE_FILTER = "BodyMap database (*.sqlite);;All files (*)"


def _menu(window: QWidget, title: str) -> QMenu | None:
    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        if action.text().replace("&", "") == title and action.menu() is not None:
            menu = action.menu()
            return menu if isinstance(menu, QMenu) else None
    return None


class DatabaseSafety(QObject):
    """Backups, restore, check and damage handling for one main window's database.

    Args:
        window: the main window; its menus get the actions.
        reopen: builds and shows a main window on a database path (after restore/new file).
    """

    damaged = Signal(str)  # emitted from the checking thread: the reason
    daily_done = Signal(str)  # emitted from the daily-backup thread: what happened

    def __init__(self, window: MainWindow, reopen: Callable[[str], object]) -> None:
        super().__init__(window)
        self.window = window
        self._reopen = reopen
        self._load_error_shown = False
        self.close_backup = True  # off for throwaway windows (screenshots)
        self._last_input = time.monotonic()
        self.last_backup: Path | None = None
        self.new_database = QAction(translate("DatabaseSafety", "New &database…"), window)
        self.back_up_now = QAction(translate("DatabaseSafety", "&Back up now…"), window)
        self.restore = QAction(translate("DatabaseSafety", "&Restore…"), window)
        self.check = QAction(translate("DatabaseSafety", "&Check database"), window)
        self.new_database.triggered.connect(self.choose_new_database)
        self.back_up_now.triggered.connect(self.run_backup_now)
        self.restore.triggered.connect(self.choose_restore)
        self.check.triggered.connect(self.run_check)
        has_file = self.path is not None
        for action in (self.back_up_now, self.restore, self.check):
            action.setEnabled(has_file)
        self._add_to_menus()
        window.chart_page.load_failed.connect(self.show_load_error)
        self.damaged.connect(self.offer_recovery, Qt.ConnectionType.QueuedConnection)
        self.daily_done.connect(self._show_daily_outcome, Qt.ConnectionType.QueuedConnection)
        self._daily_thread: threading.Thread | None = None
        # One filter on the application sees every input event and the window's Close too.
        app = QApplication.instance()
        (app if app is not None else window).installEventFilter(self)
        self._daily = QTimer(self, interval=DAILY_POLL_MS)
        self._daily.timeout.connect(self.backup_if_due)
        self._daily.start()

    @property
    def path(self) -> Path | None:
        """The SQLite file in use (None for PostgreSQL)."""
        return self.window.repo.database_file

    def _add_to_menus(self) -> None:
        file_menu = _menu(self.window, "File")
        if file_menu is not None and file_menu.actions():
            last = file_menu.actions()[-1]  # Quit stays last
            file_menu.insertAction(last, self.new_database)
            file_menu.insertSeparator(last)
            file_menu.insertAction(last, self.back_up_now)
            file_menu.insertAction(last, self.restore)
            file_menu.insertSeparator(last)
        tools_menu = _menu(self.window, "Tools")
        if tools_menu is not None:
            tools_menu.addSeparator()
            tools_menu.addAction(self.check)

    # -- events --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Note user input (idle time); back up when the window closes."""
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.backup_on_close()
        return False

    # -- backups -------------------------------------------------------------------------------
    def _take(self, reason: str) -> Path | None:
        from bodymap.storage.backup import take_backup

        path = self.path
        if path is None or not path.exists():
            return None
        self.last_backup = take_backup(path, reason).path
        return self.last_backup

    def backup_on_close(self) -> None:
        """A verified backup as the window closes (a failure is said, never blocks closing)."""
        if not self.close_backup:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._take("close")
        except BodyMapError as exc:
            QMessageBox.warning(
                self.window,
                translate("DatabaseSafety", "Backup"),
                translate("DatabaseSafety", "The closing backup failed: {exc}").format(exc=exc),
            )
        finally:
            QApplication.restoreOverrideCursor()

    def backup_if_due(self) -> None:
        """The daily backup, once a day at most and only when nobody is using the window."""
        from bodymap.storage.backup import due_daily

        path = self.path
        if path is None or time.monotonic() - self._last_input < IDLE_BEFORE_BACKUP_S:
            return
        if due_daily(path) and (self._daily_thread is None or not self._daily_thread.is_alive()):
            self._daily_thread = self.start_daily_backup(path)

    def start_daily_backup(self, path: Path) -> threading.Thread:
        """Take the daily backup on a thread: a large file must never freeze charting.

        SQLite's backup runs on its own connection, so the window keeps reading and writing
        while it copies; the outcome comes back to the status bar through a queued signal.
        """
        from bodymap.storage.backup import take_backup

        def run() -> None:
            try:
                made = take_backup(path, "daily").path
            except BodyMapError as exc:
                self.daily_done.emit(
                    translate("DatabaseSafety", "Daily backup failed: {exc}").format(exc=exc)
                )
                return
            self.last_backup = made
            self.daily_done.emit(
                translate("DatabaseSafety", "Daily backup verified: {name}").format(name=made.name)
            )

        thread = threading.Thread(target=run, name="bodymap-daily-backup", daemon=True)
        thread.start()
        return thread

    def _show_daily_outcome(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10_000)

    def run_backup_now(self) -> None:
        """File › Back up now…: a verified backup, and where it went."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = self._take("manual")
        except BodyMapError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, translate("DatabaseSafety", "Back up now"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        if made is not None:
            QMessageBox.information(
                self.window,
                translate("DatabaseSafety", "Back up now"),
                translate(
                    "DatabaseSafety",
                    "<p>Backed up and verified:</p><p><code>{made}</code></p><p>Backups are kept "
                    "in the <b>backups</b> folder beside the database: the last 10, one a day for "
                    "a week and one a week for a month.</p>",
                ).format(made=made),
            )

    # -- restore and new database --------------------------------------------------------------
    def choose_restore(self) -> None:
        """File › Restore…: pick a backup, confirm, restore and reopen."""
        from bodymap.storage.backup import backups_folder

        path = self.path
        if path is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("DatabaseSafety", "Restore a backup"),
            str(backups_folder(path)),
            DATABASE_FILTER,
        )
        if chosen:
            self.restore_from(Path(chosen), confirm=True)

    def restore_from(self, backup: Path, *, confirm: bool) -> bool:
        """Restore ``backup`` over the open database (moved aside) and reopen the window."""
        from bodymap.storage.backup import restore_backup

        path = self.path
        if path is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self.window,
                translate("DatabaseSafety", "Restore"),
                translate(
                    "DatabaseSafety",
                    "<p>Replace the database with the backup <b>{name}</b>?</p><p>The current "
                    "file is kept beside it as <code>{name2}.before-restore-…</code>; nothing is "
                    "deleted.</p>",
                ).format(name=backup.name, name2=path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.close_backup = False
        self._let_go()
        try:
            restore_backup(backup, path)
        except BodyMapError as exc:
            QMessageBox.warning(self.window, translate("DatabaseSafety", "Restore"), str(exc))
        self._reopen(str(path))
        self.window.close()
        return True

    def choose_new_database(self) -> None:
        """File › New database…: a new, empty database file, then the window opens on it."""
        from bodymap.output_path import SQLITE_BACKUP, check_output
        from bodymap.storage import open_repository

        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("DatabaseSafety", "New database"),
            "clinic.sqlite",
            DATABASE_FILTER,
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".sqlite":
            target = target.with_name(target.name + ".sqlite")
        try:
            if target.exists():
                raise BodyMapError(f"{target} exists already; a new database needs a new name")
            check_output(target, SQLITE_BACKUP, database=self.path)
            open_repository(str(target), create=True).close()
        except BodyMapError as exc:
            QMessageBox.warning(self.window, translate("DatabaseSafety", "New database"), str(exc))
            return
        self._let_go()
        self._reopen(str(target))
        self.window.close()

    def _let_go(self) -> None:
        """Close the database and release the window's write lock (a new window takes it)."""
        live = getattr(self.window, "live_refresh", None)
        if live is not None:
            live.stop()  # its poll must not touch the closed database
        self._daily.stop()
        self.window.repo.close()
        lock = getattr(self.window, "write_lock", None)
        if lock is not None:
            lock.release()

    # -- checks and damage ---------------------------------------------------------------------
    def run_check(self) -> None:
        """Tools › Check database: integrity and foreign keys, in plain words."""
        from bodymap.storage.check import check_database

        path = self.path
        if path is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = check_database(path)
        finally:
            QApplication.restoreOverrideCursor()
        box = QMessageBox.information if report.healthy else QMessageBox.warning
        box(self.window, translate("DatabaseSafety", "Check database"), "\n".join(report.lines()))

    def start_background_check(self, budget: float = CHECK_BUDGET_S) -> threading.Thread | None:
        """``quick_check`` in a thread after the window shows; damage is offered recovery."""
        from bodymap.storage.files import run_check

        path = self.path
        if path is None:
            return None

        def check() -> None:
            try:
                problems = run_check(path, "quick_check", budget)
            except Exception as exc:  # noqa: BLE001 - any read failure is damage to report
                self.damaged.emit(str(exc))
                return
            if problems:
                self.damaged.emit(problems[0])

        thread = threading.Thread(target=check, name="bodymap-quick-check", daemon=True)
        thread.start()
        return thread

    def show_load_error(self, visit_id: int, reason: str) -> None:
        """A chart could not be read: the chart is already cleared; say so once."""
        self.window.statusBar().showMessage(
            translate("DatabaseSafety", "Visit {visit_id} could not be read").format(
                visit_id=visit_id
            )
        )
        if self._load_error_shown:
            return
        self._load_error_shown = True
        QMessageBox.warning(
            self.window,
            translate("DatabaseSafety", "Cannot read this visit"),
            translate(
                "DatabaseSafety",
                "<p>Visit {visit_id} could not be read from the database, so no chart is "
                "shown.</p><p>{reason}</p><p>Use <b>Tools › Check database</b>; if the file is "
                "damaged, <b>File › Restore…</b> puts back the newest backup.</p>",
            ).format(visit_id=visit_id, reason=reason),
        )

    def offer_recovery(self, reason: str) -> None:
        """The open file is damaged: offer to move it aside and restore the newest backup."""
        from bodymap.storage.backup import newest_backup
        from bodymap.storage.errors import DatabaseDamagedError
        from bodymap.storage.recovery import recover

        path = self.path
        if path is None:
            return
        backup = newest_backup(path)
        offer = (
            f"<p>Restore the newest verified backup, <b>{backup.path.name}</b> "
            f"({backup.taken_at:%d %b %Y %H:%M})? The damaged file is kept beside it as "
            f"<code>{path.name}.corrupt-…</code>.</p>"
            if backup is not None
            else "<p>No backup was found beside it. Close BodyMap and copy the file for "
            "inspection; it will be kept as is.</p>"
        )
        answer = QMessageBox.critical(
            self.window,
            translate("DatabaseSafety", "The database is damaged"),
            translate("DatabaseSafety", "<p><b>{path}</b> is damaged: {reason}.</p>{offer}").format(
                path=path, reason=reason, offer=offer
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            if backup is not None
            else QMessageBox.StandardButton.Ok,
        )
        if backup is None or answer != QMessageBox.StandardButton.Yes:
            return
        self.close_backup = False
        self._let_go()
        recovery = recover(DatabaseDamagedError(path, reason))
        if recovery.backup is not None:
            self.restore_from(recovery.backup.path, confirm=False)

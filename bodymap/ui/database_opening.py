"""Opening the window's database: ask before creating one, recover a damaged one, one dialog."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from bodymap.errors import BodyMapError
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

Builder = Callable[..., "MainWindow"]


def _ask_create(path: str) -> bool:
    answer = QMessageBox.question(
        None,
        translate("DatabaseOpening", "No database there"),
        translate(
            "DatabaseOpening",
            "<p>There is no BodyMap database at</p><p><code>{path}</code></p><p>Create a new, "
            "empty database there?</p>",
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _offer_backup(message: str, backup: str | None) -> bool:
    if backup is None:
        QMessageBox.critical(None, translate("DatabaseOpening", "The database is damaged"), message)
        return False
    answer = QMessageBox.critical(
        None,
        translate("DatabaseOpening", "The database is damaged"),
        translate("DatabaseOpening", "{message}\n\nRestore the newest verified backup now?").format(
            message=message
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _ask_passphrase(message: str) -> bool:
    """Ask for an encrypted database's passphrase; it is kept for this session only."""
    from bodymap.storage.encryption import PASSPHRASE_ENV

    key, given = QInputDialog.getText(
        None,
        translate("DatabaseOpening", "Encrypted database"),
        translate("DatabaseOpening", "{message}\n\nPassphrase:").format(message=message),
        QLineEdit.EchoMode.Password,
    )
    if not given or not key:
        return False
    os.environ[PASSPHRASE_ENV] = key  # read by storage for every connection of this process
    return True


def open_window(db_spec: str | None, build: Builder) -> MainWindow | None:
    """Build the main window on ``db_spec``, asking and recovering as needed; None if not."""
    from bodymap.storage.backup import restore_backup
    from bodymap.storage.encryption import DatabaseLockedError
    from bodymap.storage.errors import DatabaseDamagedError, DatabaseMissingError
    from bodymap.storage.recovery import recover

    try:
        return build(db_spec)
    except DatabaseLockedError as exc:
        for _attempt in range(3):
            if not _ask_passphrase(str(exc)):
                return None
            try:
                return build(db_spec)
            except DatabaseLockedError as again:
                exc = again
        sys.stderr.write(f"bodymap: {exc}\n")
        return None
    except DatabaseMissingError as exc:
        path = str(exc).split(": ", 1)[0]
        if db_spec is not None and _ask_create(path):
            return _build_or_say(lambda: build(db_spec, create=True))
        sys.stderr.write(f"bodymap: {exc}\n")
        return None
    except DatabaseDamagedError as exc:
        recovery = recover(exc)
        message = recovery.message()
        sys.stderr.write(f"bodymap: {message}\n")
        backup = recovery.backup
        if backup is None or not _offer_backup(message, str(backup.path)):
            return None
        return _build_or_say(
            lambda: (restore_backup(backup.path, recovery.damaged), build(db_spec))[1]
        )
    except BodyMapError as exc:
        sys.stderr.write(f"bodymap: {exc}\n")
        QMessageBox.critical(None, translate("DatabaseOpening", "BodyMap cannot start"), str(exc))
        return None


def _build_or_say(build: Callable[[], MainWindow]) -> MainWindow | None:
    try:
        return build()
    except BodyMapError as exc:
        sys.stderr.write(f"bodymap: {exc}\n")
        QMessageBox.critical(None, translate("DatabaseOpening", "BodyMap cannot start"), str(exc))
        return None


def show_errors_in_dialogs() -> None:
    """A BodyMapError escaping a slot is shown in a dialog, not printed as a traceback."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, BodyMapError):
            sys.stderr.write(f"bodymap: {value}\n")
            QMessageBox.warning(None, translate("DatabaseOpening", "BodyMap"), str(value))
            return
        previous(kind, value, tb)

    sys.excepthook = hook

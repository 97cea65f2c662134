"""The GUI entry point: the QApplication, the repository and atlas, and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bodymap.errors import BodyMapError
from bodymap.ui.i18n import install_language, translate

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository
    from bodymap.ui.main_window import MainWindow

APP_NAME = "BodyMap"
ORGANISATION = "BodyMap"
ORGANISATION_DOMAIN = "bodymap.local"


def make_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication (created once), named and set up for high-DPI screens."""
    # Names first: QSettings and the config folders are keyed on them.
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setOrganizationDomain(ORGANISATION_DOMAIN)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        install_language(existing)
        return existing
    # Fractional scale factors (125 %, 150 %) are honoured exactly: the map is vector art.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    app.setStyle("Fusion")
    install_language(app)
    return app


def build_main_window(db_spec: str | None, *, create: bool | None = None) -> MainWindow:
    """Open the repository and atlas and return a main window on them.

    A new database is made only at the default location unless ``create`` says so.

    Raises:
        BodyMapError: the database or the atlas cannot be opened (the message says why).
    """
    from bodymap.anatomy.atlas import load_atlas
    from bodymap.storage import open_repository
    from bodymap.ui.database_safety import DatabaseSafety
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.preferences import load_preferences

    repo = open_repository(db_spec, create=db_spec is None if create is None else create)
    atlas = load_atlas()
    window = MainWindow(repo, atlas, load_preferences())
    take_write_lock(window)
    from bodymap.ui.live_refresh import LiveRefresh

    window.live_refresh = LiveRefresh(window)
    window.safety = DatabaseSafety(window, reopen=_show_new_window)  # type: ignore[attr-defined]
    return window


def take_write_lock(window: MainWindow) -> None:
    """One writer per SQLite file: lock it for ``window``, or make the window read-only.

    The lock lives as long as the window (released when it closes). PostgreSQL has no file
    lock: several workstations write at once, kept safe by row locks and version checks.
    """
    from bodymap.ui.read_only import ReadOnlyMode
    from bodymap.ui.write_lock import WindowWriteLock

    path = window.repo.sqlite_path
    if path is None:
        return
    lock = WindowWriteLock(path)
    if lock.acquire():
        window.write_lock = lock
        return
    holder = lock.holder.describe() if lock.holder else "its lock file cannot be taken"
    window.read_only_mode = ReadOnlyMode(window, holder)


def _show_new_window(db_spec: str) -> object:
    """Open and show another main window (after a restore or on a new database)."""
    window = build_main_window(db_spec, create=False)
    window.show()
    window.safety.start_background_check()  # type: ignore[attr-defined]
    return window


def offer_demo(parent: QWidget, repo: ChartRepository) -> bool:
    """On an empty database, offer to load the demo patients; True if they were loaded."""
    if repo.list_patients(include_archived=True):
        return False
    answer = QMessageBox.question(
        parent,
        translate("App", "Welcome to BodyMap"),
        translate(
            "App",
            "<p><b>This database has no patients yet.</b></p>"
            "<p>Load three demo patients with several visits each, so you can see charted trigger "
            "points, pain zones and progress straight away? You can archive them later.</p>",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from bodymap.anatomy.atlas import load_atlas
    from bodymap.demo import load_demo

    # Writing three patients' courses takes a few seconds: say so with the cursor.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        load_demo(repo, load_atlas())
    finally:
        QApplication.restoreOverrideCursor()
    return True


def binding_warning() -> str | None:
    """A warning when the installed PySide6 is known to crash on this Python, else None.

    PySide6 6.12.0 drops a reference to None on every void call under Python < 3.12 (upstream
    PYSIDE-3474): a long enough session aborts with "deallocating None".
    """
    import PySide6

    if PySide6.__version__.startswith("6.12.0") and sys.version_info < (3, 12):
        return (
            "PySide6 6.12.0 is known to crash on Python 3.11 after a while (PYSIDE-3474); "
            "install PySide6-Essentials<6.12 or use Python 3.12+"
        )
    return None


def display_problem(environ: Mapping[str, str], platform: str) -> str | None:
    """Say why the window cannot open on this machine (Linux with no display), else None."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
        "the headless commands work without one (see 'bodymap --help')"
    )


def run_gui(db_spec: str | None) -> int:
    """Open the main window on the database ``db_spec`` and run until it closes.

    Returns:
        The exit code: 0 normally, 1 when the database or atlas cannot be opened.
    """
    problem = display_problem(os.environ, sys.platform)
    if problem:
        raise BodyMapError(problem)  # Qt would abort the process with a page of plugin errors
    warning = binding_warning()
    if warning:
        sys.stderr.write(f"bodymap: warning: {warning}\n")
    app = make_application()
    from bodymap.ui.database_opening import open_window, show_errors_in_dialogs

    window = open_window(db_spec, build_main_window)
    if window is None:
        return 1
    show_errors_in_dialogs()
    window.show()
    window.safety.start_background_check()  # type: ignore[attr-defined]

    def first_launch() -> None:
        if offer_demo(window, window.repo):
            window.patients.reload_patients()

    QTimer.singleShot(0, first_launch)
    return app.exec()

"""One writer per SQLite file: a second window is read-only; a dead owner's lock is recovered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from bodymap.model import Patient
from bodymap.storage import DatabaseError, open_repository
from bodymap.ui.app import build_main_window
from bodymap.ui.main_window import MainWindow
from bodymap.ui.write_lock import WindowWriteLock
from bodymap.write_lock import live_holder, lock_path
from tests.lock_holder import lock_held_by_another_process


@pytest.fixture
def db(tmp_path: Path) -> Path:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    path = tmp_path / "shared.sqlite"
    open_repository(str(path)).close()  # the window opens only an existing database
    return path


def _open(qtbot: QtBot, db: Path) -> MainWindow:
    window = build_main_window(str(db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_second_window_on_the_same_file_is_read_only(qtbot: QtBot, db: Path) -> None:
    writer = _open(qtbot, db)
    assert writer.read_only_mode is None
    assert writer.write_lock is not None
    writer.repo.add_patient(Patient(name="Ada Brook"))
    reader = _open(qtbot, db)
    mode = reader.read_only_mode
    assert mode is not None
    assert mode.banner.isVisible()
    assert "open for writing in another BodyMap window" in mode.banner.text()
    assert reader.windowTitle().endswith("(read-only)")
    assert reader.chart_page.model.read_only
    editing = mode.editing_actions()
    assert editing
    assert not any(a.isEnabled() for a in editing)
    reader.people.update_patient_actions()  # code that re-enables actions…
    reader.actions_.new_visit.setEnabled(True)
    assert not any(a.isEnabled() for a in editing)  # …cannot make them editable
    with pytest.raises(DatabaseError, match="open for writing in another BodyMap window"):
        reader.repo.add_patient(Patient(name="Never stored"))
    assert [p.name for p in reader.repo.list_patients()] == ["Ada Brook"]  # reads work
    writer.close()
    assert not lock_path(db).exists()  # the lock goes with the writing window


def test_a_window_opens_read_only_while_another_process_writes(qtbot: QtBot, db: Path) -> None:
    with lock_held_by_another_process(db) as other:
        window = _open(qtbot, db)
        assert window.read_only_mode is not None
        assert f"pid {other.pid}" in window.read_only_mode.banner.text()


def test_a_stale_lock_from_a_killed_process_is_recovered(db: Path) -> None:
    with lock_held_by_another_process(db) as other:
        holder = live_holder(db)
        assert holder is not None
        assert holder.pid == other.pid
        assert not WindowWriteLock(db).acquire()
    # The process was killed (-9): its lock file is still there, naming a dead pid.
    assert lock_path(db).exists()
    assert live_holder(db) is None
    lock = WindowWriteLock(db)
    assert lock.acquire()
    lock.release()


def test_a_lock_file_naming_a_dead_pid_is_stale(db: Path) -> None:
    import socket
    import subprocess
    import sys

    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(finished.stdout)
    lock_path(db).write_text(f"{dead_pid}\npython3\n{socket.gethostname()}\n", encoding="utf-8")
    assert live_holder(db) is None
    lock = WindowWriteLock(db)
    assert lock.acquire()
    lock.release()

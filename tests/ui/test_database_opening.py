"""The window's start: ask before creating a database, recover a damaged one, ask a passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from bodymap.model import Patient
from bodymap.storage import open_repository
from bodymap.storage.backup import take_backup
from bodymap.ui.app import build_main_window
from bodymap.ui.database_opening import open_window
from bodymap.ui.main_window import MainWindow

Button = QMessageBox.StandardButton


@pytest.fixture
def answers(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Every message box answers Yes; the list collects their titles."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    asked: list[str] = []
    reply = {"button": Button.Yes}

    def answer(_parent: object, title: str, _text: str, *_args: object) -> Button:
        asked.append(title)
        return reply["button"]

    for kind in ("question", "critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer))
    return asked


def close(window: MainWindow | None) -> None:
    assert window is not None
    window.safety.close_backup = False  # type: ignore[attr-defined]
    window.close()
    window.safety._let_go()  # type: ignore[attr-defined]  # as a restore does: polling stops
    window.deleteLater()


def test_a_missing_database_is_created_only_after_asking(
    tmp_path: Path, answers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "typo.sqlite"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: Button.No))
    assert open_window(str(path), build_main_window) is None
    assert not path.exists()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: Button.Yes))
    window = open_window(str(path), build_main_window)
    assert path.exists()
    close(window)


def test_a_damaged_database_is_moved_aside_and_its_backup_restored(
    tmp_path: Path, answers: list[str]
) -> None:
    path = tmp_path / "clinic.sqlite"
    repo = open_repository(str(path))
    repo.add_patient(Patient(name="Kept in the backup"))
    repo.close()
    take_backup(path, "manual")
    path.write_bytes(bytes(8192))  # header and all zeroed
    window = open_window(str(path), build_main_window)
    assert answers == ["The database is damaged"]
    assert [p.name for p in window.repo.list_patients()] == ["Kept in the backup"]  # type: ignore[union-attr]
    assert list(tmp_path.glob("clinic.sqlite.corrupt-*"))
    close(window)


def test_an_encrypted_database_asks_for_its_passphrase(
    tmp_path: Path, answers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    from bodymap.cli import run
    from bodymap.storage.encryption import PASSPHRASE_ENV

    path = tmp_path / "secret.sqlite"
    assert run(["init", str(path)]) == 0
    monkeypatch.setenv(PASSPHRASE_ENV, "open sesame 42")
    assert run(["--db", str(path), "encrypt"]) == 0
    monkeypatch.delenv(PASSPHRASE_ENV)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a: ("open sesame 42", True)))
    window = open_window(str(path), build_main_window)
    assert window is not None
    assert window.repo.list_patients() == []
    close(window)

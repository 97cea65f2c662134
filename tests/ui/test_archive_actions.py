"""File › Export archive… and File › Import archive…: real dialogs, real files, real database."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bodymap.storage import ChartRepository, open_repository
from bodymap.ui import archive_actions
from bodymap.ui.archive_actions import ArchiveScopeDialog


@pytest.fixture
def demo_repo(demo_file: Path, tmp_path: Path) -> ChartRepository:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    return open_repository(str(copy))


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_scope_dialog_offers_the_patient_or_everyone(
    qtbot: QtBot, demo_repo: ChartRepository
) -> None:
    dialog = ArchiveScopeDialog(None, demo_repo.get_patient(1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.one.isChecked()
    assert "DEMO-001" in dialog.one.text()
    qtbot.mouseClick(dialog.everyone, Qt.MouseButton.LeftButton)
    assert dialog.whole_database
    without = ArchiveScopeDialog(None, None)
    qtbot.addWidget(without)
    assert not without.one.isEnabled()
    assert without.whole_database


def _answer_scope(monkeypatch: pytest.MonkeyPatch, everyone: bool) -> None:
    def fake_exec(self: ArchiveScopeDialog) -> QDialog.DialogCode:
        (self.everyone if everyone else self.one).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ArchiveScopeDialog, "exec", fake_exec)


def _messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text))
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()))
    return shown


def test_export_then_import_through_the_window(
    window: QWidget,
    demo_repo: ChartRepository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = _messages(monkeypatch)
    _answer_scope(monkeypatch, everyone=False)
    target = tmp_path / "patient-one"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    done = archive_actions.export_archive_dialog(window, demo_repo, 1)
    assert done is not None
    assert done.path == tmp_path / "patient-one.json"
    assert [p["chart_number"] for p in json.loads(done.path.read_bytes())["patients"]] == [
        "DEMO-001"
    ]
    assert shown[-1].startswith("Wrote 6 visits of 1 patient ")

    other = open_repository(str(tmp_path / "other.sqlite"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(done.path), ""))
    )
    result = archive_actions.import_archive_dialog(window, other)
    assert result is not None
    assert result.visits == 6
    assert "imported 6 visits, 1 patient, 1 clinician" in shown[-1]
    assert [p.chart_number for p in other.list_patients()] == ["DEMO-001"]
    # Importing the same file again adds nothing and says so.
    again = archive_actions.import_archive_dialog(window, other)
    assert again is not None
    assert "already present and identical" in shown[-1]
    other.close()
    demo_repo.close()


def test_a_bad_archive_shows_why_and_imports_nothing(
    window: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repo: ChartRepository
) -> None:
    shown = _messages(monkeypatch)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "bodymap-archive", "format_version": 2}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(bad), "")))
    assert archive_actions.import_archive_dialog(window, repo) is None
    assert shown[-1].startswith("Nothing was imported from bad.json.")
    assert repo.list_patients() == []

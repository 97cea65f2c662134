"""The window's Export note / Export report actions (bodymap.ui.export_actions), offscreen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from bodymap.anatomy import atlas as atlas_module
from bodymap.model import Clinician, Patient, Side, TriggerPoint, View, Visit
from bodymap.storage import ChartRepository, open_repository
from bodymap.ui import export_actions


@pytest.fixture
def repo(tmp_path: Path) -> ChartRepository:
    repository = open_repository(str(tmp_path / "ui.sqlite"))
    clinician = repository.add_clinician(Clinician(name="Ana Ruiz"))
    patient = repository.add_patient(Patient(name="Zoë Ñúñez-Łukasiewicz", chart_number="C/9"))
    assert patient.id is not None
    for day in (1, 8):
        visit = repository.add_visit(
            Visit(
                patient_id=patient.id,
                clinician_id=clinician.id,
                started_at=datetime(2026, 10, day, 9, 0),
            )
        )
        repository.add_trigger_point(
            TriggerPoint(
                visit_id=visit.id,
                view=View.POSTERIOR,
                x=175,
                y=170,
                muscle="upper_trapezius",
                side=Side.LEFT,
            )
        )
    return repository


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def choose(monkeypatch: pytest.MonkeyPatch, path: str) -> list[str]:
    """Answer the save dialog with ``path``; returns the suggested names it was shown."""
    suggested: list[str] = []

    def fake(parent: object, title: str, directory: str, filters: str) -> tuple[str, str]:
        suggested.append(directory)
        return path, filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return suggested


def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )
    return shown


def test_export_note_writes_the_chosen_file(
    window: QWidget, repo: ChartRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested = choose(monkeypatch, str(tmp_path / "note"))
    visit_id = repo.list_visits(1)[0].id
    assert visit_id is not None
    written = export_actions.export_note(
        window, repo, atlas_module.load_atlas(), visit_id, clinic_name="Clínica Sur"
    )
    assert written == tmp_path / "note.pdf"  # .pdf is added when the user leaves it out
    assert written.read_bytes().startswith(b"%PDF")
    assert suggested[0].endswith("note-C-9-2026-10-01.pdf")


def test_cancelled_dialog_writes_nothing(
    window: QWidget, repo: ChartRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, "")
    assert export_actions.export_note(window, repo, atlas_module.load_atlas(), 1) is None
    assert export_actions.export_report(window, repo, atlas_module.load_atlas(), 1) is None
    assert not list(tmp_path.glob("*.pdf"))


def test_unwritable_target_shows_one_message(
    window: QWidget, repo: ChartRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, str(tmp_path / "missing" / "note.pdf"))
    shown = warnings(monkeypatch)
    assert export_actions.export_note(window, repo, atlas_module.load_atlas(), 1) is None
    assert len(shown) == 1
    assert "does not exist" in shown[0]


def test_unknown_visit_shows_a_message(
    window: QWidget, repo: ChartRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = warnings(monkeypatch)
    assert export_actions.export_note(window, repo, atlas_module.load_atlas(), 999) is None
    assert "999" in shown[0]


def test_export_report_reports_progress_and_writes(
    window: QWidget, repo: ChartRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, str(tmp_path / "report.pdf"))
    values: list[int] = []
    original = QProgressDialog.setValue
    monkeypatch.setattr(
        QProgressDialog,
        "setValue",
        lambda self, value: (values.append(value), original(self, value))[1],
    )
    written = export_actions.export_report(window, repo, atlas_module.load_atlas(), 1)
    assert written == tmp_path / "report.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert values == sorted(values)
    assert len(values) >= 4  # two visits loaded, two quantified


def test_cancelling_the_progress_dialog_writes_nothing(
    window: QWidget, repo: ChartRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, str(tmp_path / "report.pdf"))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert export_actions.export_report(window, repo, atlas_module.load_atlas(), 1) is None
    assert not (tmp_path / "report.pdf").exists()

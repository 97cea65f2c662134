"""Every script prints: a Chinese, Arabic and Latin name; Devanagari, Greek, Cyrillic notes."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import shapeStr

from bodymap.anatomy.atlas import load_atlas
from bodymap.model import Clinician, Patient, Visit
from bodymap.report.exporting import session_note_pdf
from bodymap.report.fonts import REGULAR, font_runs, register_fonts, visual_order
from bodymap.report.paragraph import Paragraph
from bodymap.storage import open_repository
from tests.report.pdf_text import flat_text, read_pdf

NAME = "王芳 محمد Ægir"
NOTES = "दर्द कंधे में · Πόνος στον ώμο · Боль в плече"


def _missing_fallbacks() -> list[str]:
    runs = font_runs("王" + "द")
    return [chunk for font, chunk in runs if font == "BodyMapSans"]


def _note(tmp_path: Path, name: str, subjective: str) -> bytes:
    """The session note PDF of a visit of a patient called ``name``."""
    repo = open_repository(str(tmp_path / "scripts.sqlite"))
    try:
        clinician = repo.add_clinician(Clinician(name="Ana Ruiz", credentials="PT"))
        patient = repo.add_patient(
            Patient(name=name, chart_number="Ж-7", date_of_birth=date(1990, 1, 2))
        )
        assert patient.id is not None
        visit = repo.add_visit(
            Visit(
                patient_id=patient.id,
                clinician_id=clinician.id,
                started_at=datetime(2026, 11, 3, 9, 0),
                subjective=subjective,
            )
        )
        assert visit.id is not None
        return session_note_pdf(repo, load_atlas(), visit.id)
    finally:
        repo.close()


@pytest.mark.skipif(
    bool(_missing_fallbacks()),
    reason="no CJK/Devanagari system font (.ci/run installs fonts-wqy-microhei fonts-lohit-deva)",
)
def test_a_note_for_wang_fang_muhammad_aegir_shows_every_character(tmp_path: Path) -> None:
    data = _note(tmp_path, NAME, NOTES)
    (tmp_path / "note.pdf").write_bytes(data)
    text = flat_text(data)
    for word in (*NAME.split(), "Ж-7", *NOTES.replace("·", " ").split()):
        if "\u0900" <= word[0] <= "\u097f":
            # a reph or an i-matra is drawn before the letter it belongs to, and a PDF reader
            # hands the letters back in drawing order: every one of them comes back
            assert all(text.count(c) >= word.count(c) for c in word), word
        else:
            assert word in text, word
    fonts = {
        str(font.get("/BaseFont", ""))
        for page in read_pdf(data).pages
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
        if hasattr(font, "get")
    }
    assert any("Fallback" in f for f in fonts) or fonts  # fallback faces are embedded


def test_arabic_is_joined_and_its_words_run_right_to_left() -> None:
    register_fonts()
    shaped = shapeStr("محمد", REGULAR, 10)
    # meem initial, hah medial, meem medial, dal final: joined forms, in drawing order
    assert [hex(ord(c)) for c in shaped] == ["0xfeaa", "0xfee4", "0xfea4", "0xfee3"]
    assert [hex(ord(c)) for c in "محمد"] != [hex(ord(c)) for c in shaped]
    # the words of a right-to-left run swap; the letters of each word stay for the shaper
    assert visual_order("王芳 محمد علي Ægir") == "王芳 علي محمد Ægir"
    assert visual_order("ألم في (شديد) · ok") == "(شديد) في ألم · ok"


@pytest.mark.skipif(bool(_missing_fallbacks()), reason="no Devanagari system font")
def test_devanagari_conjuncts_are_formed() -> None:
    font = next(f for f, chunk in font_runs("क्षत्रिय") if f != REGULAR)
    shaped = shapeStr("क्षत्रिय", font, 10)
    # क्ष and त्र become one glyph each: fewer glyphs than letters, none of them a virama
    assert len(shaped) < len("क्षत्रिय")
    assert "\u094d" not in shaped


@pytest.mark.skipif(bool(_missing_fallbacks()), reason="no CJK/Devanagari system font")
def test_a_hindi_name_extracts_every_letter_and_arabic_its_plain_letters(tmp_path: Path) -> None:
    data = _note(tmp_path, "क्षत्रिय محمد 王芳", "")
    text = flat_text(data)
    assert all(text.count(c) >= "क्षत्रिय".count(c) for c in "क्षत्रिय")
    assert "محمد" in text  # plain letters, not the joined presentation forms drawn
    assert "\ufee3" not in text
    assert "\ue000" not in text


def test_text_in_the_report_font_needs_no_fallback() -> None:
    assert font_runs("Zoë Ñúñez-Łukasiewicz Πόνος Боль محمد") == [
        ("BodyMapSans", "Zoë Ñúñez-Łukasiewicz Πόνος Боль محمد")
    ]


def test_only_text_that_needs_it_is_shaped() -> None:
    style = ParagraphStyle("body", fontName=REGULAR)
    assert not Paragraph("office final Πόνος Боль 王芳", style).style.shaping  # same without
    assert Paragraph("محمد", style).style.shaping
    assert Paragraph("क्षत्रिय", style).style.shaping
    assert Paragraph("محمد", style).style is Paragraph("علي", style).style  # one variant

"""Issue #12's input cases: every value the model accepts exports, every bad one is one line."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from bodymap.cli import run
from bodymap.model import Clinician, Patient, Side, TriggerPoint, ValidationError, View, Visit
from bodymap.storage import open_repository

NOTE_END = "END-OF-LONG-NOTE"


def long_note(limit: int = 5000) -> str:
    words = "Taut band palpable, local twitch response elicited, referral reproduced. "
    return (words * (limit // len(words) + 1))[: limit - len(NOTE_END) - 1] + " " + NOTE_END


@pytest.fixture
def database(tmp_path: Path) -> tuple[str, int]:
    """One visit whose trigger points, SOAP note and names are at the model's length limits."""
    path = str(tmp_path / "clinic.sqlite")
    repo = open_repository(path)
    try:
        clinician = repo.add_clinician(Clinician(name="Ana Ruiz", credentials="PT"))
        patient = repo.add_patient(Patient(name="N" * 199 + "Z", chart_number="C" * 64))
        assert patient.id is not None
        assert clinician.id is not None
        visit = repo.add_visit(
            Visit(
                patient_id=patient.id,
                clinician_id=clinician.id,
                started_at=datetime(2026, 11, 2, 9, 0),
                subjective="x" * 12_000 + " " + NOTE_END,  # one unbroken run of text
                plan="\n".join(f"line {n}" for n in range(1500)),
            )
        )
        assert visit.id is not None
        for number in range(3):
            repo.add_trigger_point(
                TriggerPoint(
                    visit_id=visit.id,
                    view=View.POSTERIOR,
                    x=170 + number,
                    y=170,
                    muscle="upper_trapezius",
                    side=Side.LEFT,
                    notes=long_note(),
                )
            )
        return path, visit.id
    finally:
        repo.close()


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return len(reader.pages), " ".join(p.extract_text() or "" for p in reader.pages)


def test_notes_at_the_model_limit_export_across_pages(
    database: tuple[str, int], tmp_path: Path
) -> None:
    db, visit = database
    note, report = tmp_path / "note.pdf", tmp_path / "report.pdf"
    assert run(["--db", db, "export", str(visit), "--out", str(note)]) == 0
    pages, text = pdf_text(note)
    assert pages > 3
    assert text.count(NOTE_END) == 4  # three trigger-point notes and the subjective, whole
    assert "line 1499" in text
    assert run(["--db", db, "report", "1", "--out", str(report)]) == 0


def exit_code(argv: list[str]) -> int:
    """``run``'s exit code, also when argparse refuses the arguments (SystemExit)."""
    try:
        return run(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err.count("\n") == 1, captured.err
    return captured.err


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "9223372036854775808"],
        ["export", "99999999999999999999999999"],
        ["export", "--", "-1"],
        ["export", "0"],
        ["export", "1e3"],
        ["report", "1", "--from", "20261101"],
        ["report", "1", "--to", "2026-W44-1"],
        ["report", "1", "--from", "2026-13-01"],
        ["report", "1", "--clinic", "Clinic\udcff"],
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(
    database: tuple[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    db, _visit = database
    assert exit_code(["--db", db, *argv, "--out", str(tmp_path / "x.pdf")]) == 2
    one_line_error(capsys)
    assert not (tmp_path / "x.pdf").exists()


def test_ids_beyond_the_database_range_are_one_line(
    database: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _visit = database
    assert run(["--db", db, "visits", "9223372036854775808"]) == 2
    assert "no patient" in one_line_error(capsys)
    assert exit_code(["--db", db, "show", "18446744073709551616"]) == 2
    assert "from 1 to 9223372036854775807" in one_line_error(capsys)


def test_export_never_replaces_the_database(
    database: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, visit = database
    before = Path(db).read_bytes()
    for target in (db, f"{db}-wal", f"{db}-shm"):
        assert run(["--db", db, "export", str(visit), "--out", target, "--force"]) == 1
        assert "open database" in one_line_error(capsys)
    assert Path(db).read_bytes() == before
    assert run(["--db", db, "show", str(visit)]) == 0


def test_export_refuses_a_text_file_a_fifo_and_a_device(
    database: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, visit = database
    letter = tmp_path / "letter.txt"
    letter.write_text("keep me")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (letter, fifo, Path("/dev/null")):
        assert run(["--db", db, "export", str(visit), "--out", str(target)]) == 1
        one_line_error(capsys)
    assert letter.read_text() == "keep me"
    assert run(["--db", db, "export", str(visit), "--out", str(letter), "--force"]) == 0
    assert letter.read_bytes().startswith(b"%PDF-")


def test_an_overlong_out_name_is_one_line(
    database: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, visit = database
    out = tmp_path / ("n" * 321 + ".pdf")
    assert run(["--db", db, "export", str(visit), "--out", str(out)]) == 1
    assert "longer than 255 bytes" in one_line_error(capsys)


def test_a_lone_surrogate_is_refused_by_the_model_naming_the_field() -> None:
    with pytest.raises(ValidationError, match="name: .*lone surrogate"):
        Patient(name="Eve\udc80")
    with pytest.raises(ValidationError, match="notes: .*lone surrogate"):
        TriggerPoint(
            visit_id=1, view=View.ANTERIOR, x=1, y=1, muscle="m", side=Side.LEFT, notes="\ud800"
        )


def test_control_characters_in_names_are_escaped_on_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.sqlite")
    repo = open_repository(db)
    repo.add_patient(Patient(name="Mal\x1b[2J\x1b[31mlory\x00", chart_number="E\x1b]0;x\x07"))
    repo.close()
    assert run(["--db", db, "patients"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x00" not in out
    assert "\x07" not in out
    assert "Mal\\u001b[2J\\u001b[31mlory\\u0000" in out

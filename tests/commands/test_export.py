"""``bodymap export`` and ``bodymap report`` against a real database and the shipped atlas."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from bodymap.cli import run
from bodymap.model import (
    Clinician,
    Instrument,
    MeasureTiming,
    OutcomeMeasure,
    Patient,
    Side,
    TriggerPoint,
    View,
    Visit,
)
from bodymap.storage import open_repository
from tests.storage.signing import ensure_secret

NAME = "Zoë Ñúñez-Łukasiewicz"


@pytest.fixture
def database(tmp_path: Path) -> tuple[str, int, list[int]]:
    """A patient with three weekly visits, each with a trigger point and NPRS readings."""
    path = str(tmp_path / "charts.sqlite")
    repo = open_repository(path)
    try:
        clinician = repo.add_clinician(Clinician(name="Ana Ruiz", credentials="PT"))
        patient = repo.add_patient(
            Patient(name=NAME, chart_number="MRN-7", date_of_birth=date(1984, 3, 9))
        )
        assert patient.id is not None
        visit_ids = []
        for week in range(3):
            visit = repo.add_visit(
                Visit(
                    patient_id=patient.id,
                    clinician_id=clinician.id,
                    started_at=datetime(2026, 10, 1, 9, 0) + timedelta(weeks=week),
                    subjective=f"Week {week + 1}: neck pain easing.",
                )
            )
            assert visit.id is not None
            visit_ids.append(visit.id)
            repo.add_trigger_point(
                TriggerPoint(
                    visit_id=visit.id,
                    view=View.POSTERIOR,
                    x=175,
                    y=170,
                    muscle="upper_trapezius",
                    side=Side.LEFT,
                )
            )
            for timing, value in (
                (MeasureTiming.PRE, 7 - 2 * week),
                (MeasureTiming.POST, 5 - 2 * week),
            ):
                repo.add_measure(
                    OutcomeMeasure(
                        visit_id=visit.id,
                        instrument=Instrument.NPRS,
                        timing=timing,
                        value=max(value, 0),
                        label="current",
                    )
                )
        return path, patient.id, visit_ids
    finally:
        repo.close()


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


def test_export_writes_the_session_note(
    database: tuple[str, int, list[int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _patient, visits = database
    out = tmp_path / "note.pdf"
    assert (
        run(["--db", db, "export", str(visits[0]), "--out", str(out), "--clinic", "Clínica Sur"])
        == 0
    )
    text = pdf_text(out)
    assert NAME in text
    assert "Clínica Sur" in text
    assert "Upper trapezius" in text
    assert "7/10" in text
    assert "5/10" in text
    assert "Page 1 of" in text
    assert "wrote" in capsys.readouterr().out


def test_report_writes_the_progress_report(
    database: tuple[str, int, list[int]], tmp_path: Path
) -> None:
    db, patient, _visits = database
    out = tmp_path / "report.pdf"
    assert run(["--db", db, "report", str(patient), "--out", str(out)]) == 0
    text = pdf_text(out)
    assert NAME in text
    assert "First versus last visit" in text
    assert "Pain (NPRS)" in text
    # A chart number names the patient too, and the range keeps only the visits inside it.
    ranged = tmp_path / "ranged.pdf"
    assert (
        run(
            [
                "--db",
                db,
                "report",
                "MRN-7",
                "--out",
                str(ranged),
                "--from",
                "2026-10-05",
                "--to",
                "2026-10-20",
            ]
        )
        == 0
    )
    ranged_text = pdf_text(ranged)
    assert "2 (0 signed)" in ranged_text
    assert "8 Oct 2026 \u2013 15 Oct 2026" not in ranged_text
    assert "5 Oct 2026 \u2013 20 Oct 2026" in ranged_text


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["export", "999", "--out", "{tmp}/n.pdf"], 2, "no visit"),
        (["export", "abc", "--out", "{tmp}/n.pdf"], 2, "VISIT must be a visit id"),
        (["export", "{visit}", "--out", "{tmp}/missing/n.pdf"], 1, "does not exist"),
        (["export", "{visit}", "--out", "{tmp}"], 1, "it is a folder"),
        (["report", "999", "--out", "{tmp}/r.pdf"], 2, "no patient"),
        (["report", "NOPE", "--out", "{tmp}/r.pdf"], 2, "no patient"),
        (["report", "{patient}", "--out", "{tmp}/r.pdf", "--from", "2026-13-01"], 2, "YYYY-MM-DD"),
        (
            [
                "report",
                "{patient}",
                "--out",
                "{tmp}/r.pdf",
                "--from",
                "2026-11-01",
                "--to",
                "2026-10-01",
            ],
            2,
            "is after",
        ),
        (
            ["report", "{patient}", "--out", "{tmp}/r.pdf", "--from", "2030-01-01"],
            2,
            "no visits in that date range",
        ),
    ],
)
def test_errors_are_one_line_and_leave_no_file(
    database: tuple[str, int, list[int]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    message: str,
) -> None:
    db, patient, visits = database
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    filled = [a.format(tmp=out_dir, visit=visits[0], patient=patient) for a in argv]
    assert exit_code(["--db", db, *filled]) == code
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert list(out_dir.iterdir()) == []


def exit_code(argv: list[str]) -> int:
    """Run the CLI; argument errors end in SystemExit(2) from argparse, others return a code."""
    try:
        return run(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def test_export_prints_the_clinical_record_of_a_signed_visit(
    database: tuple[str, int, list[int]], tmp_path: Path
) -> None:
    from bodymap.model.catalog_lists import (
        ConsentForm,
        PatientPosition,
        ScreeningDecision,
        ScreeningStatus,
        Technique,
    )
    from bodymap.model.record import Consent, NeedlingRecord, Plan, Screening
    from bodymap.storage.record_repository import RecordRepository

    db, _patient, visits = database
    repo = open_repository(db)
    try:
        records = RecordRepository(repo, frozenset())
        visit_id = visits[0]
        point = repo.load_chart(visit_id).trigger_points[0]
        assert point.id is not None
        records.save_screening(
            Screening(visit_id=visit_id, decision=ScreeningDecision.PROCEED).with_unknown_as(
                ScreeningStatus.ABSENT
            )
        )
        records.save_consent(
            Consent(
                visit_id=visit_id,
                form=ConsentForm.WRITTEN,
                obtained_at=datetime(2026, 10, 1, 8, 55),
                obtained_by=1,
                copy_given=True,
                risks_discussed=("bruising", "pneumothorax"),
            )
        )
        records.add_needling(
            NeedlingRecord(
                visit_id=visit_id,
                trigger_point_id=point.id,
                needle_diameter_mm=0.25,
                needle_length_mm=40,
                technique=Technique.DEEP_DYNAMIC,
                patient_position=PatientPosition.PRONE,
                twitch_responses=4,
                needles_in=1,
                needles_out=1,
                aftercare_pneumothorax=True,
            )
        )
        records.set_no_adverse_events(visit_id)
        records.save_plan(
            Plan(
                visit_id=visit_id, home_exercise=True, home_exercise_detail="Chin tucks twice a day"
            )
        )
        records.sign_visit(visit_id, 1, ensure_secret(records, 1))
        records.add_addendum(visit_id, 1, "Phoned next day: soreness settled.")
    finally:
        repo.close()
    out = tmp_path / "signed.pdf"
    assert run(["--db", db, "export", str(visits[0]), "--out", str(out)]) == 0
    text = pdf_text(out)
    for expected in (
        "Decision Proceed",
        "Written, for the course of treatment",
        "Bruising",
        "Dry-needling procedure",
        "0.25 × 40 mm",
        "4 twitches",
        "1 in / 1 out",
        "No adverse events.",
        "Chin tucks twice a day",
        "Electronically signed by Ana Ruiz, PT",
        "Phoned next day: soreness settled.",
    ):
        assert expected in text
    assert "DRAFT" not in text


def test_note_appendix_lists_the_sites_used_with_evidence_and_source(
    database: tuple[str, int, list[int]], tmp_path: Path
) -> None:
    db, _patient, visits = database
    repo = open_repository(db)
    try:
        repo.add_trigger_point(
            TriggerPoint(
                visit_id=visits[1],
                view=View.POSTERIOR,
                x=227.5,
                y=404.0,
                muscle="gluteus_maximus",
                side=Side.RIGHT,
                site="gluteus_maximus.tp1.right",
            )
        )
    finally:
        repo.close()
    out = tmp_path / "note.pdf"
    assert run(["--db", db, "export", str(visits[1]), "--out", str(out)]) == 0
    text = pdf_text(out)
    appendix = text.split("Appendix: trigger-point sites and their sources", 1)[1]
    assert "Gluteus maximus" in appendix
    assert "secondary [S-2]" in appendix
    assert "brainscape.com" in appendix
    # A visit that used no catalogue site has no appendix.
    plain = tmp_path / "plain.pdf"
    assert run(["--db", db, "export", str(visits[0]), "--out", str(plain)]) == 0
    assert "Appendix" not in pdf_text(plain)


def test_report_names_the_threshold_kind_and_source(
    database: tuple[str, int, list[int]], tmp_path: Path
) -> None:
    db, patient, _visits = database
    out = tmp_path / "report.pdf"
    assert run(["--db", db, "report", str(patient), "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "the MCID: the smallest change patients judge important" in text
    assert "Childs et al., Spine 2005" in text

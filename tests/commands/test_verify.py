"""``bodymap verify``, and integrity in ``show``, ``audit``, ``export``, ``report`` (issue 10)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bodymap.cli import run
from bodymap.demo import DEMO_PASSPHRASE, load_demo
from bodymap.storage import open_repository
from tests.commands.test_demo import ToyCatalogue
from tests.storage.tampering import TAMPERS, Signed


def _out(capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    captured = capsys.readouterr()
    return captured.out.splitlines(), captured.err


def test_intact_database_verifies_with_a_summary_line(
    signed: Signed, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", signed.db.url, "verify"]) == 0
    lines, _err = _out(capsys)
    [summary] = lines
    assert summary.startswith("1 signed visit verified; audit chain intact (")
    assert summary.endswith(" entries)")
    assert run(["--db", signed.db.url, "verify", str(signed.visit_id)]) == 0


@pytest.mark.parametrize("tamper", list(TAMPERS))
def test_verify_names_the_visit_and_exits_1(
    signed: Signed, capsys: pytest.CaptureFixture[str], tamper: str
) -> None:
    sql, expected = TAMPERS[tamper]
    signed.db.drop_triggers()
    signed.db.raw(sql.format(visit=signed.visit_id))
    assert run(["--db", signed.db.url, "verify"]) == 1
    lines, _err = _out(capsys)
    problems, summary = lines[:-1], lines[-1]
    assert problems
    assert any(expected in line for line in problems), lines
    assert any(f"visit {signed.visit_id}" in line for line in problems), lines
    assert "failed" in summary or "BROKEN" in summary


@pytest.mark.parametrize("tamper", list(TAMPERS))
def test_show_json_reports_tampered(
    signed: Signed, capsys: pytest.CaptureFixture[str], tamper: str
) -> None:
    sql, expected = TAMPERS[tamper]
    signed.db.drop_triggers()
    signed.db.raw(sql.format(visit=signed.visit_id))
    assert run(["--db", signed.db.url, "show", str(signed.visit_id), "--json"]) == 1
    integrity = json.loads(capsys.readouterr().out)["integrity"]
    assert integrity["status"] == "tampered"
    assert len(integrity["hash"]) == 64
    assert any(expected in p for p in integrity["problems"])


def test_show_json_integrity_of_intact_and_draft_visits(
    signed: Signed, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", signed.db.url, "show", str(signed.visit_id), "--json"]) == 0
    integrity = json.loads(capsys.readouterr().out)["integrity"]
    assert integrity["status"] == "verified"
    assert len(integrity["hash"]) == 64
    assert integrity["problems"] == []
    assert run(["--db", signed.db.url, "show", str(signed.draft_id), "--json"]) == 0
    draft = json.loads(capsys.readouterr().out)["integrity"]
    assert draft == {"status": "unsigned", "hash": None, "problems": []}


def test_show_text_audit_export_and_report_refuse_a_clean_signed_note(
    signed: Signed, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    signed.db.drop_triggers()
    signed.db.raw(TAMPERS["assessment"][0].format(visit=signed.visit_id))
    visit = str(signed.visit_id)
    assert run(["--db", signed.db.url, "show", visit]) == 1
    assert capsys.readouterr().out.startswith("!! INTEGRITY CHECK FAILED")
    assert run(["--db", signed.db.url, "audit", visit]) == 1
    assert "INTEGRITY CHECK FAILED" in capsys.readouterr().err
    out = tmp_path / "note.pdf"
    assert run(["--db", signed.db.url, "export", visit, "--out", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"bodymap: not exported: visit {visit}: signed content changed (soap.assessment); "
        f"run 'bodymap verify {visit}' for details"
    ]
    assert not out.exists()
    patient = str(signed.chart.patient.id)
    assert run(["--db", signed.db.url, "report", patient, "--out", str(out)]) == 1
    assert "not exported" in capsys.readouterr().err
    assert not out.exists()


def test_signed_pdf_carries_the_hash_and_the_identity_as_signed(
    signed: Signed, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = signed.db.open()
    try:
        repo.update_patient(replace(signed.chart.patient, name="Zoë Renamed"))
        repo.update_clinician(replace(signed.chart.clinician, name="Ines Renamed"))
    finally:
        repo.close()
    assert run(["--db", signed.db.url, "show", str(signed.visit_id), "--json"]) == 0
    digest = json.loads(capsys.readouterr().out)["integrity"]["hash"]
    out = tmp_path / "note.pdf"
    assert run(["--db", signed.db.url, "export", str(signed.visit_id), "--out", str(out)]) == 0
    reader = PdfReader(out)
    text = " ".join(page.extract_text() for page in reader.pages)
    words = " ".join(text.split())
    assert "Electronically signed by Ines Okafor, PT, DPT" in words
    assert "now known as Zoë Renamed" in words
    assert "Ines Renamed" not in words
    short = " ".join(digest[i : i + 4] for i in range(0, 16, 4))
    assert f"Content SHA-256 {short}" in words
    metadata = reader.metadata
    assert metadata is not None
    assert f"bodymap-content-sha256:{digest}" in str(metadata.get("/Keywords"))
    assert digest in str(metadata.get("/Subject"))


def test_demo_signs_with_its_passphrase_and_verifies_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    repo = open_repository(str(path))
    try:
        load_demo(repo, ToyCatalogue(), today=date(2026, 11, 27))
        from bodymap.storage.record_repository import RecordRepository

        [clinician] = repo.list_clinicians()
        records = RecordRepository(repo, frozenset())
        records.set_signing_secret(clinician.id or 0, "changed-later", current=DEMO_PASSPHRASE)
    finally:
        repo.close()
    assert run(["--db", str(path), "verify"]) == 0
    [summary] = capsys.readouterr().out.splitlines()
    assert summary.split()[1:4] == ["signed", "visits", "verified;"]
    assert int(summary.split()[0]) >= 10

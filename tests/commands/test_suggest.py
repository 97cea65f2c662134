"""``bodymap show VISIT --json --suggest``: catalogue sites ranked against the drawn pain."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from bodymap.anatomy.atlas import load_atlas
from bodymap.cli import run
from bodymap.model import PainZone, Patient, Visit
from bodymap.storage import open_repository

SITE = "gluteus_minimus.anterior.left"


def visit_with_pain(db: Path, site_id: str | None) -> int:
    repo = open_repository(str(db))
    try:
        patient = repo.add_patient(Patient(name="Suggest Test", chart_number="S-1"))
        assert patient.id is not None
        visit = repo.add_visit(Visit(patient_id=patient.id, started_at=datetime(2026, 10, 1, 9)))
        assert visit.id is not None
        if site_id is not None:
            for view, polygon in load_atlas().sites[site_id].referral.essential:
                repo.add_zone(PainZone(visit_id=visit.id, view=view, polygons=(polygon,)))
        return visit.id
    finally:
        repo.close()


def show_json(db: Path, visit_id: int, capsys: pytest.CaptureFixture[str], *flags: str) -> dict:
    assert run(["--db", str(db), "show", str(visit_id), "--json", *flags]) == 0
    return json.loads(capsys.readouterr().out)


def test_suggestions_best_first_with_site_muscle_and_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "suggest.sqlite"
    visit_id = visit_with_pain(db, SITE)
    data = show_json(db, visit_id, capsys, "--suggest")
    suggestions = data["suggestions"]
    assert suggestions[0]["site"] == SITE
    assert suggestions[0]["muscle"] == "gluteus_minimus"
    assert suggestions[0]["score"] == pytest.approx(100.0, abs=0.1)
    scores = [s["score"] for s in suggestions]
    assert scores == sorted(scores, reverse=True)
    atlas = load_atlas()
    for item in suggestions:
        assert {"site", "muscle", "score", "reason"} <= item.keys()
        assert atlas.sites[item["site"]].muscle == item["muscle"]
        assert 0 <= item["score"] <= 100


def test_without_the_flag_there_are_no_suggestions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "plain.sqlite"
    visit_id = visit_with_pain(db, SITE)
    assert "suggestions" not in show_json(db, visit_id, capsys)


def test_no_pain_drawn_gives_an_empty_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "empty.sqlite"
    visit_id = visit_with_pain(db, None)
    assert show_json(db, visit_id, capsys, "--suggest")["suggestions"] == []

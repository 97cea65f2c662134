"""``bodymap patients / visits / show``: the JSON contract, the text form and clear refusals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from bodymap.cli import run
from bodymap.demo import load_demo
from bodymap.storage import open_repository
from tests.commands.test_demo import ToyCatalogue


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "listing.sqlite")
    repo = open_repository(path)
    try:
        load_demo(repo, ToyCatalogue(), today=date(2026, 11, 27))
    finally:
        repo.close()
    return path


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert run(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_patients_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    patients = _json(capsys, "--db", db, "patients", "--json")
    assert isinstance(patients, list)
    assert len(patients) == 3
    for patient in patients:
        assert {"id", "name", "chart_number", "date_of_birth"} <= patient.keys()
        assert isinstance(patient["id"], int)
    assert "Zoë Ñúñez-Łukasiewicz" in {p["name"] for p in patients}


@pytest.mark.parametrize("search", ["zoe", "NUNEZ", "lukasiewicz", "demo-001", "1987-04-23"])
def test_patients_search_ignores_case_and_accents(
    db: str, capsys: pytest.CaptureFixture[str], search: str
) -> None:
    patients = _json(capsys, "--db", db, "patients", "--search", search, "--json")
    assert isinstance(patients, list)
    assert [p["name"] for p in patients] == ["Zoë Ñúñez-Łukasiewicz"]


def test_visits_json_by_id_or_chart_number(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    by_chart = _json(capsys, "--db", db, "visits", "DEMO-001", "--json")
    assert isinstance(by_chart, list)
    assert 4 <= len(by_chart) <= 8
    for visit in by_chart:
        assert {"id", "date", "status"} <= visit.keys()
        datetime.fromisoformat(visit["date"])
        assert visit["status"] in {"draft", "signed"}
    assert [v["date"] for v in by_chart] == sorted(v["date"] for v in by_chart)
    patient_id = by_chart[0]["patient_id"]
    assert _json(capsys, "--db", db, "visits", str(patient_id), "--json") == by_chart


def test_show_json_has_the_whole_chart(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    visits = _json(capsys, "--db", db, "visits", "DEMO-002", "--json")
    assert isinstance(visits, list)
    shown = _json(capsys, "--db", db, "show", str(visits[0]["id"]), "--json")
    assert isinstance(shown, dict)
    assert {"id", "patient", "status", "trigger_points", "zones", "measures"} <= shown.keys()
    assert shown["id"] == visits[0]["id"]
    assert shown["status"] == "signed"
    assert shown["patient"]["chart_number"] == "DEMO-002"
    assert shown["trigger_points"]
    for point in shown["trigger_points"]:
        assert {"id", "view", "x", "y", "muscle", "side"} <= point.keys()
        assert point["view"] in {"anterior", "posterior"}
    assert shown["zones"]
    for zone in shown["zones"]:
        assert {"id", "view", "kind", "intensity", "polygons"} <= zone.keys()
        exterior = zone["polygons"][0]["exterior"]
        assert len(exterior) >= 3
        assert all(len(xy) == 2 for xy in exterior)
    instruments = {m["instrument"] for m in shown["measures"]}
    assert {"nprs", "ppt", "odi"} <= instruments


def test_text_output(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", db, "patients"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["ID", "NAME", "CHART", "BORN"]
    assert "Aoife Ní Bhriain-Søndergaard" in table
    assert run(["--db", db, "visits", "DEMO-003"]) == 0
    visits = capsys.readouterr().out
    assert "signed" in visits
    assert "draft" in visits
    assert "Ines Okafor, PT, DPT" in visits
    last_id = visits.strip().splitlines()[-1].split()[0]
    assert run(["--db", db, "show", last_id]) == 0
    text = capsys.readouterr().out
    assert "draft" in text.splitlines()[0]
    assert "Trigger points (" in text
    assert "Pain zones (" in text
    assert "NPRS pre: " in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["visits", "NOPE-9"], "no patient with id or chart number 'NOPE-9'"),
        (["visits", "9999", "--json"], "no patient with id or chart number '9999'"),
        (["show", "9999", "--json"], "no visit with id 9999"),
        (["show", "abc"], "VISIT must be a visit id"),
    ],
)
def test_unknown_ids_are_one_line_exit_2(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code = _exit_code(["--db", db, *argv])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert message in captured.err
    assert len(captured.err.strip().splitlines()) == 1


def test_bad_db_is_one_line_and_nothing_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    assert run(["--db", str(notes), "patients"]) == 1
    assert run(["--db", str(tmp_path / "missing" / "x.sqlite"), "patients"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2
    assert "not a BodyMap database" in err[0]
    assert "does not exist" in err[1]
    assert notes.read_text() == "shopping list\n"
    assert not (tmp_path / "missing").exists()


def _exit_code(argv: list[str]) -> int:
    """Run the CLI as the console script does: argparse errors exit via SystemExit."""
    try:
        return run(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


HEAVY = ("PySide6", "sqlalchemy", "alembic", "reportlab", "shapely", "numpy")


@pytest.mark.parametrize("arg", ["--version", "--help"])
def test_version_and_help_import_no_heavy_library(arg: str) -> None:
    code = "\n".join(
        [
            "import sys",
            "from bodymap.cli import run",
            "try:",
            f"    run([{arg!r}])",
            "except SystemExit:",
            "    pass",
            "loaded = {m.split('.')[0] for m in sys.modules}",
            f"print('HEAVY:' + ','.join(sorted(loaded & set({HEAVY!r}))))",
        ]
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    [marker] = [line for line in done.stdout.splitlines() if line.startswith("HEAVY:")]
    assert marker == "HEAVY:"


def _add_zone(db: str, visit_id: int, kind: str, ring: list[tuple[float, float]]) -> None:
    from bodymap.model import PainZone, View, ZoneKind, ZonePolygon

    repo = open_repository(db)
    try:
        repo.add_zone(
            PainZone(
                visit_id=visit_id,
                view=View.POSTERIOR,
                polygons=(ZonePolygon(tuple(ring)),),
                kind=ZoneKind(kind),
            )
        )
    finally:
        repo.close()


# Over the right upper trapezius and the back of the neck (posterior view).
NECK_PAIN = [(205.0, 120.0), (245.0, 140.0), (245.0, 165.0), (205.0, 160.0)]


def test_show_suggest_adds_ranked_sites(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    visits = _json(capsys, "--db", db, "visits", "DEMO-001", "--json")
    assert isinstance(visits, list)
    draft = visits[-1]["id"]
    _add_zone(db, draft, "patient_reported", NECK_PAIN)
    shown = _json(capsys, "--db", db, "show", str(draft), "--json", "--suggest")
    assert isinstance(shown, dict)
    suggestions = shown["suggestions"]
    assert suggestions
    assert {"site", "muscle", "score"} <= suggestions[0].keys()
    scores = [s["score"] for s in suggestions]
    assert scores == sorted(scores, reverse=True)
    assert run(["--db", db, "show", str(draft), "--suggest"]) == 0
    assert "Suggested sites (" in capsys.readouterr().out


def test_console_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    db = str(tmp_path / "console.sqlite")
    assert run(["init", db]) == 0  # commands refuse a missing database
    picture = tmp_path / "scan.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    cases = [
        (["--db", db, "show", "9999"], 2, "no visit with id 9999"),
        (["--db", db, "visits", "nobody"], 2, "no patient with id or chart number"),
        (["--db", str(picture), "patients"], 1, "not a BodyMap database"),
    ]
    for argv, code, message in cases:
        done = subprocess.run(
            [sys.executable, "-m", "bodymap", *argv],
            capture_output=True,
            text=True,
            cwd=root,
            env=env,
            check=False,
        )
        assert done.returncode == code
        assert done.stdout == ""
        assert message in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert "Traceback" not in done.stderr
    assert picture.read_bytes() == b"\x89PNG\r\n\x1a\n" + bytes(100)


def test_extent_counts_patient_reported_pain_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A visit whose only zones are referred has empty reported counts and no suggestions."""
    from bodymap.model import Patient, Visit

    db = str(tmp_path / "extent.sqlite")
    repo = open_repository(db)
    try:
        patient = repo.add_patient(Patient(name="Ana Ruiz", chart_number="E-1"))
        visit = repo.add_visit(Visit(patient_id=patient.id or 0, started_at=datetime(2026, 3, 2)))
    finally:
        repo.close()
    visit_id = visit.id or 0
    _add_zone(db, visit_id, "referred", NECK_PAIN)
    shown = _json(capsys, "--db", db, "show", str(visit_id), "--json", "--suggest")
    assert isinstance(shown, dict)
    empty = {"area_pct": 0.0, "choir": [], "mbm": [], "wpi": []}
    assert shown["extent"]["reported"] == empty
    referred = shown["extent"]["referred"]
    assert referred["area_pct"] > 0
    assert referred["choir"]
    assert "neck" in referred["wpi"]
    assert shown["suggestions"] == []  # referral zones never suggest their own sources
    _add_zone(db, visit_id, "patient_reported", NECK_PAIN)
    shown = _json(capsys, "--db", db, "show", str(visit_id), "--json", "--suggest")
    assert isinstance(shown, dict)
    assert shown["extent"]["reported"] == referred
    assert shown["suggestions"]
    assert run(["--db", db, "show", str(visit_id)]) == 0
    text = capsys.readouterr().out
    assert "patient-reported: " in text
    assert "referred (clinician): " in text

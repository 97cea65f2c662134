"""``bodymap archive export|import``: files, exit codes, one-line errors, nothing half-done."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bodymap.cli import run
from bodymap.storage import open_repository
from tests.interop.rows import row_counts


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    return copy


def test_export_then_import_into_an_empty_database(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, again = tmp_path / "a.json", tmp_path / "b.json"
    empty = tmp_path / "new.sqlite"
    assert run(["init", str(empty)]) == 0  # commands never create a database by accident
    assert run(["--db", str(demo_db), "archive", "export", "--all", "--out", str(out)]) == 0
    assert run(["--db", str(empty), "archive", "import", str(out)]) == 0
    assert "imported 18 visits, 3 patients, 1 clinician" in capsys.readouterr().out
    assert run(["--db", str(empty), "archive", "export", "--all", "--out", str(again)]) == 0
    assert out.read_bytes() == again.read_bytes()
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_export_by_chart_number(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.json"
    assert run(["--db", str(demo_db), "archive", "export", "DEMO-002", "--out", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [p["chart_number"] for p in document["patients"]] == ["DEMO-002"]
    assert len(document["clinicians"]) == 1


@pytest.mark.parametrize("args", [["--out", "x.json"], ["1", "--all", "--out", "x.json"]])
def test_export_needs_patients_or_all(
    demo_db: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", str(demo_db), "archive", "export", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--all" in err


def test_a_bad_file_is_one_line_exit_1_and_nothing_imported(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.json"
    assert run(["--db", str(demo_file), "archive", "export", "--all", "--out", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    document["visits"][5]["trigger_points"][1]["side"] = "up"
    out.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "t.sqlite"
    assert run(["init", str(target)]) == 0
    capsys.readouterr()
    assert run(["--db", str(target), "archive", "import", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "visits[5]" in err
    assert "trigger_points[1]" in err
    assert "side" in err
    repo = open_repository(str(target))
    try:
        assert row_counts(repo)["visits"] == 0
    finally:
        repo.close()


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "t.sqlite"
    assert run(["init", str(db)]) == 0
    assert run(["--db", str(db), "archive", "import", str(tmp_path / "nope.json")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_export_refuses_to_overwrite_the_database(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_db.read_bytes()
    assert run(["--db", str(demo_db), "archive", "export", "--all", "--out", str(demo_db)]) != 0
    assert demo_db.read_bytes() == before
    assert "database" in capsys.readouterr().err

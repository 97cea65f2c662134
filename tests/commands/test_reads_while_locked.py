"""Read commands answer at once while another connection holds the database's write lock."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest

from bodymap.cli import run
from bodymap.demo import load_demo
from bodymap.storage import open_repository
from tests.commands.test_demo import ToyCatalogue
from tests.write_lock import holding_write_lock

#: Far below SQLite's busy timeout (5 s): an answer this fast did not wait for the lock.
NO_WAIT_S = 2.0


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "locked.sqlite"
    repo = open_repository(str(path))
    try:
        load_demo(repo, ToyCatalogue(), today=date(2026, 11, 27))
    finally:
        repo.close()
    return path


def _timed(argv: list[str]) -> float:
    start = time.perf_counter()
    assert run(argv) == 0
    return time.perf_counter() - start


def test_patients_show_and_export_answer_while_another_writer_holds_the_lock(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with holding_write_lock(db):
        assert _timed(["--db", str(db), "patients", "--json"]) < NO_WAIT_S
        patients = json.loads(capsys.readouterr().out)
        assert len(patients) == 3
        visits_s = _timed(["--db", str(db), "visits", "DEMO-002", "--json"])
        visit_id = json.loads(capsys.readouterr().out)[0]["id"]
        assert visits_s < NO_WAIT_S
        assert _timed(["--db", str(db), "show", str(visit_id), "--json"]) < NO_WAIT_S
        assert json.loads(capsys.readouterr().out)["id"] == visit_id
        out = tmp_path / "note.pdf"
        assert _timed(["--db", str(db), "export", str(visit_id), "--out", str(out)]) < NO_WAIT_S
        assert out.read_bytes().startswith(b"%PDF")

"""CLI writers refuse, in one line, while a BodyMap window holds the file's write lock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bodymap.storage import open_repository
from tests.lock_holder import lock_held_by_another_process


def _bodymap(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BODYMAP_DB": ""}
    return subprocess.run(
        [sys.executable, "-m", "bodymap", *argv], capture_output=True, text=True, env=env
    )


def test_writing_commands_refuse_and_reading_commands_work(tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite"
    open_repository(str(db)).close()
    with lock_held_by_another_process(db) as window:
        refused = _bodymap("--db", str(db), "demo")
        assert refused.returncode == 1
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1
        assert f"is open for writing in another BodyMap window (pid {window.pid})" in lines[0]
        assert "Traceback" not in refused.stderr
        listed = _bodymap("--db", str(db), "patients", "--json")
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout) == []  # the refused demo wrote nothing
    # Once the window is gone (killed: a stale lock) the command writes.
    assert _bodymap("--db", str(db), "demo").returncode == 0

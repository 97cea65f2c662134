"""``bodymap audit VISIT``: the visit's audit trail as a table or JSON, and clear refusals."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bodymap.cli import run
from bodymap.model import Clinician, Patient, Side, TriggerPoint, View, Visit
from bodymap.storage import open_repository
from bodymap.storage.record_repository import RecordRepository
from tests.storage.signing import ensure_secret

JSON_KEYS = {"when", "who", "who_id", "action", "table", "record_id", "field", "old", "new"}


@dataclass(frozen=True)
class Charted:
    db: str
    visit_id: int
    point_id: int
    clinician_id: int


@pytest.fixture
def charted(tmp_path: Path) -> Charted:
    """A visit with one trigger point, edited once by a clinician, then signed."""
    db = str(tmp_path / "audit.sqlite")
    repo = open_repository(db)
    try:
        clinician = repo.add_clinician(Clinician(name="Ines Okafor", credentials="PT"))
        patient = repo.add_patient(Patient(name="Zoë Ñúñez", chart_number="A-1"))
        visit = repo.add_visit(
            Visit(patient_id=patient.id or 0, started_at=datetime(2026, 10, 5, 9, 30))
        )
        repo.set_actor(clinician.id)
        point = repo.add_trigger_point(
            TriggerPoint(
                visit_id=visit.id,
                view=View.POSTERIOR,
                x=238.5,
                y=196.0,
                muscle="upper_trapezius",
                side=Side.RIGHT,
                tenderness=7,
            )
        )
        repo.update_trigger_point(replace(point, tenderness=4))
        records = RecordRepository(repo, frozenset())
        records.set_no_adverse_events(visit.id or 0)
        records.sign_visit(
            visit.id or 0, clinician.id or 0, ensure_secret(records, clinician.id or 0)
        )
    finally:
        repo.close()
    return Charted(db, visit.id or 0, point.id or 0, clinician.id or 0)


def _audit_json(capsys: pytest.CaptureFixture[str], charted: Charted) -> list[dict[str, Any]]:
    assert run(["--db", charted.db, "audit", str(charted.visit_id), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    return data


def test_json_lists_every_change_oldest_first(
    charted: Charted, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = _audit_json(capsys, charted)
    assert all(e.keys() == JSON_KEYS for e in entries)
    assert [(e["action"], e["table"], e["field"]) for e in entries] == [
        ("create", "visits", None),
        ("create", "trigger_points", None),
        ("update", "trigger_points", "tenderness"),
        ("create", "record_flags", None),
        ("sign", "visits", None),
        ("signature", "visit_signatures", None),
    ]
    whens = [datetime.fromisoformat(e["when"]) for e in entries]
    assert whens == sorted(whens)
    assert entries[0]["who"] == "system"  # the visit was added before an actor was set
    assert entries[0]["who_id"] is None
    assert {e["who"] for e in entries[1:]} == {"Ines Okafor"}
    update = entries[2]
    assert (update["record_id"], update["old"], update["new"]) == (charted.point_id, 7, 4)
    assert entries[1]["old"] is None
    assert entries[1]["new"]["muscle"] == "upper_trapezius"  # a JSON object, not JSON-in-text
    assert entries[-2]["new"]["signed_by"] == charted.clinician_id
    assert len(entries[-1]["new"]["content_hash"]) == 64


def test_text_table_shows_who_what_and_old_to_new(
    charted: Charted, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", charted.db, "audit", str(charted.visit_id)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Audit trail of visit {charted.visit_id} (6 entries, oldest first)"
    assert lines[1].split() == ["WHEN", "WHO", "ACTION", "TABLE", "FIELD", "OLD", "→", "NEW"]
    body = lines[3:]
    assert len(body) == 6
    update = body[2]
    assert "Ines Okafor" in update
    assert f"trigger_points #{charted.point_id}" in update
    assert update.rstrip().endswith("tenderness  7 → 4")
    assert body[1].rstrip().endswith("…")  # long snapshots are shortened in the table
    assert 'activity="active", carry="new"' in body[1]
    assert "deleted_at" not in body[1]  # empty and bookkeeping keys are left out of the table
    assert body[0].split()[2] == "system"
    assert body[-2].split()[4:6] == ["sign", "visits"]
    assert body[-1].split()[4:6] == ["signature", "visit_signatures"]


def test_unknown_visit_is_one_line_and_exit_2(
    charted: Charted, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", charted.db, "audit", "404"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "bodymap: no visit with id 404 (see 'bodymap visits PATIENT')\n"


def test_visit_must_be_a_number(charted: Charted, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["--db", charted.db, "audit", "seven"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "VISIT must be a visit id" in err


def test_visit_without_entries_says_so() -> None:
    # Every visit is audited from its creation; an empty trail can only come from data
    # written before the audit log existed, and must still read as a sentence.
    from bodymap.commands.audit import audit_text

    assert audit_text(3, [], {}) == "Visit 3: no audit entries.\n"

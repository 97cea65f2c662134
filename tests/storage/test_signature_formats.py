"""Signature formats (issue 10): format 2 covers side_override; format-1 signatures still verify;
every column of signed content is covered by the current format or named as not content."""

from __future__ import annotations

import functools
import json

import pytest
from sqlalchemy import text

import bodymap.storage.integrity_tables  # noqa: F401  (registers visit_signatures)
import bodymap.storage.record_tables  # noqa: F401  (registers the record tables)
from bodymap.model.signature_formats import CURRENT, FORMAT_1, FORMAT_2, FORMATS, NOT_CONTENT
from bodymap.model.verification import IntegrityStatus
from bodymap.storage import record_repository
from bodymap.storage.signatures import write_signature
from bodymap.storage.tables import Base
from bodymap.storage.verify import verify_records, visit_integrity
from tests.storage.conftest import fill_chart
from tests.storage.signing import sign_complete_visit
from tests.storage.tampering import Database, Signed


def _columns(table: str) -> set[str]:
    return {c.name for c in Base.metadata.tables[table].columns}


def _names(fields: tuple[tuple[str, str], ...]) -> set[str]:
    return {name for name, _kind in fields}


def test_every_column_of_signed_content_is_hashed_or_named_as_not_content() -> None:
    parts = {
        "visits": CURRENT.visit + CURRENT.soap,
        "patients": CURRENT.patient,
        "clinicians": CURRENT.clinician,
        "addenda": CURRENT.addendum,
        **{table: fields for table, fields, _single in CURRENT.sections.values()},
    }
    for table, fields in parts.items():
        covered = _names(fields) | NOT_CONTENT[table]
        assert _columns(table) == covered, f"{table}: {_columns(table) ^ covered}"
    # Every table holding a visit's rows is a section of the document.
    owned = {t.name for t in Base.metadata.tables.values() if "visit_id" in t.columns}
    assert owned - {"audit_log", "addenda", "visit_signatures"} == {
        table for table, _fields, _single in CURRENT.sections.values()
    }


def test_format_2_adds_side_override_and_older_formats_are_subsets() -> None:
    assert CURRENT is FORMAT_2
    assert set(FORMATS) == {1, 2}
    added = set(FORMAT_2.sections["trigger_points"][1]) - set(
        FORMAT_1.sections["trigger_points"][1]
    )
    assert added == {("side_override", "b")}
    for form in FORMATS.values():
        assert form.sections.keys() == CURRENT.sections.keys()
        for key, (table, fields, single) in form.sections.items():
            current_table, current_fields, current_single = CURRENT.sections[key]
            assert (table, single) == (current_table, current_single)
            assert set(fields) <= set(current_fields), key
        assert form.addendum == CURRENT.addendum  # addenda chain alike under every format


def _stored_signature(db: Database, visit_id: int) -> tuple[int, dict[str, object]]:
    repo = db.open()
    try:
        with repo.transaction(write=False) as session:
            row = session.execute(
                text("SELECT format_version, content FROM visit_signatures WHERE visit_id = :v"),
                {"v": visit_id},
            ).one()
    finally:
        repo.close()
    return int(row[0]), json.loads(row[1])


def test_new_signatures_are_format_2_and_hash_side_override(signed: Signed) -> None:
    version, content = _stored_signature(signed.db, signed.visit_id)
    assert version == 2
    assert content["format"] == 2
    points = content["trigger_points"]
    assert isinstance(points, list)
    assert points
    assert all(point["side_override"] is False for point in points)


def test_side_override_edited_by_a_raw_tool_is_named(signed: Signed) -> None:
    signed.db.drop_triggers()
    signed.db.raw(
        "UPDATE trigger_points SET side_override = NOT side_override "
        f"WHERE visit_id = {signed.visit_id}"
    )
    repo = signed.db.open()
    try:
        one = visit_integrity(repo, signed.visit_id)
    finally:
        repo.close()
    assert one.status is IntegrityStatus.TAMPERED
    [problem] = one.problems
    assert problem.startswith(f"visit {signed.visit_id}: signed content changed (trigger_points[")
    assert problem.endswith("].side_override)")


@pytest.fixture
def format_1_signed(database: Database, monkeypatch: pytest.MonkeyPatch) -> Signed:
    """A visit signed through the app's signing path, as BodyMap did before format 2."""
    monkeypatch.setattr(
        record_repository, "write_signature", functools.partial(write_signature, form=FORMAT_1)
    )
    repo = database.open()
    try:
        chart = fill_chart(repo)
        repo.set_actor(chart.clinician.id)
        sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
    finally:
        repo.close()
    monkeypatch.undo()
    return Signed(database, chart, 0)


def test_stored_format_1_signatures_still_verify(format_1_signed: Signed) -> None:
    signed = format_1_signed
    version, content = _stored_signature(signed.db, signed.visit_id)
    assert version == 1
    assert content["format"] == 1
    assert all("side_override" not in p for p in content["trigger_points"])  # type: ignore[union-attr]
    repo = signed.db.open()
    try:
        assert verify_records(repo).ok
    finally:
        repo.close()
    # Format 1 never covered side_override; what it covers is still caught.
    signed.db.drop_triggers()
    signed.db.raw(f"UPDATE trigger_points SET tenderness = 1 WHERE visit_id = {signed.visit_id}")
    repo = signed.db.open()
    try:
        problems = verify_records(repo).problems
    finally:
        repo.close()
    assert len(problems) == 1
    assert problems[0].endswith("].tenderness)")

"""Issue 10: every tamper path is refused by the database or detected, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import delete, text, update

from bodymap.model.verification import IntegrityStatus
from bodymap.storage.record_repository import RecordRepository
from bodymap.storage.tables import AuditRow, TriggerPointRow, VisitRow
from bodymap.storage.verify import signature_info, verify_records, visit_integrity
from tests.storage.tampering import TAMPERS, Signed


def _session_write(signed: Signed, statement: object) -> None:
    repo = signed.db.open()
    try:
        with repo.session_factory.begin() as session:
            session.execute(statement)  # type: ignore[call-overload]
    finally:
        repo.close()


# --- refused by the database, inside BodyMap's own guarded session ------------------------


def test_text_update_of_a_signed_visit_is_refused(signed: Signed) -> None:
    sql = text(f"UPDATE visits SET assessment = 'x' WHERE id = {signed.visit_id}")
    with pytest.raises(Exception, match="bodymap guard"):
        _session_write(signed, sql)


def test_core_update_of_a_signed_visit_is_refused(signed: Signed) -> None:
    statement = update(VisitRow.__table__).values(assessment="x")  # type: ignore[arg-type]
    with pytest.raises(Exception, match="bodymap guard"):
        _session_write(signed, statement.where(VisitRow.__table__.c.id == signed.visit_id))


def test_core_update_of_a_signed_visits_mark_is_refused(signed: Signed) -> None:
    statement = update(TriggerPointRow.__table__).values(tenderness=1)  # type: ignore[arg-type]
    with pytest.raises(Exception, match="bodymap guard"):
        _session_write(signed, statement)


def test_orm_delete_of_the_audit_log_is_refused(signed: Signed) -> None:
    with pytest.raises(Exception, match="bodymap guard"):
        _session_write(signed, delete(AuditRow))


@pytest.mark.parametrize("tamper", list(TAMPERS))
def test_raw_tool_is_refused_while_the_triggers_stand(signed: Signed, tamper: str) -> None:
    sql, _expected = TAMPERS[tamper]
    with pytest.raises(Exception, match="bodymap guard"):
        signed.db.raw(sql.format(visit=signed.visit_id))
    repo = signed.db.open()
    try:
        assert verify_records(repo).ok
    finally:
        repo.close()


def test_drafts_stay_editable_and_addenda_insertable(signed: Signed) -> None:
    signed.db.raw(f"UPDATE visits SET assessment = 'fine' WHERE id = {signed.draft_id}")
    repo = signed.db.open()
    try:
        records = RecordRepository(repo, frozenset())
        records.add_addendum(signed.visit_id, signed.chart.clinician.id or 0, "Phoned: all well.")
        records.add_addendum(signed.visit_id, signed.chart.clinician.id or 0, "Second note.")
        report = verify_records(repo)
    finally:
        repo.close()
    assert report.ok, report.problems
    with pytest.raises(Exception, match="bodymap guard"):
        signed.db.raw("UPDATE addenda SET text = 'rewritten'")


# --- detected after a raw tool drops the triggers -----------------------------------------


@pytest.mark.parametrize("tamper", list(TAMPERS))
def test_dropped_triggers_then_tamper_is_detected_naming_the_visit(
    signed: Signed, tamper: str
) -> None:
    sql, expected = TAMPERS[tamper]
    signed.db.drop_triggers()
    signed.db.raw(sql.format(visit=signed.visit_id))
    repo = signed.db.open()
    try:
        report = verify_records(repo)
        one = visit_integrity(repo, signed.visit_id)
    finally:
        repo.close()
    assert not report.ok
    named = [p for p in report.problems if f"visit {signed.visit_id}" in p]
    assert named, report.problems
    assert any(expected in p for p in report.problems), report.problems
    assert one.status is IntegrityStatus.TAMPERED
    assert expected in " ".join(one.problems)
    if tamper == "sign_audit_deleted":  # the chain breaks there too, naming the visit
        assert any(f"(visit {signed.visit_id})" in p for p in report.audit_problems)


def test_deleting_the_signature_and_its_audit_entries_is_still_caught(signed: Signed) -> None:
    signed.db.drop_triggers()
    signed.db.raw(f"DELETE FROM visit_signatures WHERE visit_id = {signed.visit_id}")
    repo = signed.db.open()
    try:
        problems = verify_records(repo).problems
    finally:
        repo.close()
    assert problems == [f"visit {signed.visit_id}: marked signed but has no signature"]


def test_a_forged_signature_hash_is_caught(signed: Signed) -> None:
    signed.db.drop_triggers()
    signed.db.raw(f"UPDATE visit_signatures SET content_hash = '{'a' * 64}'")
    repo = signed.db.open()
    try:
        problems = verify_records(repo).problems
    finally:
        repo.close()
    assert any("signature record altered" in p for p in problems)


def test_edited_reordered_and_inserted_audit_rows_break_the_chain(signed: Signed) -> None:
    signed.db.drop_triggers()
    signed.db.raw("UPDATE audit_log SET new_value = '{}' WHERE id = 2")
    repo = signed.db.open()
    try:
        [problem] = verify_records(repo).audit_problems
    finally:
        repo.close()
    assert problem.startswith("audit chain broken at audit entry 2")
    assert "edited" in problem
    signed.db.raw("UPDATE audit_log SET id = id + 1000 WHERE id = 1")
    repo = signed.db.open()
    try:
        [problem] = verify_records(repo).audit_problems
    finally:
        repo.close()
    assert problem.startswith("audit chain broken at audit entry 2")
    assert "deleted, inserted or reordered" in problem


def test_a_tampered_addendum_is_caught(signed: Signed) -> None:
    repo = signed.db.open()
    try:
        records = RecordRepository(repo, frozenset())
        records.add_addendum(signed.visit_id, signed.chart.clinician.id or 0, "Phoned: all well.")
    finally:
        repo.close()
    signed.db.drop_triggers()
    signed.db.raw("UPDATE addenda SET text = 'Phoned: worse.'")
    repo = signed.db.open()
    try:
        problems = verify_records(repo).problems
    finally:
        repo.close()
    assert any(f"visit {signed.visit_id}: addendum" in p for p in problems)


# --- identity snapshot ---------------------------------------------------------------------


def test_renaming_people_after_signing_changes_no_hash_and_is_audited(signed: Signed) -> None:
    repo = signed.db.open()
    try:
        before = signature_info(repo, signed.visit_id)
        repo.update_patient(replace(signed.chart.patient, name="Zoë Renamed"))
        repo.update_clinician(replace(signed.chart.clinician, name="Ines Okafor-Brown"))
        repo.archive_patient(signed.chart.patient.id or 0)
        after = signature_info(repo, signed.visit_id)
        report = verify_records(repo)
        with repo.session_factory.begin() as session:
            rows = session.scalars(
                text("SELECT action FROM audit_log WHERE table_name IN ('patients', 'clinicians')")
            ).all()
    finally:
        repo.close()
    assert report.ok, report.problems
    assert before == after
    assert after is not None
    assert after.patient_name == "Zoë Ñúñez-Łukasiewicz"
    assert after.signer_display == "Ines Okafor, PT, DPT"
    assert rows == ["create", "create", "update", "update", "archive"]


def test_reading_a_draft_is_unsigned(signed: Signed) -> None:
    repo = signed.db.open()
    try:
        draft = visit_integrity(repo, signed.draft_id)
        sealed = visit_integrity(repo, signed.visit_id)
    finally:
        repo.close()
    assert draft.as_json() == {"status": "unsigned", "hash": None, "problems": []}
    assert sealed.status is IntegrityStatus.VERIFIED
    assert len(sealed.hash or "") == 64

"""Signing proves who signs: argon2id secrets, wrong secrets audited, a five-minute lockout."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from bodymap.model import Clinician
from bodymap.model.audit import AuditAction
from bodymap.model.errors import ValidationError
from bodymap.storage import ChartRepository
from bodymap.storage.errors import SigningSecretError
from bodymap.storage.integrity_tables import SigningSecretRow
from bodymap.storage.record_repository import RecordRepository
from bodymap.storage.verify import verify_records
from tests.storage.conftest import Chart

SECRET = "correct horse"


@pytest.fixture
def records(repo: ChartRepository, chart: Chart) -> RecordRepository:
    records = RecordRepository(repo, frozenset())
    records.set_no_adverse_events(chart.visit.id or 0)
    records.set_signing_secret(chart.clinician.id or 0, SECRET)
    return records


def _entries(repo: ChartRepository, action: AuditAction) -> list[dict[str, object]]:
    with repo.session_factory.begin() as session:
        rows = session.execute(
            text("SELECT new_value FROM audit_log WHERE action = :a ORDER BY id"),
            {"a": action.value},
        ).scalars()
        return [json.loads(r) for r in rows]


def test_secret_is_stored_only_as_an_argon2id_hash(repo: ChartRepository, records, chart) -> None:
    with repo.session_factory.begin() as session:
        row = session.scalars(select(SigningSecretRow)).one()
    assert row.secret_hash.startswith("$argon2id$")
    assert SECRET not in row.secret_hash
    with repo.session_factory.begin() as session:
        dump = " ".join(str(v) for v in session.execute(text("SELECT * FROM audit_log")).all())
    assert SECRET not in dump
    assert _entries(repo, AuditAction.SECRET_SET) == [{"clinician_id": chart.clinician.id}]


def test_short_secret_is_refused_naming_the_field(records, chart) -> None:
    with pytest.raises(ValidationError, match="signing secret.*6 to 200 characters"):
        records.set_signing_secret(chart.clinician.id or 0, "12345", current=SECRET)


def test_changing_a_secret_needs_the_current_one(records, chart) -> None:
    with pytest.raises(SigningSecretError, match="not changed: wrong signing secret; 4 attempts"):
        records.set_signing_secret(chart.clinician.id or 0, "brand new one", current="guess")
    records.set_signing_secret(chart.clinician.id or 0, "brand new one", current=SECRET)
    signed = records.sign_visit(chart.visit.id or 0, chart.clinician.id or 0, "brand new one")
    assert signed.is_signed


def test_wrong_secret_fails_and_is_audited(repo: ChartRepository, records, chart) -> None:
    with pytest.raises(SigningSecretError, match="wrong signing secret; 4 attempts left"):
        records.sign_visit(chart.visit.id or 0, chart.clinician.id or 0, "not it")
    assert not repo.get_visit(chart.visit.id or 0).is_signed
    [failure] = _entries(repo, AuditAction.SIGN_FAILED)
    assert failure == {
        "clinician_id": chart.clinician.id,
        "visit_id": chart.visit.id,
        "reason": "wrong secret",
    }
    trail = [e.action for e in repo.audit_log(chart.visit.id or 0)]
    assert trail[-1] is AuditAction.SIGN_FAILED
    assert verify_records(repo).ok


def test_a_clinician_without_a_secret_cannot_sign(repo: ChartRepository, records, chart) -> None:
    other = repo.add_clinician(Clinician(name="Sam Reyes"))
    with pytest.raises(SigningSecretError, match="no signing secret yet"):
        records.sign_visit(chart.visit.id or 0, other.id or 0, SECRET)


def test_sign_as_signs_only_as_the_owner_of_the_secret(repo, records, chart) -> None:
    other = repo.add_clinician(Clinician(name="Sam Reyes"))
    records.set_signing_secret(other.id or 0, "sams secret")
    # Ines's secret does not sign as Sam, nor Sam's as Ines.
    with pytest.raises(SigningSecretError, match="wrong signing secret"):
        records.sign_visit(chart.visit.id or 0, other.id or 0, SECRET)
    with pytest.raises(SigningSecretError, match="wrong signing secret"):
        records.sign_visit(chart.visit.id or 0, chart.clinician.id or 0, "sams secret")
    signed = records.sign_visit(chart.visit.id or 0, other.id or 0, "sams secret")
    assert signed.signed_by == other.id


def test_five_failures_lock_signing_for_five_minutes(repo: ChartRepository, records, chart) -> None:
    visit, clinician = chart.visit.id or 0, chart.clinician.id or 0
    for _ in range(4):
        with pytest.raises(SigningSecretError, match="attempt"):
            records.sign_visit(visit, clinician, "wrong")
    with pytest.raises(SigningSecretError, match="5 times: signing as clinician 1 is locked"):
        records.sign_visit(visit, clinician, "wrong")
    # The lockout holds even for the right secret.
    with pytest.raises(SigningSecretError, match="locked until"):
        records.sign_visit(visit, clinician, SECRET)
    assert not repo.get_visit(visit).is_signed
    [lock] = _entries(repo, AuditAction.SIGN_LOCKED)
    until = datetime.fromisoformat(str(lock["until"]))
    assert timedelta(minutes=4) < until - datetime.now() <= timedelta(minutes=5)
    reasons = [e["reason"] for e in _entries(repo, AuditAction.SIGN_FAILED)]
    assert reasons == ["wrong secret"] * 5 + ["locked"]
    # Five minutes later (the stored lock moved into the past) the right secret signs.
    with repo.session_factory.begin() as session:
        row = session.get(SigningSecretRow, clinician)
        assert row is not None
        row.locked_until = datetime.now() - timedelta(seconds=1)
    assert records.sign_visit(visit, clinician, SECRET).is_signed
    assert verify_records(repo).ok


def test_changing_the_secret_counts_towards_the_lockout(
    repo: ChartRepository, records, chart
) -> None:
    visit, clinician = chart.visit.id or 0, chart.clinician.id or 0
    for _ in range(3):
        with pytest.raises(SigningSecretError, match="not changed: wrong signing secret"):
            records.set_signing_secret(clinician, "brand new one", current="guess")
    for _ in range(2):  # signing and changing share one count
        with pytest.raises(SigningSecretError, match="wrong signing secret"):
            records.sign_visit(visit, clinician, "wrong")
    # Locked now: neither the right current secret changes it nor the right secret signs.
    with pytest.raises(SigningSecretError, match="not changed: signing as clinician 1 is locked"):
        records.set_signing_secret(clinician, "brand new one", current=SECRET)
    with pytest.raises(SigningSecretError, match="locked until"):
        records.sign_visit(visit, clinician, SECRET)
    failures = _entries(repo, AuditAction.SIGN_FAILED)
    assert [f.get("attempt") for f in failures] == ["change signing secret"] * 3 + [None] * 2 + [
        "change signing secret",
        None,
    ]
    assert _entries(repo, AuditAction.SECRET_SET) == [{"clinician_id": clinician}]
    assert verify_records(repo).ok

"""The clinical record on PostgreSQL (needs $BODYMAP_TEST_PG_URL; skipped without it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from bodymap.model.catalog_lists import ScreeningStatus
from bodymap.model.record import (
    AdverseEvent,
    Consent,
    NeedlingRecord,
    Plan,
    Screening,
)
from bodymap.storage import SignedVisitError, open_repository
from bodymap.storage.record_repository import RecordRepository, SignBlockedError
from tests.pg_schema import fresh_pg_schema
from tests.storage.conftest import fill_chart
from tests.storage.signing import ensure_secret

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh schema for the test, dropped afterwards."""
    yield from fresh_pg_schema("bodymap_record")


def test_record_round_trip_sign_and_addendum_on_postgres(pg_url: str) -> None:
    repo = open_repository(pg_url)
    try:
        chart = fill_chart(repo)
        visit_id = chart.visit.id or 0
        records = RecordRepository(repo, thorax_risk={"upper_trapezius"})
        screening = records.save_screening(
            Screening(visit_id=visit_id, decision="modify", decision_note="Superficial only")
            .with_answer("diabetes", ScreeningStatus.PRESENT, "type 2")
            .with_unknown_as(ScreeningStatus.ABSENT)
        )
        consent = records.save_consent(
            Consent(
                visit_id=visit_id,
                form="written",
                obtained_at=chart.visit.started_at,
                obtained_by=chart.clinician.id,
                risks_discussed=("pneumothorax",),
            )
        )
        needled = records.add_needling(
            NeedlingRecord(
                visit_id=visit_id,
                trigger_point_id=chart.point.id or 0,
                needle_diameter_mm=0.25,
                needle_length_mm=30,
                technique="superficial",
                patient_position="prone",
                insertions=2,
                needles_in=2,
                needles_out=1,
                aftercare_pneumothorax=True,
            )
        )
        event = records.add_adverse_event(
            AdverseEvent(visit_id=visit_id, event_type="bruising", action_taken="pressure")
        )
        plan = records.save_plan(
            Plan(visit_id=visit_id, education=True, next_visit=date(2026, 10, 12))
        )
        record = records.load_record(visit_id)
        assert (record.screening, record.consent, record.plan) == (screening, consent, plan)
        assert (record.needling, record.adverse_events) == ((needled,), (event,))
        with pytest.raises(SignBlockedError, match="2 in, 1 out"):
            records.sign_visit(visit_id, chart.clinician.id or 0, "any secret")
        records.update_needling(replace(needled, needles_out=2))
        secret = ensure_secret(records, chart.clinician.id or 0)
        records.sign_visit(visit_id, chart.clinician.id or 0, secret)
        with pytest.raises(SignedVisitError):
            records.save_plan(replace(plan, stretching=True))
        addendum = records.add_addendum(visit_id, chart.clinician.id or 0, "Bruise resolved.")
        assert records.list_addenda(visit_id) == [addendum]
    finally:
        repo.close()

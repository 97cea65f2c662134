"""The clinical record through RecordRepository: round trips, rules, signing, guard and audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from bodymap.errors import BodyMapError, NotFoundError, UsageError
from bodymap.model import Visit
from bodymap.model.catalog_lists import ScreeningStatus
from bodymap.model.record import (
    AdverseEvent,
    Consent,
    ElectricalParameters,
    Medications,
    NeedlingRecord,
    Plan,
    Screening,
)
from bodymap.storage import SignedVisitError
from bodymap.storage.record_repository import RecordRepository, SignBlockedError
from bodymap.storage.record_tables import AddendumRow, ScreeningRow
from bodymap.storage.tables import AuditRow
from tests.storage.signing import ensure_secret

THORAX = frozenset({"upper_trapezius"})


@pytest.fixture
def records(repo):
    return RecordRepository(repo, thorax_risk=THORAX)


def needling(visit_id, point_id, **changes):
    values = dict(
        visit_id=visit_id,
        trigger_point_id=point_id,
        needle_diameter_mm=0.25,
        needle_length_mm=40,
        technique="deep_dynamic",
        patient_position="prone",
        insertions=3,
        passes=12,
        twitch_responses=4,
        depth_mm=15,
        direction="pincer grip, horizontal anterior to posterior",
        tolerance_nprs=6,
        familiar_pain_reproduced=True,
        needles_in=3,
        needles_out=3,
        aftercare_soreness=True,
        aftercare_pneumothorax=True,
    )
    values.update(changes)
    return NeedlingRecord(**values)


def complete(records, chart):
    """Fill in everything the sign rules need for the fixture chart's visit."""
    visit_id = chart.visit.id
    records.save_screening(
        Screening(visit_id=visit_id, decision="proceed").with_unknown_as(ScreeningStatus.ABSENT)
    )
    records.save_consent(
        Consent(
            visit_id=visit_id,
            form="written",
            obtained_at=chart.visit.started_at,
            obtained_by=chart.clinician.id,
            risks_discussed=("bruising", "pneumothorax"),
            copy_given=True,
        )
    )
    record = records.add_needling(needling(visit_id, chart.point.id))
    records.set_no_adverse_events(visit_id)
    return record


def test_screening_round_trip_and_update(records, chart):
    screening = (
        Screening(
            visit_id=chart.visit.id,
            medications=Medications(antiplatelet=True, details="aspirin 75 mg"),
            decision="modify",
            decision_note="Shallow needling only; pressure after withdrawal",
        )
        .with_answer("blood_thinners", ScreeningStatus.PRESENT, "aspirin")
        .with_answer("pregnancy", ScreeningStatus.ABSENT)
    )
    saved = records.save_screening(screening)
    assert saved.id is not None
    assert records.get_screening(chart.visit.id) == saved
    changed = records.save_screening(replace(saved, decision_note="Superficial only"))
    assert changed.id == saved.id
    assert records.get_screening(chart.visit.id).decision_note == "Superficial only"


def test_prefill_screening_from_previous_visit(repo, records, chart):
    first = records.save_screening(
        Screening(visit_id=chart.visit.id, decision="proceed", override_reason="x").with_answer(
            "diabetes", ScreeningStatus.PRESENT, "type 2, stable"
        )
    )
    later = repo.add_visit(
        Visit(patient_id=chart.patient.id, started_at=datetime(2026, 10, 12, 9, 30))
    )
    prefilled = records.prefill_screening(later.id)
    assert prefilled.id is None
    assert prefilled.visit_id == later.id
    assert prefilled.prefilled_from_visit_id == chart.visit.id
    assert prefilled.answer("diabetes") == first.answer("diabetes")
    assert prefilled.decision is None  # decided afresh at every visit
    assert prefilled.override_reason == ""
    assert records.get_screening(later.id) is None  # nothing saved by prefilling
    assert records.prefill_screening(chart.visit.id).prefilled_from_visit_id is None


def test_consent_round_trip_and_course_prefill(repo, records, chart):
    consent = Consent(
        visit_id=chart.visit.id,
        form="written",
        obtained_at=datetime(2026, 10, 5, 9, 35),
        obtained_by=chart.clinician.id,
        not_acupuncture_statement=True,
        risks_discussed=("pneumothorax", "bruising", "soreness"),
        patient_specific_risks="thin build: chest-wall needling avoided",
        copy_given=True,
    )
    saved = records.save_consent(consent)
    assert records.get_consent(chart.visit.id) == saved
    assert saved.risks_discussed == ("bruising", "soreness", "pneumothorax")
    later = repo.add_visit(
        Visit(patient_id=chart.patient.id, started_at=datetime(2026, 10, 12, 9, 30))
    )
    prefilled = records.prefill_consent(later.id)
    assert prefilled is not None
    assert (prefilled.visit_id, prefilled.reconfirmed_this_visit) == (later.id, False)
    with pytest.raises(NotFoundError, match="clinician"):
        records.save_consent(replace(consent, obtained_by=999))


def test_needling_round_trip_update_delete_restore(records, chart):
    params = ElectricalParameters(frequency_hz=2, pulse_width_us=250, intensity_ma=4, minutes=10)
    added = records.add_needling(
        needling(chart.visit.id, chart.point.id, technique="electrical", electrical=params)
    )
    assert records.list_needling(chart.visit.id) == [added]
    updated = records.update_needling(replace(added, needles_out=2))
    assert records.list_needling(chart.visit.id)[0].needles_out == 2
    records.delete_needling(updated.id)
    assert records.list_needling(chart.visit.id) == []
    assert records.restore_needling(updated.id) == updated


def test_needling_must_name_a_live_point_of_the_visit(repo, records, chart):
    with pytest.raises(NotFoundError, match="trigger point"):
        records.add_needling(needling(chart.visit.id, 999))
    repo.delete_trigger_point(chart.point.id)
    with pytest.raises(NotFoundError, match="trigger point"):
        records.add_needling(needling(chart.visit.id, chart.point.id))


def test_absolute_contraindication_blocks_needling_without_override(records, chart):
    screening = Screening(visit_id=chart.visit.id, decision="proceed").with_answer(
        "local_infection", ScreeningStatus.PRESENT
    )
    records.save_screening(screening)
    with pytest.raises(BodyMapError, match="override reason"):
        records.add_needling(needling(chart.visit.id, chart.point.id))
    assert records.list_needling(chart.visit.id) == []
    records.save_screening(
        replace(screening, override_reason="Infected area is the left foot; neck needled only")
    )
    assert records.add_needling(needling(chart.visit.id, chart.point.id)).id is not None


def test_adverse_events_and_explicit_none(records, chart):
    records.set_no_adverse_events(chart.visit.id)
    assert records.load_record(chart.visit.id).no_adverse_events
    event = records.add_adverse_event(
        AdverseEvent(
            visit_id=chart.visit.id,
            event_type="fainting",
            severity="mild",
            action_taken="Lay supine, legs raised; recovered in 5 min",
            time_course="during needling, resolved same session",
        )
    )
    record = records.load_record(chart.visit.id)
    assert record.adverse_events == (event,)
    assert not record.no_adverse_events  # adding an event withdraws "none"
    with pytest.raises(UsageError, match="delete them"):
        records.set_no_adverse_events(chart.visit.id)
    records.update_adverse_event(replace(event, severity="significant"))
    assert records.list_adverse_events(chart.visit.id)[0].severity.value == "significant"
    records.delete_adverse_event(event.id)
    records.set_no_adverse_events(chart.visit.id)
    assert records.load_record(chart.visit.id).no_adverse_events


def test_plan_round_trip(records, chart):
    plan = Plan(
        visit_id=chart.visit.id,
        stretching=True,
        stretching_detail="Upper trapezius, 3 × 30 s, twice daily",
        education=True,
        frequency="Weekly for 4 weeks",
        next_visit=date(2026, 10, 12),
        notes="Review PSFS at visit 4",
    )
    saved = records.save_plan(plan)
    assert records.get_plan(chart.visit.id) == saved
    assert records.save_plan(replace(saved, home_exercise=True)).id == saved.id


def test_mismatched_needle_counts_block_signing(records, chart, repo):
    record = complete(records, chart)
    records.update_needling(replace(record, needles_out=2))
    with pytest.raises(SignBlockedError) as info:
        records.sign_visit(
            chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
        )
    assert info.value.reasons == [
        "Needle count at #1 upper trapezius (right) does not match: 3 in, 2 out."
    ]
    assert "3 in, 2 out" in str(info.value)
    assert not repo.get_visit(chart.visit.id).is_signed


def test_thorax_risk_needs_pneumothorax_aftercare_before_signing(records, chart):
    record = complete(records, chart)
    records.update_needling(replace(record, aftercare_pneumothorax=False))
    assert any("pneumothorax" in r for r in records.sign_blockers(chart.visit.id))


def test_complete_visit_signs_and_then_refuses_every_record_write(repo, records, chart):
    record = complete(records, chart)
    event_visit = chart.visit.id
    assert records.sign_blockers(event_visit) == []
    signed = records.sign_visit(
        event_visit, chart.clinician.id, ensure_secret(records, chart.clinician.id)
    )
    assert signed.is_signed
    assert signed.signed_by == chart.clinician.id
    writes = [
        lambda: records.save_screening(Screening(visit_id=event_visit, decision="modify")),
        lambda: records.save_consent(
            Consent(visit_id=event_visit, form="verbal", obtained_at=datetime(2026, 10, 5))
        ),
        lambda: records.add_needling(needling(event_visit, chart.point.id)),
        lambda: records.update_needling(replace(record, passes=20)),
        lambda: records.delete_needling(record.id),
        lambda: records.add_adverse_event(
            AdverseEvent(visit_id=event_visit, event_type="bruising")
        ),
        lambda: records.set_no_adverse_events(event_visit, False),
        lambda: records.save_plan(Plan(visit_id=event_visit, stretching=True)),
        lambda: records.sign_visit(
            event_visit, chart.clinician.id, ensure_secret(records, chart.clinician.id)
        ),
    ]
    for write in writes:
        with pytest.raises(SignedVisitError):
            write()
    assert records.load_record(event_visit).needling == (record,)


def test_raw_session_write_to_a_signed_visit_is_refused(repo, records, chart):
    complete(records, chart)
    records.sign_visit(
        chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
    )

    def change_behind_the_repository():
        with repo.session_factory.begin() as session:
            row = session.scalars(select(ScreeningRow)).one()
            row.decision_note = "changed behind the repository's back"

    with pytest.raises(SignedVisitError):
        change_behind_the_repository()
    assert records.get_screening(chart.visit.id).decision_note == ""


def test_addendum_keeps_author_and_time_and_is_write_once(repo, records, chart):
    with pytest.raises(UsageError, match="draft"):
        records.add_addendum(chart.visit.id, chart.clinician.id, "too early")
    complete(records, chart)
    records.sign_visit(
        chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
    )
    before = datetime.now().replace(microsecond=0)
    addendum = records.add_addendum(
        chart.visit.id, chart.clinician.id, "Correction: needle length was 30 mm, not 40 mm."
    )
    assert addendum.author_id == chart.clinician.id
    assert before <= addendum.created_at <= datetime.now()
    assert records.list_addenda(chart.visit.id) == [addendum]
    assert records.load_record(chart.visit.id).addenda == (addendum,)
    entries = [e for e in repo.audit_log(chart.visit.id) if e.table == "addenda"]
    assert [e.action.value for e in entries] == ["addendum"]
    with pytest.raises(BodyMapError, match="cannot be changed"), repo.session_factory.begin() as s:
        s.get(AddendumRow, addendum.id).text = "rewritten"
    assert records.list_addenda(chart.visit.id)[0].text.startswith("Correction")


def test_audit_log_records_record_changes_with_actor(repo, records, chart):
    repo.set_actor(chart.clinician.id)
    saved = records.save_screening(Screening(visit_id=chart.visit.id, decision="proceed"))
    records.save_screening(replace(saved, decision="modify", decision_note="shallow"))
    record = records.add_needling(needling(chart.visit.id, chart.point.id))
    records.delete_needling(record.id)
    entries = [
        e for e in repo.audit_log(chart.visit.id) if e.table in {"screenings", "needling_records"}
    ]
    summary = [(e.table, e.action.value, e.field) for e in entries]
    assert summary == [
        ("screenings", "create", None),
        ("screenings", "update", "decision"),
        ("screenings", "update", "decision_note"),
        ("needling_records", "create", None),
        ("needling_records", "delete", "deleted_at"),
    ]
    assert all(e.who == chart.clinician.id for e in entries)
    decision = entries[1]
    assert (decision.old, decision.new) == ('"proceed"', '"modify"')


def test_audit_rows_share_the_transaction_of_the_change(repo, records, chart):
    def audit_count():
        with repo.session_factory() as session:
            return session.scalar(select(func.count()).select_from(AuditRow))

    before = audit_count()

    def write_then_abort():
        with repo.session_factory.begin() as session:
            session.add(ScreeningRow(visit_id=chart.visit.id, answers="[]", checklist_version="t"))
            session.flush()  # the audit row is written by this flush ...
            inside = session.scalar(select(func.count()).select_from(AuditRow))
            assert inside == before + 1
            raise RuntimeError("abort")  # ... and rolled back with the change

    with pytest.raises(RuntimeError, match="abort"):
        write_then_abort()
    assert audit_count() == before
    assert records.get_screening(chart.visit.id) is None

"""The clinical record (screening, consent, needling, events, plan, addenda) worded for print."""

from __future__ import annotations

from datetime import date, datetime

from bodymap.model.catalog_lists import (
    AdverseEventSeverity,
    ConsentForm,
    PatientPosition,
    ScreeningDecision,
    ScreeningStatus,
    Technique,
)
from bodymap.model.record import (
    Addendum,
    AdverseEvent,
    Consent,
    ElectricalParameters,
    Medications,
    NeedlingRecord,
    Plan,
    Screening,
    VisitRecord,
)
from bodymap.report.record_sections import procedure_row, record_sections


def clinician_name(clinician_id: int | None) -> str:
    return {2: "Ana Ruiz, PT"}.get(clinician_id or 0, "an unknown clinician")


def needling(**changes: object) -> NeedlingRecord:
    values: dict[str, object] = {
        "trigger_point_id": 101,
        "needle_diameter_mm": 0.25,
        "needle_length_mm": 40,
        "technique": Technique.DEEP_DYNAMIC,
        "patient_position": PatientPosition.PRONE,
        "insertions": 2,
        "passes": 12,
        "twitch_responses": 6,
        "depth_mm": 18,
        "needles_in": 2,
        "needles_out": 2,
        "aftercare_soreness": True,
        "aftercare_pneumothorax": True,
        "tolerance_nprs": 5,
    }
    values.update(changes)
    return NeedlingRecord(**values)  # type: ignore[arg-type]


def full_record() -> VisitRecord:
    screening = (
        Screening(
            visit_id=7,
            decision=ScreeningDecision.MODIFY,
            decision_note="shorter needle",
            medications=Medications(anticoagulant=True, details="apixaban 5 mg"),
        )
        .with_answer("pregnancy", ScreeningStatus.ABSENT)
        .with_answer("blood_thinners", ScreeningStatus.PRESENT, "apixaban")
    )
    consent = Consent(
        visit_id=7,
        form=ConsentForm.WRITTEN,
        obtained_at=datetime(2026, 11, 12, 9, 20),
        obtained_by=2,
        not_acupuncture_statement=True,
        procedure_explained=True,
        risks_discussed=("pneumothorax", "bruising"),
        copy_given=True,
    )
    return VisitRecord(
        visit_id=7,
        screening=screening,
        consent=consent,
        needling=(needling(),),
        adverse_events=(
            AdverseEvent(
                visit_id=7,
                event_type="bruising",
                severity=AdverseEventSeverity.MILD,
                action_taken="pressure",
                time_course="2 days",
            ),
        ),
        plan=Plan(
            visit_id=7,
            stretching=True,
            stretching_detail="levator stretch",
            next_visit=date(2026, 11, 19),
            frequency="weekly",
        ),
        addenda=(
            Addendum(
                visit_id=7,
                author_id=2,
                created_at=datetime(2026, 11, 13, 8, 0),
                text="Soreness settled.",
            ),
        ),
    )


def test_sections_from_a_full_record() -> None:
    sections = record_sections(full_record(), {101: 3}, clinician_name)
    screening = {f.label: f.text for f in sections.screening}
    assert screening["Decision"] == "Proceed with modified technique \u2013 shorter needle"
    assert "Takes anticoagulant or antiplatelet drugs (relative): apixaban" in screening["Present"]
    assert screening["Medications"] == "Anticoagulant \u2013 apixaban 5 mg"
    assert "Not answered" in screening
    consent = {f.label: f.text for f in sections.consent}
    assert consent["Consent"].startswith("Written, for the course of treatment; obtained 12 Nov")
    assert consent["Consent"].endswith("by Ana Ruiz, PT")
    assert consent["Risks discussed"] == (
        "Bruising, collapsed lung (pneumothorax) when needling over the chest"
    )
    assert "Copy given to the patient" in consent["Confirmed"]
    assert sections.needling == ((3, "0.25 × 40 mm · Deep dynamic (pistoning)"),)
    assert [row.number for row in sections.procedures] == [3]
    assert sections.adverse_events[0].event == "Bruising"
    assert sections.adverse_events[0].severity == "Mild"
    plan = {f.label: f.text for f in sections.plan}
    assert plan == {
        "Stretching": "levator stretch",
        "Frequency": "weekly",
        "Next visit": "19 Nov 2026",
    }
    assert sections.addenda[0].author == "Ana Ruiz, PT"


def test_procedure_row_lists_the_whole_procedure() -> None:
    row = procedure_row(needling(direction="toward the rib", retention_minutes=5), 3)
    assert row.number == 3
    assert row.needle == "0.25 × 40 mm"
    assert row.technique == "Deep dynamic (pistoning)"
    assert row.dose == "2 insertions, 12 passes, 6 twitches"
    assert row.placement == "Prone, depth 18 mm, toward the rib, retained 5 min"
    assert row.response == "Tolerance 5/10"
    assert row.needles == "2 in / 2 out\nAfter-care: soreness, pneumothorax signs"
    assert row.counts_match


def test_needle_count_mismatch_is_flagged() -> None:
    row = procedure_row(needling(needles_out=1), 1)
    assert "COUNT MISMATCH" in row.needles
    assert not row.counts_match


def test_electrical_settings_are_printed() -> None:
    electrical = ElectricalParameters(
        frequency_hz=2, pulse_width_us=250, intensity_ma=8, minutes=15
    )
    row = procedure_row(needling(technique=Technique.ELECTRICAL, electrical=electrical), 1)
    assert row.technique == "Electrical stimulation: 2 Hz, 250 µs, 8 mA, 15 min"


def test_empty_record_gives_empty_sections() -> None:
    sections = record_sections(VisitRecord(visit_id=7, no_adverse_events=True), {}, clinician_name)
    assert sections.screening == ()
    assert sections.consent == ()
    assert sections.plan == ()
    assert sections.no_adverse_events


def test_thorax_points_and_the_bilateral_reason_are_printed() -> None:
    from dataclasses import replace

    from bodymap.model.record import BilateralThoraxAcknowledgement

    ack = BilateralThoraxAcknowledgement(
        visit_id=7,
        reason="Both upper trapezius points active; pincer grip, horizontal needle",
        acknowledged_by=2,
        acknowledged_at=datetime(2026, 3, 2, 9, 40),
    )
    record = replace(full_record(), bilateral_thorax=ack)
    sections = record_sections(record, {101: 1}, clinician_name, thorax_numbers=[1])
    facts = {f.label: f.text for f in sections.thorax}
    assert facts["Over the thorax"] == "#1 (pneumothorax risk)"
    assert facts["Both sides of the thorax"].startswith("Both upper trapezius points active")
    assert "recorded by Ana Ruiz, PT" in facts["Both sides of the thorax"]
    assert record_sections(full_record(), {101: 1}, clinician_name).thorax == ()


def test_a_hard_stop_is_printed_as_such() -> None:
    from dataclasses import replace

    screening = full_record().screening
    assert screening is not None
    stopped = replace(full_record(), screening=screening.with_answer("lymphoedema", "present"))
    present = {f.label: f.text for f in record_sections(stopped, {}, clinician_name).screening}
    assert "Lymphoedema in the area to be needled (absolute, hard stop)" in present["Present"]

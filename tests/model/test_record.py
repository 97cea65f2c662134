"""Validation of the clinical record model: screening, consent, needling, events, plan, addenda."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from bodymap.model import ValidationError
from bodymap.model.catalog_lists import (
    ADVERSE_EVENT_TYPES,
    SCREENING_ITEMS,
    ContraindicationClass,
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
    ScreeningAnswer,
    VisitRecord,
)


def needling(**changes):
    values = dict(
        trigger_point_id=1,
        needle_diameter_mm=0.25,
        needle_length_mm=40,
        technique=Technique.DEEP_DYNAMIC,
        patient_position="prone",
        needles_in=2,
        needles_out=2,
    )
    values.update(changes)
    return NeedlingRecord(**values)


def test_screening_always_holds_the_whole_checklist_in_order():
    screening = Screening(
        answers=(ScreeningAnswer(item_id="pregnancy", status="present", note="12 weeks"),)
    )
    assert [a.item_id for a in screening.answers] == [i.id for i in SCREENING_ITEMS]
    assert screening.answer("pregnancy").status is ScreeningStatus.PRESENT
    assert screening.answer("pregnancy").note == "12 weeks"
    assert screening.unknown_count == len(SCREENING_ITEMS) - 1


def test_screening_present_by_class():
    screening = (
        Screening()
        .with_answer("metal_allergy", ScreeningStatus.PRESENT)
        .with_answer("diabetes", ScreeningStatus.PRESENT)
        .with_answer("pregnancy", ScreeningStatus.ABSENT)
    )
    absolute = screening.present(ContraindicationClass.ABSOLUTE)
    relative = screening.present(ContraindicationClass.RELATIVE)
    assert [a.item_id for a in absolute] == ["metal_allergy"]
    assert [a.item_id for a in relative] == ["diabetes"]


def test_screening_rejects_unknown_or_duplicate_items_and_bad_decision():
    with pytest.raises(ValidationError, match="unknown checklist item"):
        ScreeningAnswer(item_id="broken_leg")
    twice = (ScreeningAnswer(item_id="diabetes"), ScreeningAnswer(item_id="diabetes"))
    with pytest.raises(ValidationError, match="answered twice"):
        Screening(answers=twice)
    with pytest.raises(ValidationError) as info:
        Screening(decision="maybe")
    assert info.value.field == "decision"
    assert "do_not_needle" in info.value.message


def test_medications_list_the_classes_ticked():
    meds = Medications(anticoagulant=True, corticosteroid=True, details="apixaban 5 mg")
    assert [m.value for m in meds.classes] == ["anticoagulant", "corticosteroid"]
    assert Screening(medications=meds, decision="modify").decision is ScreeningDecision.MODIFY


def test_consent_keeps_risks_in_checklist_order_and_refuses_unknown_ones():
    consent = Consent(
        form="written",
        obtained_at=datetime(2026, 3, 2, 9, 0),
        obtained_by=1,
        risks_discussed=("pneumothorax", "bruising", "bruising"),
    )
    assert consent.risks_discussed == ("bruising", "pneumothorax")
    with pytest.raises(ValidationError) as info:
        replace(consent, risks_discussed=("telepathy",))
    assert info.value.field == "risks_discussed"
    with pytest.raises(ValidationError, match="written, verbal"):
        replace(consent, form="nodded")


@pytest.mark.parametrize(
    ("field", "value", "range_text"),
    [
        ("needle_diameter_mm", 0.11, "0.12 to 0.4 mm"),
        ("needle_diameter_mm", 0.45, "0.12 to 0.4 mm"),
        ("needle_length_mm", 5, "10 to 125 mm"),
        ("needle_length_mm", 130, "10 to 125 mm"),
        ("insertions", 0, "1 to 100"),
        ("twitch_responses", -1, "0 to 500"),
        ("tolerance_nprs", 11, "0 to 10"),
        ("needles_out", 101, "0 to 100"),
        ("retention_minutes", 121, "0 to 120 min"),
        ("depth_mm", 45, "0 to 40 mm"),
    ],
)
def test_needling_range_violations_name_field_and_range(field, value, range_text):
    with pytest.raises(ValidationError) as info:
        needling(**{field: value})
    assert info.value.field == field
    assert range_text in info.value.message


def test_needling_electrical_needs_settings_and_only_then():
    params = ElectricalParameters(frequency_hz=2, pulse_width_us=250, intensity_ma=5, minutes=10)
    record = needling(technique="electrical", electrical=params)
    assert record.electrical == params
    with pytest.raises(ValidationError, match="needs its settings"):
        needling(technique="electrical")
    with pytest.raises(ValidationError, match="only for electrical"):
        needling(electrical=params)
    with pytest.raises(ValidationError) as info:
        ElectricalParameters(frequency_hz=2, pulse_width_us=250, intensity_ma=500, minutes=10)
    assert info.value.field == "intensity_ma"
    assert "0.1 to 80 mA" in info.value.message


def test_needling_label_and_count_match():
    record = needling(needle_diameter_mm=0.3, needle_length_mm=60, needles_in=3, needles_out=2)
    assert record.needle_label == "0.3 × 60 mm"
    assert not record.counts_match
    assert replace(record, needles_out=3).counts_match


def test_needling_rejects_unknown_technique_and_position():
    with pytest.raises(ValidationError) as info:
        needling(technique="acupressure")
    assert info.value.field == "technique"
    with pytest.raises(ValidationError) as info:
        needling(patient_position="standing")
    assert info.value.field == "patient_position"


def test_adverse_event_types_and_severity():
    event = AdverseEvent(event_type="fainting", severity="significant", action_taken="lay supine")
    assert event.label.startswith("Dizziness")
    assert {t.id for t in ADVERSE_EVENT_TYPES if t.serious_kind} >= {"pneumothorax", "infection"}
    with pytest.raises(ValidationError) as info:
        AdverseEvent(event_type="sneeze")
    assert info.value.field == "event_type"
    with pytest.raises(ValidationError, match="mild, significant, serious"):
        AdverseEvent(event_type="bruising", severity="moderate")
    with pytest.raises(ValidationError, match="describe the event"):
        AdverseEvent(event_type="other_mild")


def test_visit_record_cannot_have_events_and_explicit_none():
    event = AdverseEvent(event_type="bruising")
    with pytest.raises(ValidationError) as info:
        VisitRecord(visit_id=1, adverse_events=(event,), no_adverse_events=True)
    assert info.value.field == "no_adverse_events"


def test_visit_record_groups_needling_by_trigger_point():
    first, second = needling(trigger_point_id=4), needling(trigger_point_id=4, passes=5)
    record = VisitRecord(visit_id=1, needling=[first, second, needling(trigger_point_id=7)])
    assert record.needling_for[4] == (first, second)
    assert len(record.needling_for[7]) == 1


def test_plan_and_addendum_validation():
    plan = Plan(
        stretching=True, stretching_detail="upper trapezius 3x30 s", next_visit=date(2026, 3, 9)
    )
    assert plan.stretching
    with pytest.raises(ValidationError, match="must be a date"):
        Plan(next_visit=datetime(2026, 3, 9, 10, 0))
    with pytest.raises(ValidationError) as info:
        Addendum(author_id=1, created_at=datetime(2026, 3, 3), text="   ")
    assert info.value.field == "text"
    with pytest.raises(ValidationError):
        Addendum(author_id=0, created_at=datetime(2026, 3, 3), text="Correction")

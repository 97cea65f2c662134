"""Sign blockers and safety warnings of the clinical record."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from bodymap.model import Patient, Side, TriggerPoint, View, Visit, VisitChart
from bodymap.model.catalog_lists import SCREENING_ITEMS, ContraindicationClass, ScreeningStatus
from bodymap.model.record import AdverseEvent, Consent, NeedlingRecord, Screening, VisitRecord
from bodymap.model.rules import (
    absolute_items,
    bilateral_thorax_warning,
    needling_block_reason,
    relative_items,
    sign_blockers,
    thorax_sides,
)
from bodymap.model.screening import ScreeningAnswer

VISIT_DAY = datetime(2026, 3, 2, 9, 0)
THORAX = frozenset({"rhomboids", "upper_trapezius"})


def point(point_id, muscle="infraspinatus", side=Side.RIGHT):
    return TriggerPoint(
        id=point_id,
        visit_id=1,
        number=point_id,
        view=View.POSTERIOR,
        x=250,
        y=260,
        muscle=muscle,
        side=side,
    )


def chart(*points):
    return VisitChart(
        visit=Visit(id=1, patient_id=1, clinician_id=1, started_at=VISIT_DAY),
        patient=Patient(id=1, name="Zoë Ñúñez-Łukasiewicz"),
        trigger_points=points,
    )


def needle(tp_id=1, **changes):
    values = dict(
        trigger_point_id=tp_id,
        needle_diameter_mm=0.25,
        needle_length_mm=40,
        technique="deep_dynamic",
        patient_position="prone",
        needles_in=1,
        needles_out=1,
        aftercare_soreness=True,
    )
    values.update(changes)
    return NeedlingRecord(**values)


def screened(**changes):
    """A screening with every checklist item answered absent (what a needling visit needs)."""
    answers = tuple(
        ScreeningAnswer(item_id=i.id, status=ScreeningStatus.ABSENT) for i in SCREENING_ITEMS
    )
    values = dict(answers=answers, decision="proceed")
    values.update(changes)
    return Screening(**values)


def complete_record(**changes):
    values = dict(
        visit_id=1,
        screening=screened(),
        consent=Consent(
            form="written",
            obtained_at=VISIT_DAY,
            obtained_by=1,
            risks_discussed=("bruising", "soreness", "pneumothorax"),
        ),
        needling=(needle(),),
        no_adverse_events=True,
    )
    values.update(changes)
    return VisitRecord(**values)


def test_complete_record_has_no_blockers():
    assert sign_blockers(complete_record(), chart(point(1)), THORAX) == []


def test_mismatched_needle_counts_block_signing():
    record = complete_record(needling=(needle(insertions=3, needles_in=3, needles_out=2),))
    reasons = sign_blockers(record, chart(point(1)), THORAX)
    assert reasons == ["Needle count at #1 infraspinatus (right) does not match: 3 in, 2 out."]


def test_absolute_contraindication_blocks_needling_without_override():
    screening = screened().with_answer("metal_allergy", ScreeningStatus.PRESENT)
    record = complete_record(screening=screening)
    reasons = sign_blockers(record, chart(point(1)), THORAX)
    assert len(reasons) == 1
    assert "Absolute contraindication 'Allergy to needle metal'" in reasons[0]
    assert "override reason" in reasons[0]
    assert needling_block_reason(screening) is not None
    overridden = replace(screening, override_reason="Titanium needles used; patient informed")
    assert sign_blockers(replace(record, screening=overridden), chart(point(1)), THORAX) == []
    assert needling_block_reason(overridden) is None


def test_absolute_contraindication_without_needling_does_not_block():
    screening = Screening(decision="do_not_needle").with_answer("lymphoedema", "present")
    record = complete_record(screening=screening, needling=(), consent=None)
    assert sign_blockers(record, chart(point(1)), THORAX) == []


def test_do_not_needle_decision_with_needling_blocks():
    record = complete_record(screening=screened(decision="do_not_needle"))
    reasons = sign_blockers(record, chart(point(1)), THORAX)
    assert any("'do not needle'" in r for r in reasons)
    assert needling_block_reason(Screening(decision="do_not_needle")) is not None


def test_relative_contraindication_needs_a_decision_note():
    screening = screened(decision="modify").with_answer("pregnancy", ScreeningStatus.PRESENT)
    reasons = sign_blockers(complete_record(screening=screening), chart(point(1)), THORAX)
    assert reasons == ["Relative contraindication present (Pregnancy) without a decision note."]
    noted = replace(screening, decision_note="Avoided lumbar and abdominal points")
    assert sign_blockers(complete_record(screening=noted), chart(point(1)), THORAX) == []


def test_thorax_risk_muscle_needs_pneumothorax_aftercare():
    points = chart(point(1, muscle="rhomboids"))
    reasons = sign_blockers(complete_record(), points, THORAX)
    assert reasons == [
        "#1 rhomboids (right) is over the thorax: record that pneumothorax warning signs "
        "were explained."
    ]
    advised = complete_record(needling=(needle(aftercare_pneumothorax=True),))
    assert sign_blockers(advised, points, THORAX) == []
    # A predicate on the point works as well as a set.
    by_muscle = sign_blockers(complete_record(), points, lambda p: p.muscle == "rhomboids")
    assert by_muscle == reasons


def test_adverse_events_need_an_entry_or_explicit_none():
    record = complete_record(no_adverse_events=False)
    assert sign_blockers(record, chart(point(1)), THORAX) == [
        "Adverse events: record any, or state explicitly that there were none."
    ]
    with_event = replace(record, adverse_events=(AdverseEvent(event_type="bruising"),))
    assert sign_blockers(with_event, chart(point(1)), THORAX) == []


def test_consent_missing_or_not_reconfirmed_blocks_needling_visit():
    reasons = sign_blockers(complete_record(consent=None), chart(point(1)), THORAX)
    assert reasons == ["Consent to dry needling is not recorded."]
    old = Consent(
        form="verbal",
        obtained_at=datetime(2026, 2, 1, 9, 0),
        obtained_by=1,
        risks_discussed=("bruising",),
    )
    reasons = sign_blockers(complete_record(consent=old), chart(point(1)), THORAX)
    assert "reconfirmed" in reasons[0]
    renewed = replace(old, reconfirmed_this_visit=True)
    assert sign_blockers(complete_record(consent=renewed), chart(point(1)), THORAX) == []


def test_missing_screening_and_deleted_point_block():
    reasons = sign_blockers(complete_record(screening=None), chart(), THORAX)
    assert "Screening is not recorded, but needling is." in reasons
    assert any("no longer charted" in r for r in reasons)


def test_bilateral_thorax_warning():
    one_side = [point(1, "rhomboids", Side.LEFT), point(2, "upper_trapezius", Side.LEFT)]
    assert bilateral_thorax_warning(one_side) is None
    both = [*one_side, point(3, "rhomboids", Side.RIGHT)]
    warning = bilateral_thorax_warning(both)
    assert warning is not None
    assert "both sides" in warning
    assert "right: rhomboids" in warning


def test_thorax_sides_from_record_and_chart():
    points = chart(point(1, "rhomboids", Side.LEFT), point(2, "infraspinatus", Side.RIGHT))
    record = complete_record(needling=(needle(1), needle(2)))
    assert thorax_sides(record, points, THORAX) == [points.trigger_points[0]]


@pytest.mark.parametrize(
    ("items", "klass"),
    [
        (absolute_items(), ContraindicationClass.ABSOLUTE),
        (relative_items(), ContraindicationClass.RELATIVE),
    ],
)
def test_checklist_classes(items, klass):
    assert items
    assert all(i.klass is klass for i in items)
    assert {"metal_allergy", "lymphoedema"} <= {i.id for i in absolute_items()}
    assert {"blood_thinners", "pregnancy"} <= {i.id for i in relative_items()}

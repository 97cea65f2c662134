"""Safety rules no override can talk around (issue #13 items 1-3), tried by trying to break them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bodymap.model import Side
from bodymap.model.catalog_lists import (
    ADVERSE_EVENT_TYPES,
    SCREENING_ITEMS,
    AdverseEventSeverity,
    ScreeningStatus,
)
from bodymap.model.needling import ElectricalParameters
from bodymap.model.record import AdverseEvent, BilateralThoraxAcknowledgement, Medications
from bodymap.model.rules import needling_block_reason, sign_blockers
from bodymap.model.safety import (
    allowed_severities,
    hard_stops,
    needle_count_problem,
    severity_problem,
)
from bodymap.model.screening import Screening
from tests.model.test_rules import (
    THORAX,
    VISIT_DAY,
    chart,
    complete_record,
    needle,
    point,
    screened,
)

OVERRIDE = "Discussed at length; clinically justified, patient keen to go ahead."


@pytest.mark.parametrize("item", ["no_consent", "acutely_unwell", "lymphoedema"])
def test_hard_stops_are_never_overridable(item):
    screening = screened(override_reason=OVERRIDE).with_answer(item, ScreeningStatus.PRESENT)
    assert [a.item_id for a in hard_stops(screening)] == [item]
    blocked = needling_block_reason(screening)
    assert blocked is not None
    assert "no override" in blocked
    reasons = sign_blockers(complete_record(screening=screening), chart(point(1)), THORAX)
    assert any("Hard stop present" in r for r in reasons)


def test_other_absolute_items_take_a_written_reason():
    screening = screened().with_answer("needle_phobia", ScreeningStatus.PRESENT)
    assert needling_block_reason(screening) is not None
    overridden = replace(screening, override_reason=OVERRIDE)
    assert needling_block_reason(overridden) is None
    assert sign_blockers(complete_record(screening=overridden), chart(point(1)), THORAX) == []


def test_hard_stop_without_needling_does_not_block_the_visit():
    screening = screened(decision="do_not_needle").with_answer("no_consent", "present")
    record = complete_record(screening=screening, needling=(), consent=None)
    assert sign_blockers(record, chart(point(1)), THORAX) == []


def test_all_unknown_screening_with_proceed_does_not_sign():
    record = complete_record(screening=Screening(decision="proceed"))
    reasons = sign_blockers(record, chart(point(1)), THORAX)
    assert any(
        f"{len(SCREENING_ITEMS)} screening item(s) are still 'unknown'" in r for r in reasons
    )
    one_left = screened().with_answer("pregnancy", ScreeningStatus.UNKNOWN)
    reasons = sign_blockers(complete_record(screening=one_left), chart(point(1)), THORAX)
    assert any("1 screening item(s)" in r for r in reasons)


@pytest.mark.parametrize(
    ("medication", "item", "risk"),
    [
        ("anticoagulant", "blood_thinners", "bleeding risk"),
        ("antiplatelet", "blood_thinners", "bleeding risk"),
        ("immunosuppressant", "immunocompromise", "infection risk"),
    ],
)
def test_medication_groups_put_their_precaution_in_force(medication, item, risk):
    screening = screened(medications=Medications(**{medication: True}, details="drug 5 mg"))
    reasons = sign_blockers(complete_record(screening=screening), chart(point(1)), THORAX)
    assert any(risk in r and "mark" in r for r in reasons)
    present = replace(screening, decision_note="See item note").with_answer(item, "present")
    reasons = sign_blockers(complete_record(screening=present), chart(point(1)), THORAX)
    assert any(f"write the {risk} decision" in r for r in reasons)
    noted = present.with_answer(item, "present", note="Decision for the risk: superficial only")
    assert sign_blockers(complete_record(screening=noted), chart(point(1)), THORAX) == []


def test_verbal_consent_without_risks_does_not_sign():
    verbal = replace(complete_record().consent, form="verbal", risks_discussed=())
    reasons = sign_blockers(complete_record(consent=verbal), chart(point(1)), THORAX)
    assert any("verbal consent records no risks discussed" in r for r in reasons)


def test_thorax_needling_needs_pneumothorax_among_consented_risks():
    over_lung = chart(point(1, muscle="rhomboids"))
    advised = (needle(aftercare_pneumothorax=True),)
    no_ptx = replace(complete_record().consent, risks_discussed=("bruising", "soreness"))
    reasons = sign_blockers(complete_record(consent=no_ptx, needling=advised), over_lung, THORAX)
    assert reasons == [
        "Points over the thorax are needled, but pneumothorax is not among the risks the "
        "patient consented to."
    ]
    # Away from the thorax the same consent is enough.
    assert sign_blockers(complete_record(consent=no_ptx), chart(point(1)), THORAX) == []


def test_thorax_risk_is_decided_by_the_predicate_on_the_point():
    # A muscle no catalogue flags (longissimus at T11) is at risk when the location says so.
    longissimus = replace(point(1, muscle="longissimus_thoracis"), y=280.0)
    by_location = lambda p: p.y < 292  # noqa: E731 - a stand-in for the atlas region
    reasons = sign_blockers(complete_record(), chart(longissimus), by_location)
    assert any("is over the thorax" in r for r in reasons)


def test_bilateral_thorax_needling_needs_a_recorded_acknowledgement():
    points = chart(point(1, "rhomboids", Side.LEFT), point(2, "rhomboids", Side.RIGHT))
    needled = (needle(1, aftercare_pneumothorax=True), needle(2, aftercare_pneumothorax=True))
    record = complete_record(needling=needled)
    reasons = sign_blockers(record, points, THORAX)
    assert any("both sides" in r and "acknowledgement" in r for r in reasons)
    acknowledged = replace(
        record,
        bilateral_thorax=BilateralThoraxAcknowledgement(
            reason="Bilateral rhomboid points, superficial technique", acknowledged_at=VISIT_DAY
        ),
    )
    assert sign_blockers(acknowledged, points, THORAX) == []


def test_electrical_stimulation_with_an_implanted_device_is_blocked():
    settings = ElectricalParameters(frequency_hz=2, pulse_width_us=250, intensity_ma=5, minutes=10)
    estim = (needle(technique="electrical", electrical=settings),)
    device = screened(decision_note="Pacemaker: no e-stim").with_answer(
        "electronic_implant", "present", note="Pacemaker 2021"
    )
    reasons = sign_blockers(
        complete_record(screening=device, needling=estim), chart(point(1)), THORAX
    )
    assert any("Electrical stimulation is not allowed" in r for r in reasons)
    overridden = replace(device, override_reason=OVERRIDE)
    reasons = sign_blockers(
        complete_record(screening=overridden, needling=estim), chart(point(1)), THORAX
    )
    assert any("Electrical stimulation is not allowed" in r for r in reasons)
    assert sign_blockers(complete_record(screening=device), chart(point(1)), THORAX) == []


@pytest.mark.parametrize(
    ("insertions", "needles_in", "needles_out", "field"),
    [(5, 0, 0, "needles_in"), (2, 3, 3, "needles_in"), (3, 2, 3, "needles_out")],
)
def test_needle_counts_must_fit_the_insertions(insertions, needles_in, needles_out, field):
    record = needle(insertions=insertions, needles_in=needles_in, needles_out=needles_out)
    problem = needle_count_problem(record)
    assert problem is not None
    assert problem.field == field
    reasons = sign_blockers(complete_record(needling=(record,)), chart(point(1)), THORAX)
    assert any(field in r for r in reasons)
    assert needle_count_problem(needle(insertions=5, needles_in=2, needles_out=2)) is None


def test_pneumothorax_is_never_mild():
    mild = AdverseEvent(event_type="pneumothorax", severity=AdverseEventSeverity.MILD)
    problem = severity_problem(mild)
    assert problem is not None
    assert problem.field == "severity"
    assert "never mild" in str(problem)
    reasons = sign_blockers(
        complete_record(adverse_events=(mild,), no_adverse_events=False), chart(point(1)), THORAX
    )
    assert any("never mild" in r for r in reasons)
    assert severity_problem(replace(mild, severity=AdverseEventSeverity.SIGNIFICANT)) is None


def test_every_serious_kind_has_a_floor_above_mild_and_mild_kinds_may_escalate():
    for kind in ADVERSE_EVENT_TYPES:
        allowed = allowed_severities(kind.id)
        assert allowed[-1] is AdverseEventSeverity.SERIOUS
        assert (AdverseEventSeverity.MILD in allowed) is not kind.serious_kind
    assert allowed_severities("cardiac_tamponade") == (AdverseEventSeverity.SERIOUS,)

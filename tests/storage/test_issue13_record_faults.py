"""Issue #13, items 1-3: each fault of the clinical review, tried against storage.

Written with the record API as it stood when the issue was filed, so on that code every test
fails on its assertion (the write was accepted, the visit signed) rather than on an import.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bodymap.errors import BodyMapError
from bodymap.model import ValidationError
from bodymap.model.catalog_lists import SCREENING_ITEMS, ScreeningStatus
from bodymap.model.record import AdverseEvent, Consent, Medications, Screening, ScreeningAnswer
from bodymap.storage.record_repository import RecordRepository, SignBlockedError
from tests.storage.conftest import make_point
from tests.storage.signing import ensure_secret
from tests.storage.test_record_repository import needling

THORAX = frozenset({"upper_trapezius"})


@pytest.fixture
def records(repo):
    return RecordRepository(repo, thorax_risk=THORAX)


def answered(visit_id: int, **changes: object) -> Screening:
    """Every checklist item answered absent, decision "proceed"."""
    answers = tuple(
        ScreeningAnswer(item_id=i.id, status=ScreeningStatus.ABSENT) for i in SCREENING_ITEMS
    )
    values: dict[str, object] = {"visit_id": visit_id, "answers": answers, "decision": "proceed"}
    values.update(changes)
    return Screening(**values)  # type: ignore[arg-type]


def consent(chart, **changes: object) -> Consent:
    values: dict[str, object] = {
        "visit_id": chart.visit.id,
        "form": "written",
        "obtained_at": chart.visit.started_at,
        "obtained_by": chart.clinician.id,
        "risks_discussed": ("bruising", "soreness", "pneumothorax"),
    }
    values.update(changes)
    return Consent(**values)  # type: ignore[arg-type]


def fill(records, chart, screening=None, consent_record=None) -> None:
    records.save_screening(screening or answered(chart.visit.id))
    records.save_consent(consent_record or consent(chart))
    records.add_needling(needling(chart.visit.id, chart.point.id))
    records.set_no_adverse_events(chart.visit.id)


def test_fill_alone_signs(records, chart):
    fill(records, chart)
    assert records.sign_blockers(chart.visit.id) == []


def test_consent_refusal_is_not_overridden_by_any_text(records, chart):
    refused = answered(chart.visit.id, override_reason="Patient keen; risks explained twice.")
    refused = refused.with_answer("no_consent", ScreeningStatus.PRESENT)
    records.save_screening(refused)
    with pytest.raises(BodyMapError):
        records.add_needling(needling(chart.visit.id, chart.point.id))


def test_all_unknown_screening_with_proceed_does_not_sign(records, chart):
    fill(records, chart, screening=Screening(visit_id=chart.visit.id, decision="proceed"))
    with pytest.raises(SignBlockedError):
        records.sign_visit(
            chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
        )


def test_verbal_consent_without_pneumothorax_does_not_sign_over_the_thorax(records, chart):
    fill(records, chart, consent_record=consent(chart, form="verbal", risks_discussed=()))
    with pytest.raises(SignBlockedError):
        records.sign_visit(
            chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
        )


def test_an_anticoagulant_puts_the_bleeding_precaution_in_force(records, chart):
    on_apixaban = answered(
        chart.visit.id, medications=Medications(anticoagulant=True, details="apixaban 5 mg")
    )
    fill(records, chart, screening=on_apixaban)
    with pytest.raises(SignBlockedError):
        records.sign_visit(
            chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
        )


def test_a_pneumothorax_cannot_be_mild(records, chart):
    with pytest.raises(ValidationError):
        records.add_adverse_event(
            AdverseEvent(visit_id=chart.visit.id, event_type="pneumothorax", severity="mild")
        )


def test_bilateral_thorax_needling_needs_a_recorded_reason(repo, records, chart):
    left = repo.add_trigger_point(
        make_point(chart.visit.id, side="left", site="upper_trapezius.central.left", x=161.5)
    )
    fill(records, chart)
    records.add_needling(needling(chart.visit.id, left.id))
    with pytest.raises(SignBlockedError):
        records.sign_visit(
            chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
        )


def test_no_needles_for_five_insertions_is_refused(records, chart):
    fill(records, chart)
    record = needling(chart.visit.id, chart.point.id, insertions=5, needles_in=0, needles_out=0)
    with pytest.raises(ValidationError):
        records.add_needling(record)
    assert len(records.list_needling(chart.visit.id)) == 1


def test_electrical_stimulation_with_an_implanted_device_is_refused(records, chart):
    from bodymap.model.record import ElectricalParameters

    device = [i.id for i in SCREENING_ITEMS if "stimulator" in i.label.lower()]
    assert device, "the checklist asks about pacemakers and implanted stimulators"
    records.save_screening(
        answered(chart.visit.id).with_answer(device[0], ScreeningStatus.PRESENT, "pacemaker")
    )
    settings = ElectricalParameters(frequency_hz=2, pulse_width_us=250, intensity_ma=4, minutes=8)
    estim = needling(chart.visit.id, chart.point.id, technique="electrical", electrical=settings)
    with pytest.raises(BodyMapError):
        records.add_needling(replace(estim))

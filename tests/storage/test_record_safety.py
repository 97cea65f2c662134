"""Safety rules enforced by storage (issue #13 items 1-3): refused writes, sign checks, audit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bodymap.anatomy.atlas import load_atlas
from bodymap.anatomy.thorax import thorax_risk_rule
from bodymap.errors import BodyMapError
from bodymap.model import ValidationError
from bodymap.model.catalog_lists import ScreeningStatus
from bodymap.model.record import AdverseEvent, ElectricalParameters, Screening
from bodymap.storage import SignedVisitError
from bodymap.storage.record_repository import RecordRepository, SignBlockedError
from tests.storage.conftest import make_point
from tests.storage.signing import ensure_secret
from tests.storage.test_record_repository import complete, needling

OVERRIDE = "Clinically justified after discussion with the patient and her GP."


@pytest.fixture
def records(repo):
    return RecordRepository(repo, thorax_risk=thorax_risk_rule(load_atlas().thorax_risk_ids))


def screening(visit_id, **answers):
    base = Screening(visit_id=visit_id, decision="proceed", override_reason=OVERRIDE)
    for item, status in answers.items():
        base = base.with_answer(item, ScreeningStatus(status), note="recorded")
    return base.with_unknown_as(ScreeningStatus.ABSENT)


@pytest.mark.parametrize("item", ["no_consent", "acutely_unwell", "lymphoedema"])
def test_a_hard_stop_refuses_needling_whatever_override_is_written(records, chart, item):
    records.save_screening(screening(chart.visit.id, **{item: "present"}))
    with pytest.raises(BodyMapError, match="no override applies"):
        records.add_needling(needling(chart.visit.id, chart.point.id))
    assert records.list_needling(chart.visit.id) == []


def test_a_hard_stop_marked_after_needling_blocks_signing(records, chart):
    complete(records, chart)
    records.save_screening(screening(chart.visit.id, acutely_unwell="present"))
    with pytest.raises(SignBlockedError, match="Hard stop present"):
        records.sign_visit(
            chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
        )


def test_needle_counts_inconsistent_with_insertions_are_refused(records, chart):
    complete(records, chart)
    with pytest.raises(ValidationError, match="needles_in") as info:
        records.add_needling(
            needling(chart.visit.id, chart.point.id, insertions=5, needles_in=0, needles_out=0)
        )
    assert info.value.field == "needles_in"
    assert len(records.list_needling(chart.visit.id)) == 1


def test_electrical_stimulation_is_refused_with_an_implanted_stimulator(records, chart):
    records.save_screening(screening(chart.visit.id, electronic_implant="present"))
    settings = ElectricalParameters(frequency_hz=2, pulse_width_us=250, intensity_ma=4, minutes=8)
    estim = needling(chart.visit.id, chart.point.id, technique="electrical", electrical=settings)
    with pytest.raises(BodyMapError, match="Electrical stimulation is not allowed"):
        records.add_needling(estim)
    plain = records.add_needling(needling(chart.visit.id, chart.point.id))
    with pytest.raises(BodyMapError, match="Electrical stimulation is not allowed"):
        records.update_needling(replace(estim, id=plain.id))


def test_a_pneumothorax_cannot_be_recorded_as_mild(records, chart):
    mild = AdverseEvent(visit_id=chart.visit.id, event_type="pneumothorax", severity="mild")
    with pytest.raises(ValidationError, match="never mild") as info:
        records.add_adverse_event(mild)
    assert info.value.field == "severity"
    stored = records.add_adverse_event(replace(mild, severity="significant"))
    with pytest.raises(ValidationError, match="never mild"):
        records.update_adverse_event(replace(stored, severity="mild"))


def test_longissimus_at_t11_is_thorax_risk_by_location(repo, records, chart):
    """The fault in the issue: longissimus at T11 needled and signed with no after-care."""
    point = repo.add_trigger_point(
        make_point(chart.visit.id, muscle="longissimus_thoracis", site=None, x=214.0, y=280.0)
    )
    complete(records, chart)
    records.add_needling(needling(chart.visit.id, point.id, aftercare_pneumothorax=False))
    with pytest.raises(SignBlockedError) as info:
        records.sign_visit(
            chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
        )
    assert any("longissimus thoracis (right) is over the thorax" in r for r in info.value.reasons)


def test_bilateral_thorax_needs_an_acknowledgement_kept_and_audited(repo, records, chart):
    left = repo.add_trigger_point(
        make_point(chart.visit.id, side="left", site="upper_trapezius.central.left", x=161.5)
    )
    complete(records, chart)
    records.add_needling(needling(chart.visit.id, left.id))
    with pytest.raises(SignBlockedError, match="both sides"):
        records.sign_visit(
            chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
        )
    ack = records.acknowledge_bilateral_thorax(
        chart.visit.id, "  Bilateral upper trapezius, pincer grip.  ", chart.clinician.id
    )
    assert ack.reason == "Bilateral upper trapezius, pincer grip."
    assert records.load_record(chart.visit.id).bilateral_thorax == ack
    entries = [e for e in repo.audit_log(chart.visit.id) if e.table == "bilateral_thorax"]
    assert entries, "the acknowledgement is in the audit log"
    records.sign_visit(
        chart.visit.id, chart.clinician.id, ensure_secret(records, chart.clinician.id)
    )
    with pytest.raises(SignedVisitError):
        records.acknowledge_bilateral_thorax(chart.visit.id, "changed later", chart.clinician.id)
    assert records.load_record(chart.visit.id).bilateral_thorax == ack

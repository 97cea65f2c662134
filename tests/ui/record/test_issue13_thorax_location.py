"""Issue #13 item 2, in the window: longissimus at T11 is over the thorax, whatever the muscle.

The record view builds its rules from the real atlas, as the app does; on the code the issue
was filed against, this visit showed nothing left to do on the Sign page.
"""

from __future__ import annotations

from datetime import datetime

from bodymap.anatomy.atlas import load_atlas
from bodymap.model import Clinician, Patient, Side, TriggerPoint, View, Visit
from bodymap.model.catalog_lists import SCREENING_ITEMS, ScreeningStatus
from bodymap.model.record import Consent, NeedlingRecord, Screening, ScreeningAnswer
from bodymap.storage.record_repository import RecordRepository
from tests.ui.record.test_record_journey import open_view


def test_longissimus_at_t11_needled_without_aftercare_does_not_sign(qtbot, repo):
    atlas = load_atlas()
    clinician = repo.add_clinician(Clinician(name="Ana Ruiz", credentials="PT"))
    patient = repo.add_patient(Patient(name="Zoë Ñúñez-Łukasiewicz", chart_number="T11"))
    visit = repo.add_visit(
        Visit(patient_id=patient.id, clinician_id=clinician.id, started_at=datetime(2026, 3, 2))
    )
    point = repo.add_trigger_point(
        TriggerPoint(
            visit_id=visit.id,
            view=View.POSTERIOR,
            x=208.0,
            y=290.0,
            muscle="longissimus_thoracis",
            side=Side.RIGHT,
        )
    )
    records = RecordRepository(repo, atlas.thorax_risk_ids)
    answers = tuple(
        ScreeningAnswer(item_id=i.id, status=ScreeningStatus.ABSENT) for i in SCREENING_ITEMS
    )
    records.save_screening(Screening(visit_id=visit.id, answers=answers, decision="proceed"))
    records.save_consent(
        Consent(
            visit_id=visit.id,
            form="written",
            obtained_at=visit.started_at,
            risks_discussed=("bruising", "pneumothorax"),
        )
    )
    records.add_needling(
        NeedlingRecord(
            visit_id=visit.id,
            trigger_point_id=point.id,
            needle_diameter_mm=0.25,
            needle_length_mm=40,
            technique="deep_dynamic",
            patient_position="prone",
            needles_in=1,
            needles_out=1,
        )
    )
    records.set_no_adverse_events(visit.id)
    view = open_view(qtbot, repo, atlas, visit.id)
    view.go_to(7)
    assert any("over the thorax" in r for r in view.sign_section.blockers)
    assert not view.sign_section.sign_button.isEnabled()

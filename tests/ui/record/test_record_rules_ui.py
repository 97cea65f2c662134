"""Safety rules as the record view shows them: blocked needling, thorax prompts, sign, read-only."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from bodymap.model.catalog_lists import (
    ConsentForm,
    PatientPosition,
    ScreeningDecision,
    ScreeningStatus,
    Technique,
)
from bodymap.model.needling import NeedlingRecord
from bodymap.model.record import Consent
from bodymap.model.screening import Screening
from bodymap.storage.record_repository import RecordRepository
from bodymap.ui.record import RecordView
from bodymap.ui.record.addenda import AddendaSection
from bodymap.ui.record.consent import ConsentSection
from bodymap.ui.record.plan import PlanSection
from bodymap.ui.record.screening import ScreeningSection
from bodymap.ui.record.soap import SoapSection
from tests.storage.signing import ensure_secret
from tests.ui.record.test_record_journey import ScriptedPrompter, click, open_view, type_into


def records_for(repo, atlas) -> RecordRepository:
    ids = {s.id for s in atlas.sites.values() if s.thorax_risk}
    return RecordRepository(repo, ids | {s.muscle for s in atlas.sites.values() if s.thorax_risk})


def complete_except_counts(repo, atlas, visit_id: int, needles_out: int) -> None:
    """Screening, consent, one needling record (gluteus medius) and "no adverse events"."""
    records = records_for(repo, atlas)
    screening = Screening(visit_id=visit_id, decision=ScreeningDecision.PROCEED).with_unknown_as(
        ScreeningStatus.ABSENT
    )
    for answer in screening.answers:
        screening = screening.with_answer(answer.item_id, ScreeningStatus.ABSENT)
    records.save_screening(screening)
    records.save_consent(
        Consent(
            visit_id=visit_id,
            form=ConsentForm.WRITTEN,
            obtained_at=datetime(2026, 3, 12, 9),
            risks_discussed=("bruising", "pneumothorax"),
        )
    )
    point = next(
        tp for tp in repo.load_chart(visit_id).trigger_points if tp.muscle == "gluteus_medius"
    )
    assert point.id is not None
    records.add_needling(
        NeedlingRecord(
            visit_id=visit_id,
            trigger_point_id=point.id,
            needle_diameter_mm=0.3,
            needle_length_mm=50,
            technique=Technique.DEEP_STATIC,
            patient_position=PatientPosition.PRONE,
            insertions=2,
            needles_in=2,
            needles_out=needles_out,
        )
    )
    records.set_no_adverse_events(visit_id, True)


def test_mismatched_needle_counts_block_signing_with_the_reason(qtbot, repo, atlas, charted_visit):
    complete_except_counts(repo, atlas, charted_visit, needles_out=1)
    view = open_view(qtbot, repo, atlas, charted_visit)
    view.go_to(7)
    sign = view.sign_section
    shown = [w.text() for w in sign.blocker_box.findChildren(QLabel) if w.isVisible()]
    assert shown == ["✗  Needle count at #3 gluteus medius (right) does not match: 2 in, 1 out."]
    assert not sign.sign_button.isEnabled()
    assert "1 to do" in view.nav.item(7).text()

    # Correcting the count in the needling editor clears the blocker at once.
    view.go_to(2)
    type_into(qtbot, view.needling_section.editor.needles_out, "2")
    assert sign.blockers == []
    assert sign.sign_button.isEnabled()
    assert view.nav.item(7).text() == "8  Sign"


def test_absolute_contraindication_blocks_needling_until_an_override(
    qtbot, repo, atlas, charted_visit
):
    view = open_view(qtbot, repo, atlas, charted_visit)
    screening = view.section(ScreeningSection)
    assert isinstance(screening, ScreeningSection)
    click(qtbot, screening.rows["local_infection"].buttons[ScreeningStatus.PRESENT])
    needling = view.needling_section
    needling.prompter = ScriptedPrompter(True)
    view.go_to(2)
    needling.point_combo.setCurrentIndex(2)  # gluteus_medius: no thorax prompt
    click(qtbot, needling.add_button)
    assert needling.table.rowCount() == 0
    assert "Absolute contraindication present" in needling.save_error.text()
    assert "override reason" in needling.save_error.text()

    view.go_to(0)
    screening.override_reason.setFocus()
    qtbot.keyClicks(screening.override_reason, "Infection is on the other arm; area is clear.")
    qtbot.keyClick(screening.override_reason, Qt.Key.Key_Tab)
    view.go_to(2)
    click(qtbot, needling.add_button)
    assert needling.table.rowCount() == 1
    assert needling.save_error.text() == ""


def test_thorax_prompts_and_declined_bilateral_needling(qtbot, repo, atlas, charted_visit):
    view = open_view(qtbot, repo, atlas, charted_visit)
    needling = view.needling_section
    prompter = ScriptedPrompter(False)  # the clinician answers "No" to every question
    needling.prompter = prompter
    view.go_to(2)
    needling.point_combo.setCurrentIndex(0)  # upper trapezius, right
    click(qtbot, needling.add_button)
    assert needling.table.rowCount() == 1
    assert prompter.asked[0].startswith("Needling over the thorax")
    assert not needling.editor.aftercare_pneumothorax.isChecked()
    assert needling.editor.aftercare_pneumothorax.property("role") == "error-strong"  # in red
    assert "⚠ Over the thorax" in needling.safety_note.text()
    assert "Lung apex below" in needling.safety_note.text()

    needling.point_combo.setCurrentIndex(1)  # upper trapezius, left: both sides now
    click(qtbot, needling.add_button)
    assert prompter.asked[-1].startswith("Both sides of the thorax")
    assert "left: upper trapezius; right: upper trapezius" in prompter.asked[-1]
    assert needling.table.rowCount() == 1  # declined: nothing added
    assert len(records_for(repo, atlas).list_needling(charted_visit)) == 1

    view.go_to(7)
    assert any("pneumothorax warning signs" in r for r in view.sign_section.blockers)


def test_bilateral_thorax_needling_records_the_reason_given(qtbot, repo, atlas, charted_visit):
    view = open_view(qtbot, repo, atlas, charted_visit)
    needling = view.needling_section
    needling.prompter = ScriptedPrompter(True, reason="Bilateral active points; pincer grip.")
    view.go_to(2)
    for index in (0, 1):  # upper trapezius right, then left
        needling.point_combo.setCurrentIndex(index)
        click(qtbot, needling.add_button)
    assert needling.table.rowCount() == 2
    assert any(q.startswith("Both sides of the thorax") for q in needling.prompter.asked)
    record = records_for(repo, atlas).load_record(charted_visit)
    assert record.bilateral_thorax is not None
    assert record.bilateral_thorax.reason == "Bilateral active points; pincer grip."
    view.go_to(7)
    assert not any("both sides" in r for r in view.sign_section.blockers)


def test_signed_visit_is_read_only_and_takes_an_addendum(qtbot, repo, atlas, charted_visit):
    complete_except_counts(repo, atlas, charted_visit, needles_out=2)
    clinician = repo.list_clinicians()[0]
    assert clinician.id is not None
    records = records_for(repo, atlas)
    records.sign_visit(charted_visit, clinician.id, ensure_secret(records, clinician.id))

    view = open_view(qtbot, repo, atlas, charted_visit)
    assert view.banner.isVisible()
    assert view.banner.text().startswith("Signed by Ana Ruiz, PT, DPT on ")
    soap = view.section(SoapSection)
    assert isinstance(soap, SoapSection)
    assert all(edit.isReadOnly() for edit in soap.edits.values())
    assert not soap.summarise_button.isEnabled()
    plan = view.section(PlanSection)
    assert isinstance(plan, PlanSection)
    assert not any(check.isEnabled() for check in plan.item_checks.values())
    screening = view.section(ScreeningSection)
    assert isinstance(screening, ScreeningSection)
    assert not screening.rows["pregnancy"].buttons[ScreeningStatus.PRESENT].isEnabled()
    assert not view.sign_section.sign_button.isEnabled()

    addenda = view.section(AddendaSection)
    assert isinstance(addenda, AddendaSection)
    view.go_to(8)
    assert addenda.add_button.isEnabled()
    assert not addenda.text_edit.isReadOnly()
    addenda.text_edit.setFocus()
    qtbot.keyClicks(addenda.text_edit, "PPT site was the left, not the right, trapezius.")
    with qtbot.waitSignal(view.record_changed, timeout=2000):
        click(qtbot, addenda.add_button)
    (stored,) = records_for(repo, atlas).list_addenda(charted_visit)
    assert stored.author_id == clinician.id
    assert stored.text == "PPT site was the left, not the right, trapezius."
    assert abs((datetime.now() - stored.created_at).total_seconds()) < 120
    cards = [w.text() for w in addenda.list_box.findChildren(QLabel)]
    assert any("PPT site was the left" in text and "Ana Ruiz" in text for text in cards)


def test_addenda_wait_for_signing(qtbot, repo, atlas, charted_visit):
    view = open_view(qtbot, repo, atlas, charted_visit)
    addenda = view.section(AddendaSection)
    assert isinstance(addenda, AddendaSection)
    assert not addenda.add_button.isEnabled()
    assert addenda.draft_note.isVisibleTo(addenda)


def test_bad_next_visit_date_is_refused_next_to_the_field(qtbot, repo, atlas, charted_visit):
    view = open_view(qtbot, repo, atlas, charted_visit)
    plan = view.section(PlanSection)
    assert isinstance(plan, PlanSection)
    view.go_to(5)
    type_into(qtbot, plan.next_visit, "19/03/2026")
    assert plan.next_visit_error.isVisible()
    assert "YYYY-MM-DD" in plan.next_visit_error.text()
    assert records_for(repo, atlas).get_plan(charted_visit) is None
    type_into(qtbot, plan.next_visit, "2026-03-19")
    assert not plan.next_visit_error.isVisible()
    stored = records_for(repo, atlas).get_plan(charted_visit)
    assert stored is not None
    assert stored.next_visit is not None


def test_screening_prefilled_from_the_last_visit(qtbot, repo, atlas, charted_visit):
    records = records_for(repo, atlas)
    earlier = Screening(visit_id=charted_visit).with_answer(
        "pregnancy", ScreeningStatus.PRESENT, "12 weeks"
    )
    records.save_screening(replace(earlier, decision_note="Avoid the lower back."))
    first = repo.get_visit(charted_visit)
    second = repo.add_visit(replace(first, id=None, started_at=datetime(2026, 3, 19, 9)))
    view = open_view(qtbot, repo, atlas, second.id)
    screening = view.section(ScreeningSection)
    assert isinstance(screening, ScreeningSection)
    assert screening.rows["pregnancy"].status is ScreeningStatus.UNKNOWN
    click(qtbot, screening.prefill_button)
    row = screening.rows["pregnancy"]
    assert row.status is ScreeningStatus.PRESENT
    assert row.note.text() == "12 weeks"
    assert "Prefilled from the previous visit" in screening.prefill_note.text()
    stored = records.get_screening(second.id)
    assert stored is not None
    assert stored.prefilled_from_visit_id == charted_visit


def test_hidden_view_loads_its_visit_when_shown(qtbot, repo, atlas, charted_visit):
    view = RecordView(repo, atlas)
    qtbot.addWidget(view)
    view.set_visit(charted_visit)  # hidden, as when the Chart tab is in front
    assert view.visit_id() == charted_visit
    assert not view.needling_section.has_visit
    view.show()
    qtbot.waitExposed(view)
    assert view.needling_section.has_visit
    assert view.needling_section.point_combo.count() == 3
    assert "Zoë Ñúñez-Łukasiewicz" in view.header.text()


def test_course_consent_brought_forward_then_reconfirmed(qtbot, repo, atlas, charted_visit):
    records = records_for(repo, atlas)
    records.save_consent(
        Consent(
            visit_id=charted_visit,
            form=ConsentForm.WRITTEN,
            obtained_at=datetime(2026, 3, 12, 9),
            risks_discussed=("bruising", "pneumothorax"),
            copy_given=True,
        )
    )
    first = repo.get_visit(charted_visit)
    second = repo.add_visit(replace(first, id=None, started_at=datetime(2026, 3, 19, 9)))
    view = open_view(qtbot, repo, atlas, second.id)
    consent = view.section(ConsentSection)
    assert isinstance(consent, ConsentSection)
    view.go_to(1)
    click(qtbot, consent.carry_button)
    assert consent.risk_checks["pneumothorax"].isChecked()
    assert not consent.flag_checks["reconfirmed_this_visit"].isChecked()
    carried = records.get_consent(second.id)
    assert carried is not None
    assert carried.obtained_at == datetime(2026, 3, 12, 9)
    assert carried.copy_given
    click(qtbot, consent.flag_checks["reconfirmed_this_visit"])
    stored = records.get_consent(second.id)
    assert stored is not None
    assert stored.reconfirmed_this_visit

"""A clinician fills in a whole visit through the record view, signs it and adds an addendum."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from bodymap.model import Instrument, MeasureTiming
from bodymap.model.catalog_lists import ScreeningDecision, ScreeningStatus
from bodymap.storage import open_repository
from bodymap.storage.record_repository import RecordRepository
from bodymap.ui.record import RecordView
from bodymap.ui.record.adverse import AdverseEventsSection
from bodymap.ui.record.consent import ConsentSection
from bodymap.ui.record.measures import MeasuresSection
from bodymap.ui.record.plan import PlanSection
from bodymap.ui.record.screening import ScreeningSection
from bodymap.ui.record.soap import SUMMARY_HEADING, SoapSection


class ScriptedPrompter:
    """Answers the view's yes/no questions as the test says, and remembers what was asked."""

    def __init__(self, answer: bool = True, reason: str | None = None) -> None:
        self.answer = answer
        self.reason = reason
        self.asked: list[str] = []

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append(f"{title}: {text}")
        return self.answer

    def ask_reason(self, title: str, text: str) -> str | None:
        self.asked.append(f"{title}: {text}")
        return self.reason


def open_view(qtbot, repo, atlas, visit_id) -> RecordView:
    view = RecordView(repo, atlas)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.set_visit(visit_id)
    return view


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Focus a field, select what is there, type ``text`` and press Enter (which moves on)."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    qtbot.waitUntil(widget.isVisible)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def click(qtbot, widget: QWidget) -> None:
    """Click a button; check boxes and radio buttons on their indicator, as a user aims."""
    if isinstance(widget, QCheckBox | QRadioButton):
        pos = QPoint(8, widget.height() // 2)
    else:
        pos = widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def leave(qtbot, widget: QWidget, text: str) -> None:
    """Type into a multi-line note and Tab out of it (the focus-out saves)."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def fill_screening(qtbot, view: RecordView) -> None:
    screening = view.section(ScreeningSection)
    assert isinstance(screening, ScreeningSection)
    view.go_to(0)
    click(qtbot, screening.all_absent_button)
    click(qtbot, screening.rows["blood_thinners"].buttons[ScreeningStatus.PRESENT])
    click(qtbot, screening.medication_checks[next(iter(screening.medication_checks))])
    type_into(qtbot, screening.medication_details, "apixaban 5 mg twice daily")
    # An anticoagulant puts the bleeding-risk precaution in force: its note is the decision.
    type_into(qtbot, screening.rows["blood_thinners"].note, "Superficial sites only; pressure")
    screening.decision_combo.setFocus()
    qtbot.keyClicks(screening.decision_combo, "Proceed")  # matches "Proceed"
    qtbot.keyClick(screening.decision_combo, Qt.Key.Key_Down)  # "Proceed with modified ..."
    leave(qtbot, screening.decision_note, "Anticoagulated: firm pressure 2 min after each needle.")


def fill_consent(qtbot, view: RecordView) -> None:
    consent = view.section(ConsentSection)
    assert isinstance(consent, ConsentSection)
    view.go_to(1)
    click(qtbot, consent.form_buttons[next(iter(consent.form_buttons))])  # written
    for key in ("not_acupuncture_statement", "procedure_explained", "copy_given"):
        click(qtbot, consent.flag_checks[key])
    for risk in ("bruising", "bleeding", "pneumothorax"):
        click(qtbot, consent.risk_checks[risk])


def fill_needling(qtbot, view: RecordView, prompter: ScriptedPrompter) -> None:
    needling = view.needling_section
    view.go_to(2)
    needling.point_combo.setCurrentIndex(0)  # #1 upper trapezius, right (thorax)
    click(qtbot, needling.add_button)
    assert needling.table.rowCount() == 1
    assert "Lung apex below" in needling.safety_note.text()
    assert any("Needling over the thorax" in q for q in prompter.asked)
    editor = needling.editor
    assert editor.aftercare_pneumothorax.isChecked()
    type_into(qtbot, editor.insertions, "3")
    type_into(qtbot, editor.twitches, "4")
    type_into(qtbot, editor.needles_in, "3")
    type_into(qtbot, editor.needles_out, "2")


def fill_measures(qtbot, view: RecordView) -> None:
    measures = view.section(MeasuresSection)
    assert isinstance(measures, MeasuresSection)
    view.go_to(3)
    from bodymap.model.measures import NprsReading

    type_into(qtbot, measures.nprs.spins[(NprsReading.CURRENT, MeasureTiming.PRE)], "6")
    type_into(qtbot, measures.nprs.spins[(NprsReading.CURRENT, MeasureTiming.POST)], "3")
    click(qtbot, measures.ppt.add_button)
    row = measures.ppt.rows[0]
    type_into(qtbot, row.site, "Upper trapezius")
    for spin, value in zip(row.trials, ("2.1", "2.3", "2.5"), strict=True):
        type_into(qtbot, spin, value)
    assert "2.30" in row.mean.text()
    assert "226 kPa" in row.mean.text()
    for combo, answer in zip(measures.ndi.items, "1203120121", strict=True):
        combo.setFocus()
        qtbot.keyClicks(combo, answer)
    assert "13 / 50" in measures.ndi.score_label.text()
    assert "26 %" in measures.ndi.score_label.text()


def fill_rest(qtbot, view: RecordView) -> None:
    adverse = view.section(AdverseEventsSection)
    assert isinstance(adverse, AdverseEventsSection)
    view.go_to(4)
    click(qtbot, adverse.none_check)
    plan = view.section(PlanSection)
    assert isinstance(plan, PlanSection)
    view.go_to(5)
    stretching = next(iter(plan.item_checks))
    click(qtbot, plan.item_checks[stretching])
    type_into(qtbot, plan.item_details[stretching], "Upper trapezius stretch 3 x 30 s daily")
    type_into(qtbot, plan.frequency, "Weekly for 4 weeks")
    type_into(qtbot, plan.next_visit, "2026-03-19")
    soap = view.section(SoapSection)
    assert isinstance(soap, SoapSection)
    view.go_to(6)
    leave(qtbot, soap.edits["subjective"], "Neck pain 6/10, worse at the desk.")
    click(qtbot, soap.summarise_button)
    objective = soap.edits["objective"].toPlainText()
    assert objective.startswith(SUMMARY_HEADING)
    assert "NPRS before treatment: current 6" in objective
    assert "Dry needling #1 Upper trapezius, right" in objective


def test_whole_visit_filled_signed_and_reopened(qtbot, repo, atlas, charted_visit, tmp_path):
    view = open_view(qtbot, repo, atlas, charted_visit)
    prompter = ScriptedPrompter(answer=True)
    view.needling_section.prompter = prompter
    view.sign_section.prompter = prompter

    fill_screening(qtbot, view)
    fill_consent(qtbot, view)
    fill_needling(qtbot, view, prompter)
    fill_measures(qtbot, view)
    fill_rest(qtbot, view)

    # Counts differ (3 in, 2 out): the Sign page says so and the button stays disabled.
    view.go_to(7)
    sign = view.sign_section
    assert any("3 in, 2 out" in reason for reason in sign.blockers)
    assert not sign.sign_button.isEnabled()

    view.go_to(2)
    type_into(qtbot, view.needling_section.editor.needles_out, "3")
    assert sign.blockers == []
    assert sign.sign_button.isEnabled()

    # The signer has no secret yet: the dialog asks for a new one twice, then signs.
    click(qtbot, sign.sign_button)
    dialog = sign.sign_dialog
    assert dialog is not None
    assert not dialog.has_secret
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.secret, "journey-secret")
    qtbot.keyClicks(dialog.repeat, "journey-secret")
    with qtbot.waitSignal(view.visit_signed, timeout=2000) as signed:
        click(qtbot, dialog.sign_button)
    assert signed.args == [charted_visit]

    # Everything stored, as read back through a fresh repository on the same file.
    fresh = open_repository(repo.location)
    try:
        record = RecordRepository(fresh, frozenset()).load_record(charted_visit)
        chart = fresh.load_chart(charted_visit)
    finally:
        fresh.close()
    assert chart.visit.is_signed
    assert record.screening is not None
    assert record.screening.answer("blood_thinners").status is ScreeningStatus.PRESENT
    assert record.screening.answer("no_consent").status is ScreeningStatus.ABSENT
    assert record.screening.medications.anticoagulant
    assert record.screening.medications.details == "apixaban 5 mg twice daily"
    assert record.screening.decision is ScreeningDecision.MODIFY
    assert "firm pressure" in record.screening.decision_note
    assert record.consent is not None
    assert record.consent.copy_given
    assert set(record.consent.risks_discussed) == {"bruising", "bleeding", "pneumothorax"}
    (needled,) = record.needling
    assert (needled.insertions, needled.twitch_responses) == (3, 4)
    assert (needled.needles_in, needled.needles_out) == (3, 3)
    assert needled.aftercare_pneumothorax
    assert record.no_adverse_events
    assert record.plan is not None
    assert record.plan.stretching
    assert record.plan.next_visit == date(2026, 3, 19)
    assert record.plan.frequency == "Weekly for 4 weeks"
    nprs = {(m.label, m.timing): m.value for m in chart.measures if m.instrument is Instrument.NPRS}
    assert nprs == {("current", MeasureTiming.PRE): 6, ("current", MeasureTiming.POST): 3}
    (ppt,) = [m for m in chart.measures if m.instrument is Instrument.PPT]
    assert ppt.items == (2.1, 2.3, 2.5)
    (ndi,) = [m for m in chart.measures if m.instrument is Instrument.NDI]
    assert ndi.value == 13
    assert chart.visit.subjective == "Neck pain 6/10, worse at the desk."
    assert chart.visit.objective.startswith(SUMMARY_HEADING)

    # Reopened in a new view, the signed record is shown read-only under the banner.
    again = open_view(qtbot, repo, atlas, charted_visit)
    assert again.banner.isVisible()
    assert "Signed by Ana Ruiz, PT, DPT" in again.banner.text()
    assert "read-only; add an addendum to correct" in again.banner.text()
    plan = again.section(PlanSection)
    assert isinstance(plan, PlanSection)
    assert plan.frequency.text() == "Weekly for 4 weeks"
    assert plan.frequency.isReadOnly()
    assert not again.needling_section.add_button.isEnabled()
    assert again.needling_section.editor.needles_in.isReadOnly()

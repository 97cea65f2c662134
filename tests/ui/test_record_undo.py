"""Record edits are undoable on the Record tab's own stack; removing a row says how to undo it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import Instrument, Side, TriggerPoint, View, Visit
from bodymap.model.catalog_lists import ScreeningDecision
from bodymap.model.measures import ppt_measure
from bodymap.storage import ChartRepository
from bodymap.storage.record_repository import RecordRepository
from bodymap.ui.main_window import MainWindow
from bodymap.ui.record.adverse import AdverseEventsSection
from bodymap.ui.record.measures import MeasuresSection
from bodymap.ui.record.needling import NeedlingSection
from bodymap.ui.record.plan import PlanSection
from bodymap.ui.record.screening import ScreeningSection
from bodymap.ui.record.view import RecordView
from tests.storage.signing import ensure_secret
from tests.ui.record.test_record_journey import ScriptedPrompter

GLUTEUS = "gluteus_medius.tp1.right"


def _ctrl_z(widget: QWidget, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(widget, Qt.Key.Key_Z, modifiers)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(widget.isVisible)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _record_tab(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
) -> tuple[MainWindow, RecordView]:
    """The window on the Record tab of ``visit``, with a gluteus medius point charted."""
    site = atlas.sites[GLUTEUS]
    assert visit.id is not None
    repo.add_trigger_point(
        TriggerPoint(
            visit_id=visit.id,
            view=View.POSTERIOR,
            x=site.x,
            y=site.y,
            muscle=site.muscle,
            side=Side.RIGHT,
            site=site.id,
        )
    )
    window = main_window()
    window.tabs.setCurrentWidget(window.record_tab)
    qtbot.waitUntil(lambda: window.record_tab.built is not None)
    record = window.record_tab.built
    assert isinstance(record, RecordView)
    qtbot.waitUntil(lambda: record.sign_section.has_visit and record.isVisible())
    return window, record


def _records(repo: ChartRepository, atlas: Atlas) -> RecordRepository:
    return RecordRepository(repo, atlas.thorax_risk_ids)


def test_a_removed_needling_record_comes_back_with_ctrl_z_and_goes_again_with_redo(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
) -> None:
    window, record = _record_tab(qtbot, main_window, repo, atlas, visit)
    assert visit.id is not None
    needling = record.section(NeedlingSection)
    assert isinstance(needling, NeedlingSection)
    needling.prompter = ScriptedPrompter(True)
    record.go_to(record.sections.index(needling))
    _click(qtbot, needling.add_button)
    (added,) = _records(repo, atlas).list_needling(visit.id)
    assert added.needle_length_mm == 50.0  # the gluteus medius row's shortest needle
    _click(qtbot, needling.remove_button)
    assert _records(repo, atlas).list_needling(visit.id) == []
    message = window.statusBar().currentMessage()
    assert message.startswith("Removed needling #1 Gluteus medius")
    assert message.endswith("Ctrl+Z to undo")
    _ctrl_z(record.nav)
    (restored,) = _records(repo, atlas).list_needling(visit.id)
    assert restored.id == added.id  # the same stored row, not a copy
    assert replace(restored, row_version=0) == replace(added, row_version=0)
    assert needling.table.rowCount() == 1
    _ctrl_z(record.nav, shift=True)  # redo: removed again
    assert _records(repo, atlas).list_needling(visit.id) == []
    assert needling.table.rowCount() == 0
    _ctrl_z(record.nav)
    _ctrl_z(record.nav)  # and the add itself is undoable
    assert _records(repo, atlas).list_needling(visit.id) == []
    QTest.keyClick(record.nav, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in _records(repo, atlas).list_needling(visit.id)] == [added.id]


def test_a_needling_edit_is_undone_field_by_field(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
) -> None:
    _window, record = _record_tab(qtbot, main_window, repo, atlas, visit)
    assert visit.id is not None
    needling = record.section(NeedlingSection)
    assert isinstance(needling, NeedlingSection)
    needling.prompter = ScriptedPrompter(True)
    record.go_to(record.sections.index(needling))
    _click(qtbot, needling.add_button)
    twitches = needling.editor.twitches
    twitches.setFocus()
    qtbot.waitUntil(twitches.hasFocus)
    twitches.selectAll()
    qtbot.keyClicks(twitches, "4")
    qtbot.keyClick(twitches, Qt.Key.Key_Tab)
    (stored,) = _records(repo, atlas).list_needling(visit.id)
    assert stored.twitch_responses == 4
    _ctrl_z(record.nav)
    (stored,) = _records(repo, atlas).list_needling(visit.id)
    assert stored.twitch_responses == 0
    assert twitches.value() == 0  # the form shows what is stored
    _ctrl_z(record.nav, shift=True)
    assert _records(repo, atlas).list_needling(visit.id)[0].twitch_responses == 4


def test_a_removed_adverse_event_and_ppt_row_come_back_with_ctrl_z(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
) -> None:
    assert visit.id is not None
    ppt = repo.add_measure(replace(ppt_measure(GLUTEUS, (3.5, 3.6, 3.7)), visit_id=visit.id))
    window, record = _record_tab(qtbot, main_window, repo, atlas, visit)
    adverse = record.section(AdverseEventsSection)
    assert isinstance(adverse, AdverseEventsSection)
    record.go_to(record.sections.index(adverse))
    _click(qtbot, adverse.add_button)
    (event,) = _records(repo, atlas).list_adverse_events(visit.id)
    _click(qtbot, adverse.remove_button)
    assert _records(repo, atlas).list_adverse_events(visit.id) == []
    assert "Removed adverse event" in window.statusBar().currentMessage()
    _ctrl_z(record.nav)
    assert [e.id for e in _records(repo, atlas).list_adverse_events(visit.id)] == [event.id]

    measures = record.section(MeasuresSection)
    assert isinstance(measures, MeasuresSection)
    record.go_to(record.sections.index(measures))
    (row,) = measures.ppt.rows
    _click(qtbot, row.remove)
    stored = [m for m in repo.load_chart(visit.id).measures if m.instrument is Instrument.PPT]
    assert stored == []
    message = window.statusBar().currentMessage()
    assert message.startswith("Removed PPT reading")
    assert message.endswith("Ctrl+Z to undo")
    _ctrl_z(record.nav)
    stored = [m for m in repo.load_chart(visit.id).measures if m.instrument is Instrument.PPT]
    assert [m.id for m in stored] == [ppt.id]
    assert stored[0].items == ppt.items  # the same trials
    assert len(measures.ppt.rows) == 1  # shown again


def test_undo_never_writes_to_a_signed_visit(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
) -> None:
    window, record = _record_tab(qtbot, main_window, repo, atlas, visit)
    assert visit.id is not None
    adverse = record.section(AdverseEventsSection)
    assert isinstance(adverse, AdverseEventsSection)
    record.go_to(record.sections.index(adverse))
    _click(qtbot, adverse.add_button)
    _click(qtbot, adverse.remove_button)
    assert window.record_undo_stack.canUndo()
    records = _records(repo, atlas)
    records.set_no_adverse_events(visit.id)
    clinician_id = visit.clinician_id
    records.sign_visit(visit.id, clinician_id, ensure_secret(records, clinician_id))
    record.refresh_from_database()  # signed on another workstation: the view reopens it
    qtbot.waitUntil(lambda: adverse.context.signed)
    _ctrl_z(record.nav)
    assert records.list_adverse_events(visit.id) == []  # nothing restored into a signed visit
    assert repo.get_visit(visit.id).is_signed


def test_a_plan_and_a_screening_edit_are_undone_with_ctrl_z(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
) -> None:
    _window, record = _record_tab(qtbot, main_window, repo, atlas, visit)
    assert visit.id is not None
    plan = record.section(PlanSection)
    assert isinstance(plan, PlanSection)
    record.go_to(record.sections.index(plan))
    plan.frequency.setFocus()
    qtbot.waitUntil(plan.frequency.hasFocus)
    qtbot.keyClicks(plan.frequency, "Weekly for 4 weeks")
    qtbot.keyClick(plan.frequency, Qt.Key.Key_Tab)
    records = _records(repo, atlas)
    stored = records.get_plan(visit.id)
    assert stored is not None
    assert stored.frequency == "Weekly for 4 weeks"
    _ctrl_z(record.nav)
    stored = records.get_plan(visit.id)
    assert stored is not None
    assert stored.frequency == ""
    assert plan.frequency.text() == ""
    _ctrl_z(record.nav, shift=True)
    assert records.get_plan(visit.id).frequency == "Weekly for 4 weeks"  # type: ignore[union-attr]

    screening = record.section(ScreeningSection)
    assert isinstance(screening, ScreeningSection)
    record.go_to(record.sections.index(screening))
    _click(qtbot, screening.all_absent_button)
    answered = records.get_screening(visit.id)
    assert answered is not None
    assert answered.decision is ScreeningDecision.PROCEED
    _ctrl_z(record.nav)
    undone = records.get_screening(visit.id)
    assert undone is None or undone.decision is None  # back to unanswered


def test_the_no_adverse_events_statement_is_undone_with_ctrl_z(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
) -> None:
    _window, record = _record_tab(qtbot, main_window, repo, atlas, visit)
    assert visit.id is not None
    adverse = record.section(AdverseEventsSection)
    assert isinstance(adverse, AdverseEventsSection)
    record.go_to(record.sections.index(adverse))
    qtbot.waitUntil(adverse.none_check.isVisible)
    qtbot.mouseClick(
        adverse.none_check,
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, adverse.none_check.height() // 2),
    )
    records = _records(repo, atlas)
    assert records.load_record(visit.id).no_adverse_events
    _ctrl_z(record.nav)
    assert not records.load_record(visit.id).no_adverse_events
    assert not adverse.none_check.isChecked()
    _ctrl_z(record.nav, shift=True)
    assert records.load_record(visit.id).no_adverse_events

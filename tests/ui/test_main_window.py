"""Journeys through the main window, built with the main_window(...) factory fixture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import CarryStatus, Patient, View, Visit
from bodymap.storage import ChartRepository
from bodymap.ui.canvas.tools import ToolKind
from bodymap.ui.main_window import MainWindow
from bodymap.ui.preferences import Preferences, load_preferences
from bodymap.ui.visit_dialog import NewVisitDialog
from tests.storage.signing import sign_complete_visit
from tests.ui.conftest import PREFERENCES_FILE, answer_next_question, click_at, shown_texts


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_shell_shows_patients_visits_and_database(
    main_window: Callable[..., MainWindow], repo: ChartRepository, patient: Patient, visit: Visit
) -> None:
    window = main_window()
    assert window.patients.patient_list.count() == 1
    assert window.patients.current_patient_id() == patient.id
    assert window.patients.current_visit_id() == visit.id
    assert window.chart_page.model.visit_id == visit.id
    assert any(repo.location in text for text in shown_texts(window.statusBar()))
    assert patient.name in window.windowTitle()
    assert _tab_titles(window) == ["Chart", "Record", "History"]
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Patient", "Visit", "Tools", "Help"]


def test_search_filters_by_name_and_chart_number(
    qtbot: QtBot, main_window: Callable[..., MainWindow], repo: ChartRepository, patient: Patient
) -> None:
    repo.add_patient(Patient(name="Bruno Keller", chart_number="K-7"))
    window = main_window()
    assert window.patients.patient_list.count() == 2
    window.patients.search.setText("K-7")
    qtbot.waitUntil(lambda: window.patients.patient_list.count() == 1)
    assert window.patients.patient_list.item(0).text() == "Bruno Keller"
    window.patients.search.setText("zoë")
    qtbot.waitUntil(lambda: window.patients.patient_list.item(0).text() == patient.name)


def test_charting_journey_saves_at_once_and_undo_takes_it_back(
    qtbot: QtBot, main_window: Callable[..., MainWindow], atlas: Atlas, visit: Visit
) -> None:
    window = main_window()
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    click_at(window.chart_page.view, (View.POSTERIOR, site.x, site.y))
    assert len(window.chart_page.model.points) == 1
    # Every edit is already saved: no "modified" mark in the title, nothing to save on close.
    assert not window.isWindowModified()
    assert "*" not in window.windowTitle()
    assert window.actions_.undo.text().replace("&", "") == "Undo Place trigger point #1"
    window.actions_.undo.trigger()
    assert window.chart_page.model.points == {}
    window.actions_.redo.trigger()
    assert len(window.chart_page.model.points) == 1


def test_new_visit_from_previous_carries_marks_and_shows_ghost(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    atlas: Atlas,
    visit: Visit,
    repo: ChartRepository,
) -> None:
    window = main_window()
    site = next(s for s in atlas.sites.values() if s.view is View.ANTERIOR)
    click_at(window.chart_page.view, (View.ANTERIOR, site.x, site.y))
    asked = answer_next_question("Start another visit")  # the first visit is still a draft
    window.actions_.new_visit_from_previous.trigger()
    assert asked
    dialog = window.people.dialog
    assert isinstance(dialog, NewVisitDialog)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()  # defaults: now, the current clinician, marks carried forward
    new_id = window.chart_page.model.visit_id
    assert new_id is not None
    assert new_id != visit.id
    carried = list(window.chart_page.model.points.values())
    assert [(p.muscle, p.side, p.carry) for p in carried] == [
        (site.muscle, site.side, CarryStatus.PERSISTING)
    ]
    assert window.chart_page.scene.has_ghost
    assert window.patients.current_visit_id() == new_id
    assert window.patients.visit_list.count() == 2


def test_view_switch_hides_the_other_figure_and_is_remembered(
    main_window: Callable[..., MainWindow], visit: Visit, tmp_path: Path
) -> None:
    window = main_window()
    window.actions_.view_modes["posterior"].trigger()
    assert window.views_shown() == {View.POSTERIOR}
    window.actions_.legend.trigger()
    assert not window.chart_page.legend.isVisible()
    saved = load_preferences(tmp_path / PREFERENCES_FILE)
    assert saved.view_mode == "posterior"
    assert saved.show_legend is False


def test_preferences_are_applied_at_start(
    main_window: Callable[..., MainWindow], visit: Visit
) -> None:
    window = main_window(Preferences(view_mode="anterior", brush_width=30, show_ghost=False))
    assert window.views_shown() == {View.ANTERIOR}
    assert window.brush_box.value() == 30
    assert window.chart_page.brush_width == 30
    assert not window.actions_.ghost.isChecked()


def test_window_state_goes_to_qsettings_with_the_chart_docks_shown(
    main_window: Callable[..., MainWindow], visit: Visit
) -> None:
    window = main_window()
    window.tabs.setCurrentWidget(window.history_tab)
    window.close()
    assert QSettings().value("window/geometry") is not None
    again = main_window()
    assert again.chart_page.inspector.isVisible()


def test_signed_visit_disables_editing_but_allows_reading(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    atlas: Atlas,
    visit: Visit,
    repo: ChartRepository,
    clinician: object,
) -> None:
    assert visit.id is not None
    sign_complete_visit(repo, visit.id, clinician.id)  # type: ignore[attr-defined]
    window = main_window()
    assert window.chart_page.model.read_only
    site = next(s for s in atlas.sites.values() if s.view is View.ANTERIOR)
    click_at(window.chart_page.view, (View.ANTERIOR, site.x, site.y))
    assert window.chart_page.model.points == {}
    tools = window.actions_.tools
    assert tools[ToolKind.SELECT].isEnabled()
    assert not any(a.isEnabled() for k, a in tools.items() if k is not ToolKind.SELECT)
    assert not window.actions_.delete.isEnabled()


def test_reference_panel_overlays_a_referral_pattern(
    main_window: Callable[..., MainWindow], atlas: Atlas, visit: Visit
) -> None:
    window = main_window()
    site = next(s for s in atlas.sites.values() if s.referral.essential)
    reference, _suggestions = window.reference_docks()
    reference.referral_requested.emit(site.id)
    assert window.chart_page.scene.referral_shown
    window.actions_.hide_referral.trigger()
    assert not window.chart_page.scene.referral_shown


def test_suggestions_follow_the_drawn_zones(
    qtbot: QtBot, main_window: Callable[..., MainWindow], atlas: Atlas, visit: Visit
) -> None:
    window = main_window()
    site = next(s for s in atlas.sites.values() if s.referral.essential)
    view, polygon = site.referral.essential[0]
    window.chart_page.editor.draw_lasso(view, list(polygon.exterior))
    _reference, suggestions = window.reference_docks()
    qtbot.waitUntil(lambda: bool(suggestions.suggestions), timeout=5000)
    assert site.id in {s.site for s in suggestions.suggestions}


def test_tool_keys_act_on_the_chart_but_not_in_forms(
    qtbot: QtBot, main_window: Callable[..., MainWindow], visit: Visit
) -> None:
    window = main_window()
    view = window.chart_page.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert window.chart_page.view.tool is window.chart_page.tools[ToolKind.BRUSH]
    assert window.actions_.tools[ToolKind.BRUSH].isChecked()
    search = window.patients.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "t")
    assert search.text() == "t"
    assert window.chart_page.view.tool is window.chart_page.tools[ToolKind.BRUSH]


def test_record_and_history_are_built_on_first_show_with_the_open_visit(
    qtbot: QtBot, main_window: Callable[..., MainWindow], visit: Visit
) -> None:
    window = main_window()
    assert window.record_tab.built is None
    window.tabs.setCurrentWidget(window.record_tab)
    qtbot.waitUntil(lambda: window.record_tab.built is not None)
    window.tabs.setCurrentWidget(window.history_tab)
    qtbot.waitUntil(lambda: window.history_tab.built is not None)
    history = window.history_tab.built
    assert history is not None
    assert history.patient is not None
    assert history.patient.id == visit.patient_id


def test_chart_docks_make_room_for_other_tabs_and_come_back(
    qtbot: QtBot, main_window: Callable[..., MainWindow], visit: Visit
) -> None:
    window = main_window()
    reference, _suggestions = window.reference_docks()
    inspector = window.chart_page.inspector
    assert inspector.isVisible()
    window.tabs.setCurrentWidget(window.history_tab)
    assert not inspector.isVisible()
    assert not reference.isVisible()
    window.tabs.setCurrentWidget(window.chart_page)
    assert inspector.isVisible()


def test_history_tab_shows_marks_charted_since_it_was_built(
    qtbot: QtBot, main_window: Callable[..., MainWindow], atlas: Atlas, visit: Visit
) -> None:
    window = main_window()
    window.tabs.setCurrentWidget(window.history_tab)
    history = window.history_tab.built
    assert history is not None
    assert history.charts[-1].trigger_points == ()
    window.tabs.setCurrentWidget(window.chart_page)
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    click_at(window.chart_page.view, (View.POSTERIOR, site.x, site.y))
    window.tabs.setCurrentWidget(window.history_tab)
    assert [tp.muscle for tp in history.charts[-1].trigger_points] == [site.muscle]

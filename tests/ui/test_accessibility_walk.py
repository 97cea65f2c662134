"""The Tab / accessibility walk over the whole window and every dialog (issue 18, items 2 and 4).

Each page is walked with real Tab presses: the walk fails on a trap, a control Tab never reaches,
a step against reading order, a focusable control without an accessible name, or an Alt-letter
used twice in one window or menu (see ``accessibility_walk``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import Visit
from bodymap.storage import ChartRepository, open_repository
from bodymap.ui.main_window import MainWindow
from bodymap.ui.preferences import Preferences
from bodymap.ui.record.measures import MeasuresSection
from bodymap.ui.record.plan import PlanSection
from bodymap.ui.record.screening import ScreeningSection
from bodymap.ui.record.view import RecordView
from tests.ui.accessibility_walk import (
    accessible_name,
    audit,
    duplicate_mnemonics,
    focusable_widgets,
    walk_tab_chain,
)


@pytest.fixture
def demo_repo(demo_file: Path, tmp_path: Path) -> Iterator[ChartRepository]:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    repository = open_repository(str(copy))
    yield repository
    repository.close()


def _draft_and_signed(repo: ChartRepository) -> tuple[Visit, Visit]:
    visits = [v for p in repo.list_patients() for v in repo.list_visits(p.id or 0)]
    draft = next(v for v in visits if not v.is_signed)
    signed = next(v for v in visits if v.is_signed and v.patient_id == draft.patient_id)
    return draft, signed


@pytest.fixture
def window(qtbot: QtBot, demo_repo: ChartRepository, atlas: Atlas, tmp_path: Path) -> MainWindow:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    shown = MainWindow(demo_repo, atlas, Preferences(), tmp_path / "prefs.json")
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    shown.reference_docks()
    draft, _signed = _draft_and_signed(demo_repo)
    assert draft.id is not None
    shown.show_visit(draft.id)
    return shown


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _record(window: MainWindow) -> RecordView:
    window.tabs.setCurrentWidget(window.record_tab)
    _settle()
    record = window.record_tab.built
    assert record is not None
    return record


def test_chart_page_and_its_docks_pass_the_walk(window: MainWindow) -> None:
    view = window.chart_page.view
    marks = len(window.keyboard_charting.keyboard.marks())
    assert marks > 0  # the map keeps Tab for its marks, then lets go
    problems = audit(window, inner_stops={view: marks + 1})
    assert problems == [], problems
    # With a mark focused the inspector shows its form: walked and named too.
    window.keyboard_charting.keyboard.step(True)
    _settle()
    assert window.chart_page.inspector.widget().isVisible()
    # The map itself names the mark Tab is on (the Marks list reads them all too).
    focused = window.keyboard_charting.keyboard.current()
    assert focused is not None
    assert accessible_name(view).startswith("Body map: Trigger point ")
    inspector = window.chart_page.inspector
    inspector_first = next(w for w in focusable_widgets(window) if inspector.isAncestorOf(w))
    problems = audit(window, start=inspector_first, inner_stops={view: marks + 1})
    assert problems == [], problems
    for dock in window.reference_docks():
        inside = [
            w for w in dock.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        assert inside
        assert all(accessible_name(w) for w in inside if w.focusProxy() is None)


def test_every_record_section_passes_the_walk(window: MainWindow, qtbot: QtBot) -> None:
    record = _record(window)
    for row, section in enumerate(record.sections):
        record.go_to(row)
        _settle()
        if isinstance(section, MeasuresSection):
            # Rows added now, after the page was built, must still read in order.
            for table in (section.ppt, section.rom):
                qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
            _settle()
        problems = audit(window)
        assert problems == [], f"{section.title}: {problems}"


def test_rows_added_later_are_tabbed_where_they_stand(window: MainWindow, qtbot: QtBot) -> None:
    record = _record(window)
    measures = record.section(MeasuresSection)
    assert isinstance(measures, MeasuresSection)
    record.go_to(record.sections.index(measures))
    _settle()
    qtbot.mouseClick(measures.ppt.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(measures.rom.add_button, Qt.MouseButton.LeftButton)
    _settle()
    order = walk_tab_chain(window).visited
    ppt_site = measures.ppt.rows[-1].site
    rom_joint = measures.rom.rows[-1].joint
    psfs_first = next(w for w in order if accessible_name(w) == "PSFS activity 1")
    odi_first = next(w for w in order if accessible_name(w).startswith("ODI item 1,"))
    # Reading order: the PPT rows, their Add button, ROM, then PSFS; ODI comes later.
    assert order.index(ppt_site) < order.index(measures.ppt.add_button)
    assert order.index(measures.ppt.add_button) < order.index(rom_joint)
    assert order.index(rom_joint) < order.index(psfs_first) < order.index(odi_first)
    assert accessible_name(ppt_site) == f"PPT site {len(measures.ppt.rows)}: Site"


def test_history_pages_pass_the_walk(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.history_tab)
    _settle()
    history = window.history_tab.built
    assert history is not None
    for index in range(history.tabs.count()):
        history.tabs.setCurrentIndex(index)
        _settle()
        problems = audit(window)
        assert problems == [], f"{history.tabs.tabText(index)}: {problems}"


def test_menus_and_letters_are_unique_on_every_page(window: MainWindow) -> None:
    """The three clashes the issue found (View F, Patient A, Plan's Alt+F) are gone."""
    assert duplicate_mnemonics(window) == []
    record = _record(window)
    record.go_to(record.sections.index(record.section(PlanSection)))
    _settle()
    assert duplicate_mnemonics(window) == []


def test_screening_radios_say_the_item_and_the_answer(window: MainWindow) -> None:
    record = _record(window)
    screening = record.section(ScreeningSection)
    assert isinstance(screening, ScreeningSection)
    names = [
        accessible_name(button)
        for row in screening.rows.values()
        for button in row.buttons.values()
    ]
    assert names
    assert all(n.endswith((": Present", ": Absent", ": Unknown")) for n in names)
    assert not any("_" in n for n in names)  # never an internal key


def test_a_field_error_is_announced_with_its_message(window: MainWindow, qtbot: QtBot) -> None:
    record = _record(window)
    plan = record.section(PlanSection)
    assert isinstance(plan, PlanSection)
    record.go_to(record.sections.index(plan))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    plan.next_visit.setFocus()
    qtbot.keyClicks(plan.next_visit, "31/02/2027")
    qtbot.keyClick(plan.next_visit, Qt.Key.Key_Tab)
    error = plan.next_visit_error
    assert error.isVisible()
    assert error.text()
    assert accessible_name(error) == error.text()
    assert error.accessibleDescription() == error.text()
    assert plan.next_visit.accessibleDescription() == error.text()
    plan.next_visit.setFocus()
    qtbot.keyClick(plan.next_visit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(plan.next_visit, Qt.Key.Key_Delete)
    qtbot.keyClick(plan.next_visit, Qt.Key.Key_Tab)
    assert not error.isVisible()
    assert accessible_name(error) == ""


def test_visit_rows_say_signed_or_draft(window: MainWindow, demo_repo: ChartRepository) -> None:
    draft, signed = _draft_and_signed(demo_repo)
    from PySide6.QtGui import QAccessible

    visits = window.patients.visit_list
    interface = QAccessible.queryAccessibleInterface(visits)
    assert interface is not None
    names = [
        interface.child(row).text(QAccessible.Text.Name) for row in range(interface.childCount())
    ]
    assert any(n.endswith(", Draft — editable") for n in names), names
    assert any(n.endswith(", Signed") for n in names), names
    assert draft.id is not None
    assert signed.id is not None


# -- dialogs ---------------------------------------------------------------------------------


def _walk_dialog(qtbot: QtBot, dialog: QDialog) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return audit(dialog)


def _dialogs(window: MainWindow, repo: ChartRepository) -> dict[str, Callable[[], QDialog]]:
    from bodymap.ui.add_mark_dialog import add_point_dialog, add_zone_dialog
    from bodymap.ui.archive_actions import ArchiveScopeDialog
    from bodymap.ui.audit_dialog import AuditTrailDialog
    from bodymap.ui.help_dialog import HelpDialog
    from bodymap.ui.people import CliniciansDialog
    from bodymap.ui.preferences_dialog import PreferencesDialog
    from bodymap.ui.record.people_dialogs import ClinicianDialog, PatientDialog
    from bodymap.ui.record.sign_dialog import SignDialog
    from bodymap.ui.report_range_dialog import ReportRangeDialog
    from bodymap.ui.visit_dialog import NewVisitDialog

    draft, _signed = _draft_and_signed(repo)
    patient = repo.get_patient(draft.patient_id)
    clinician = repo.list_clinicians()[0]
    assert draft.id is not None
    assert patient.id is not None
    assert clinician.id is not None
    return {
        "preferences": lambda: PreferencesDialog(repo, Preferences(), clinician.id, window),
        "new patient": lambda: PatientDialog(repo, None, window),
        "edit patient": lambda: PatientDialog(repo, patient, window),
        "new clinician": lambda: ClinicianDialog(repo, None, window),
        "edit clinician": lambda: ClinicianDialog(repo, clinician, window),
        "clinicians": lambda: CliniciansDialog(repo, clinician.id, window),
        "new visit": lambda: NewVisitDialog(
            repo,
            patient.id or 0,
            clinician_id=clinician.id,
            carry_forward=True,
            now=datetime(2026, 11, 27, 9, 0),
            parent=window,
        ),
        "sign (first secret)": lambda: SignDialog(
            "Ana Ruiz, PT", "Sign this visit", False, lambda _s, _r: None, window
        ),
        "sign": lambda: SignDialog(
            "Ana Ruiz, PT", "Sign this visit", True, lambda _s, _r: None, window
        ),
        "add trigger point": lambda: add_point_dialog(window.atlas, window)[0],
        "add pain zone": lambda: add_zone_dialog(window.atlas, window)[0],
        "audit trail": lambda: AuditTrailDialog(repo, draft.id or 0, "Audit trail", window),
        "archive scope": lambda: ArchiveScopeDialog(window, patient),
        "guide": lambda: HelpDialog(window),
        "report range": lambda: ReportRangeDialog(
            [v.started_at.date() for v in repo.list_visits(patient.id or 0)], window
        ),
    }


DIALOGS = (
    "preferences",
    "new patient",
    "edit patient",
    "new clinician",
    "edit clinician",
    "clinicians",
    "new visit",
    "sign (first secret)",
    "sign",
    "add trigger point",
    "add pain zone",
    "audit trail",
    "archive scope",
    "guide",
    "report range",
)


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_passes_the_walk(
    window: MainWindow, demo_repo: ChartRepository, qtbot: QtBot, name: str
) -> None:
    dialog = _dialogs(window, demo_repo)[name]()
    problems = _walk_dialog(qtbot, dialog)
    dialog.close()
    assert problems == [], f"{name}: {problems}"


def test_the_walk_catches_a_trap_a_nameless_control_and_a_clash(qtbot: QtBot) -> None:
    """The checker itself: a table that eats Tab, an unnamed box, two Alt+A labels."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget, QVBoxLayout

    dialog = QDialog()
    column = QVBoxLayout(dialog)
    table = QTableWidget(3, 3)  # Qt's default: Tab moves between cells
    table.setAccessibleName("Grid")
    unnamed = QLineEdit()
    first, second = QLineEdit(), QLineEdit()
    for text, buddy in (("&Alpha", first), ("&Apex", second)):
        label = QLabel(text)
        label.setBuddy(buddy)
        column.addWidget(label)
        column.addWidget(buddy)
    column.addWidget(table)
    column.addWidget(unnamed)
    problems = _walk_dialog(qtbot, dialog)
    assert any(p.startswith("trap: Tab stays in QTableWidget") for p in problems)
    assert any(p.startswith("no accessible name: QLineEdit") for p in problems)
    assert any(p.startswith("duplicate letter: Alt+A") for p in problems)
    table.setTabKeyNavigation(False)
    unnamed.setAccessibleName("Unnamed no more")
    second_label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is second)
    second_label.setText("A&pex")
    assert audit(dialog) == []

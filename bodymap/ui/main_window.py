"""MainWindow: wires the patients dock, the Chart/Record/History tabs, actions and status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap import __version__
from bodymap.model import View
from bodymap.preferences import Preferences, save_preferences
from bodymap.ui.accessibility import name_from_labels
from bodymap.ui.actions import (
    WindowActions,
    build_actions,
    chart_shortcut_actions,
    populate_menus,
    window_key_actions,
)
from bodymap.ui.canvas.page import ChartPage
from bodymap.ui.canvas.tools import ToolKind
from bodymap.ui.desktop_conventions import DesktopConventions
from bodymap.ui.i18n import translate
from bodymap.ui.integrity_window import WindowIntegrity
from bodymap.ui.keyboard_charting import KeyboardCharting
from bodymap.ui.lazy import LazyPage
from bodymap.ui.patient_banner import PatientBanner
from bodymap.ui.patients import PatientsDock, visit_title
from bodymap.ui.people_actions import PeopleActions
from bodymap.ui.select_on_focus import install_select_on_focus
from bodymap.ui.session_state import SessionState
from bodymap.ui.toolbar import build_chart_toolbar
from bodymap.ui.window_theme import WindowTheme

if TYPE_CHECKING:
    from pathlib import Path

    from bodymap.anatomy.atlas import Atlas
    from bodymap.storage import ChartRepository
    from bodymap.ui.history import HistoryView
    from bodymap.ui.live_refresh import LiveRefresh
    from bodymap.ui.read_only import ReadOnlyMode
    from bodymap.ui.record.view import RecordView
    from bodymap.ui.reference import ReferencePanel, SuggestionsPanel
    from bodymap.ui.write_lock import WindowWriteLock


#: Bumped whenever the set of docks changes, so an older saved layout is ignored, not misapplied.
WINDOW_STATE_VERSION = 2
#: Settings key of the visit open when the window closed, reopened at the next launch.
LAST_VISIT_KEY = "session/last_visit_id"
#: Delay before the catalogue docks are built after start-up.
REFERENCE_DOCKS_DELAY_MS = 250


class MainWindow(QMainWindow):
    """The BodyMap window.

    Args:
        repo: the open repository.
        atlas: the loaded atlas.
        preferences: the user's preferences (saved back when changed here).
        preferences_file: where to save them (None: the platform config folder).
    """

    def __init__(
        self,
        repo: ChartRepository,
        atlas: Atlas,
        preferences: Preferences,
        preferences_file: Path | None = None,
    ) -> None:
        super().__init__()
        install_select_on_focus()
        self.repo = repo
        self.atlas = atlas
        self.preferences = preferences
        self._preferences_file = preferences_file
        self.setObjectName("MainWindow")
        # The theme first: every widget below is polished once, in the right colours.
        self.theme = WindowTheme(self, preferences.theme)
        # One undo stack per tab: Ctrl+Z undoes what the page in front did, never a hidden one.
        self.undo_group = QUndoGroup(self)
        self.undo_stack = QUndoStack(self.undo_group)
        self.record_undo_stack = QUndoStack(self.undo_group)
        self.history_undo_stack = QUndoStack(self.undo_group)  # History edits nothing
        self.undo_group.setActiveStack(self.undo_stack)
        self.chart_page = ChartPage(repo, atlas, self.undo_stack)
        #: Set by ReadOnlyMode when another window writes to this database file.
        self.read_only_database = False
        self.title_suffix = ""
        self.write_lock: WindowWriteLock | None = None  # set by app.take_write_lock
        self.read_only_mode: ReadOnlyMode | None = None
        self.live_refresh: LiveRefresh | None = None  # set by app.build_main_window
        self.banner = PatientBanner()
        self.patients = PatientsDock(repo, self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.chart_page, translate("MainWindow", "Chart"))
        self.record_tab = LazyPage(self._make_record_view)
        self.history_tab = LazyPage(self._make_history_view)
        self.tabs.addTab(self.record_tab, translate("MainWindow", "Record"))
        self.tabs.addTab(self.history_tab, translate("MainWindow", "History"))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.patients)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(right, self.chart_page.inspector)
        self.setTabPosition(right, QTabWidget.TabPosition.North)
        self.actions_ = build_actions(self, self.undo_group)
        self.people = PeopleActions(self)
        self._view_menu = populate_menus(self.menuBar(), self.actions_)
        self._view_menu.addAction(self.patients.toggleViewAction())
        self._view_menu.addAction(self.chart_page.inspector.toggleViewAction())
        self.keyboard_charting = KeyboardCharting(self)
        self._reference_docks: tuple[ReferencePanel, SuggestionsPanel] | None = None
        self._hidden_chart_docks: list[QDockWidget] = []
        # Ranking sites is geometry work: run it once the drawing settles, not per signal.
        self._suggest_timer = QTimer(self, singleShot=True, interval=300)
        self._suggest_timer.timeout.connect(self._update_suggestions)
        # Tool keys (T, B, L, E, K, V, G, [, ]) work anywhere in the window; a text field takes
        # its keys first, so typing never switches a tool.
        for action in window_key_actions(self.actions_):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        # Keys that act on marks (Delete, S, Ctrl+1-3) only while the chart has the focus, so
        # the Record tab never deletes a mark on the hidden chart.
        for action in chart_shortcut_actions(self.actions_):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.chart_page.addAction(action)
            self.chart_page.inspector.addAction(action)
        toolbar, self.brush_box = build_chart_toolbar(self, self.actions_)
        self.addToolBar(toolbar)
        self._build_status_bar()
        self.desktop = DesktopConventions(self)
        self.integrity = WindowIntegrity(self)
        # Applied before the signals are connected, so starting up never rewrites the file.
        self._apply_preferences()
        self.people.choose_initial_clinician()
        self._connect(self.actions_)
        self.resize(1280, 800)
        self.resizeDocks(
            [self.patients, self.chart_page.inspector], [250, 310], Qt.Orientation.Horizontal
        )
        self._restore_window_state()
        self.theme.fit()
        # Read before the list selects its first patient's latest visit, which is saved too.
        last_visit = QSettings().value(LAST_VISIT_KEY)
        self.patients.reload_patients()
        self._reopen_last_visit(last_visit)
        self.session = SessionState(self)
        self.session.restore()
        self._update_title()
        name_from_labels(self)
        # The catalogue docks sit behind the inspector and are not needed to show the patient
        # list: they are built once the window is up rather than delaying its first paint.
        QTimer.singleShot(REFERENCE_DOCKS_DELAY_MS, self.reference_docks)

    # -- construction --------------------------------------------------------------------------
    def _make_record_view(self) -> RecordView:
        from bodymap.ui.record.view import RecordView

        view = RecordView(self.repo, self.atlas, undo_stack=self.record_undo_stack)
        view.visit_signed.connect(self._on_visit_signed)
        view.status_message.connect(self._show_message)
        view.locked = self.read_only_database
        view.set_visit(self.chart_page.model.visit_id)
        return view

    def _make_history_view(self) -> HistoryView:
        from bodymap.ui.history import HistoryView

        view = HistoryView(self.repo, self.atlas)
        view.trends_page.thresholds = self.preferences.thresholds
        view.set_patient(self.patients.current_patient_id())
        return view

    def reference_docks(self) -> tuple[ReferencePanel, SuggestionsPanel]:
        """The referral reference and suggestion docks, tabbed behind the inspector."""
        if self._reference_docks is not None:
            return self._reference_docks
        from bodymap.ui.reference import ReferencePanel, SuggestionsPanel

        right = Qt.DockWidgetArea.RightDockWidgetArea
        inspector = self.chart_page.inspector
        reference = ReferencePanel(self.atlas, self)
        suggestions = SuggestionsPanel(self.atlas, self)
        reference.setWindowTitle(
            translate("MainWindow", "Referrals")
        )  # short tab titles beside "Inspector"
        self._reference_docks = (reference, suggestions)
        for dock in (reference, suggestions):
            self.addDockWidget(right, dock)
            self._view_menu.addAction(dock.toggleViewAction())
        self.tabifyDockWidget(inspector, reference)
        self.tabifyDockWidget(reference, suggestions)
        inspector.raise_()
        if self._hidden_chart_docks:  # built while another tab is in front
            for dock in (reference, suggestions):
                dock.hide()
            self._hidden_chart_docks.extend((reference, suggestions))
        reference.referral_requested.connect(self.chart_page.show_referral)
        suggestions.site_highlight_requested.connect(self.chart_page.show_referral)
        model = self.chart_page.model
        for signal in (model.zone_added, model.zone_changed, model.zone_removed):
            signal.connect(self._schedule_suggestions)
        model.chart_reset.connect(self._schedule_suggestions)
        self._schedule_suggestions()
        return self._reference_docks

    # Bound methods rather than lambdas: Qt drops them with the window, lambdas outlive it.
    def _schedule_suggestions(self, *_changed: object) -> None:
        self._suggest_timer.start()

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _update_suggestions(self) -> None:
        _reference, suggestions = self.reference_docks()
        suggestions.set_zones(tuple(self.chart_page.model.zones.values()))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self._hover_label = QLabel()
        self._hover_label.setMinimumWidth(260)
        self._db_label = QLabel(
            translate("MainWindow", "Database: {location}").format(location=self.repo.location)
        )
        self._db_label.setToolTip(self.repo.location)
        status.addPermanentWidget(self._hover_label)
        status.addPermanentWidget(self.people.charting_button)
        status.addPermanentWidget(self._db_label)

    def _connect(self, actions: WindowActions) -> None:
        page = self.chart_page
        self.patients.visit_selected.connect(self._on_visit_selected)
        self.patients.patient_selected.connect(self._on_patient_selected)
        self.patients.new_visit_requested.connect(self.new_visit)
        self.patients.edit_patient_requested.connect(self.people.edit_patient)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        page.message.connect(self._show_message)
        page.hover_text.connect(self._hover_label.setText)
        actions.new_patient.triggered.connect(self.new_patient)
        actions.new_visit.triggered.connect(lambda: self.new_visit(False))
        actions.new_visit_from_previous.triggered.connect(lambda: self.new_visit(True))
        people = self.people
        actions.edit_patient.triggered.connect(lambda: people.edit_patient())
        actions.archive_patient.triggered.connect(people.toggle_archive)
        actions.show_archived.toggled.connect(people.set_show_archived)
        actions.clinicians.triggered.connect(people.show_clinicians)
        actions.preferences.triggered.connect(people.show_preferences)
        actions.audit_trail.triggered.connect(people.show_audit_trail)
        actions.export_note.triggered.connect(self.export_note)
        actions.export_report.triggered.connect(self.export_report)
        actions.export_archive.triggered.connect(self.export_archive)
        actions.import_archive.triggered.connect(self.import_archive)
        actions.quit.triggered.connect(self.close)
        actions.delete.triggered.connect(page.delete_selection)
        actions.snap.triggered.connect(page.snap_selection)
        for mode, view_action in actions.view_modes.items():
            view_action.triggered.connect(lambda _checked=False, m=mode: self._set_view_mode(m))
        actions.zoom_in.triggered.connect(page.view.zoom_in)
        actions.zoom_out.triggered.connect(page.view.zoom_out)
        actions.zoom_fit.triggered.connect(page.view.fit_to_window)
        actions.ghost.toggled.connect(self._set_ghost)
        actions.legend.toggled.connect(self._set_legend)
        actions.hide_referral.triggered.connect(lambda: page.show_referral(None))
        for kind, action in actions.tools.items():
            action.triggered.connect(lambda _checked=False, k=kind: self._choose_tool(k))
        self.brush_box.valueChanged.connect(self._set_brush_width)
        actions.brush_wider.triggered.connect(lambda: self.brush_box.stepBy(2))
        actions.brush_narrower.triggered.connect(lambda: self.brush_box.stepBy(-2))
        actions.about.triggered.connect(self.about)

    # -- preferences and window state ----------------------------------------------------------
    def _apply_preferences(self) -> None:
        prefs = self.preferences
        self.chart_page.set_view_mode(prefs.view_mode)
        self.actions_.view_modes[prefs.view_mode].setChecked(True)
        self.brush_box.setValue(int(prefs.brush_width))
        self.chart_page.set_brush_width(prefs.brush_width)
        self.actions_.ghost.setChecked(prefs.show_ghost)
        self.chart_page.set_ghost_visible(prefs.show_ghost)
        self.actions_.legend.setChecked(prefs.show_legend)
        self.chart_page.set_legend_visible(prefs.show_legend)
        self.set_tool(ToolKind.TRIGGER_POINT)

    def _save_preference(self, **changes: object) -> None:
        from dataclasses import replace

        self.update_preferences(replace(self.preferences, **changes))  # type: ignore[arg-type]

    def update_preferences(self, preferences: Preferences) -> None:
        """Use ``preferences`` from now on and save them."""
        self.preferences = preferences
        save_preferences(self.preferences, self._preferences_file)
        self.theme.set_mode(preferences.theme)
        history = self.history_tab.built
        if history is not None and history.trends_page.thresholds != preferences.thresholds:
            history.set_thresholds(preferences.thresholds)

    def _restore_window_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state, WINDOW_STATE_VERSION)

    def _reopen_last_visit(self, saved: object) -> None:
        """Open the patient and visit that were open when the window last closed."""
        try:
            visit_id = int(str(saved)) if saved is not None else None
        except ValueError:
            return
        if visit_id is None or visit_id == self.chart_page.model.visit_id:
            return
        from bodymap.errors import NotFoundError

        try:
            visit = self.repo.get_visit(visit_id)
            patient = self.repo.get_patient(visit.patient_id)
        except NotFoundError:
            return  # deleted or another database: start as usual
        if patient.archived and not self.patients.show_archived:
            return
        self.show_visit(visit_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember geometry and docks; every edit is already committed, nothing to ask."""
        for dock in self._hidden_chart_docks:  # saved as the chart tab shows them
            dock.show()
        self._hidden_chart_docks = []
        self.integrity.checker.wait()
        self.session.save()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState(WINDOW_STATE_VERSION))
        if self.write_lock is not None:
            self.write_lock.release()  # another window may now write
        super().closeEvent(event)

    # -- reactions -----------------------------------------------------------------------------
    def set_tool(self, kind: ToolKind) -> None:
        """Make ``kind`` the canvas tool and check its action."""
        self.chart_page.set_tool(kind)
        self.actions_.tools[kind].setChecked(True)

    def _chart_docks(self) -> list[QDockWidget]:
        # The Marks dock too: left up, it squeezes the Record page into sideways scrolling.
        docks: list[QDockWidget] = [self.chart_page.inspector, self.keyboard_charting.marks_dock]
        if self._reference_docks is not None:
            docks.extend(self._reference_docks)
        return docks

    def _on_tab_changed(self, _index: int) -> None:
        """The chart's docks give their room to the Record and History pages, and come back."""
        on_chart = self.tabs.currentWidget() is self.chart_page
        front = self.tabs.currentWidget()
        self.undo_group.setActiveStack(
            self.undo_stack
            if on_chart
            else self.record_undo_stack
            if front is self.record_tab
            else self.history_undo_stack
        )
        if not on_chart and not self._hidden_chart_docks:
            self._hidden_chart_docks = [d for d in self._chart_docks() if d.isVisible()]
            for dock in self._hidden_chart_docks:
                dock.hide()
        elif on_chart:
            for dock in self._hidden_chart_docks:
                dock.show()
            self._hidden_chart_docks = []
            self.chart_page.inspector.raise_()
        self._sync_history()

    def _sync_history(self) -> None:
        """History works only while in front: then it reloads just the visits that changed."""
        history = self.history_tab.built
        if history is not None and self.tabs.currentWidget() is self.history_tab:
            history.set_patient(self.patients.current_patient_id())

    def mark_history_stale(self) -> None:
        """Another writer changed the database: History catches up if it is in front."""
        self._sync_history()

    def _choose_tool(self, kind: ToolKind) -> None:
        """A tool picked by the user: also bring the chart to the front."""
        self.set_tool(kind)
        self.tabs.setCurrentWidget(self.chart_page)

    def _set_view_mode(self, mode: str) -> None:
        self.chart_page.set_view_mode(mode)
        self._save_preference(view_mode=mode)

    def _set_ghost(self, visible: bool) -> None:
        self.chart_page.set_ghost_visible(visible)
        self._save_preference(show_ghost=visible)

    def _set_legend(self, visible: bool) -> None:
        self.chart_page.set_legend_visible(visible)
        self._save_preference(show_legend=visible)

    def _set_brush_width(self, width: int) -> None:
        self.chart_page.set_brush_width(float(width))
        self._save_preference(brush_width=float(width))

    def _on_patient_selected(self, patient_id: int | None) -> None:
        # A switch starts clean: no overlay, selection, half-drawn gesture or odd tool from
        # the previous patient carries over to the next one's chart.
        self.chart_page.clear_transient_state()
        self.set_tool(ToolKind.TRIGGER_POINT)
        has_patient = patient_id is not None
        self.actions_.new_visit.setEnabled(has_patient)
        self.actions_.new_visit_from_previous.setEnabled(has_patient)
        self.actions_.export_report.setEnabled(has_patient)
        self.people.update_patient_actions()
        self.integrity.patient_changed(patient_id)
        self._sync_history()

    def _on_visit_selected(self, visit_id: int | None) -> None:
        self.chart_page.set_visit(visit_id)
        self.record_undo_stack.clear()
        if visit_id is not None:
            QSettings().setValue(LAST_VISIT_KEY, visit_id)
        record = self.record_tab.built
        if record is not None:
            record.set_visit(visit_id)
        # A visit that fails its integrity check is never exported as a clean note.
        tampered = bool(self.chart_page.model.integrity_problems)
        self.actions_.export_note.setEnabled(visit_id is not None and not tampered)
        self.actions_.audit_trail.setEnabled(visit_id is not None)
        self._update_edit_actions()
        self._update_title()

    def refresh_visit(self) -> None:
        """Reload the open visit (its integrity found changed by the background check)."""
        self._on_visit_selected(self.chart_page.model.visit_id)

    def _update_edit_actions(self) -> None:
        """Grey out the drawing tools and Delete while the open visit is signed (read-only)."""
        editable = not self.chart_page.model.read_only
        for kind, action in self.actions_.tools.items():
            action.setEnabled(editable or kind is ToolKind.SELECT)
        self.actions_.delete.setEnabled(editable)
        self.actions_.snap.setEnabled(editable)
        self.keyboard_charting.update_enabled()

    def _on_visit_signed(self, visit_id: int) -> None:
        patient_id = self.patients.current_patient_id()
        if patient_id is not None:
            self.patients.select_visit(patient_id, visit_id)

    def refresh_title(self) -> None:
        """Re-draw the title (after the read-only suffix changed)."""
        self._update_title()

    def _update_title(self) -> None:
        chart = self.chart_page.model.chart
        if chart is None:
            self.banner.show_patient(self.patients.current_patient(), None)
            self.setWindowTitle(
                translate("MainWindow", "BodyMap{title_suffix}").format(
                    title_suffix=self.title_suffix
                )
            )
            return
        tampered = bool(self.chart_page.model.integrity_problems)
        self.banner.show_patient(chart.patient, chart.visit, visit_title(chart.visit), tampered)
        self.setWindowTitle(
            translate("MainWindow", "{name} — {visit_title} — BodyMap{title_suffix}").format(
                name=chart.patient.name,
                visit_title=visit_title(chart.visit),
                title_suffix=self.title_suffix,
            )
        )

    # -- commands ------------------------------------------------------------------------------
    def new_patient(self) -> None:
        """Ask for a new patient and select them."""
        self.people.new_patient()

    def new_visit(self, carry_forward: bool) -> None:
        """Ask for a new visit of the selected patient (carry-forward box preset)."""
        self.people.new_visit(carry_forward)

    def export_note(self) -> None:
        """Export the open visit as a PDF note."""
        visit_id = self.chart_page.model.visit_id
        if visit_id is None:
            return
        from bodymap.ui import export_actions

        self.desktop.exported(
            export_actions.export_note(
                self, self.repo, self.atlas, visit_id, clinic_name=self.preferences.clinic_name
            )
        )

    def export_report(self) -> None:
        """Export the selected patient's progress report."""
        patient_id = self.patients.current_patient_id()
        if patient_id is None:
            return
        from bodymap.ui import export_actions
        from bodymap.ui.report_range_dialog import ask_report_range

        chosen = ask_report_range(self, self.repo, patient_id)
        if chosen is None:
            return
        start, end = chosen
        self.desktop.exported(
            export_actions.export_report(
                self,
                self.repo,
                self.atlas,
                patient_id,
                start=start,
                end=end,
                clinic_name=self.preferences.clinic_name,
                thresholds=self.preferences.thresholds,
            )
        )

    def export_archive(self) -> None:
        """Export the selected patient (or everyone) as a lossless archive."""
        from bodymap.ui import archive_actions

        archive_actions.export_archive_dialog(self, self.repo, self.patients.current_patient_id())

    def import_archive(self) -> None:
        """Import an archive; the patient list shows what arrived."""
        from bodymap.ui import archive_actions

        if archive_actions.import_archive_dialog(self, self.repo) is not None:
            self.patients.reload_patients(self.patients.current_patient_id())

    def about(self) -> None:
        """Show the About box."""
        QMessageBox.about(
            self,
            translate("MainWindow", "About BodyMap"),
            translate(
                "MainWindow",
                "<h3>BodyMap {version}</h3><p>Chart myofascial trigger points, pain zones and "
                "dry-needling visits on an anatomical body map.</p><p>Database: {location}</p>",
            ).format(version=__version__, location=self.repo.location),
        )

    def show_visit(self, visit_id: int) -> None:
        """Select a visit by id (used by the screenshot command and tests)."""
        visit = self.repo.get_visit(visit_id)
        self.patients.select_visit(visit.patient_id, visit_id)

    def views_shown(self) -> set[View]:
        """The body views currently on the canvas."""
        return self.chart_page.scene.visible_views

"""Live view: when another writer commits, the window shows it within a second or so.

A QTimer asks the repository's change watcher (``PRAGMA data_version`` on SQLite,
LISTEN/NOTIFY on PostgreSQL) every POLL_MS. On a change the patient and visit lists, the chart
and the record are refreshed in place: selection, the undo history and whatever the user has
typed but not yet saved are kept (a note being edited is left as typed; the chart takes the
stored marks one by one instead of being reopened).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QListWidgetItem

from bodymap.errors import BodyMapError
from bodymap.ui.i18n import translate
from bodymap.ui.icons import make_icon
from bodymap.ui.patients import _DETAIL_ROLE, _ID_ROLE, patient_detail, visit_title

if TYPE_CHECKING:
    from bodymap.storage.watch import ChangeWatcher
    from bodymap.ui.canvas.page import ChartPage
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.patients import PatientsDock

#: How often the watcher is asked (the issue's budget is 2 s from commit to screen).
POLL_MS = 700


class LiveRefresh(QObject):
    """Polls ``window.repo``'s change watcher and refreshes ``window`` in place on a change."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watcher: ChangeWatcher = window.repo.watch_changes()
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        window.destroyed.connect(self.stop)

    def stop(self) -> None:
        """Stop polling and release the watcher's connection."""
        self.timer.stop()
        self.watcher.close()

    def poll(self) -> None:
        """Refresh the window if anyone committed since the last poll."""
        if self.watcher.changed():
            self.refresh()

    def refresh(self) -> None:
        """Show what is stored now, keeping the user's place and unsaved input."""
        window = self.window
        try:
            refresh_lists(window.patients)
            refresh_chart(window.chart_page)
            record = window.record_tab.built
            if record is not None:
                record.refresh_from_database()
        except BodyMapError as error:  # e.g. the database went away: say so, keep going
            window.statusBar().showMessage(
                translate("LiveRefresh", "Could not refresh: {error}").format(error=error), 8000
            )
            return
        window.refresh_title()
        window.mark_history_stale()


def refresh_lists(dock: PatientsDock) -> None:
    """Re-read the patient and visit lists without changing or announcing the selection."""
    repo = dock.repo
    patients = repo.list_patients(dock.search.text().strip(), include_archived=dock.show_archived)
    greyed = QBrush(dock.palette().color(QPalette.ColorRole.PlaceholderText))
    rows = [(p.id, p.name, patient_detail(p), p.archived) for p in patients]
    _refill(dock.patient_list, rows, greyed=greyed)
    patient_id = dock.current_patient_id()
    visits = repo.list_visits(patient_id) if patient_id is not None else []
    signed, draft = make_icon("signed"), make_icon("draft")
    visit_rows = [
        (v.id, visit_title(v), "Signed" if v.is_signed else "Draft — editable", v.is_signed)
        for v in reversed(visits)
    ]
    _refill(dock.visit_list, visit_rows, icons=(signed, draft))


def _refill(
    widget: object,
    rows: list[tuple[int | None, str, str, bool]],
    greyed: QBrush | None = None,
    icons: tuple[object, object] | None = None,
) -> None:
    from PySide6.QtWidgets import QListWidget

    assert isinstance(widget, QListWidget)
    current = widget.currentItem()
    keep = current.data(_ID_ROLE) if current is not None else None
    shown = [
        (widget.item(i).data(_ID_ROLE), widget.item(i).text(), widget.item(i).data(_DETAIL_ROLE))
        for i in range(widget.count())
    ]
    if shown == [(r[0], r[1], r[2]) for r in rows]:
        return  # nothing changed here
    widget.blockSignals(True)
    try:
        widget.clear()
        for row_id, text, detail, flag in rows:
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, row_id)
            item.setData(_DETAIL_ROLE, detail)
            if greyed is not None and flag:
                item.setForeground(greyed)
            if icons is not None:
                item.setIcon(icons[0] if flag else icons[1])  # type: ignore[arg-type]
            widget.addItem(item)
            if row_id == keep:
                widget.setCurrentItem(item)
    finally:
        widget.blockSignals(False)


def refresh_chart(page: ChartPage) -> None:
    """Bring the open chart up to date mark by mark (undo history and selection kept)."""
    model = page.model
    chart = model.chart
    if chart is None or chart.visit.id is None:
        return
    stored = page.repo.load_chart(chart.visit.id)
    if stored.visit.status != chart.visit.status:
        page.set_visit(chart.visit.id)  # signed elsewhere: reopen read-only
        return
    model.update_visit(stored.visit, stored.patient, stored.clinician)
    stored_points = {p.id: p for p in stored.trigger_points if p.id is not None}
    for point_id in set(model.points) - set(stored_points):
        model.drop_point(point_id)
    for point_id, point in stored_points.items():
        old = model.points.get(point_id)
        if old is None or old != point or old.row_version != point.row_version:
            model.put_point(point)
    stored_zones = {z.id: z for z in stored.zones if z.id is not None}
    for zone_id in set(model.zones) - set(stored_zones):
        model.drop_zone(zone_id)
    for zone_id, zone in stored_zones.items():
        old_zone = model.zones.get(zone_id)
        if old_zone is None or old_zone != zone or old_zone.row_version != zone.row_version:
            model.put_zone(zone)

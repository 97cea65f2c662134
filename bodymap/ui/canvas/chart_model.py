"""ChartModel: the Qt-side holder of one visit's chart that the scene mirrors through signals."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from PySide6.QtCore import QObject, Signal

from bodymap.model import Clinician, PainZone, Patient, TriggerPoint, Visit, VisitChart


class ChartModel(QObject):
    """Holds the open visit's chart and announces every change to it.

    The scene never owns data: it listens here. Undo commands are the only writers, and they
    write the repository first, so this always mirrors what is committed.
    """

    chart_reset = Signal()
    point_added = Signal(int)
    point_moved = Signal(int)
    point_changed = Signal(int)
    point_removed = Signal(int)
    zone_added = Signal(int)
    zone_changed = Signal(int)
    zone_removed = Signal(int)
    #: An edit could not be committed; the text says why (shown in the status bar).
    edit_failed = Signal(str)
    #: Another workstation changed what an edit changes: (EditConflictError, keep-mine action).
    edit_conflict = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chart: VisitChart | None = None
        #: Problems of the open visit's integrity check; any problem locks it (see storage/verify).
        self.integrity_problems: tuple[str, ...] = ()
        self._points: dict[int, TriggerPoint] = {}
        self._zones: dict[int, PainZone] = {}
        #: Set in a read-only window (another window writes to the database).
        self.locked = False

    # -- reading -------------------------------------------------------------------------------
    @property
    def chart(self) -> VisitChart | None:
        """The open chart with its current marks, or None when no visit is open."""
        if self._chart is None:
            return None
        return replace(
            self._chart,
            trigger_points=tuple(sorted(self._points.values(), key=lambda p: p.number)),
            zones=tuple(sorted(self._zones.values(), key=lambda z: z.id or 0)),
        )

    @property
    def visit_id(self) -> int | None:
        """Id of the open visit."""
        return self._chart.visit.id if self._chart is not None else None

    @property
    def read_only(self) -> bool:
        """True with no visit open, a signed or tampered visit, or a read-only window."""
        return (
            self.locked
            or self._chart is None
            or self._chart.visit.is_signed
            or bool(self.integrity_problems)
        )

    @property
    def points(self) -> Mapping[int, TriggerPoint]:
        """The trigger points by id (a read-only live view)."""
        return MappingProxyType(self._points)

    @property
    def zones(self) -> Mapping[int, PainZone]:
        """The pain zones by id (a read-only live view)."""
        return MappingProxyType(self._zones)

    def point(self, point_id: int) -> TriggerPoint:
        """Return the trigger point ``point_id`` (KeyError if not in the chart)."""
        return self._points[point_id]

    def zone(self, zone_id: int) -> PainZone:
        """Return the zone ``zone_id`` (KeyError if not in the chart)."""
        return self._zones[zone_id]

    # -- writing (undo commands only) ----------------------------------------------------------
    def set_chart(self, chart: VisitChart | None) -> None:
        """Replace the whole chart (opening a visit) and announce a reset."""
        self._chart = chart
        self._points = {p.id: p for p in chart.trigger_points if p.id is not None} if chart else {}
        self._zones = {z.id: z for z in chart.zones if z.id is not None} if chart else {}
        self.chart_reset.emit()

    def update_visit(self, visit: Visit, patient: Patient, clinician: Clinician | None) -> None:
        """Take the stored visit, patient and clinician (live refresh) without a reset."""
        if self._chart is not None:
            self._chart = replace(self._chart, visit=visit, patient=patient, clinician=clinician)

    def put_point(self, point: TriggerPoint) -> None:
        """Add or replace a stored trigger point, announcing what kind of change it was."""
        if point.id is None:
            raise ValueError("only stored trigger points (with an id) enter the chart")
        old = self._points.get(point.id)
        self._points[point.id] = point
        if old is None:
            self.point_added.emit(point.id)
            return
        if (old.view, old.x, old.y) != (point.view, point.x, point.y):
            self.point_moved.emit(point.id)
        if replace(old, view=point.view, x=point.x, y=point.y) != point:
            self.point_changed.emit(point.id)

    def drop_point(self, point_id: int) -> None:
        """Remove a trigger point from the chart."""
        if self._points.pop(point_id, None) is not None:
            self.point_removed.emit(point_id)

    def put_zone(self, zone: PainZone) -> None:
        """Add or replace a stored zone."""
        if zone.id is None:
            raise ValueError("only stored zones (with an id) enter the chart")
        known = zone.id in self._zones
        self._zones[zone.id] = zone
        (self.zone_changed if known else self.zone_added).emit(zone.id)

    def drop_zone(self, zone_id: int) -> None:
        """Remove a zone from the chart."""
        if self._zones.pop(zone_id, None) is not None:
            self.zone_removed.emit(zone_id)

    def report_conflict(self, conflict: object, keep_mine: object) -> None:
        """Announce a refused stale edit; the page asks the user in place (see ConflictBar)."""
        self.edit_conflict.emit(conflict, keep_mine)

    def report_failure(self, message: str) -> None:
        """Announce that an edit was refused or could not be saved."""
        self.edit_failed.emit(message)

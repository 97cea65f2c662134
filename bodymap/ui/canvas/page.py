"""ChartPage: the "Chart" tab — signed-visit banner, the map, legend, tools and inspector."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bodymap.errors import BodyMapError
from bodymap.model.views import views_of_mode
from bodymap.storage.errors import EditConflictError
from bodymap.storage.verify import visit_integrity
from bodymap.ui.canvas.chart_model import ChartModel
from bodymap.ui.canvas.constants import BRUSH_WIDTH_DEFAULT, BRUSH_WIDTH_RANGE
from bodymap.ui.canvas.editor import (
    DEFAULT_INTENSITY,
    ChartEditor,
    EditNotSavedError,
    EditRefusedError,
)
from bodymap.ui.canvas.hover import describe_hit
from bodymap.ui.canvas.inspector import InspectorDock
from bodymap.ui.canvas.items import TriggerPointItem, ZoneItem
from bodymap.ui.canvas.legend import MapLegend
from bodymap.ui.canvas.scene import BodyMapScene
from bodymap.ui.canvas.tools import TOOL_CLASSES, Tool, ToolContext, ToolKind
from bodymap.ui.canvas.view import BodyMapView
from bodymap.ui.conflict import ConflictBar
from bodymap.ui.i18n import date_text, translate
from bodymap.ui.integrity import TAMPERED_BANNER, tampered_banner_text
from bodymap.ui.theme import set_role

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.storage import ChartRepository

#: The signed banner's style role (bodymap/ui/theme.py).
SIGNED_BANNER = "notice-bar"


class ChartPage(QWidget):
    """The charting canvas of the open visit.

    Args:
        repo: where every edit is committed.
        atlas: hit-testing, art and catalogue.
        undo_stack: receives one command per gesture; cleared when another visit opens.

    Signals:
        message: a line for the status bar (refusals, what was placed).
        hover_text: what lies under the cursor, "" off the body.
    """

    message = Signal(str)
    hover_text = Signal(str)
    load_failed = Signal(int, str)  # visit id, why its chart could not be read

    def __init__(
        self,
        repo: ChartRepository,
        atlas: Atlas,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.atlas = atlas
        self.undo_stack = undo_stack
        self.model = ChartModel(self)
        self.editor = ChartEditor(repo, atlas, self.model, undo_stack)
        self.scene = BodyMapScene(self.model, atlas)
        self.view = BodyMapView(self.scene)
        self.legend = MapLegend()
        self.inspector = InspectorDock(self.editor)
        self._brush_width = BRUSH_WIDTH_DEFAULT
        self._banner = self._build_banner()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._banner)
        self.conflict_bar = ConflictBar()
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        #: Intensity of the next new zone; the digit keys 0-9 set it (and the selected zone's).
        self.next_intensity = DEFAULT_INTENSITY
        context = ToolContext(
            self.editor,
            self.scene,
            self.message.emit,
            lambda: self._brush_width,
            lambda: self.next_intensity,
        )
        self.tools: dict[ToolKind, Tool] = {k: cls(context) for k, cls in TOOL_CLASSES.items()}
        self.view.set_tool(self.tools[ToolKind.TRIGGER_POINT])
        self.view.hovered.connect(self._on_hover)
        self.scene.selectionChanged.connect(self._on_selection)
        self.model.edit_failed.connect(self.message.emit)
        self.model.edit_conflict.connect(self._on_conflict)
        for digit in range(10):
            key = QShortcut(QKeySequence(str(digit)), self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(lambda value=digit: self.set_intensity(value))
        self._update_read_only()

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("SignedBanner")
        set_role(banner, SIGNED_BANNER)
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 6, 10, 6)
        self._banner_label = QLabel()
        self._banner_label.setTextFormat(Qt.TextFormat.RichText)
        self._banner_label.setWordWrap(True)
        row.addWidget(self._banner_label, 1)
        banner.hide()
        return banner

    def _on_conflict(self, conflict: EditConflictError[Any], keep_mine: Callable[[], None]) -> None:
        # The map already shows what is stored (theirs); "Take theirs" just closes the bar.
        self.conflict_bar.show_conflict(conflict, keep_mine, lambda: None)

    # -- visit ---------------------------------------------------------------------------------
    def clear_transient_state(self) -> None:
        """Drop what belongs to the chart on screen only: gestures, selection, overlays."""
        for tool in self.tools.values():
            tool.cancel()
        self.scene.clearSelection()
        self.scene.show_referral(None)

    def set_visit(self, visit_id: int | None) -> None:
        """Open a visit's chart (None: no visit) with the previous visit as a ghost."""
        self.clear_transient_state()
        self.undo_stack.clear()
        self.conflict_bar.hide()
        if visit_id is None:
            self.model.integrity_problems = ()
            self.model.set_chart(None)
            self.scene.set_ghost(None)
        else:
            try:
                # One visit's check is a few indexed reads: done here, so a tampered visit is
                # locked before the first click (the patient-wide check runs in the background).
                self.model.integrity_problems = visit_integrity(self.repo, visit_id).problems
                chart = self.repo.load_chart(visit_id)
                previous = self.repo.previous_visit(visit_id)
                ghost = self.repo.load_chart(previous.id) if previous and previous.id else None
            except BodyMapError as exc:
                # Never leave another visit's chart on screen (and editable) in its place.
                chart, ghost = None, None
                self.load_failed.emit(visit_id, str(exc))
            self.model.set_chart(chart)
            self.scene.set_ghost(ghost)
        self.undo_stack.setClean()
        self._update_ghost_legend()
        self._update_read_only()
        self.view.fit_to_window()

    def refresh_read_only(self) -> None:
        """Re-apply read-only state after the model's ``locked`` flag changed."""
        self._update_read_only()

    def _update_read_only(self) -> None:
        chart = self.model.chart
        read_only = self.model.read_only
        self.view.set_read_only(read_only)
        if chart is not None and self.model.integrity_problems:
            set_role(self._banner, TAMPERED_BANNER)
            self._banner_label.setText(tampered_banner_text(self.model.integrity_problems))
            self._banner.show()
        elif chart is not None and chart.visit.is_signed:
            set_role(self._banner, SIGNED_BANNER)
            signer = (
                chart.clinician.display_name
                if chart.clinician
                else translate("ChartPage", "the clinician")
            )
            when = date_text(chart.visit.signed_at) if chart.visit.signed_at else ""
            self._banner_label.setText(
                translate(
                    "ChartPage",
                    "<b>Signed</b> by {signer} on {when} — read-only; add an addendum in the "
                    "Record tab to correct",
                ).format(signer=signer, when=when)
            )
            self._banner.show()
        else:
            self._banner.hide()

    # -- tools and view ------------------------------------------------------------------------
    def set_tool(self, kind: ToolKind) -> None:
        """Make ``kind`` the current tool."""
        self.view.set_tool(self.tools[kind])

    @property
    def brush_width(self) -> float:
        """Brush and eraser width in atlas units."""
        return self._brush_width

    def set_brush_width(self, width: float) -> None:
        """Set the brush and eraser width (clamped to the allowed range)."""
        low, high = BRUSH_WIDTH_RANGE
        self._brush_width = min(max(width, low), high)

    def set_view_mode(self, mode: str) -> None:
        """Show every figure ("both"), or one view alone (its stored name, e.g. "posterior")."""
        self.scene.set_visible_views(set(views_of_mode(mode)))
        self.view.fit_to_window()

    def set_ghost_visible(self, visible: bool) -> None:
        """Toggle the previous visit's ghost overlay."""
        self.scene.set_ghost_visible(visible)
        self._update_ghost_legend()

    def _update_ghost_legend(self) -> None:
        self.legend.set_ghost_shown(self.scene.has_ghost and self.scene.ghost_visible)

    def show_referral(self, site_id: str | None) -> None:
        """Overlay a catalogue site's referral pattern (None or "" clears it)."""
        site = self.atlas.sites.get(site_id) if site_id else None
        self.scene.show_referral(site)
        if site is not None:
            self.message.emit(
                translate(
                    "ChartPage",
                    "Referral pattern of {name} ({value}): View ▸ Hide referral pattern clears it",
                ).format(name=site.name, value=site.side.value)
            )

    def set_legend_visible(self, visible: bool) -> None:
        """Toggle the legend card."""
        self.legend.setVisible(visible)

    # -- selection -----------------------------------------------------------------------------
    def selected_ids(self) -> tuple[list[int], list[int]]:
        """The selected trigger-point ids and zone ids."""
        items = self.scene.selectedItems()
        points = [i.point_id for i in items if isinstance(i, TriggerPointItem)]
        zones = [i.zone_id for i in items if isinstance(i, ZoneItem)]
        return points, zones

    def delete_selection(self) -> None:
        """Delete the selected marks (one undo step)."""
        points, zones = self.selected_ids()
        if not points and not zones:
            self.message.emit(translate("ChartPage", "Select a marker or a zone to delete it"))
            return
        try:
            self.editor.delete_marks(points, zones)
        except EditNotSavedError:
            pass  # the failed command has reported why
        except EditRefusedError as exc:
            self.message.emit(str(exc))

    def set_intensity(self, value: int) -> None:
        """Digit key: the intensity of the selected zones (one undo step) and of the next one."""
        self.next_intensity = value
        _points, zone_ids = self.selected_ids()
        if zone_ids and not self.model.read_only:
            self.undo_stack.beginMacro(
                translate("ChartPage", "Set zone intensity {value}").format(value=value)
            )
            try:
                for zone_id in zone_ids:
                    zone = self.model.zone(zone_id)
                    self.editor.update_zone(
                        replace(zone, intensity=value), translate("ChartPage", "Set zone intensity")
                    )
            except EditRefusedError as exc:
                self.message.emit(str(exc))
            finally:
                self.undo_stack.endMacro()
            self.message.emit(
                translate(
                    "ChartPage", "Intensity {value}/10 for the selected zone and the next one drawn"
                ).format(value=value)
            )
        else:
            self.message.emit(
                translate("ChartPage", "Intensity {value}/10 for the next zone drawn").format(
                    value=value
                )
            )

    def snap_selection(self) -> None:
        """Snap the selected marker onto the nearby catalogue site."""
        self.inspector.snap_selected()

    def _on_selection(self) -> None:
        if not shiboken6.isValid(self.scene):
            return  # the scene announces its own teardown; nothing to inspect any more
        points, zones = self.selected_ids()
        self.inspector.show_selection(points[0] if points else None, zones[0] if zones else None)

    def _on_hover(self, where: object) -> None:
        if not isinstance(where, tuple):
            self.hover_text.emit("")
            return
        view, x, y = where
        self.hover_text.emit(describe_hit(self.atlas, self.atlas.hit(view, x, y)))

"""The visit timeline: a strip of small maps, one per visit, oldest on the left."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from bodymap.analysis.extent import quantify
from bodymap.analysis.geometry import AtlasLike
from bodymap.model import Instrument, MeasureTiming, VisitChart
from bodymap.ui.history import palette
from bodymap.ui.history.content import chart_content
from bodymap.ui.history.painting import BodyArt, MapContent, render_map

THUMBNAIL = QSize(104, 110)


def nprs_text(chart: VisitChart) -> str:
    """The visit's pre-treatment (or only) current NPRS, e.g. "NPRS 6", or ""."""
    readings = [m for m in chart.measures if m.instrument is Instrument.NPRS]
    preferred = [m for m in readings if m.timing is not MeasureTiming.POST] or readings
    current = [m for m in preferred if m.label.strip().lower() in ("", "current")] or preferred
    return f"NPRS {current[0].value:g}" if current else ""


class _VisitDelegate(QStyledItemDelegate):
    """Draws a picked visit with an accent frame instead of tinting its map blue."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        if selected:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            tint = palette.ACCENT.lighter(190)
            tint.setAlpha(90)
            painter.setBrush(tint)
            painter.setPen(QPen(palette.ACCENT, 2))
            painter.drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 6, 6)
            painter.restore()
        super().paint(painter, plain, index)


class VisitTimeline(QListWidget):
    """Visits as thumbnails; pick one to compare with the visit before, or Ctrl-pick two."""

    pair_selected = Signal(int, int)  # (earlier index or -1, later index) into the chart list

    def __init__(self, atlas: AtlasLike, art: BodyArt, parent: QWidget | None = None) -> None:
        """Create an empty timeline."""
        super().__init__(parent)
        self._atlas = atlas
        self._art = art
        self._picks: list[int] = []
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(THUMBNAIL)
        self.setSpacing(6)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(THUMBNAIL.height() + 64)
        self.setItemDelegate(_VisitDelegate(self))
        self.itemSelectionChanged.connect(self._on_selection)

    def set_charts(self, charts: Sequence[VisitChart]) -> None:
        """Show one thumbnail per visit (``charts`` oldest first)."""
        self.blockSignals(True)
        self.clear()
        self._picks = []
        ratio = self.devicePixelRatioF()
        for index, chart in enumerate(charts):
            content = chart_content(chart, numbers=False)
            thumbnail = render_map(
                self._art,
                MapContent(content.areas, content.markers, titles=False),
                THUMBNAIL,
                ratio,
            )
            extent = quantify(self._atlas, chart.zones)
            details = " · ".join(t for t in (nprs_text(chart), f"{extent.percent:.1f}%") if t)
            item = QListWidgetItem(
                QIcon(thumbnail), f"{chart.visit.started_at:%d %b %Y}\n{details}"
            )
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(
                f"Visit of {chart.visit.started_at:%d %b %Y} ({chart.visit.status.value}); "
                f"pain area {extent.percent:.1f}% of the body surface, "
                f"{extent.choir_count} CHOIR regions"
            )
            item.setSizeHint(QSize(THUMBNAIL.width() + 34, THUMBNAIL.height() + 46))
            self.addItem(item)
        self.blockSignals(False)

    def select_pair(self, earlier: int | None, later: int) -> None:
        """Select visits by index (as a click, then a Ctrl-click, would)."""
        self.blockSignals(True)
        self.clearSelection()
        self._picks = [later] if earlier is None else [earlier, later]
        for index in self._picks:
            self.item(index).setSelected(True)
        self.blockSignals(False)
        self.scrollToItem(self.item(later))
        self._emit()

    def _on_selection(self) -> None:
        selected = [self.row(item) for item in self.selectedItems()]
        # Keep the order of picking so that a third pick drops the oldest one.
        self._picks = [i for i in self._picks if i in selected]
        self._picks += [i for i in selected if i not in self._picks]
        if len(self._picks) > 2:
            dropped = self._picks[:-2]
            self._picks = self._picks[-2:]
            self.blockSignals(True)
            for index in dropped:
                self.item(index).setSelected(False)
            self.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        if not self._picks:
            return
        if len(self._picks) == 1:
            later = self._picks[0]
            self.pair_selected.emit(later - 1, later)
        else:
            earlier, later = sorted(self._picks)
            self.pair_selected.emit(earlier, later)

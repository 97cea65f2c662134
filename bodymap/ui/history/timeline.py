"""The visit timeline: a strip of small maps, one per visit, oldest on the left."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPen, QPixmap
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

from bodymap.analysis.extent import quantify, reported_zones
from bodymap.analysis.geometry import AtlasLike
from bodymap.analysis.visit_cache import ExtentOf
from bodymap.model import Instrument, MeasureTiming, VisitChart
from bodymap.ui.history import palette
from bodymap.ui.history.content import chart_content
from bodymap.ui.history.painting import BodyArt, MapPicture, render_map
from bodymap.ui.i18n import date_text, number, term, translate

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
        timeline = self.parent()
        if isinstance(timeline, VisitTimeline):
            timeline.fill_item(index.row())  # the map is drawn when the visit comes into view
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
        self.setAccessibleName(translate("VisitTimeline", "Visit timeline"))
        self._atlas = atlas
        self._art = art
        self._picks: list[int] = []
        self._thumbnails: dict[tuple[int, int | None, float], QPixmap] = {}
        self._charts: list[VisitChart] = []
        self._revisions: Mapping[int, int] | None = None
        self._extent_of: ExtentOf = lambda chart: quantify(atlas, reported_zones(chart.zones))
        self._filled: set[int] = set()
        self._blank: QIcon | None = None
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

    def set_charts(
        self,
        charts: Sequence[VisitChart],
        revisions: Mapping[int, int] | None = None,
        extent_of: ExtentOf | None = None,
    ) -> None:
        """Show one item per visit (``charts`` oldest first); maps are drawn when first seen.

        A visit's thumbnail and pain area are computed the first time its item is painted
        (a 100-visit strip shows about ten), and with ``revisions`` kept per visit revision.
        """
        self.blockSignals(True)
        self.clear()
        self._picks = []
        self._charts = list(charts)
        self._revisions = revisions
        self._extent_of = extent_of or (
            lambda chart: quantify(self._atlas, reported_zones(chart.zones))
        )
        self._filled = set()
        blank = self._blank_icon()
        for index, chart in enumerate(charts):
            item = QListWidgetItem(
                blank, f"{date_text(chart.visit.started_at)}\n{nprs_text(chart)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setSizeHint(QSize(THUMBNAIL.width() + 34, THUMBNAIL.height() + 46))
            self.addItem(item)
        self.blockSignals(False)

    def fill_item(self, row: int) -> None:
        """Draw the visit's map and add its pain area (once; the delegate calls it on paint)."""
        if row in self._filled or not 0 <= row < len(self._charts):
            return
        self._filled.add(row)
        chart = self._charts[row]
        item = self.item(row)
        extent = self._extent_of(chart)
        details = " · ".join(t for t in (nprs_text(chart), f"{number(extent.percent, 1)}%") if t)
        item.setIcon(QIcon(self._thumbnail(chart, self._revisions, self.devicePixelRatioF())))
        item.setText(f"{date_text(chart.visit.started_at)}\n{details}")
        item.setToolTip(
            translate(
                "VisitTimeline",
                "Visit of {date} ({status}); patient-reported pain area "
                "{percent}% of the body surface, {choir_count} CHOIR regions (referral zones "
                "not counted)",
            ).format(
                date=date_text(chart.visit.started_at),
                status=term(chart.visit.status.value),
                percent=number(extent.percent, 1),
                choir_count=extent.choir_count,
            )
        )

    def _blank_icon(self) -> QIcon:
        if self._blank is None:
            pixmap = QPixmap(THUMBNAIL)
            pixmap.fill(Qt.GlobalColor.transparent)
            self._blank = QIcon(pixmap)
        return self._blank

    def _thumbnail(
        self, chart: VisitChart, revisions: Mapping[int, int] | None, ratio: float
    ) -> QPixmap:
        revision = revisions.get(chart.visit.id) if revisions and chart.visit.id else None
        key = (chart.visit.id or 0, revision, ratio)
        if revision is not None and key in self._thumbnails:
            return self._thumbnails[key]
        content = chart_content(chart, numbers=False, arrows=False)
        thumbnail = render_map(
            self._art, MapPicture(content.areas, content.markers, titles=False), THUMBNAIL, ratio
        )
        if revision is not None:
            for old in [k for k in self._thumbnails if k[0] == key[0]]:
                del self._thumbnails[old]  # one kept per visit: its latest revision
            self._thumbnails[key] = thumbnail
        return thumbnail

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

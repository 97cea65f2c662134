"""The trend charts page and the heat-map page of the history view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QLinearGradient, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bodymap.analysis.geometry import AtlasLike
from bodymap.analysis.heatmap import PainHeatMap, pain_heat_map
from bodymap.analysis.trends import build_trends, group_series
from bodymap.analysis.visit_cache import ExtentOf
from bodymap.model import VisitChart
from bodymap.ui.history import palette
from bodymap.ui.history.content import heat_content
from bodymap.ui.history.painting import BodyArt, ReadOnlyBodyMap, swatch
from bodymap.ui.history.trend_chart import TrendChartView
from bodymap.ui.i18n import number, translate
from bodymap.ui.theme import colour


class TrendsPage(QScrollArea):
    """Every outcome of a patient as a grid of charts, two per row."""

    COLUMNS = 2

    def __init__(self, atlas: AtlasLike, parent: QWidget | None = None) -> None:
        """Create an empty page over ``atlas``."""
        super().__init__(parent)
        self._atlas = atlas
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(translate("TrendsPage", "Outcome trends"))
        self.charts: list[TrendChartView] = []
        # The reference threshold chosen per instrument (Preferences); empty: the defaults.
        self.thresholds: Mapping[str, str] = {}
        self._empty = QLabel(translate("TrendsPage", "No outcome measures recorded yet."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_charts(self, charts: Sequence[VisitChart], extent_of: ExtentOf | None = None) -> None:
        """Chart every instrument reading of the visits, then pain area."""
        holder = QWidget()

        grid = QGridLayout(holder)
        grid.setSpacing(10)
        self.charts = [
            TrendChartView(group)
            for group in group_series(build_trends(self._atlas, charts, self.thresholds, extent_of))
        ]
        for index, chart in enumerate(self.charts):
            chart.setMinimumHeight(230)
            grid.addWidget(chart, index // self.COLUMNS, index % self.COLUMNS)
        if not self.charts:
            grid.addWidget(
                QLabel(translate("TrendsPage", "No visits yet, so nothing to chart.")), 0, 0
            )
        grid.setRowStretch(grid.rowCount(), 1)
        self.setWidget(holder)


class HeatLegend(QWidget):
    """A colour bar from "never" to "every visit"."""

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt override
        return QSize(240, 40)

    def paintEvent(self, event: object) -> None:  # noqa: D102 - Qt override
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            bar = QRectF(10, 6, self.width() - 20, 12)
            gradient = QLinearGradient(bar.topLeft(), bar.topRight())
            for index, stop in enumerate(palette.HEAT_STOPS):
                gradient.setColorAt(index / (len(palette.HEAT_STOPS) - 1), stop)
            painter.setPen(colour("disabled_text"))
            painter.setBrush(gradient)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(colour("muted"))
            labels = QRectF(bar.left(), bar.bottom() + 2, bar.width(), 16)
            painter.drawText(labels, Qt.AlignmentFlag.AlignLeft, translate("HeatLegend", "rarely"))
            painter.drawText(
                labels, Qt.AlignmentFlag.AlignCenter, translate("HeatLegend", "half the visits")
            )
            painter.drawText(
                labels, Qt.AlignmentFlag.AlignRight, translate("HeatLegend", "every visit")
            )
        finally:
            painter.end()


class HeatMapPage(QWidget):
    """How often each CHOIR region was painful across the patient's visits."""

    def __init__(self, atlas: AtlasLike, art: BodyArt, parent: QWidget | None = None) -> None:
        """Create an empty page over ``atlas``."""
        super().__init__(parent)
        self._atlas = atlas
        self.heat: PainHeatMap | None = None
        self.map = ReadOnlyBodyMap(art)
        self.ranking = QListWidget()
        self.ranking.setAccessibleName(
            translate("HeatMapPage", "Body areas by how often they hurt")
        )
        self.ranking.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.ranking.setSpacing(3)
        self.ranking.setFrameShape(QFrame.Shape.NoFrame)
        self._title = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self._title.setFont(font)
        left = QVBoxLayout()
        left.addWidget(self.map, 1)
        left.addWidget(HeatLegend(), 0, Qt.AlignmentFlag.AlignHCenter)
        side = QVBoxLayout()
        heading = QLabel(translate("HeatMapPage", "Most often painful"))
        heading.setFont(font)
        side.addWidget(heading)
        side.addWidget(self.ranking, 1)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setFixedWidth(370)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(side_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(body, 1)

    def set_charts(self, charts: Sequence[VisitChart], extent_of: ExtentOf | None = None) -> None:
        """Count painful regions over ``charts`` and show them."""
        self.heat = pain_heat_map(self._atlas, charts, extent_of)
        self._title.setText(
            translate("HeatMapPage", "Painful regions over {visits} visits").format(
                visits=self.heat.visits
            )
        )
        self.map.set_content(heat_content(self._atlas, self.heat))
        self.ranking.clear()
        for entry in self.heat.most_frequent:
            name = self._atlas.surface_regions[entry.region].name
            item = QListWidgetItem(
                QIcon(swatch(palette.heat_color(entry.share, alpha=255), 14)),
                translate("HeatMapPage", "{name} — {painful} of {visits} visits ({share}%)").format(
                    name=name,
                    painful=entry.painful_visits,
                    visits=entry.visits,
                    share=number(entry.share * 100),
                ),
            )
            self.ranking.addItem(item)
        if not self.heat.most_frequent:
            self.ranking.addItem(translate("HeatMapPage", "No pain drawn at any visit"))

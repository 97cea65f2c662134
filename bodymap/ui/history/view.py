"""The History page: a patient's visits over time, compared, charted and summed up."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from bodymap.analysis.geometry import AtlasLike
from bodymap.model import Patient, Visit, VisitChart
from bodymap.ui.history import palette
from bodymap.ui.history.compare_page import ComparePage
from bodymap.ui.history.pages import HeatMapPage, TrendsPage
from bodymap.ui.history.painting import BodyArt
from bodymap.ui.history.timeline import VisitTimeline


class HistoryRepository(Protocol):
    """The repository calls the history view makes (``ChartRepository`` provides them)."""

    def get_patient(self, patient_id: int) -> Patient:
        """One patient."""

    def list_visits(self, patient_id: int) -> list[Visit]:
        """A patient's visits, oldest first."""

    def load_chart(self, visit_id: int) -> VisitChart:
        """Everything charted in one visit."""


class HistoryView(QWidget):
    """Review across visits: timeline, comparison with overlay, trend charts and heat map."""

    def __init__(
        self, repo: HistoryRepository, atlas: AtlasLike, parent: QWidget | None = None
    ) -> None:
        """Create the view; call :meth:`set_patient` to fill it."""
        super().__init__(parent)
        self._repo = repo
        self._atlas = atlas
        art = BodyArt(atlas)
        self.charts: list[VisitChart] = []
        self.patient: Patient | None = None
        self._pair: tuple[int, int] | None = None
        self.timeline = VisitTimeline(atlas, art)
        self.compare_page = ComparePage(atlas, art)
        self.trends_page = TrendsPage(atlas)
        self.heat_page = HeatMapPage(atlas, art)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.compare_page, "Compare visits")
        self.tabs.addTab(self.trends_page, "Trends")
        self.tabs.addTab(self.heat_page, "Heat map")
        self._title = QLabel()
        self._hint = QLabel()
        self._empty = QLabel()
        self._build()
        self.timeline.pair_selected.connect(self._show_pair)

    def _build(self) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 3)
        self._title.setFont(font)
        self._hint.setStyleSheet(f"color: {palette.MUTED_TEXT.name()};")
        self._hint.setText(
            "Click a visit to compare it with the one before; Ctrl+click a second visit to "
            "compare any two."
        )
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline)
        layout.addWidget(self.tabs, 1)
        self._empty.setStyleSheet(f"color: {palette.MUTED_TEXT.name()}; font-size: 14px;")
        self._stack = QStackedWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self._title)
        outer.addWidget(self._hint)
        outer.addWidget(self._stack, 1)
        self._show_empty("Choose a patient to review their visits.")

    def _show_empty(self, message: str) -> None:
        self._empty.setText(message)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.setCurrentIndex(0)
        self._hint.setVisible(False)

    @property
    def empty_message(self) -> str:
        """The message shown instead of the history (no patient, or no visits), else ""."""
        return self._empty.text() if self._stack.currentIndex() == 0 else ""

    def set_patient(self, patient_id: int | None) -> None:
        """Show one patient's history (None clears the view).

        Raises:
            NotFoundError: if the patient does not exist (from the repository).
        """
        if patient_id is None:
            self.patient, self.charts = None, []
            self._title.setText("History")
            self._show_empty("Choose a patient to review their visits.")
            return
        self.patient = self._repo.get_patient(patient_id)
        visits = self._repo.list_visits(patient_id)
        self.charts = [self._repo.load_chart(v.id) for v in visits if v.id is not None]
        self.charts.sort(key=lambda c: c.visit.started_at)
        count = len(self.charts)
        span = ""
        if count:
            first, last = self.charts[0].visit.started_at, self.charts[-1].visit.started_at
            span = f" · {first:%d %b %Y} – {last:%d %b %Y}" if count > 1 else f" · {first:%d %b %Y}"
        self._title.setText(f"{self.patient.name} — {count} visit{'s' if count != 1 else ''}{span}")
        if not self.charts:
            self._show_empty(
                f"{self.patient.name} has no visits yet. Start one from the visit list."
            )
            return
        self._stack.setCurrentIndex(1)
        self._hint.setVisible(count > 1)
        self.timeline.set_charts(self.charts)
        self.trends_page.set_charts(self.charts)
        self.heat_page.set_charts(self.charts)
        # Progress over the whole course of care is the first question: first against latest.
        self.timeline.select_pair(0 if count > 1 else None, count - 1)

    def refresh(self) -> None:
        """Reload the patient after edits elsewhere, keeping the compared pair if it exists."""
        if self.patient is None or self.patient.id is None:
            return
        pair = self._pair
        self.set_patient(self.patient.id)
        if pair is not None and pair[1] < len(self.charts):
            earlier, later = pair
            self.compare(earlier if earlier >= 0 else None, later)

    def compare(self, earlier: int | None, later: int) -> None:
        """Compare two visits by index in :attr:`charts` (oldest first)."""
        self.timeline.select_pair(earlier, later)

    def _show_pair(self, earlier: int, later: int) -> None:
        self._pair = (earlier, later)
        before = self.charts[earlier] if earlier >= 0 else None
        self.compare_page.set_pair(before, self.charts[later])

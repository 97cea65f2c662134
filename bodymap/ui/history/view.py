"""The History page: a patient's visits over time, compared, charted and summed up."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from bodymap.analysis.geometry import AtlasLike
from bodymap.analysis.visit_cache import VisitExtents
from bodymap.model import Patient, VisitChart
from bodymap.ui.history.compare_page import ComparePage
from bodymap.ui.history.pages import HeatMapPage, TrendsPage
from bodymap.ui.history.painting import BodyArt
from bodymap.ui.history.timeline import VisitTimeline
from bodymap.ui.i18n import date_text, translate
from bodymap.ui.theme import set_role


class HistoryRepository(Protocol):
    """The repository calls the history view makes (``ChartRepository`` provides them)."""

    def get_patient(self, patient_id: int) -> Patient:
        """One patient."""

    def load_patient_charts(
        self, patient_id: int, visit_ids: Collection[int] | None = None
    ) -> list[VisitChart]:
        """The patient's charts (or only ``visit_ids``), oldest first, in a few queries."""

    def visit_revisions(self, patient_id: int) -> dict[int, int]:
        """Each visit's revision, which moves whenever its chart may have changed."""


class HistoryView(QWidget):
    """Review across visits: timeline, comparison with overlay, trend charts and heat map.

    Showing a patient again reads only each visit's revision, then reloads and recomputes only
    the visits whose revision moved (nothing at all when none did); charts, extents and
    thumbnails are kept per visit and revision.
    """

    def __init__(
        self,
        repo: HistoryRepository,
        atlas: AtlasLike,
        parent: QWidget | None = None,
        art: BodyArt | None = None,
    ) -> None:
        """Create the view; call :meth:`set_patient` to fill it.

        ``art``: the body art to draw with (and its renderings per size), if already loaded.
        """
        super().__init__(parent)
        self._repo = repo
        self._atlas = atlas
        art = self.art = art or BodyArt(atlas)
        self.charts: list[VisitChart] = []
        self.patient: Patient | None = None
        self.revisions: dict[int, int] = {}
        self.extents = VisitExtents(atlas)
        self._kept: dict[int, tuple[int, VisitChart]] = {}  # visit id -> (revision, chart)
        self._pair: tuple[int, int] | None = None
        self.timeline = VisitTimeline(atlas, art)
        self.compare_page = ComparePage(atlas, art)
        self.trends_page = TrendsPage(atlas)
        self.heat_page = HeatMapPage(atlas, art)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.compare_page, translate("HistoryView", "Compare visits"))
        self.tabs.addTab(self.trends_page, translate("HistoryView", "Trends"))
        self.tabs.addTab(self.heat_page, translate("HistoryView", "Heat map"))
        self._title = QLabel()
        self._hint = QLabel()
        self._empty = QLabel()
        self._pages_stale: set[QWidget] = set()
        self._build()
        self.timeline.pair_selected.connect(self._show_pair)
        self.tabs.currentChanged.connect(lambda _index: self._fill_current_page())

    def _build(self) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 3)
        self._title.setFont(font)
        set_role(self._hint, "hint")
        self._hint.setText(
            translate(
                "HistoryView",
                "Click a visit to compare it with the one before; Ctrl+click a second visit to "
                "compare any two.",
            )
        )
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline)
        layout.addWidget(self.tabs, 1)
        set_role(self._empty, "empty-state")
        self._stack = QStackedWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self._title)
        outer.addWidget(self._hint)
        outer.addWidget(self._stack, 1)
        self._show_empty(translate("HistoryView", "Choose a patient to review their visits."))

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
            self.patient, self.charts, self.revisions = None, [], {}
            self._title.setText(translate("HistoryView", "History"))
            self._show_empty(translate("HistoryView", "Choose a patient to review their visits."))
            return
        patient = self._repo.get_patient(patient_id)
        revisions = self._repo.visit_revisions(patient_id)
        if patient == self.patient and revisions == self.revisions and self.charts:
            return  # nothing changed since it was drawn
        same_patient = self.patient is not None and self.patient.id == patient_id
        self.patient = patient
        self._reload_changed(patient, revisions)
        self.extents.set_revisions(revisions)
        count = len(self.charts)
        span = ""
        if count:
            first, last = self.charts[0].visit.started_at, self.charts[-1].visit.started_at
            span = (
                f" · {date_text(first)} – {date_text(last)}"
                if count > 1
                else f" · {date_text(first)}"
            )
        self._title.setText(
            translate("HistoryView", "{name} — visits: {count}{span}").format(
                name=self.patient.name, count=count, span=span
            )
        )
        if not self.charts:
            self._show_empty(
                translate(
                    "HistoryView", "{name} has no visits yet. Start one from the visit list."
                ).format(name=self.patient.name)
            )
            return
        self._stack.setCurrentIndex(1)
        self._hint.setVisible(count > 1)
        self.timeline.set_charts(self.charts, self.revisions, self.extents)
        self._pages_stale = {self.trends_page, self.heat_page}
        self._fill_current_page()
        pair = self._pair if same_patient else None
        if pair is not None and pair[1] < count:
            self.compare(pair[0] if pair[0] >= 0 else None, pair[1])  # keep what was compared
        else:
            # Progress over the whole course of care is the first question: first vs latest.
            self.timeline.select_pair(0 if count > 1 else None, count - 1)

    def set_thresholds(self, thresholds: Mapping[str, str]) -> None:
        """Use these reference thresholds in the trends (redrawn when next shown)."""
        self.trends_page.thresholds = thresholds
        if self.charts:
            self._pages_stale.add(self.trends_page)
            self._fill_current_page()

    def _fill_current_page(self) -> None:
        """Trends and heat map are computed when their tab is in front, once per change."""
        page = self.tabs.currentWidget()
        if page is self.trends_page and page in self._pages_stale:
            self._pages_stale.discard(page)
            self.trends_page.set_charts(self.charts, self.extents)
        elif page is self.heat_page and page in self._pages_stale:
            self._pages_stale.discard(page)
            self.heat_page.set_charts(self.charts, self.extents)

    def _reload_changed(self, patient: Patient, revisions: dict[int, int]) -> None:
        """Load the charts of visits that are new or changed; keep the others as they were."""
        stale = {v for v, r in revisions.items() if self._kept.get(v, (None,))[0] != r}
        if stale and patient.id is not None:
            for chart in self._repo.load_patient_charts(patient.id, stale):
                if chart.visit.id is not None:
                    self._kept[chart.visit.id] = (revisions[chart.visit.id], chart)
        charts = [self._kept[v][1] for v in revisions if v in self._kept]
        # A renamed patient shows under the new name without reloading every chart.
        self.charts = [c if c.patient == patient else replace(c, patient=patient) for c in charts]
        self.charts.sort(key=lambda c: (c.visit.started_at, c.visit.id or 0))
        self.revisions = dict(revisions)

    def refresh(self) -> None:
        """Show edits made elsewhere (only changed visits are reloaded), keeping the pair."""
        if self.patient is not None and self.patient.id is not None:
            self.set_patient(self.patient.id)

    def compare(self, earlier: int | None, later: int) -> None:
        """Compare two visits by index in :attr:`charts` (oldest first)."""
        self.timeline.select_pair(earlier, later)

    def _show_pair(self, earlier: int, later: int) -> None:
        self._pair = (earlier, later)
        before = self.charts[earlier] if earlier >= 0 else None
        self.compare_page.set_pair(before, self.charts[later])

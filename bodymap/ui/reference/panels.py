"""Referral reference dock (catalogue browser) and the reverse-lookup suggestions dock."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.analysis.geometry import AtlasLike
from bodymap.analysis.suggest import Suggestion, suggest_sites
from bodymap.anatomy.types import Confidence, TriggerSite
from bodymap.model import PainZone
from bodymap.ui.history.content import referral_content
from bodymap.ui.history.painting import BodyArt, MapPicture, ReadOnlyBodyMap
from bodymap.ui.i18n import translate
from bodymap.ui.session_state import remember_splitter
from bodymap.ui.theme import hex_colour, set_role

#: How each confidence tag is shown; unreviewed content must say so plainly.
CONFIDENCE_TEXT = {
    Confidence.SOURCED: ("sourced", "success"),
    Confidence.SECONDARY: ("secondary", "warning"),
    Confidence.REFERENCE: ("unreviewed", "error"),
}
SITE_ROLE = Qt.ItemDataRole.UserRole


def site_details_html(atlas: AtlasLike, site: TriggerSite) -> str:
    """The reference text of one site as simple rich text."""
    tag, role = CONFIDENCE_TEXT[site.confidence]
    color, muted, error = hex_colour(role), hex_colour("muted"), hex_colour("error")
    thorax = (
        f'<p style="color:{error}"><b>⚠ Thorax risk:</b> the lung lies beneath; '
        "give pneumothorax after-care advice.</p>"
        if site.thorax_risk
        else ""
    )
    return (
        f"<h3 style='margin:0'>{html.escape(site.name)}</h3>"
        f"<p style='margin-top:2px;color:{muted}'>{html.escape(atlas.muscle_name(site.muscle))}"
        f" · {site.side.value} · <span style='color:{color}'><b>{tag}</b></span></p>"
        f"<p><b>Where:</b> {html.escape(site.location)}</p>"
        f"<p><b>Refers to:</b> {html.escape(site.referral.description)}</p>"
        f"<p><b>Needling safety:</b> {html.escape(site.safety)}</p>{thorax}"
        f"<p style='color:{muted}'><b>Source:</b> {html.escape(site.citation or 'not recorded')}"
        f"<br><span style='color:{color}'>Evidence: <b>{tag}</b></span> — "
        f"{html.escape(site.confidence.explanation)}.</p>"
    )


class ReferencePanel(QDockWidget):
    """Searchable catalogue: muscles, their trigger-point sites, referral and safety notes."""

    referral_requested = Signal(str)  # a site id whose referral the canvas should ghost

    def __init__(self, atlas: AtlasLike, parent: QWidget | None = None) -> None:
        """Create the dock listing every catalogue site of ``atlas``."""
        super().__init__(translate("ReferencePanel", "Referral reference"), parent)
        self.setObjectName("referenceDock")
        self._atlas = atlas
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("ReferencePanel", "Search muscle, site or referral area…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ReferencePanel", "Search the referral reference"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("ReferencePanel", "Muscles and trigger-point sites"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMargin(6)
        self.preview = ReadOnlyBodyMap(BodyArt(atlas))
        self.preview.setMinimumHeight(190)
        self._build()
        self._fill()
        self.search.textChanged.connect(self._filter)
        self.tree.currentItemChanged.connect(self._on_current)

    def _build(self) -> None:
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setAccessibleName(translate("ReferencePanel", "Referral pattern details"))
        scroller.setWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(scroller)
        splitter.addWidget(self.preview)
        splitter.setSizes([210, 230, 330])
        remember_splitter(splitter, "reference")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        self.setWidget(body)
        self.details.setText(
            translate(
                "ReferencePanel",
                "Choose a muscle or a trigger-point site to see where it refers pain.",
            )
        )

    def _fill(self) -> None:
        by_muscle: dict[str, list[TriggerSite]] = {}
        for site in self._atlas.sites.values():
            by_muscle.setdefault(site.muscle, []).append(site)
        bold = QFont(self.font())
        bold.setBold(True)
        names = {m: self._atlas.muscle_name(m) for m in by_muscle}
        for muscle in sorted(by_muscle, key=lambda m: names[m].lower()):
            parent = QTreeWidgetItem([names[muscle]])
            parent.setFont(0, bold)
            parent.setData(0, SITE_ROLE, "")
            for site in sorted(by_muscle[muscle], key=lambda s: (s.name, s.side.value)):
                label = f"{site.name} ({site.side.value})"
                if site.confidence is Confidence.REFERENCE:
                    label += " · unreviewed"
                child = QTreeWidgetItem([label])
                child.setData(0, SITE_ROLE, site.id)
                child.setToolTip(0, site.referral.description)
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)

    def _muscle_items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    @staticmethod
    def _children(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        children = (parent.child(i) for i in range(parent.childCount()))
        return [child for child in children if child is not None]

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for parent in self._muscle_items():
            muscle_hit = all(w in parent.text(0).lower() for w in words)
            any_child = False
            for child in self._children(parent):
                site = self._atlas.sites[child.data(0, SITE_ROLE)]
                haystack = " ".join(
                    (parent.text(0), site.name, site.location, site.referral.description)
                ).lower()
                visible = muscle_hit or all(w in haystack for w in words)
                child.setHidden(not visible)
                any_child = any_child or visible
            parent.setHidden(not any_child)
            parent.setExpanded(bool(words) and any_child)

    def visible_sites(self) -> list[str]:
        """Ids of the sites the current search leaves visible."""
        return [
            child.data(0, SITE_ROLE)
            for parent in self._muscle_items()
            if not parent.isHidden()
            for child in self._children(parent)
            if not child.isHidden()
        ]

    def show_site(self, site_id: str) -> None:
        """Select a site (e.g. when a trigger point at that site is selected on the chart)."""
        for parent in self._muscle_items():
            for child in self._children(parent):
                if child.data(0, SITE_ROLE) == site_id:
                    self.search.clear()
                    self.tree.setCurrentItem(child)
                    self.tree.scrollToItem(child)
                    return

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        site_id = item.data(0, SITE_ROLE)
        if site_id:
            site = self._atlas.sites[site_id]
            self.details.setText(site_details_html(self._atlas, site))
            self.preview.set_content(referral_content(site))
            self.referral_requested.emit(site_id)
            return
        # A muscle: show every site's pattern together and ghost the first site's.
        sites = [self._atlas.sites[child.data(0, SITE_ROLE)] for child in self._children(item)]
        if not sites:
            return
        areas = tuple(a for s in sites for a in referral_content(s).areas)
        markers = tuple(m for s in sites for m in referral_content(s).markers)
        self.preview.set_content(MapPicture(areas=areas, markers=markers))
        listing = "".join(f"<li>{html.escape(s.name)} ({s.side.value})</li>" for s in sites)
        self.details.setText(
            translate(
                "ReferencePanel",
                "<h3 style='margin:0'>{escape}</h3><p>{len} trigger-point "
                "sites:</p><ul>{listing}</ul>",
            ).format(escape=html.escape(item.text(0)), len=len(sites), listing=listing)
        )
        self.referral_requested.emit(sites[0].id)


class _RichList(QListWidget):
    """A list whose rows are word-wrapped labels, re-measured when the width changes."""

    def fit_rows(self) -> None:
        width = max(160, self.viewport().width() - 6)
        for row in range(self.count()):
            item = self.item(row)
            label = self.itemWidget(item)
            if label is not None:
                item.setSizeHint(QSize(width, label.heightForWidth(width) + 2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: D102 - Qt override
        super().resizeEvent(event)
        self.fit_rows()


def suggestion_text(rank: int, suggestion: Suggestion) -> str:
    """A suggestion as plain text: rank, site, side, score and reason."""
    return (
        f"{rank}. {suggestion.name} ({suggestion.side.value}) — score {suggestion.score:.0f}\n"
        f"{suggestion.reason}"
    )


def suggestion_html(rank: int, suggestion: Suggestion) -> str:
    """A suggestion as rich text for its list row."""
    muted = hex_colour("muted")
    return (
        f"<b>{rank}. {html.escape(suggestion.name)}</b> ({suggestion.side.value})"
        f"<span style='color:{muted}'> · score {suggestion.score:.0f}</span>"
        f"<br><span style='color:{muted}'>{html.escape(suggestion.reason)}</span>"
    )


class SuggestionsPanel(QDockWidget):
    """Trigger-point sites whose referral patterns best explain the pain drawn on the visit."""

    site_highlight_requested = Signal(str)  # a site id the canvas should highlight

    def __init__(self, atlas: AtlasLike, parent: QWidget | None = None) -> None:
        """Create an empty dock; call :meth:`set_zones` with the visit's pain zones."""
        super().__init__(translate("SuggestionsPanel", "Possible sources"), parent)
        self.setObjectName("suggestionsDock")
        self._atlas = atlas
        self.suggestions: list[Suggestion] = []
        self.list = _RichList()
        self.list.setAccessibleName(translate("SuggestionsPanel", "Possible sources of the pain"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemClicked.connect(self._on_clicked)
        self.list.itemActivated.connect(self._on_clicked)
        self._note = QLabel()
        self._note.setWordWrap(True)
        set_role(self._note, "hint")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._note)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.set_zones(())

    def set_zones(self, zones: Sequence[PainZone]) -> None:
        """Rank catalogue sites against the visit's pain zones and list them, best first."""
        self.suggestions = suggest_sites(self._atlas, zones)
        self.list.clear()
        if not zones:
            self._note.setText(
                translate(
                    "SuggestionsPanel",
                    "Draw the patient's pain on the chart to see which trigger points could refer "
                    "it.",
                )
            )
            return
        if not self.suggestions:
            self._note.setText(
                translate(
                    "SuggestionsPanel", "No catalogue referral pattern reaches the drawn pain."
                )
            )
            return
        self._note.setText(
            translate(
                "SuggestionsPanel",
                "Ranked by how well each referral pattern covers the drawn pain.",
            )
        )
        for rank, suggestion in enumerate(self.suggestions, start=1):
            # The rich-text label draws the row. The item has no text of its own, or a selected
            # row would show it a second time (in the highlight colour, under the label); the
            # plain text is kept for screen readers and tests.
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.AccessibleTextRole, suggestion_text(rank, suggestion))
            item.setData(SITE_ROLE, suggestion.site)
            item.setToolTip(translate("SuggestionsPanel", "Click to show this site on the chart."))
            label = QLabel(suggestion_html(rank, suggestion))
            label.setWordWrap(True)
            label.setMargin(4)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.list.addItem(item)
            self.list.setItemWidget(item, label)
        self.list.fit_rows()

    def _on_clicked(self, item: QListWidgetItem) -> None:
        site_id = item.data(SITE_ROLE)
        if site_id:
            self.site_highlight_requested.emit(site_id)

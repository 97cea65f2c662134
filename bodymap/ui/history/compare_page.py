"""Two visits side by side or as one change overlay, with the numbers and matched points."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.analysis.compare import VisitComparison, compare_visits
from bodymap.analysis.extent import VisitExtent, visit_extent
from bodymap.analysis.geometry import AtlasLike
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import CarryStatus, VisitChart
from bodymap.ui.accessibility import tab_leaves
from bodymap.ui.canvas.constants import CM_PER_UNIT
from bodymap.ui.history import palette
from bodymap.ui.history.content import chart_content, comparison_content
from bodymap.ui.history.painting import BodyArt, MapPicture, ReadOnlyBodyMap, swatch
from bodymap.ui.i18n import date_text, number, term, translate
from bodymap.ui.theme import colour, set_role


def visit_caption(chart: VisitChart) -> str:
    """A visit as a short caption, e.g. "12 Jan 2026"."""
    return date_text(chart.visit.started_at)


def legend_row(entries: list[tuple[QColor, str]]) -> QWidget:
    """A row of colour swatches with labels."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addStretch(1)
    for color, text in entries:
        icon = QLabel()
        icon.setPixmap(swatch(color))
        layout.addWidget(icon)
        label = QLabel(term(text))
        set_role(label, "hint")
        layout.addWidget(label)
        layout.addSpacing(12)
    layout.addStretch(1)
    return row


#: The style-table colour of each status word in the comparison table.
STATUS_TEXT_ROLE = {
    CarryStatus.NEW: "error",
    CarryStatus.RESOLVED: "success",
    CarryStatus.PERSISTING: "warning",
}


class CompareSummary(QFrame):
    """The numbers of a comparison: extent before and after, overlap, shift, region counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty summary."""
        super().__init__(parent)
        self.setObjectName("compareSummary")
        self._form = QFormLayout(self)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._form.setHorizontalSpacing(14)
        self._values: dict[str, QLabel] = {}
        heading = QLabel(translate("CompareSummary", "<b>Patient-reported pain</b>"))
        heading.setToolTip(
            translate(
                "CompareSummary",
                "Areas, overlap, shift and region counts come from the pain the patient reported; "
                "the referral zones drawn from trigger points are shown apart below.",
            )
        )
        self._form.addRow(heading)
        for key in (
            QT_TRANSLATE_NOOP("Terms", "Pain area"),
            QT_TRANSLATE_NOOP("Terms", "Overlap (Jaccard)"),
            QT_TRANSLATE_NOOP("Terms", "Centroid shift"),
            QT_TRANSLATE_NOOP("Terms", "CHOIR regions"),
            QT_TRANSLATE_NOOP("Terms", "Michigan Body Map"),
            QT_TRANSLATE_NOOP("Terms", "WPI (0-19)"),
            QT_TRANSLATE_NOOP("Terms", "Generalised pain"),
            QT_TRANSLATE_NOOP("Terms", "Referred zones"),
        ):
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            self._form.addRow(term(key), value)

    def value(self, key: str) -> str:
        """The text shown for one row (used by tests and screen readers)."""
        return self._values[key].text()

    def show_pair(
        self,
        before_both: VisitExtent | None,
        after_both: VisitExtent,
        comparison: VisitComparison | None,
    ) -> None:
        """Fill the rows for one visit (no earlier one) or a pair."""
        before = before_both.reported if before_both else None
        after = after_both.reported

        def pair(old: str, new: str) -> str:
            return new if before is None else f"{old} → {new}"

        def referred(extent: VisitExtent) -> str:
            return f"{number(extent.referred.percent, 1)}%"

        def regions(extent: VisitExtent) -> str:
            return str(extent.referred.choir_count)

        self._values["Referred zones"].setText(
            pair(referred(before_both) if before_both else "", referred(after_both))
        )
        self._values["Referred zones"].setToolTip(
            translate(
                "CompareSummary",
                "Referral zones the clinician drew from trigger points, not counted as the "
                "patient's pain: CHOIR regions {counts}",
            ).format(counts=pair(regions(before_both) if before_both else "", regions(after_both)))
        )

        self._values["Pain area"].setText(
            pair(f"{number(before.percent, 1)}%" if before else "", f"{number(after.percent, 1)}%")
        )
        self._values["CHOIR regions"].setText(
            pair(str(before.choir_count) if before else "", str(after.choir_count))
        )
        self._values["Michigan Body Map"].setText(
            pair(str(before.mbm_count) if before else "", str(after.mbm_count))
        )
        self._values["WPI (0-19)"].setText(
            pair(str(before.wpi_count) if before else "", str(after.wpi_count))
        )
        yes_no = {
            True: translate("CompareSummary", "yes"),
            False: translate("CompareSummary", "no"),
        }
        self._values["Generalised pain"].setText(
            pair(yes_no[before.generalised_pain] if before else "", yes_no[after.generalised_pain])
        )
        if comparison is None:
            self._values["Overlap (Jaccard)"].setText("—")
            self._values["Centroid shift"].setText("—")
            return
        self._values["Overlap (Jaccard)"].setText(number(comparison.jaccard, 2))
        shift = comparison.centroid_shift
        self._values["Centroid shift"].setText(
            "—"
            if shift is None
            else translate("CompareSummary", "≈ {value} cm").format(
                value=number(shift * CM_PER_UNIT, 1)
            )
        )
        self._values["Centroid shift"].setToolTip(
            translate(
                "CompareSummary",
                "How far the centre of the painful area moved (largest of front and back), "
                "scaled to an adult 1.70 m tall.",
            )
        )


class PointMatchTable(QTableWidget):
    """Trigger points matched across the two visits."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Terms", "Status"),
        QT_TRANSLATE_NOOP("Terms", "Muscle"),
        QT_TRANSLATE_NOOP("Terms", "Before"),
        QT_TRANSLATE_NOOP("Terms", "After"),
    )

    def __init__(self, atlas: AtlasLike, parent: QWidget | None = None) -> None:
        """Create an empty table naming muscles through ``atlas``."""
        super().__init__(0, len(self.COLUMNS), parent)
        self._atlas = atlas
        self.setHorizontalHeaderLabels([term(c) for c in self.COLUMNS])
        self.setAccessibleName(
            translate("PointMatchTable", "Trigger points matched across the two visits")
        )
        tab_leaves(self)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_comparison(self, comparison: VisitComparison | None) -> None:
        """List the matches, persisting first, then new, then resolved."""
        matches = list(comparison.points) if comparison else []
        order = [CarryStatus.PERSISTING, CarryStatus.NEW, CarryStatus.RESOLVED]
        matches.sort(key=lambda m: order.index(m.status))
        self.setRowCount(len(matches))
        for row, match in enumerate(matches):
            point = match.after or match.before
            assert point is not None  # every match holds at least one point
            status = QTableWidgetItem(term(palette.STATUS_TEXT[match.status]))
            # Text in the table takes the theme's readable shade of the map's status colour.
            status.setForeground(colour(STATUS_TEXT_ROLE[match.status]))
            font = QFont(self.font())
            font.setBold(True)
            status.setFont(font)
            cells = [
                status,
                QTableWidgetItem(
                    f"{self._atlas.muscle_name(point.muscle)}, {term(point.side.value)}"
                ),
                QTableWidgetItem(f"#{match.before.number}" if match.before else "—"),
                QTableWidgetItem(f"#{match.after.number}" if match.after else "—"),
            ]
            for column, cell in enumerate(cells):
                self.setItem(row, column, cell)


class ComparePage(QWidget):
    """Pick two visits elsewhere; this page shows them side by side or as a change overlay."""

    def __init__(self, atlas: AtlasLike, art: BodyArt, parent: QWidget | None = None) -> None:
        """Create the page over ``atlas``, drawing maps with ``art``."""
        super().__init__(parent)
        self._atlas = atlas
        self.comparison: VisitComparison | None = None
        self.before_map = ReadOnlyBodyMap(art)
        self.after_map = ReadOnlyBodyMap(art)
        self.overlay_map = ReadOnlyBodyMap(art)
        self.summary = CompareSummary()
        self.points_table = PointMatchTable(atlas)
        self._stack = QStackedWidget()
        self.side_by_side_button = QPushButton(translate("ComparePage", "Side by side"))
        self.overlay_button = QPushButton(translate("ComparePage", "Overlay"))
        self._heading = QLabel()
        self._build()

    def _build(self) -> None:
        self._stack.addWidget(self._pair_page())
        self._stack.addWidget(self._overlay_page())
        modes = QButtonGroup(self)
        for index, button in enumerate((self.side_by_side_button, self.overlay_button)):
            button.setCheckable(True)
            modes.addButton(button, index)
        self.side_by_side_button.setChecked(True)
        modes.idClicked.connect(self._stack.setCurrentIndex)

        header = QHBoxLayout()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self._heading.setFont(font)
        header.addWidget(self._heading, 1)
        header.addWidget(self.side_by_side_button)
        header.addWidget(self.overlay_button)

        side = QVBoxLayout()
        for title, widget, stretch in (
            (QT_TRANSLATE_NOOP("Terms", "Summary"), self.summary, 0),
            (QT_TRANSLATE_NOOP("Terms", "Trigger points"), self.points_table, 1),
        ):
            label = QLabel(term(title))
            label.setFont(font)
            side.addWidget(label)
            side.addWidget(widget, stretch)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setFixedWidth(370)

        body = QHBoxLayout()
        body.addWidget(self._stack, 1)
        body.addWidget(side_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)

    def _pair_page(self) -> QWidget:
        pair = QWidget()
        layout = QHBoxLayout(pair)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.before_map)
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        set_role(divider, "rule")
        layout.addWidget(divider)
        layout.addWidget(self.after_map)
        return pair

    def _overlay_page(self) -> QWidget:
        overlay = QWidget()
        layout = QVBoxLayout(overlay)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overlay_map, 1)
        legend = [
            (palette.NEW, "New"),
            (palette.PERSISTING, "Persisting"),
            (palette.RESOLVED, "Resolved"),
        ]
        layout.addWidget(legend_row(legend))
        return overlay

    def show_overlay(self, overlay: bool) -> None:
        """Switch between the side-by-side maps and the change overlay."""
        (self.overlay_button if overlay else self.side_by_side_button).setChecked(True)
        self._stack.setCurrentIndex(1 if overlay else 0)

    @property
    def overlay_shown(self) -> bool:
        """True while the change overlay is shown."""
        return self._stack.currentIndex() == 1

    def set_pair(self, before: VisitChart | None, after: VisitChart) -> None:
        """Show ``after`` against the earlier ``before`` (None: a single visit)."""
        after_extent = visit_extent(self._atlas, after.zones)
        if before is None:
            self.comparison = None
            self._heading.setText(
                translate(
                    "ComparePage", "{visit_caption} — the first visit, nothing to compare"
                ).format(visit_caption=visit_caption(after))
            )
            self.before_map.set_content(MapPicture(), translate("ComparePage", "No earlier visit"))
            self.summary.show_pair(None, after_extent, None)
        else:
            self.comparison = compare_visits(self._atlas, before, after)
            self._heading.setText(f"{visit_caption(before)}  →  {visit_caption(after)}")
            self.before_map.set_content(
                chart_content(before),
                translate("ComparePage", "Before · {visit_caption}").format(
                    visit_caption=visit_caption(before)
                ),
            )
            self.summary.show_pair(
                visit_extent(self._atlas, before.zones), after_extent, self.comparison
            )
        self.after_map.set_content(
            chart_content(after),
            translate("ComparePage", "After · {visit_caption}").format(
                visit_caption=visit_caption(after)
            ),
        )
        overlay = comparison_content(self.comparison) if self.comparison else chart_content(after)
        self.overlay_map.set_content(overlay, translate("ComparePage", "Change"))
        self.points_table.show_comparison(self.comparison)

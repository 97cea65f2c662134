"""RecordView: the clinical record of one visit, one page per section with a keyboard-driven nav."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bodymap.anatomy.thorax import thorax_risk_rule
from bodymap.errors import BodyMapError
from bodymap.storage.record_repository import RecordRepository
from bodymap.storage.verify import visit_integrity
from bodymap.ui.accessibility import name_from_labels
from bodymap.ui.i18n import datetime_text, term, translate
from bodymap.ui.integrity import TAMPERED_LABEL_STYLE, tampered_banner_text
from bodymap.ui.record.addenda import AddendaSection
from bodymap.ui.record.adverse import AdverseEventsSection
from bodymap.ui.record.consent import ConsentSection
from bodymap.ui.record.forms import EnterMovesOn
from bodymap.ui.record.measures import MeasuresSection
from bodymap.ui.record.needling import NeedlingSection
from bodymap.ui.record.plan import PlanSection
from bodymap.ui.record.screening import ScreeningSection
from bodymap.ui.record.section import (
    ALWAYS_ENABLED,
    RecordContext,
    RecordSection,
    set_read_only,
)
from bodymap.ui.record.sign import SignSection
from bodymap.ui.record.soap import SoapSection
from bodymap.ui.record.summary import objective_summary
from bodymap.ui.select_on_focus import install_select_on_focus
from bodymap.ui.theme import colour, hex_colour, set_role

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.storage import ChartRepository

#: The signed banner's style role (read-only fields are greyed by the theme's stylesheet).
BANNER_STYLE = "notice-box"
#: Narrowest the section list gets; it widens to fit its names in a large font.
NAV_WIDTH = 176


class RecordView(QWidget):
    """The record of a visit: screening, consent, needling, measures, AE, plan, SOAP, sign.

    Every finished edit is saved at once through the repository. A signed visit is shown
    read-only under a banner; only addenda can be added.

    Args:
        repository: the chart repository every section reads and writes through.
        atlas: the anatomy atlas (muscle names, catalogue safety notes, thorax-risk flags).
        parent: the owning widget.
        undo_stack: the Record tab's own stack for undoable field edits (None: no undo).
    """

    #: Emitted with the visit id after the visit was signed here.
    visit_signed = Signal(int)
    #: Emitted with the visit id after any part of its record was saved.
    record_changed = Signal(int)
    #: A line for the window's status bar ("Removed … — Ctrl+Z to undo").
    status_message = Signal(str)

    def __init__(
        self,
        repository: ChartRepository,
        atlas: Atlas,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        install_select_on_focus()
        self._repository = repository
        self._atlas = atlas
        self._thorax_risk = thorax_risk_rule(atlas.thorax_risk_ids)
        self._records = RecordRepository(repository, self._thorax_risk)
        self._context: RecordContext | None = None
        self._compact = False
        #: Widest the pages have needed side by side (measured while wide; None: not yet).
        self._wide_needed: int | None = None
        #: Set in a read-only window (another window writes to the database).
        self.locked = False
        self._requested: int | None = None
        self._enter_filter = EnterMovesOn(self)
        self.sections: list[RecordSection] = [
            ScreeningSection(),
            ConsentSection(),
            NeedlingSection(),
            MeasuresSection(),
            AdverseEventsSection(),
            PlanSection(),
            SoapSection(self._summary_text),
            SignSection(),
            AddendaSection(),
        ]
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)  # never forces the window wider than the screen
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        set_role(self.banner, BANNER_STYLE)
        self.banner.setAccessibleName(translate("RecordView", "signed banner"))
        self.banner.hide()
        self.nav = QListWidget()
        self.pages = QStackedWidget()
        self.empty_label = QLabel(
            translate("RecordView", "Choose a patient and one of their visits to see its record.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty_label, "empty-state")
        self._build_layout()
        for section in self.sections:
            name_from_labels(section)
        self._wire_sections()
        self._add_shortcuts()
        self.set_visit(None)

    def _build_layout(self) -> None:
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        set_role(self.nav, "sections")
        self.nav.setAccessibleName(translate("RecordView", "record sections"))
        for number, section in enumerate(self.sections, start=1):
            item = QListWidgetItem(f"{number}  {term(section.title)}")
            item.setToolTip(translate("RecordView", "Ctrl+{number}").format(number=number))
            self.nav.addItem(item)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls
            scroll.setWidget(section)
            self.pages.addWidget(scroll)
            section.enter_filter = self._enter_filter
            section.hook_keyboard()
        self.pages.addWidget(self.empty_label)
        self._fit_nav()
        self.nav.currentRowChanged.connect(self._show_page)
        top = QVBoxLayout()
        top.setContentsMargins(16, 10, 16, 8)
        top.setSpacing(8)
        top.addWidget(self.header)
        top.addWidget(self.banner)
        content = QHBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(0)
        content.addWidget(self.nav)
        content.addWidget(self.pages, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(top)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        set_role(rule, "rule")
        column.addWidget(rule)
        column.addLayout(content, 1)

    def _wire_sections(self) -> None:
        for section in self.sections:
            section.saved.connect(self._on_section_saved)
            section.status_message.connect(self.status_message)
            section.undo_stack = self.undo_stack
        sign = self.sign_section
        sign.signed.connect(self._on_signed)

    def _add_shortcuts(self) -> None:
        for number in range(1, len(self.sections) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda row=number - 1: self.go_to(row))
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.go_to(self.nav.currentRow() + step))

    @property
    def sign_section(self) -> SignSection:
        """The Sign page."""
        return next(s for s in self.sections if isinstance(s, SignSection))

    @property
    def needling_section(self) -> NeedlingSection:
        """The Needling page."""
        return next(s for s in self.sections if isinstance(s, NeedlingSection))

    def section(self, kind: type[RecordSection]) -> RecordSection:
        """Return the page of class ``kind`` (tests and the main window use this to navigate)."""
        return next(s for s in self.sections if isinstance(s, kind))

    def go_to(self, row: int) -> None:
        """Show section number ``row`` (0-based) and put the keyboard focus into it."""
        if self._context is None or not 0 <= row < len(self.sections):
            return
        self.nav.setCurrentRow(row)
        self.sections[row].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sections[row].focusNextChild()

    def visit_id(self) -> int | None:
        """The visit shown (or to be shown when the page is next visible), or None."""
        return self._requested

    def set_visit(self, visit_id: int | None) -> None:
        """Show the record of ``visit_id``; None shows an empty state.

        While the view is hidden (another tab is in front) the visit is only remembered and
        loaded when the view is shown, so picking visits on the Chart page stays instant.
        """
        self._requested = visit_id
        if visit_id is not None and not self.isVisible():
            return
        self._load(visit_id)

    def _load(self, visit_id: int | None) -> None:
        if visit_id is None:
            self._context = None
            self.header.setText(translate("RecordView", "<b>No visit selected</b>"))
            self.banner.hide()
            self.nav.setEnabled(False)
            self.pages.setCurrentWidget(self.empty_label)
            return
        try:
            chart = self._repository.load_chart(visit_id)
        except BodyMapError as error:
            self._context = None
            self.header.setText(
                translate("RecordView", "Could not open visit {visit_id}: {error}").format(
                    visit_id=visit_id, error=error
                )
            )
            self.pages.setCurrentWidget(self.empty_label)
            return
        self._context = RecordContext(
            self._repository,
            self._records,
            self._atlas,
            chart,
            self._thorax_risk,
            visit_integrity(self._repository, visit_id).problems,
        )
        self.nav.setEnabled(True)
        self._show_header()
        for section in self.sections:
            section.show_visit(self._context)
        if self.locked:
            self._lock_sections()
        self._refresh_sign_state()
        self._fit_pages(self.width())
        row = max(0, self.nav.currentRow())
        self.nav.setCurrentRow(row)
        self._show_page(row)

    def _lock_sections(self) -> None:
        """Read-only window: every input read-only, even those a signed visit leaves usable."""
        for section in self.sections:
            set_read_only(section, True)
            for child in section.findChildren(QWidget):
                if child.property(ALWAYS_ENABLED):
                    child.setEnabled(False)

    def refresh_from_database(self) -> None:
        """Live refresh: show what another writer saved, keeping what is being typed.

        Pages without the keyboard focus are reloaded; the SOAP note only takes notes the
        user has not changed; the page being typed in is left alone until it is saved.
        """
        if self._context is None or not self.isVisible():
            return
        chart = self._repository.load_chart(self._context.visit_id)
        if chart.visit.status != self._context.chart.visit.status:
            self._load(self._context.visit_id)  # signed elsewhere: reopen read-only
            return
        self._context = RecordContext(
            self._repository, self._records, self._atlas, chart, self._thorax_risk
        )
        focus = QApplication.focusWidget()
        for section in self.sections:
            if isinstance(section, SoapSection):
                section.refresh_quietly()
            elif focus is None or not section.isAncestorOf(focus):
                section.show_visit(self._context)
        if self.locked:
            self._lock_sections()
        self._show_header()
        self._refresh_sign_state()

    def refresh(self) -> None:
        """Reload the visit from the database (after the chart or the visit changed elsewhere)."""
        self.set_visit(self._requested)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Switch the pages to their stacked layout when the window leaves them little room."""
        super().resizeEvent(event)
        self._fit_pages(event.size().width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """A new font or style changes what fits: measure the names and the pages again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_nav()
            self._wide_needed = None
            self._set_compact(False)
            self._fit_pages(self.width())

    def _fit_nav(self) -> None:
        """Wide enough for every section name (never "Outcome me…" in a large font)."""
        names = max(self.nav.sizeHintForColumn(0), 0)
        self.nav.setFixedWidth(max(NAV_WIDTH, names + 4 + 2 * self.nav.frameWidth()))

    def _fit_pages(self, width: int) -> None:
        """Stack a page's side-by-side parts when they would need sideways scrolling."""
        if not self._compact:  # only the side-by-side layout tells what it needs
            for section in self.sections:
                section.ensurePolished()  # a page never shown yet has no style (font) yet
            needed = max(s.minimumSizeHint().width() for s in self.sections)
            self._wide_needed = max(self._wide_needed or 0, needed)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = width - self.nav.width() - scrollbar
        self._set_compact(available < (self._wide_needed or 0))

    def _set_compact(self, compact: bool) -> None:
        if compact != self._compact:
            self._compact = compact
            side = 8 if compact else 20  # narrow margins too: every pixel counts there
            for section in self.sections:
                section.body.setContentsMargins(side, 16, side, 16)
                section.set_compact(compact)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Reload when the page comes into view: the chart may have changed trigger points."""
        super().showEvent(event)
        if self._requested is not None and not event.spontaneous():
            self._load(self._requested)

    def _show_page(self, row: int) -> None:
        if self._context is not None and 0 <= row < len(self.sections):
            self.pages.setCurrentIndex(row)
            self._fit_pages(self.width())

    def _show_header(self) -> None:
        assert self._context is not None
        chart = self._context.chart
        visit = chart.visit
        clinician = (
            chart.clinician.display_name
            if chart.clinician
            else translate("RecordView", "no clinician set")
        )
        when = datetime_text(visit.started_at)
        status = (
            translate("RecordView", "Signed")
            if visit.is_signed
            else translate("RecordView", "Draft")
        )
        ink = hex_colour("success" if visit.is_signed else "warning")
        if self._context.integrity_problems:
            status, ink = "Integrity check failed", hex_colour("error")
        muted = hex_colour("muted")
        self.header.setText(
            translate(
                "RecordView",
                "<span style='font-size:large; font-weight:600;'>{escape}</span>&nbsp;&nbsp;<span "
                "style='color:{muted};'>Visit {when} · {escape2}</span>&nbsp;&nbsp;<span "
                "style='color:{colour}; font-weight:600;'>{status}</span>",
            ).format(
                escape=_escape(chart.patient.name),
                when=when,
                escape2=_escape(clinician),
                muted=muted,
                colour=ink,
                status=status,
            )
        )
        if self._context.integrity_problems:
            self.banner.setText(tampered_banner_text(self._context.integrity_problems))
            set_role(self.banner, TAMPERED_LABEL_STYLE)
            self.banner.show()
        elif visit.is_signed and visit.signed_at is not None:
            set_role(self.banner, BANNER_STYLE)
            signer = self._signer_name(visit.signed_by)
            self.banner.setText(
                translate(
                    "RecordView",
                    "Signed by {signer} on {strftime} — read-only; add an addendum to correct",
                ).format(signer=signer, strftime=datetime_text(visit.signed_at))
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _signer_name(self, clinician_id: int | None) -> str:
        if clinician_id is None:
            return "an unknown clinician"
        try:
            return self._repository.get_clinician(clinician_id).display_name
        except BodyMapError:
            return f"clinician {clinician_id}"

    def _summary_text(self) -> str:
        assert self._context is not None
        chart = self._repository.load_chart(self._context.visit_id)
        record = self._records.load_record(self._context.visit_id)
        return objective_summary(chart, record, self._atlas)

    def _on_section_saved(self) -> None:
        if self._context is None:
            return
        self._refresh_sign_state()
        self.record_changed.emit(self._context.visit_id)

    def _refresh_sign_state(self) -> None:
        """Re-check the sign blockers and show their count on the Sign entry of the nav."""
        sign = self.sign_section
        sign.refresh_blockers()
        row = self.sections.index(sign)
        item = self.nav.item(row)
        count = len(sign.blockers)
        suffix = translate("RecordView", "   ({count} to do)").format(count=count) if count else ""
        item.setText(f"{row + 1}  {term(sign.title)}{suffix}")
        self._fit_nav()
        item.setData(Qt.ItemDataRole.ForegroundRole, colour("error") if count else None)

    def _on_signed(self, visit_id: int) -> None:
        if self.undo_stack is not None:
            self.undo_stack.clear()  # a signed visit is read-only: nothing left to undo
        self._load(visit_id)
        self.visit_signed.emit(visit_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

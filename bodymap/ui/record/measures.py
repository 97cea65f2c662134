"""The Outcome measures section: NPRS, PPT, ROM, PSFS, NDI and ODI, each saved as it is entered."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from bodymap.errors import BodyMapError
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import Instrument, OutcomeMeasure, ValidationError
from bodymap.model.measures import NDI_SECTIONS, ODI_SECTIONS, PsfsAssessment
from bodymap.storage.errors import EditConflictError
from bodymap.ui.accessibility import chain_tab_order, tab_stops_in
from bodymap.ui.conflict import ConflictBar, field_label
from bodymap.ui.i18n import translate
from bodymap.ui.record.forms import FieldError, error_text, section_header
from bodymap.ui.record.measure_store import MeasureStore
from bodymap.ui.record.measures_function import PsfsForm, RomTable
from bodymap.ui.record.measures_pain import NprsGrid, PptTable
from bodymap.ui.record.measures_questionnaire import QuestionnaireForm
from bodymap.ui.record.readings import read_psfs
from bodymap.ui.record.section import RecordSection
from bodymap.ui.record.versioned import rebased

CONTROL_SITE = QT_TRANSLATE_NOOP("Terms", "Tibialis anterior (remote control site)")


class MeasuresSection(RecordSection):
    """Outcome measures of the visit; values outside an instrument's range are refused."""

    title = QT_TRANSLATE_NOOP("Terms", "Outcome measures")
    hint = QT_TRANSLATE_NOOP(
        "Terms", "Leave a value at “—” when it was not measured. Scores update as you answer."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nprs = NprsGrid()
        self.ppt = PptTable()
        self.rom = RomTable()
        self.psfs = PsfsForm()
        self.ndi = QuestionnaireForm(Instrument.NDI, NDI_SECTIONS)
        self.odi = QuestionnaireForm(Instrument.ODI, ODI_SECTIONS)
        self.conflict_bar = ConflictBar()
        self.body.addWidget(self.conflict_bar)
        self._store: MeasureStore | None = None
        for title, hint, widget in (
            (QT_TRANSLATE_NOOP("Terms", "Pain intensity (NPRS)"), "", self.nprs),
            (
                QT_TRANSLATE_NOOP("Terms", "Pressure pain threshold (algometry)"),
                QT_TRANSLATE_NOOP("Terms", "Mean of 3 trials; 1 kg/cm² = 98.07 kPa."),
                self.ppt,
            ),
            (QT_TRANSLATE_NOOP("Terms", "Range of motion"), "", self.rom),
            (
                QT_TRANSLATE_NOOP("Terms", "Patient-Specific Functional Scale"),
                QT_TRANSLATE_NOOP(
                    "Terms",
                    "0 = unable, 10 = as before the problem; keep the same activities every visit.",
                ),
                self.psfs,
            ),
        ):
            self.body.addWidget(section_header(title, hint))
            self.body.addWidget(widget)
        self._questionnaires = questionnaires = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        questionnaires.setSpacing(32)
        for title, form in (
            (QT_TRANSLATE_NOOP("Terms", "Neck Disability Index"), self.ndi),
            (QT_TRANSLATE_NOOP("Terms", "Oswestry Disability Index"), self.odi),
        ):
            column = QVBoxLayout()
            column.addWidget(section_header(title, translate("MeasuresSection", "Each item 0-5")))
            column.addWidget(form)
            column.addStretch(1)
            questionnaires.addLayout(column, 1)
        self.body.addLayout(questionnaires)
        for table in (self.ppt, self.rom):
            table.row_added.connect(self.hook_keyboard)
            table.row_added.connect(self.follow_reading_order)
        self.body.addWidget(self.save_error)
        self.body.addStretch(1)

    def set_compact(self, compact: bool) -> None:
        """Put NDI under ODI, and NPRS after under before, on a narrow page."""
        for part in (self.nprs, self.ppt, self.rom, self.psfs):
            part.set_compact(compact)
        self._questionnaires.setDirection(
            QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        )

    def load(self) -> None:
        """Show this visit's stored measures; carry PSFS activities from the previous visit."""
        self.conflict_bar.hide()
        self._show(list(self.context.chart.measures))  # the chart was loaded fresh for this view

    def reload(self) -> None:
        """Show the stored measures again (after an undo or redo): read fresh, not the chart."""
        if self.has_visit:
            self._loading = True
            try:
                self._show(list(self.context.repository.load_chart(self.context.visit_id).measures))
            finally:
                self._loading = False

    def _show(self, measures: list[OutcomeMeasure]) -> None:
        context = self.context
        self._store = store = MeasureStore(
            self.save, context.repository, context.visit_id, changed=self.push_change
        )
        self.nprs.show_measures(store, measures)
        labels = {site_id: site.name for site_id, site in context.atlas.sites.items()}
        self.ppt.show_measures(store, measures, self._site_names(), labels)
        self.rom.show_measures(store, measures)
        self.psfs.show_measures(store, measures, self._previous_psfs())
        self.ndi.show_measures(store, measures)
        self.odi.show_measures(store, measures)
        self.follow_reading_order()

    def follow_reading_order(self) -> None:
        """Tab goes down the page as it reads: NPRS, PPT rows, ROM rows, PSFS, NDI, ODI.

        Rows made after the page was built would otherwise come after everything else.
        """
        stops = [
            *tab_stops_in(self.nprs),
            *self.ppt.tab_stops(),
            *self.rom.tab_stops(),
            *tab_stops_in(self.psfs),
            *tab_stops_in(self.ndi),
            *tab_stops_in(self.odi),
        ]
        chain_tab_order(stops)

    def on_conflict(self, conflict: EditConflictError[Any], target: FieldError) -> None:
        """Another workstation changed the same reading since it was read: ask, in place."""
        store = self._store
        assert store is not None
        assert store.pending is not None
        base, mine = store.pending
        theirs: OutcomeMeasure = conflict.theirs
        self.conflict_bar.show_conflict(
            conflict,
            keep_mine=lambda: self._keep_mine(store, base, mine, theirs, target),
            take_theirs=self._show_stored,
            their_text=_their_reading(theirs, conflict.fields),
        )

    def _keep_mine(
        self,
        store: MeasureStore,
        base: OutcomeMeasure,
        mine: OutcomeMeasure,
        theirs: OutcomeMeasure,
        target: FieldError,
    ) -> None:
        try:
            merged = rebased(theirs, base, mine)
        except ValidationError as error:
            target.show_message(error_text(error))
            return
        if store.put(theirs, merged, target).ok:
            self._show_stored()

    def _show_stored(self) -> None:
        """Show the measures as stored now (the forms then edit from their versions)."""
        stored = self.context.repository.load_chart(self.context.visit_id).measures
        self._loading = True
        try:
            self._show(list(stored))
        finally:
            self._loading = False

    def _site_names(self) -> list[str]:
        atlas = self.context.atlas
        charted = [atlas.muscle_name(tp.muscle) for tp in self.context.chart.trigger_points]
        every = sorted(atlas.muscle_name(m) for m in atlas.muscles)
        names = list(dict.fromkeys([*charted, CONTROL_SITE, *every]))
        return names

    def _previous_psfs(self) -> PsfsAssessment | None:
        repository = self.context.repository
        try:
            previous = repository.previous_visit(self.context.visit_id)
            if previous is None or previous.id is None:
                return None
            measures: tuple[OutcomeMeasure, ...] = repository.load_chart(previous.id).measures
        except BodyMapError:
            return None
        return read_psfs(measures)


def _their_reading(theirs: OutcomeMeasure, fields: tuple[str, ...]) -> str:
    """E.g. "Their NPRS current (before treatment) value: 6", one line per clashing field."""
    timing = {"pre": " (before treatment)", "post": " (after treatment)"}.get(
        theirs.timing.value, ""
    )
    name = f"{theirs.instrument.value.upper()} {theirs.label}".strip() + timing
    lines = []
    for field in fields:
        value = getattr(theirs, field, None)
        if isinstance(value, float):
            shown = f"{value:g}"
        else:
            shown = "(empty)" if value in (None, "") else str(getattr(value, "value", value))
        lines.append(f"Their {name} {field_label(field)}: {shown}")
    return "\n".join(lines)

"""Pain measures: the NPRS grid (current/worst/best, before/after) and PPT rows of 3 trials."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import Instrument, MeasureTiming, OutcomeMeasure, Side
from bodymap.model.measures import NprsReading, nprs_measure, ppt_kpa, ppt_measure
from bodymap.model.scoring import PPT_MAX_KG_CM2, PPT_TRIALS
from bodymap.ui.i18n import number, term, translate
from bodymap.ui.record.forms import FieldError
from bodymap.ui.record.measure_rows import MeasureRowTable
from bodymap.ui.record.measure_store import MeasureStore
from bodymap.ui.record.needling_editor import NOT_RECORDED
from bodymap.ui.scale_row import ScaleRow
from bodymap.ui.theme import hex_colour, set_role

TIMINGS = (MeasureTiming.PRE, MeasureTiming.POST)
TIMING_TEXT = {
    MeasureTiming.PRE: QT_TRANSLATE_NOOP("Terms", "Before"),
    MeasureTiming.POST: QT_TRANSLATE_NOOP("Terms", "After"),
    MeasureTiming.NONE: "—",
}
READING_TEXT = {
    NprsReading.CURRENT: QT_TRANSLATE_NOOP("Terms", "Current"),
    NprsReading.WORST_24H: QT_TRANSLATE_NOOP("Terms", "Worst, last 24 h"),
    NprsReading.BEST_24H: QT_TRANSLATE_NOOP("Terms", "Best, last 24 h"),
}
SIDE_TEXT = {
    None: "—",
    Side.LEFT: QT_TRANSLATE_NOOP("Terms", "Left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Terms", "Right"),
    Side.MIDLINE: QT_TRANSLATE_NOOP("Terms", "Midline"),
}


def nprs_spin() -> ScaleRow:
    """0-10 as a row of 11 buttons (one click); no button checked = not rated."""
    return ScaleRow(10)


class NprsGrid(QWidget):
    """NPRS current / worst 24 h / best 24 h, each before and after treatment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: MeasureStore | None = None
        self.spins: dict[tuple[NprsReading, MeasureTiming], ScaleRow] = {}
        self._stored: dict[tuple[NprsReading, MeasureTiming], OutcomeMeasure] = {}
        self.error = FieldError()
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        self._headers = {
            t: QLabel(
                translate("NprsGrid", "<b>Before treatment</b>")
                if t is MeasureTiming.PRE
                else translate("NprsGrid", "<b>After treatment</b>")
            )
            for t in TIMINGS
        }
        self._labels: dict[tuple[NprsReading, MeasureTiming], QLabel] = {}
        for reading in NprsReading:
            for timing in TIMINGS:
                spin = nprs_spin()
                spin.setAccessibleName(
                    translate("NprsGrid", "NPRS {reading}, {timing}").format(
                        reading=term(READING_TEXT[reading]), timing=term(TIMING_TEXT[timing])
                    )
                )
                spin.valueChanged.connect(lambda _v, r=reading, t=timing: self._save(r, t))
                self.spins[(reading, timing)] = spin
                label = QLabel(f"{term(READING_TEXT[reading])}:")
                label.setBuddy(spin)
                self._labels[(reading, timing)] = label
        self._hint = QLabel(
            translate(
                "NprsGrid",
                "0 = no pain, 10 = worst imaginable; click the chosen number again to clear",
            )
        )
        self._hint.setWordWrap(True)
        set_role(self._hint, "hint")
        self._compact: bool | None = None
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        """Before and after side by side, or (on a narrow page) after under before."""
        if compact == self._compact:
            return
        self._compact = compact
        grid = self._grid
        row = 0
        for index, timing in enumerate(TIMINGS):
            column = 1 if compact else index + 1
            if compact and index:
                row += 1
            grid.addWidget(self._headers[timing], row if compact else 0, column)
            for place, reading in enumerate(NprsReading, start=1):
                at = row + place if compact else place
                label = self._labels[(reading, timing)]
                grid.addWidget(label, at, 0)  # in the layout first: never a window of its own
                grid.addWidget(self.spins[(reading, timing)], at, column)
                # Side by side, one label names the row for both timings.
                label.setVisible(compact or index == 0)
            if compact:
                row += len(NprsReading)
        last = row + 1 if compact else len(NprsReading) + 1
        grid.addWidget(self._hint, last, 0, 1, 3)
        grid.addWidget(self.error, last + 1, 0, 1, 3)
        for column in range(1, 4):
            grid.setColumnStretch(column, 0)
        grid.setColumnStretch(2 if compact else 3, 1)

    def show_measures(self, store: MeasureStore, measures: list[OutcomeMeasure]) -> None:
        """Show the stored NPRS readings."""
        self.store = store
        self._stored = {}
        for measure in measures:
            if measure.instrument is Instrument.NPRS and measure.label in list(NprsReading):
                key = (NprsReading(measure.label), measure.timing)
                if key in self.spins:
                    self._stored[key] = measure
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            stored = self._stored.get(key)
            spin.setValue(int(stored.value) if stored else -1)
            spin.blockSignals(False)

    def _save(self, reading: NprsReading, timing: MeasureTiming) -> None:
        if self.store is None:
            return
        value = self.spins[(reading, timing)].value()
        new = None if value < 0 else nprs_measure(reading, value, timing)
        result = self.store.put(self._stored.get((reading, timing)), new, self.error)
        if result.ok:
            if result.measure is None:
                self._stored.pop((reading, timing), None)
            else:
                self._stored[(reading, timing)] = result.measure


class PptRow:
    """One algometry site: site name, side, timing, 3 trials and the mean in kg/cm² and kPa."""

    def __init__(self, sites: list[str], site_labels: dict[str, str]) -> None:
        self.measure: OutcomeMeasure | None = None
        self._site_labels = site_labels
        #: (text shown, stored site) of a loaded measure, so an untouched site keeps its id.
        self._loaded_site: tuple[str, str] | None = None
        self.site = QComboBox()
        self.site.setEditable(True)
        self.site.addItems(sites)
        self.site.setCurrentIndex(-1)
        self.site.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.site.setMinimumContentsLength(14)
        line = self.site.lineEdit()
        assert line is not None
        line.setPlaceholderText(translate("PptRow", "Site, e.g. Upper trapezius"))
        self.side = QComboBox()
        for side, text in SIDE_TEXT.items():
            self.side.addItem(term(text), side)
        self.timing = QComboBox()
        for timing in TIMINGS:
            self.timing.addItem(term(TIMING_TEXT[timing]), timing)
        self.trials = [self._trial_spin() for _ in range(PPT_TRIALS)]
        self.mean = QLabel("—")
        self.mean.setMinimumWidth(120)
        self.remove = QPushButton("✕")
        self.remove.setToolTip(translate("PptRow", "Remove this site"))
        self.remove.setFixedWidth(32)

    @staticmethod
    def _trial_spin() -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-0.01, PPT_MAX_KG_CM2)
        spin.setDecimals(2)
        spin.setSingleStep(0.1)
        spin.setSpecialValueText(NOT_RECORDED)
        spin.setValue(-0.01)
        spin.setKeyboardTracking(False)
        spin.setMinimumWidth(66)
        return spin

    def widgets(self) -> list[QWidget]:
        """The row's widgets in column order."""
        return [self.site, self.side, self.timing, *self.trials, self.mean, self.remove]

    def show_measure(self, measure: OutcomeMeasure) -> None:
        """Fill the row from a stored PPT measure."""
        self.measure = measure
        stored = measure.site or measure.label
        shown = self._site_labels.get(stored, stored)
        self._loaded_site = (shown, stored)
        self.site.setCurrentText(shown)
        self.side.setCurrentIndex(max(0, self.side.findData(measure.side)))
        self.timing.setCurrentIndex(max(0, self.timing.findData(measure.timing)))
        for spin, value in zip(self.trials, measure.items, strict=False):
            spin.setValue(-0.01 if value is None else value)
        self.show_mean()
        if len(measure.items) != PPT_TRIALS:  # stored without its trials: show the mean itself
            kpa = ppt_kpa(measure)
            self.mean.setText(
                translate("PptRow", "<b>{value}</b> kg/cm² = {kpa} kPa (mean only)").format(
                    value=number(measure.value, 2), kpa=number(kpa)
                )
            )

    def build(self) -> OutcomeMeasure | None:
        """The measure on the row, or None while the site or a trial is missing."""
        trials = [spin.value() for spin in self.trials]
        site = self.site.currentText().strip()
        if self._loaded_site is not None and site == self._loaded_site[0]:
            site = self._loaded_site[1]
        if not site or any(t < 0 for t in trials):
            return None
        return ppt_measure(site, trials, self.side.currentData(), self.timing.currentData())

    def show_mean(self) -> None:
        """Show the mean of the 3 trials in kg/cm² and kPa once all are entered."""
        try:
            measure = self.build()
        except ValueError:
            measure = None
        if measure is None:
            self.mean.setText(
                translate(
                    "PptRow", "<span style='color:{MUTED_COLOUR}'>enter 3 trials</span>"
                ).format(MUTED_COLOUR=hex_colour("muted"))
            )
        else:
            self.mean.setText(
                translate("PptRow", "<b>{value}</b> kg/cm² = {kpa} kPa").format(
                    value=number(measure.value, 2), kpa=number(ppt_kpa(measure))
                )
            )


class PptTable(MeasureRowTable[PptRow]):
    """Pressure pain thresholds: one row per site, mean of 3 trials shown in kg/cm² and kPa."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Terms", "Site"),
        QT_TRANSLATE_NOOP("Terms", "Side"),
        QT_TRANSLATE_NOOP("Terms", "When"),
        QT_TRANSLATE_NOOP("Terms", "Trial 1"),
        QT_TRANSLATE_NOOP("Terms", "Trial 2"),
        QT_TRANSLATE_NOOP("Terms", "Trial 3"),
        QT_TRANSLATE_NOOP("Terms", "Mean"),
        "",
    )
    WRAP_AT = 3
    ROW_NAME = "PPT site"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PptTable", "Add PPT &site"), parent)
        self.site_names: list[str] = []
        self.site_labels: dict[str, str] = {}

    def show_measures(
        self,
        store: MeasureStore,
        measures: list[OutcomeMeasure],
        site_names: list[str],
        site_labels: dict[str, str],
    ) -> None:
        """Show the stored PPT sites; ``site_labels`` names catalogue site ids for display."""
        self.site_names = site_names
        self.site_labels = site_labels
        self._reset(store, stretch_columns=1)
        for measure in measures:
            if measure.instrument is Instrument.PPT:
                self.add_row(measure)
        self._show_headers()

    def add_row(self, measure: OutcomeMeasure | None) -> PptRow:
        """Append a row (empty, or showing ``measure``)."""
        row = PptRow(self.site_names, self.site_labels)
        if measure is not None:
            row.show_measure(measure)
        else:
            row.show_mean()
        line = row.site.lineEdit()
        assert line is not None
        line.editingFinished.connect(lambda: self._save(row))
        row.site.activated.connect(lambda _i: self._save(row))
        for combo in (row.side, row.timing):
            combo.currentIndexChanged.connect(lambda _i: self._save(row))
        for spin in row.trials:
            spin.valueChanged.connect(lambda _v: self._save(row))
        row.remove.clicked.connect(lambda: self._remove(row))
        self._place_row(row, focus=row.site if measure is None else None)
        return row

    def _save(self, row: PptRow) -> None:
        row.show_mean()
        if self.store is None:
            return
        try:
            new = row.build()
        except ValueError as error:
            self.error.show_message(str(error))
            return
        if new is not None:
            self._store(row, new)

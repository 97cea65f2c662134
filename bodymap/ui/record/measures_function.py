"""Function measures: ROM rows, PSFS activities carried across visits, NDI and ODI item forms."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import Instrument, OutcomeMeasure, ValidationError
from bodymap.model.measures import (
    ROM_DEGREES,
    PsfsAssessment,
    RomReading,
    check_psfs_continuity,
)
from bodymap.model.scoring import (
    PSFS_MAX_ACTIVITIES,
    PSFS_VERSIONS,
)
from bodymap.ui.i18n import locale, term, translate
from bodymap.ui.record.forms import FieldError, error_text
from bodymap.ui.record.measure_rows import MeasureRowTable
from bodymap.ui.record.measure_store import MeasureStore
from bodymap.ui.record.measures_pain import SIDE_TEXT, TIMING_TEXT, TIMINGS
from bodymap.ui.record.needling_editor import NOT_RECORDED
from bodymap.ui.record.readings import psfs_rows, read_psfs, read_rom
from bodymap.ui.scale_row import ScaleRow
from bodymap.ui.theme import set_role

JOINTS = (
    QT_TRANSLATE_NOOP("Terms", "Cervical spine"),
    QT_TRANSLATE_NOOP("Terms", "Thoracic spine"),
    QT_TRANSLATE_NOOP("Terms", "Lumbar spine"),
    QT_TRANSLATE_NOOP("Terms", "Shoulder"),
    QT_TRANSLATE_NOOP("Terms", "Elbow"),
    QT_TRANSLATE_NOOP("Terms", "Wrist"),
    QT_TRANSLATE_NOOP("Terms", "Hip"),
    QT_TRANSLATE_NOOP("Terms", "Knee"),
    QT_TRANSLATE_NOOP("Terms", "Ankle"),
    QT_TRANSLATE_NOOP("Terms", "Jaw (TMJ)"),
)
MOVEMENTS = (
    QT_TRANSLATE_NOOP("Terms", "Flexion"),
    QT_TRANSLATE_NOOP("Terms", "Extension"),
    QT_TRANSLATE_NOOP("Terms", "Rotation"),
    QT_TRANSLATE_NOOP("Terms", "Side flexion"),
    QT_TRANSLATE_NOOP("Terms", "Abduction"),
    QT_TRANSLATE_NOOP("Terms", "Adduction"),
    QT_TRANSLATE_NOOP("Terms", "External rotation"),
    QT_TRANSLATE_NOOP("Terms", "Internal rotation"),
    QT_TRANSLATE_NOOP("Terms", "Opening"),
)


def editable_combo(entries: tuple[str, ...], placeholder: str) -> QComboBox:
    """An editable combo offering common entries but accepting any text."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(entries)
    combo.setCurrentIndex(-1)
    # Size by a dozen characters, not by the longest entry, so rows fit narrow pages.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    line = combo.lineEdit()
    assert line is not None
    line.setPlaceholderText(term(placeholder))
    return combo


class RomRow:
    """One ROM reading: joint, movement, side, degrees, active/passive, before/after."""

    def __init__(self) -> None:
        self.measure: OutcomeMeasure | None = None
        self.joint = editable_combo(JOINTS, "Joint")
        self.movement = editable_combo(MOVEMENTS, "Movement")
        self.side = QComboBox()
        for side, text in SIDE_TEXT.items():
            self.side.addItem(term(text), side)
        self.degrees = QDoubleSpinBox()
        self.degrees.setRange(ROM_DEGREES[0] - 1, ROM_DEGREES[1])
        self.degrees.setDecimals(0)
        self.degrees.setSuffix(" °")
        self.degrees.setSpecialValueText(NOT_RECORDED)
        self.degrees.setValue(self.degrees.minimum())
        self.degrees.setKeyboardTracking(False)
        self.mode = QComboBox()
        self.mode.addItems(["Active", "Passive"])
        self.timing = QComboBox()
        for timing in TIMINGS:
            self.timing.addItem(term(TIMING_TEXT[timing]), timing)
        self.remove = QPushButton("✕")
        self.remove.setFixedWidth(32)
        self.remove.setToolTip(translate("RomRow", "Remove this reading"))

    def widgets(self) -> list[QWidget]:
        """The row's widgets in column order."""
        return [
            self.joint,
            self.movement,
            self.side,
            self.degrees,
            self.mode,
            self.timing,
            self.remove,
        ]

    def show_measure(self, measure: OutcomeMeasure) -> None:
        """Fill the row from a stored ROM measure."""
        reading = read_rom(measure)
        self.measure = measure
        if reading is None:
            self.degrees.setValue(measure.value)
            return
        self.joint.setCurrentText(reading.joint)
        self.movement.setCurrentText(reading.movement)
        self.side.setCurrentIndex(max(0, self.side.findData(reading.side)))
        self.degrees.setValue(reading.degrees)
        self.mode.setCurrentIndex(0 if reading.active else 1)
        self.timing.setCurrentIndex(max(0, self.timing.findData(measure.timing)))

    def build(self) -> OutcomeMeasure | None:
        """The measure on the row, or None while joint, movement or degrees is missing."""
        joint, movement = self.joint.currentText().strip(), self.movement.currentText().strip()
        if not joint or not movement or self.degrees.value() < ROM_DEGREES[0]:
            return None
        reading = RomReading(
            joint=joint,
            movement=movement.lower(),
            side=self.side.currentData(),
            degrees=self.degrees.value(),
            active=self.mode.currentIndex() == 0,
        )
        return reading.to_measure(self.timing.currentData())


class RomTable(MeasureRowTable[RomRow]):
    """Range-of-motion readings, one row each."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Terms", "Joint"),
        QT_TRANSLATE_NOOP("Terms", "Movement"),
        QT_TRANSLATE_NOOP("Terms", "Side"),
        QT_TRANSLATE_NOOP("Terms", "Degrees"),
        QT_TRANSLATE_NOOP("Terms", "Mode"),
        QT_TRANSLATE_NOOP("Terms", "When"),
        "",
    )
    WRAP_AT = 3
    ROW_NAME = "ROM reading"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RomTable", "Add R&OM reading"), parent)

    def show_measures(self, store: MeasureStore, measures: list[OutcomeMeasure]) -> None:
        """Show the stored ROM readings."""
        self._reset(store, stretch_columns=2)
        for measure in measures:
            if measure.instrument is Instrument.ROM:
                self.add_row(measure)
        self._show_headers()

    def add_row(self, measure: OutcomeMeasure | None) -> RomRow:
        """Append a row (empty, or showing ``measure``)."""
        row = RomRow()
        if measure is not None:
            row.show_measure(measure)
        for combo in (row.joint, row.movement):
            line = combo.lineEdit()
            assert line is not None
            line.editingFinished.connect(lambda: self._save(row))
            combo.activated.connect(lambda _i: self._save(row))
        for combo in (row.side, row.mode, row.timing):
            combo.currentIndexChanged.connect(lambda _i: self._save(row))
        row.degrees.valueChanged.connect(lambda _v: self._save(row))
        row.remove.clicked.connect(lambda: self._remove(row))
        self._place_row(row, focus=row.joint if measure is None else None)
        return row

    def _save(self, row: RomRow) -> None:
        if self.store is None:
            return
        try:
            new = row.build()
        except ValidationError as error:
            self.error.show_message(error_text(error))
            return
        if new is not None:
            self._store(row, new)


class PsfsForm(QWidget):
    """PSFS: 3-5 activities scored 0-10, the same activities (and version) as the last visit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: MeasureStore | None = None
        self._stored: list[OutcomeMeasure] = []
        self._previous: PsfsAssessment | None = None
        self.error = FieldError()
        self.version = QComboBox()
        self.version.setAccessibleName(translate("PsfsForm", "PSFS version"))
        for version in PSFS_VERSIONS:
            self.version.addItem(
                translate("PsfsForm", "PSFS {version}").format(version=version), version
            )
        self.version.currentIndexChanged.connect(self._save)
        self.carried_note = QLabel()
        set_role(self.carried_note, "hint")
        self.activities: list[QLineEdit] = []
        self.scores: list[ScaleRow] = []
        self.mean = QLabel()
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for number in range(PSFS_MAX_ACTIVITIES):
            activity = QLineEdit()
            activity.setPlaceholderText(
                translate("PsfsForm", "Activity {number} (optional)").format(number=number + 1)
                if number >= 3
                else translate("PsfsForm", "Activity {number}").format(number=number + 1)
            )
            activity.setAccessibleName(
                translate("PsfsForm", "PSFS activity {number}").format(number=number + 1)
            )
            activity.editingFinished.connect(self._save)
            score = ScaleRow(10)
            score.setAccessibleName(
                translate("PsfsForm", "PSFS score {value}").format(value=number + 1)
            )
            score.valueChanged.connect(self._save)
            grid.addWidget(activity, number, 0)
            grid.addWidget(score, number, 1)
            self.activities.append(activity)
            self.scores.append(score)
        grid.setColumnMinimumWidth(0, 320)
        grid.setColumnStretch(2, 1)
        self._grid = grid
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.version)
        top.addWidget(self.mean)
        top.addWidget(self.carried_note, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(grid)
        column.addWidget(self.error)

    def set_compact(self, compact: bool) -> None:
        """A narrower activity column on a narrow page."""
        self._grid.setColumnMinimumWidth(0, 180 if compact else 320)

    def show_measures(
        self, store: MeasureStore, measures: list[OutcomeMeasure], previous: PsfsAssessment | None
    ) -> None:
        """Show this visit's PSFS, or carry the activities of ``previous`` with blank scores."""
        self.store = None
        self._previous = previous
        self._stored = [m for m in measures if m.instrument is Instrument.PSFS]
        current = read_psfs(self._stored)
        version, activities, scores = psfs_rows(self._stored)
        if not self._stored and previous is not None:
            version, activities, scores = previous.version, list(previous.activities), []
        self.version.setCurrentIndex(max(0, self.version.findData(version)))
        for number, (activity, score) in enumerate(zip(self.activities, self.scores, strict=True)):
            activity.setText(activities[number] if number < len(activities) else "")
            value = scores[number] if number < len(scores) else None
            score.setValue(-1 if value is None else int(value))
        self.carried_note.setText(
            translate("PsfsForm", "Activities carried from the last visit")
            if not self._stored and previous
            else ""
        )
        self._show_mean(current)
        self.store = store

    def build(self) -> PsfsAssessment | None:
        """The assessment on the form, or None while fewer than 3 activities are scored."""
        pairs = [
            (a.text().strip(), s.value()) for a, s in zip(self.activities, self.scores, strict=True)
        ]
        filled = [(a, s) for a, s in pairs if a and s >= 0]
        if len(filled) < 3:
            return None
        return PsfsAssessment(
            version=self.version.currentData(),
            activities=tuple(a for a, _ in filled),
            scores=tuple(s for _, s in filled),
        )

    def _show_mean(self, assessment: PsfsAssessment | None) -> None:
        text = (
            translate("PsfsForm", "Mean <b>{mean}</b> / 10").format(
                mean=locale().toString(assessment.mean, "f", 1)
            )
            if assessment
            else translate("PsfsForm", "Score 3-5 activities")
        )
        self.mean.setText(text)

    def _save(self) -> None:
        if self.store is None:
            return
        try:
            assessment = self.build()
            if assessment is not None and self._previous is not None:
                check_psfs_continuity(self._previous, assessment)
        except ValidationError as error:
            self.error.show_message(error_text(error))
            return
        self.error.show_message("")
        self._show_mean(assessment)
        if assessment is None:
            return
        first = self._stored[0] if self._stored else None
        result = self.store.put(first, assessment.to_measure(), self.error)
        if not result.ok or result.measure is None:
            return
        # Older per-activity rows are folded into the one PSFS measure just written.
        for extra in self._stored[1:]:
            self.store.put(extra, None, self.error)
        self._stored = [result.measure]

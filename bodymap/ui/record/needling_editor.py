"""The form for one needling record: needle, technique, dose, position, response and after-care."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from bodymap.model import needling as limits
from bodymap.model.catalog_lists import (
    POSITION_LABELS,
    TECHNIQUE_LABELS,
    PatientPosition,
    Technique,
)
from bodymap.model.needling import ElectricalParameters, NeedlingRecord
from bodymap.ui.i18n import term, translate
from bodymap.ui.record.forms import (
    FieldError,
    NoteEdit,
    add_labelled_row,
    field_with_error,
    new_form_layout,
    section_header,
    show_optional,
)
from bodymap.ui.theme import set_role

NOT_RECORDED = "—"


def decimal_spin(
    low: float, high: float, step: float, decimals: int, suffix: str
) -> QDoubleSpinBox:
    """A spin box that reports only finished edits (keyboard tracking off)."""
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    spin.setSuffix(f" {suffix}" if suffix else "")
    spin.setKeyboardTracking(False)
    spin.setMinimumWidth(110)
    return spin


def count_spin(low: int, high: int, *, optional: bool = False) -> QSpinBox:
    """A whole-number spin box; an optional one shows "—" (not recorded) below ``low``."""
    spin = QSpinBox()
    spin.setRange(low - 1 if optional else low, high)
    if optional:
        spin.setSpecialValueText(NOT_RECORDED)
    spin.setKeyboardTracking(False)
    spin.setMinimumWidth(90)
    return spin


def optional_decimal(spin: QDoubleSpinBox) -> float | None:
    """The value, or None when the spin box shows its "not recorded" text."""
    return None if spin.value() == spin.minimum() and spin.specialValueText() else spin.value()


class NeedlingEditor(QWidget):
    """Edits one NeedlingRecord; emits ``edited`` with the new value after each finished edit.

    Field errors from the model (e.g. depth deeper than the needle) show under their field.
    """

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: NeedlingRecord | None = None
        self._showing = False
        self.errors: dict[str, FieldError] = {}
        d_low, d_high, _ = limits.NEEDLE_DIAMETER_MM
        l_low, l_high, _ = limits.NEEDLE_LENGTH_MM
        self.diameter = decimal_spin(d_low, d_high, 0.01, 2, "mm")
        self.length = decimal_spin(l_low, l_high, 5, 0, "mm")
        self.gauge = QLineEdit()
        self.gauge.setPlaceholderText(translate("NeedlingEditor", "optional, e.g. 32G"))
        self.technique = QComboBox()
        for technique, text in TECHNIQUE_LABELS.items():
            self.technique.addItem(term(text), technique)
        self.frequency = decimal_spin(*limits.FREQUENCY_HZ[:2], 1, 1, "Hz")
        self.pulse_width = decimal_spin(*limits.PULSE_WIDTH_US[:2], 10, 0, "µs")
        self.intensity = decimal_spin(*limits.INTENSITY_MA[:2], 0.5, 1, "mA")
        self.stim_minutes = decimal_spin(*limits.STIMULATION_MINUTES[:2], 1, 0, "min")
        self.electrical_box = QWidget()
        self.insertions = count_spin(*limits.INSERTIONS)
        self.passes = count_spin(*limits.PASSES)
        self.twitches = count_spin(*limits.TWITCHES)
        self.depth_spin = decimal_spin(-1, l_high, 1, 0, "mm")
        self.depth_spin.setSpecialValueText(NOT_RECORDED)
        self.direction = QLineEdit()
        self.direction.setPlaceholderText(
            translate("NeedlingEditor", "e.g. pincer grip, horizontal, anterior to posterior")
        )
        self.retention = decimal_spin(-1, limits.RETENTION_MINUTES[1], 1, 0, "min")
        self.retention.setSpecialValueText(NOT_RECORDED)
        self.position = QComboBox()
        for position, text in POSITION_LABELS.items():
            self.position.addItem(term(text), position)
        self.tolerance = count_spin(*limits.TOLERANCE_NPRS, optional=True)
        for widget, name in (
            (self.diameter, translate("NeedlingEditor", "Needle diameter")),
            (self.length, translate("NeedlingEditor", "Needle length")),
            (self.gauge, translate("NeedlingEditor", "Needle gauge")),
            (self.frequency, translate("NeedlingEditor", "Stimulation frequency")),
            (self.pulse_width, translate("NeedlingEditor", "Stimulation pulse width")),
            (self.intensity, translate("NeedlingEditor", "Stimulation intensity")),
            (self.stim_minutes, translate("NeedlingEditor", "Stimulation minutes")),
        ):
            widget.setAccessibleName(name)
        self.familiar_pain = QCheckBox(translate("NeedlingEditor", "Familiar pain reprod&uced"))
        self.needles_in = count_spin(*limits.NEEDLE_COUNT)
        self.needles_out = count_spin(*limits.NEEDLE_COUNT)
        self.needles_in.setAccessibleName(translate("NeedlingEditor", "Needles in"))
        self.needles_out.setAccessibleName(translate("NeedlingEditor", "Needles out"))
        self.count_status = QLabel()
        self.aftercare_soreness = QCheckBox(
            translate("NeedlingEditor", "Post-needling soreness advice")
        )
        self.aftercare_driving = QCheckBox(translate("NeedlingEditor", "Driving advice if drowsy"))
        self.aftercare_pneumothorax = QCheckBox(
            translate("NeedlingEditor", "Pneumothorax warning signs and what to do")
        )
        self.immediate_response = NoteEdit(lines=2)
        self.immediate_response.setPlaceholderText(
            translate("NeedlingEditor", "Immediate change in pain, ROM or PPT")
        )
        self._lay_out()
        self._connect()

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        holder, error = field_with_error(widget)
        self.errors[field] = error
        add_labelled_row(form, label, holder, widget)

    def _lay_out(self) -> None:
        self._columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(28)
        left = new_form_layout()
        needle = QWidget()
        row = QHBoxLayout(needle)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.diameter)
        row.addWidget(QLabel("×"))
        row.addWidget(self.length)
        row.addWidget(self.gauge, 1)
        holder, error = field_with_error(needle)
        self.errors["needle_diameter_mm"] = error
        self.errors["needle_length_mm"] = error
        self.errors["gauge_label"] = error
        add_labelled_row(
            left, translate("NeedlingEditor", "&Needle Ø × length:"), holder, self.diameter
        )
        self._lay_out_dose(left)
        right = self._lay_out_response()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

    def _lay_out_dose(self, left: QFormLayout) -> None:
        self._row(left, translate("NeedlingEditor", "Techni&que:"), self.technique, "technique")
        electrical = QGridLayout(self.electrical_box)
        electrical.setContentsMargins(0, 0, 0, 0)
        for index, widget in enumerate(
            (self.frequency, self.pulse_width, self.intensity, self.stim_minutes)
        ):
            electrical.addWidget(widget, index // 2, index % 2)
        self._row(
            left, translate("NeedlingEditor", "Stimulation:"), self.electrical_box, "electrical"
        )
        self._left_form = left
        self._row(left, translate("NeedlingEditor", "Inse&rtions:"), self.insertions, "insertions")
        self._row(left, translate("NeedlingEditor", "Pa&sses:"), self.passes, "passes")
        self._row(
            left,
            translate("NeedlingEditor", "T&witch responses:"),
            self.twitches,
            "twitch_responses",
        )
        self._row(left, translate("NeedlingEditor", "&Depth:"), self.depth_spin, "depth_mm")
        self._row(left, translate("NeedlingEditor", "Direction:"), self.direction, "direction")
        self._row(
            left, translate("NeedlingEditor", "Retention:"), self.retention, "retention_minutes"
        )

    def _lay_out_response(self) -> QFormLayout:
        right = new_form_layout()
        self._row(
            right,
            translate("NeedlingEditor", "Patient p&osition:"),
            self.position,
            "patient_position",
        )
        self._row(
            right,
            translate("NeedlingEditor", "To&lerance (NPRS):"),
            self.tolerance,
            "tolerance_nprs",
        )
        right.addRow("", self.familiar_pain)
        counts = QWidget()
        row = QHBoxLayout(counts)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("NeedlingEditor", "in")))
        row.addWidget(self.needles_in)
        row.addWidget(QLabel(translate("NeedlingEditor", "out")))
        row.addWidget(self.needles_out)
        row.addWidget(self.count_status, 1)
        self._row(right, translate("NeedlingEditor", "Needle &count:"), counts, "needles_in")
        self.errors["needles_out"] = self.errors["needles_in"]
        right.addRow(section_header(translate("NeedlingEditor", "After-care given")))
        for check in (self.aftercare_soreness, self.aftercare_driving, self.aftercare_pneumothorax):
            right.addRow("", check)
        self._row(
            right,
            translate("NeedlingEditor", "Immediate response:"),
            self.immediate_response,
            "immediate_response",
        )
        return right

    def _connect(self) -> None:
        for spin in (
            self.diameter,
            self.length,
            self.frequency,
            self.pulse_width,
            self.intensity,
            self.stim_minutes,
            self.depth_spin,
            self.retention,
        ):
            spin.valueChanged.connect(self._changed)
        # Needles out follows needles in while they match: usually every needle comes out.
        self._needles_in_was = self.needles_in.value()
        self.needles_in.valueChanged.connect(self._follow_needles_in)
        for count in (
            self.insertions,
            self.passes,
            self.twitches,
            self.tolerance,
            self.needles_in,
            self.needles_out,
        ):
            count.valueChanged.connect(self._changed)
        for line in (self.gauge, self.direction):
            line.editingFinished.connect(self._changed)
        self.technique.currentIndexChanged.connect(self._changed)
        self.position.currentIndexChanged.connect(self._changed)
        for check in (
            self.familiar_pain,
            self.aftercare_soreness,
            self.aftercare_driving,
            self.aftercare_pneumothorax,
        ):
            check.toggled.connect(self._changed)
        self.immediate_response.editing_finished.connect(self._changed)

    def set_compact(self, compact: bool) -> None:
        """Stack the two columns of the form when the page is narrow."""
        self._columns.setDirection(
            QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        )

    def show_record(self, record: NeedlingRecord) -> None:
        """Fill the form from ``record`` without emitting ``edited``."""
        self._showing = True
        try:
            self._record = record
            self.diameter.setValue(record.needle_diameter_mm)
            self.length.setValue(record.needle_length_mm)
            self.gauge.setText(record.gauge_label)
            self.technique.setCurrentIndex(self.technique.findData(record.technique))
            params = record.electrical or ElectricalParameters(
                frequency_hz=2, pulse_width_us=250, intensity_ma=5, minutes=10
            )
            self.frequency.setValue(params.frequency_hz)
            self.pulse_width.setValue(params.pulse_width_us)
            self.intensity.setValue(params.intensity_ma)
            self.stim_minutes.setValue(params.minutes)
            self.insertions.setValue(record.insertions)
            self.passes.setValue(record.passes)
            self.twitches.setValue(record.twitch_responses)
            show_optional(self.depth_spin, record.depth_mm)
            self.direction.setText(record.direction)
            show_optional(self.retention, record.retention_minutes)
            self.position.setCurrentIndex(self.position.findData(record.patient_position))
            show_optional(self.tolerance, record.tolerance_nprs)
            self.familiar_pain.setChecked(record.familiar_pain_reproduced)
            self.needles_in.setValue(record.needles_in)
            self.needles_out.setValue(record.needles_out)
            self._needles_in_was = record.needles_in
            self.aftercare_soreness.setChecked(record.aftercare_soreness)
            self.aftercare_driving.setChecked(record.aftercare_driving)
            self.aftercare_pneumothorax.setChecked(record.aftercare_pneumothorax)
            self.immediate_response.set_text_quietly(record.immediate_response)
        finally:
            self._showing = False
        self._update_derived()
        self.show_error(None, "")

    def set_thorax_risk(self, at_risk: bool) -> None:
        """Highlight the pneumothorax after-care tick when the point is over the thorax."""
        set_role(self.aftercare_pneumothorax, "error-strong" if at_risk else "")
        self.aftercare_pneumothorax.setToolTip(
            translate("NeedlingEditor", "Required to sign: the point is over the thorax")
            if at_risk
            else ""
        )

    def build(self) -> NeedlingRecord:
        """The record as shown on the form (raises ValidationError naming the bad field)."""
        assert self._record is not None
        technique = self.technique.currentData()
        electrical = None
        if technique is Technique.ELECTRICAL:
            electrical = ElectricalParameters(
                frequency_hz=self.frequency.value(),
                pulse_width_us=self.pulse_width.value(),
                intensity_ma=self.intensity.value(),
                minutes=self.stim_minutes.value(),
            )
        position: PatientPosition = self.position.currentData()
        tolerance = self.tolerance.value()
        return NeedlingRecord(
            id=self._record.id,
            visit_id=self._record.visit_id,
            trigger_point_id=self._record.trigger_point_id,
            needle_diameter_mm=round(self.diameter.value(), 2),
            needle_length_mm=self.length.value(),
            gauge_label=self.gauge.text().strip(),
            technique=technique,
            electrical=electrical,
            insertions=self.insertions.value(),
            passes=self.passes.value(),
            twitch_responses=self.twitches.value(),
            depth_mm=optional_decimal(self.depth_spin),
            direction=self.direction.text().strip(),
            retention_minutes=optional_decimal(self.retention),
            patient_position=position,
            tolerance_nprs=None if tolerance < 0 else tolerance,
            familiar_pain_reproduced=self.familiar_pain.isChecked(),
            needles_in=self.needles_in.value(),
            needles_out=self.needles_out.value(),
            aftercare_soreness=self.aftercare_soreness.isChecked(),
            aftercare_driving=self.aftercare_driving.isChecked(),
            aftercare_pneumothorax=self.aftercare_pneumothorax.isChecked(),
            immediate_response=self.immediate_response.toPlainText().strip(),
        )

    def show_error(self, field: str | None, message: str) -> None:
        """Show ``message`` under ``field``'s widget (clearing all others)."""
        for label in set(self.errors.values()):
            label.show_message("")
        if field is not None:
            self.errors.get(field, self.errors["immediate_response"]).show_message(message)

    def _follow_needles_in(self, value: int) -> None:
        if self.needles_out.value() == self._needles_in_was:
            self.needles_out.blockSignals(True)
            self.needles_out.setValue(value)
            self.needles_out.blockSignals(False)
        self._needles_in_was = value

    def _changed(self) -> None:
        self._update_derived()
        if not self._showing and self._record is not None:
            self.edited.emit(self)

    def _update_derived(self) -> None:
        electrical = self.technique.currentData() is Technique.ELECTRICAL
        holder = self.electrical_box.parentWidget()
        if holder is not None:
            self._left_form.setRowVisible(holder, electrical)
        matched = self.needles_in.value() == self.needles_out.value()
        self.count_status.setText(
            translate("NeedlingEditor", "✓ all out")
            if matched
            else translate("NeedlingEditor", "≠ counts differ")
        )
        set_role(self.count_status, "success" if matched else "error-strong")

"""The Preferences dialog: clinic name, the clinician charting now, outcome thresholds."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap.model.instruments import instruments_with_a_choice
from bodymap.model.thresholds import chosen, options
from bodymap.preferences import CLINIC_NAME_MAX, DEFAULT_CLINIC_NAME, Preferences
from bodymap.ui.accessibility import finish_dialog
from bodymap.ui.i18n import translate
from bodymap.ui.record.forms import (
    FIELD_MIN_WIDTH,
    add_labelled_row,
    field_with_error,
    new_form_layout,
)
from bodymap.ui.theme import set_role

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository

TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole


class PreferencesDialog(QDialog):
    """Edit the clinic name and choose the current clinician for this database.

    Args:
        repository: the open database (its clinicians, and its location as the key).
        preferences: the preferences to start from.
        current_clinician: the clinician charting now (preselected), or None.
        parent: the owning window.
    """

    def __init__(
        self,
        repository: ChartRepository,
        preferences: Preferences,
        current_clinician: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.setMinimumWidth(600)
        self._repository = repository
        self._start = preferences
        self.result_preferences: Preferences | None = None
        self.clinic_edit = QLineEdit(preferences.clinic_name)
        self.clinic_edit.setMaxLength(CLINIC_NAME_MAX)
        self.clinic_edit.setPlaceholderText(DEFAULT_CLINIC_NAME)
        self.clinic_edit.setMinimumWidth(FIELD_MIN_WIDTH)
        self.clinician_combo = QComboBox()
        self.clinician_combo.setMinimumWidth(FIELD_MIN_WIDTH)
        for clinician in repository.list_clinicians():
            self.clinician_combo.addItem(clinician.display_name, clinician.id)
        if self.clinician_combo.count() == 0:
            self.clinician_combo.addItem(
                translate(
                    "PreferencesDialog", "No clinicians yet (add them under Patient → Clinicians)"
                )
            )
            self.clinician_combo.setEnabled(False)
        index = self.clinician_combo.findData(current_clinician)
        self.clinician_combo.setCurrentIndex(max(index, 0))
        form = new_form_layout()
        holder, self.clinic_error = field_with_error(self.clinic_edit)
        add_labelled_row(
            form, translate("PreferencesDialog", "&Clinic name:"), holder, self.clinic_edit
        )
        clinic_hint = QLabel(
            translate(
                "PreferencesDialog", "Printed at the top of session notes and progress reports."
            )
        )
        set_role(clinic_hint, "hint")
        form.addRow("", clinic_hint)
        add_labelled_row(
            form,
            translate("PreferencesDialog", "C&harting as:"),
            self.clinician_combo,
            self.clinician_combo,
        )
        who_hint = QLabel(
            translate(
                "PreferencesDialog",
                "Named as the author of your changes in this database's audit log.",
            )
        )
        set_role(who_hint, "hint")
        form.addRow("", who_hint)
        self.theme_combo = QComboBox()
        for value, text in (
            ("system", translate("PreferencesDialog", "Follow the system")),
            ("light", translate("PreferencesDialog", "Light")),
            ("dark", translate("PreferencesDialog", "Dark")),
        ):
            self.theme_combo.addItem(text, value)
        self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(preferences.theme), 0))
        add_labelled_row(
            form, translate("PreferencesDialog", "&Theme:"), self.theme_combo, self.theme_combo
        )
        self.threshold_combos: dict[str, QComboBox] = {}
        # Instruments with more than one accepted threshold (the instrument table) offer a choice.
        for instrument in instruments_with_a_choice():
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for option in options(instrument):
                # The source without its volume and pages; the whole citation is the tooltip.
                combo.addItem(f"{option.short} — {option.citation.split(';')[0]}", option.id)
                combo.setItemData(
                    combo.count() - 1, f"{option.citation}\n{option.population}", TOOLTIP_ROLE
                )
            current = chosen(instrument, preferences.thresholds)
            combo.setCurrentIndex(max(combo.findData(current.id if current else None), 0))
            self.threshold_combos[instrument] = combo
            add_labelled_row(
                form,
                translate("PreferencesDialog", "{upper} reference:").format(
                    upper=instrument.upper()
                ),
                combo,
                combo,
            )
        threshold_hint = QLabel(
            translate(
                "PreferencesDialog",
                "The change drawn on trend charts and in progress reports. MCID: the smallest "
                "change "
                "patients judge important; MDC: the smallest change beyond measurement error.",
            )
        )
        threshold_hint.setWordWrap(True)
        threshold_hint.setMinimumWidth(420)
        set_role(threshold_hint, "hint")
        form.addRow("", threshold_hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.setSpacing(10)
        column.addLayout(form)
        column.addWidget(buttons)
        finish_dialog(self, buttons)
        self.clinic_edit.setFocus()

    def chosen_clinician(self) -> int | None:
        """The clinician selected in the list, or None when there are none."""
        value = self.clinician_combo.currentData()
        return value if isinstance(value, int) else None

    def accept(self) -> None:
        """Check the clinic name and keep the new preferences in :attr:`result_preferences`."""
        name = self.clinic_edit.text().strip()
        if not name:
            self.clinic_error.show_message(
                translate(
                    "PreferencesDialog",
                    "Clinic name: must not be empty (1 to {CLINIC_NAME_MAX} characters)",
                ).format(CLINIC_NAME_MAX=CLINIC_NAME_MAX)
            )
            return
        picked = {key: str(combo.currentData()) for key, combo in self.threshold_combos.items()}
        theme = str(self.theme_combo.currentData())
        updated = replace(self._start, clinic_name=name, thresholds=picked, theme=theme)
        clinician = self.chosen_clinician()
        if clinician is not None:
            updated = updated.with_clinician(self._repository.location, clinician)
        self.result_preferences = updated
        super().accept()

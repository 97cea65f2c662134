"""Dialogs that chart a mark from the keyboard: a trigger point by site or muscle, a zone by region.

Each offers one text field with completion over every choice; what is typed must name one of
them. The atlas decides the side: a muscle is offered once per side it is drawn on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap.model import Side, View
from bodymap.ui.i18n import translate
from bodymap.ui.theme import set_role

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas


@dataclass(frozen=True, slots=True)
class PointChoice:
    """Where to place a trigger point: a catalogue site, or a muscle on one side in one view."""

    label: str
    site_id: str | None = None
    muscle: str | None = None
    side: Side | None = None
    view: View | None = None


def point_choices(atlas: Atlas) -> dict[str, PointChoice]:
    """Every catalogue site, then every drawn muscle side and view, by the label typed."""
    choices: dict[str, PointChoice] = {}
    for site in sorted(atlas.sites.values(), key=lambda s: s.name):
        label = f"{site.name} — {site.side.value} (site)"
        choices[label] = PointChoice(label, site_id=site.id)
    drawn = sorted({(r.muscle, r.side, r.view) for r in atlas.muscle_regions})
    for muscle, side, view in drawn:
        label = f"{atlas.muscle_name(muscle)} — {side.value}, {view.value} (muscle)"
        choices[label] = PointChoice(label, muscle=muscle, side=side, view=view)
    return choices


def region_choices(atlas: Atlas) -> dict[str, int]:
    """Every CHOIR body region (with its side and view) by the label typed."""
    return {
        f"{r.name} — {r.side.value}, {r.view.value}": r.id
        for r in sorted(atlas.surface_regions.values(), key=lambda r: (r.name, r.id))
    }


class ChoiceDialog(QDialog):
    """One completing text field whose text must be one of ``choices``; OK when it is."""

    def __init__(
        self,
        title: str,
        field_label: str,
        hint: str,
        choices: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._choices = set(choices)
        self.field = QLineEdit()
        self.field.setAccessibleName(field_label.replace("&", ""))
        self.field.setPlaceholderText(translate("ChoiceDialog", "Type to search…"))
        self.field.setMinimumWidth(420)
        completer = QCompleter(choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.field.setCompleter(completer)
        form = QFormLayout()
        label = QLabel(field_label)
        label.setBuddy(self.field)
        form.addRow(label, self.field)
        note = QLabel(hint)
        note.setWordWrap(True)
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_known)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def choice(self) -> str:
        """The label typed (a known choice once the dialog is accepted)."""
        return self.field.text().strip()

    def _accept_if_known(self) -> None:
        if self.choice in self._choices:
            self.accept()
            return
        self.error.setText(
            translate(
                "ChoiceDialog",
                "“{choice}” is not in the list: type part of a name and pick a suggestion",
            ).format(choice=self.choice)
        )
        self.error.setAccessibleName(self.error.text())
        self.error.show()
        # Grow for the error line instead of squeezing the hint (word-wrapped labels).
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))
        self.field.setFocus()


def add_point_dialog(
    atlas: Atlas, parent: QWidget | None = None
) -> tuple[ChoiceDialog, dict[str, PointChoice]]:
    """The "Add trigger point" dialog and the choices its labels stand for."""
    choices = point_choices(atlas)
    dialog = ChoiceDialog(
        translate("AddMarkDialog", "Add trigger point"),
        translate("AddMarkDialog", "&Site or muscle:"),
        translate(
            "AddMarkDialog",
            "A catalogue site places the point on the site; a muscle places it at the middle of "
            "the "
            "muscle as drawn on that side and view. Adjust it with the arrow keys afterwards.",
        ),
        list(choices),
        parent,
    )
    return dialog, choices


def add_zone_dialog(
    atlas: Atlas, parent: QWidget | None = None
) -> tuple[ChoiceDialog, dict[str, int]]:
    """The "Add pain zone" dialog and the region ids its labels stand for."""
    choices = region_choices(atlas)
    dialog = ChoiceDialog(
        translate("AddMarkDialog", "Add pain zone by body region"),
        translate("AddMarkDialog", "Body &region:"),
        translate(
            "AddMarkDialog",
            "The zone covers the whole body region (patient-reported pain, intensity 5); "
            "change intensity and kind in the inspector (Enter).",
        ),
        list(choices),
        parent,
    )
    return dialog, choices

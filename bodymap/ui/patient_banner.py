"""PatientBanner: who is being charted — name, date of birth and chart number — over every tab.

Two identifiers, always in view, so a clinician never charts the wrong person. On a switch the
banner briefly changes colour, so the change is seen even when the eyes are on the body map.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from bodymap.model import Patient, Visit
from bodymap.ui.i18n import date_text, term, translate
from bodymap.ui.theme import set_role

#: Resting and just-switched backgrounds of the banner.
#: Style roles (bodymap/ui/theme.py): at rest, and just after the patient changed.
RESTING_BACKGROUND = "info-bar"
SWITCHED_BACKGROUND = "notice-bar"
#: How long the just-switched colour stays.
FLASH_MS = 1500
#: The visit status of a visit that failed its integrity check (the red of the tamper banner).
TAMPERED_COLOUR = "#b71c1c"


def age_on(born: date, today: date) -> int:
    """Whole years from ``born`` to ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def banner_identity(patient: Patient, today: date | None = None) -> str:
    """The plain-text identity line: name · born YYYY-MM-DD (age) · Chart N."""
    parts = [patient.name]
    if patient.date_of_birth is not None:
        age = age_on(patient.date_of_birth, today or date.today())
        born = date_text(patient.date_of_birth, "birth")
        parts.append(translate("PatientBanner", "born {date} ({age} y)").format(date=born, age=age))
    else:
        parts.append(translate("PatientBanner", "date of birth not recorded"))
    parts.append(
        translate("PatientBanner", "Chart {number}").format(number=patient.chart_number)
        if patient.chart_number
        else translate("PatientBanner", "no chart number")
    )
    return " · ".join(parts)


class PatientBanner(QFrame):
    """The open patient's name, date of birth and chart number, and the open visit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PatientBanner")
        self.setAccessibleName(translate("PatientBanner", "Patient banner"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 5, 12, 5)
        self.identity = QLabel()
        self.identity.setTextFormat(Qt.TextFormat.RichText)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.visit_label = QLabel()
        self.visit_label.setTextFormat(Qt.TextFormat.RichText)
        self.visit_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Never widens the window: a very long name is cut at the edge, the tooltip has it all.
        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        self.identity.setSizePolicy(ignored, preferred)
        row.addWidget(self.identity, 1)
        row.addWidget(self.visit_label)
        self._patient_id: int | None = None
        self._flash = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash.timeout.connect(lambda: self._paint(RESTING_BACKGROUND))
        self._paint(RESTING_BACKGROUND)
        self.show_patient(None, None)

    def _paint(self, role: str) -> None:
        set_role(self, role)

    @property
    def flashing(self) -> bool:
        """True while the just-switched colour is shown."""
        return self._flash.isActive()

    def show_patient(
        self, patient: Patient | None, visit: Visit | None, when: str = "", tampered: bool = False
    ) -> None:
        """Show ``patient`` and the open visit (``when`` describes it); flash on a change.

        ``tampered``: the visit failed its integrity check. Its stored status is then no longer
        evidence (a raw tool may have set a signed visit back to draft), so it is not shown.
        """
        if patient is None:
            self.identity.setText(
                translate("PatientBanner", "<i>No patient open — pick one in the Patients list</i>")
            )
            self.visit_label.setText("")
        else:
            name, _, rest = banner_identity(patient).partition(" · ")
            self.identity.setText(
                translate(
                    "PatientBanner",
                    '<span style="font-size: 13pt; font-weight: 700;">{escape}</span><br>{replace}',
                ).format(
                    escape=escape(name), replace=escape(rest).replace(" · ", " &nbsp;·&nbsp; ")
                )
            )
            status = "" if visit is None else term("signed" if visit.is_signed else "draft")
            if tampered:
                status = (
                    f'<span style="color: {TAMPERED_COLOUR}; font-weight: 700;">'
                    + translate("PatientBanner", "integrity check failed")
                    + "</span>"
                )
            self.visit_label.setText(
                translate("PatientBanner", "Visit<br>{when} ({status})").format(
                    when=when, status=status
                )
                if visit
                else translate("PatientBanner", "No visit open")
            )
        self.setToolTip(banner_identity(patient) if patient else "")
        new_id = patient.id if patient is not None else None
        if new_id != self._patient_id and new_id is not None and self._patient_id is not None:
            self._paint(SWITCHED_BACKGROUND)
            self._flash.start()
        self._patient_id = new_id

    @property
    def text(self) -> str:
        """What the banner says, as plain text (for tests and accessibility)."""
        return self.toolTip()

"""The clinical record UI: patient and clinician dialogs and the visit record view."""

from __future__ import annotations

from bodymap.ui.record.people_dialogs import ClinicianDialog, PatientDialog
from bodymap.ui.record.view import RecordView

__all__ = ["ClinicianDialog", "PatientDialog", "RecordView"]

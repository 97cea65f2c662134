"""Export note / Export report for the window: a file dialog, a progress dialog, atomic writes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from bodymap.errors import BodyMapError
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.report.visit_summary import DEFAULT_CLINIC_NAME
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.storage import ChartRepository

PDF_FILTER = QT_TRANSLATE_NOOP("Terms", "PDF documents (*.pdf)")


class _Cancelled(Exception):
    """The user pressed Cancel in the progress dialog."""


def _safe_name(text: str) -> str:
    """A file-name-friendly version of a chart number or name."""
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-") or "patient"


def _documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def _ask_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(_documents_folder() / suggested), PDF_FILTER
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")


def _fail(parent: QWidget | None, title: str, error: BodyMapError) -> None:
    QMessageBox.warning(parent, title, str(error))


def export_note(
    parent: QWidget | None,
    repo: ChartRepository,
    atlas: Atlas,
    visit_id: int,
    *,
    clinic_name: str = DEFAULT_CLINIC_NAME,
) -> Path | None:
    """Ask where to save a visit's session note, then write it; returns the file or None.

    Errors (unknown visit, unwritable folder) are shown in a message box, never raised.
    """
    from bodymap.report.atomic import check_writable, write_atomic
    from bodymap.report.exporting import session_note_pdf

    try:
        visit = repo.get_visit(visit_id)
        patient = repo.get_patient(visit.patient_id)
    except BodyMapError as exc:
        _fail(parent, translate("ExportActions", "Export note"), exc)
        return None
    suggested = (
        f"note-{_safe_name(patient.chart_number or patient.name)}-{visit.started_at:%Y-%m-%d}.pdf"
    )
    target = _ask_path(parent, translate("ExportActions", "Export session note"), suggested)
    if target is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        check_writable(target, database=repo.database_file)  # before the render, not after
        data = session_note_pdf(repo, atlas, visit_id, clinic_name=clinic_name)
        write_atomic(target, data, database=repo.database_file)
    except BodyMapError as exc:
        _fail(parent, translate("ExportActions", "Export note"), exc)
        return None
    finally:
        QApplication.restoreOverrideCursor()
    return target


def export_report(
    parent: QWidget | None,
    repo: ChartRepository,
    atlas: Atlas,
    patient_id: int,
    *,
    start: date | None = None,
    end: date | None = None,
    clinic_name: str = DEFAULT_CLINIC_NAME,
    thresholds: Mapping[str, str] | None = None,
) -> Path | None:
    """Ask where to save a patient's progress report, then write it with a progress dialog.

    Returns the file written, or None when the user cancelled or an error was shown.
    """
    from bodymap.report.atomic import check_writable, write_atomic
    from bodymap.report.exporting import progress_report_pdf

    try:
        patient = repo.get_patient(patient_id)
    except BodyMapError as exc:
        _fail(parent, translate("ExportActions", "Export report"), exc)
        return None
    suggested = f"progress-{_safe_name(patient.chart_number or patient.name)}.pdf"
    target = _ask_path(parent, translate("ExportActions", "Export progress report"), suggested)
    if target is None:
        return None
    try:
        check_writable(target, database=repo.database_file)  # refuse before a long render
    except BodyMapError as exc:
        _fail(parent, translate("ExportActions", "Export report"), exc)
        return None
    dialog = QProgressDialog(
        translate("ExportActions", "Preparing the progress report\u2026"),
        translate("ExportActions", "Cancel"),
        0,
        1,
        parent,
    )
    dialog.setWindowTitle(translate("ExportActions", "Export report"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # short reports finish before the dialog would appear

    def advance(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total - 1))  # the last step is the write, below
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise _Cancelled

    try:
        data = progress_report_pdf(
            repo,
            atlas,
            patient_id,
            start=start,
            end=end,
            clinic_name=clinic_name,
            progress=advance,
            thresholds=thresholds,
        )
        write_atomic(target, data, database=repo.database_file)
    except _Cancelled:
        return None
    except BodyMapError as exc:
        _fail(parent, translate("ExportActions", "Export report"), exc)
        return None
    finally:
        dialog.reset()
        dialog.deleteLater()
    return target

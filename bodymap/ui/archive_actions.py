"""File › Export archive… and File › Import archive…: the lossless archive from the window."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.errors import BodyMapError
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.interop.archive import ImportResult
    from bodymap.model import Patient
    from bodymap.storage import ChartRepository

JSON_FILTER = QT_TRANSLATE_NOOP("Terms", "BodyMap archives (*.json)")


class ArchiveScopeDialog(QDialog):
    """Asks what goes into the archive: the selected patient, or every patient."""

    def __init__(self, parent: QWidget | None, patient: Patient | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ArchiveScopeDialog", "Export archive"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(16, 14, 16, 12)
        intro = QLabel(
            translate(
                "ArchiveScopeDialog",
                "An archive holds patients with every visit: chart, clinical record, signatures, "
                "addenda and audit trail. Another BodyMap imports it without losing anything.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        name = (
            f"{patient.name} ({patient.chart_number})"
            if patient and patient.chart_number
            else (patient.name if patient else "")
        )
        self.one = QRadioButton(
            translate("ArchiveScopeDialog", "Only {name}").format(name=name)
            if patient
            else translate("ArchiveScopeDialog", "Only the selected patient")
        )
        self.one.setEnabled(patient is not None)
        self.everyone = QRadioButton(
            translate("ArchiveScopeDialog", "All patients (archived ones too) and all clinicians")
        )
        (self.one if patient is not None else self.everyone).setChecked(True)
        layout.addWidget(self.one)
        layout.addWidget(self.everyone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("ArchiveScopeDialog", "Choose file…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @property
    def whole_database(self) -> bool:
        """True when every patient was chosen."""
        return self.everyone.isChecked()


@dataclass(frozen=True)
class ExportDone:
    """What was written."""

    path: Path
    patients: int
    visits: int


def write_archive(repo: ChartRepository, target: Path, patient_id: int | None) -> ExportDone:
    """Write the archive of one patient (or all, with None) to ``target``, atomically."""
    import json

    from bodymap.interop.archive import export_archive
    from bodymap.interop.archive_output import JSON_FILE
    from bodymap.report.atomic import check_writable, write_atomic

    check_writable(target, JSON_FILE, database=repo.database_file)
    data = export_archive(repo, None if patient_id is None else [patient_id])
    write_atomic(target, data, JSON_FILE, database=repo.database_file)
    document = json.loads(data)
    return ExportDone(target, len(document["patients"]), len(document["visits"]))


def export_archive_dialog(
    parent: QWidget | None, repo: ChartRepository, patient_id: int | None
) -> ExportDone | None:
    """Ask what to export and where, write it and say what was written; None if cancelled."""
    patient = repo.get_patient(patient_id) if patient_id is not None else None
    scope = ArchiveScopeDialog(parent, patient)
    if scope.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = None if scope.whole_database or patient is None else patient.id
    suggested = (
        "bodymap-archive.json"
        if chosen is None
        else f"archive-{(patient.chart_number if patient else '') or 'patient'}.json"
    )
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("ArchiveActions", "Export archive"), suggested, JSON_FILTER
    )
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".json") else Path(path + ".json")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        done = write_archive(repo, target, chosen)
    except BodyMapError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, translate("ArchiveActions", "Export archive"), str(exc))
        return None
    QApplication.restoreOverrideCursor()
    QMessageBox.information(
        parent,
        translate("ArchiveActions", "Export archive"),
        translate(
            "ArchiveActions", "Wrote {visits} visits of {patients} patient{value} to\n{path}"
        ).format(
            visits=done.visits,
            patients=done.patients,
            value="" if done.patients == 1 else "s",
            path=done.path,
        ),
    )
    return done


def import_archive_file(repo: ChartRepository, source: Path) -> ImportResult:
    """Import one archive file (all or nothing)."""
    from bodymap.interop.archive import import_archive_file

    return import_archive_file(repo, source)


def show_import_result(parent: QWidget | None, source: Path, result: ImportResult) -> None:
    """The result of an import, in one message box."""
    QMessageBox.information(
        parent, translate("ArchiveActions", "Import archive"), f"{source.name}: {result.summary}."
    )


def show_import_error(parent: QWidget | None, source: Path, error: BodyMapError) -> None:
    """Why nothing was imported; a list of differences goes into the details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ArchiveActions", "Import archive"))
    first, _, rest = str(error).partition("\n")
    first = first.replace("; nothing was imported:", ":")
    box.setText(
        translate("ArchiveActions", "Nothing was imported from {name}.\n\n{first}").format(
            name=source.name, first=first
        )
    )
    if rest:
        box.setDetailedText(rest)
    box.exec()


def import_archive_dialog(parent: QWidget | None, repo: ChartRepository) -> ImportResult | None:
    """Ask for an archive, import it and report the result; None if cancelled or refused."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("ArchiveActions", "Import archive"), "", JSON_FILTER
    )
    if not path:
        return None
    source = Path(path)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = import_archive_file(repo, source)
    except BodyMapError as exc:
        QApplication.restoreOverrideCursor()
        show_import_error(parent, source, exc)
        return None
    QApplication.restoreOverrideCursor()
    show_import_result(parent, source, result)
    return result

"""From the repository to PDF bytes: the one path both the CLI and the window use."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING

from bodymap.errors import BodyMapError, NotFoundError, UsageError
from bodymap.model import Patient, VisitChart
from bodymap.model.verification import SignatureInfo
from bodymap.report.progress_report import ProgressReportRenderer
from bodymap.report.progress_summary import CompareFn, ExtentFn, build_progress_summary
from bodymap.report.record_sections import record_sections
from bodymap.report.session_note import SessionNoteRenderer
from bodymap.report.visit_summary import DEFAULT_CLINIC_NAME, build_visit_summary

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.storage import ChartRepository

#: Called with (steps done, steps in all) while a long report is prepared.
ProgressCallback = Callable[[int, int], None]


class ClinicianNames:
    """Looks clinicians' printed names up once each (a report may name one many times)."""

    def __init__(self, repo: ChartRepository) -> None:
        """Read names from ``repo`` on demand."""
        self._repo = repo
        self._names: dict[int, str] = {}

    def remember(self, clinician_id: int, name: str) -> None:
        """Print ``name`` for ``clinician_id`` (the signer as they were when signing)."""
        self._names[clinician_id] = name

    def __call__(self, clinician_id: int | None) -> str:
        """Return "Name, credentials" for an id, or a neutral wording when unknown."""
        if clinician_id is None:
            return "an unrecorded clinician"
        if clinician_id not in self._names:
            try:
                self._names[clinician_id] = self._repo.get_clinician(clinician_id).display_name
            except NotFoundError:
                self._names[clinician_id] = f"clinician #{clinician_id}"
        return self._names[clinician_id]


def session_note_pdf(
    repo: ChartRepository,
    atlas: Atlas,
    visit_id: int,
    *,
    clinic_name: str = DEFAULT_CLINIC_NAME,
    generated_at: datetime | None = None,
) -> bytes:
    """Load one visit with its clinical record and render its session note.

    Raises:
        NotFoundError: for an unknown visit.
    """
    from bodymap.analysis.zone_location import zone_location
    from bodymap.anatomy.thorax import thorax_risk_rule
    from bodymap.model.rules import thorax_sides
    from bodymap.storage.record_repository import RecordRepository
    from bodymap.storage.verify import signature_info

    chart = repo.load_chart(visit_id)
    refuse_tampered(repo, [visit_id])
    thorax = thorax_risk_rule(atlas.thorax_risk_ids)
    record = RecordRepository(repo, thorax).load_record(visit_id)
    names = ClinicianNames(repo)
    numbers = {tp.id: tp.number for tp in chart.trigger_points if tp.id is not None}
    signature = signature_info(repo, visit_id) if chart.visit.is_signed else None
    signed_by = names(chart.visit.signed_by) if chart.visit.signed_by else ""
    now_known_as = ""
    if signature is not None:
        # The note shows who the patient and signer were when it was signed (21 CFR 11.70).
        now_known_as = chart.patient.name if chart.patient.name != signature.patient_name else ""
        chart = replace(chart, patient=signed_patient(chart.patient, signature))
        signed_by = signature.signer_display
        if signature.signer_id is not None:
            names.remember(signature.signer_id, signed_by)
            if chart.clinician is not None and chart.clinician.id == signature.signer_id:
                chart = replace(
                    chart,
                    clinician=replace(
                        chart.clinician,
                        name=signature.signer_name,
                        credentials=signature.signer_credentials,
                    ),
                )
    summary = build_visit_summary(
        chart,
        muscle_name=atlas.muscle_name,
        catalogue=atlas.sites,
        record=record_sections(
            record,
            numbers,
            names,
            [p.number for p in thorax_sides(record, chart, thorax)],
            point_names={
                tp.id: f"{atlas.muscle_name(tp.muscle)}, {tp.side.value}"
                for tp in chart.trigger_points
                if tp.id is not None
            },
        ),
        clinic_name=clinic_name,
        signed_by=signed_by,
        generated_at=generated_at,
        content_hash=signature.content_hash if signature else "",
        now_known_as=now_known_as,
        zone_location=lambda zone: zone_location(atlas, zone),
    )
    return SessionNoteRenderer(atlas).render(summary)


class IntegrityCheckError(BodyMapError):
    """A signed visit no longer matches its signature: it is not exported as a clean note."""


def refuse_tampered(repo: ChartRepository, visit_ids: list[int]) -> None:
    """Raise IntegrityCheckError naming the first visit that fails its integrity check.

    Refusing (rather than stamping pages) is ADR 0009's choice: a stamp can be cropped off a
    printed page, a PDF that does not exist cannot be mistaken for the signed record.
    """
    from bodymap.storage.verify import verify_records

    report = verify_records(repo, visit_ids, chain=False)
    failed = [v for v in report.visits if v.tampered]
    if failed:
        first = failed[0]
        others = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise IntegrityCheckError(
            f"not exported: {first.problems[0]}{others}; "
            f"run 'bodymap verify {first.visit_id}' for details"
        )


def signed_patient(patient: Patient, signature: SignatureInfo) -> Patient:
    """``patient`` with the name, chart number and birth date kept by the signature."""
    born = signature.date_of_birth
    return replace(
        patient,
        name=signature.patient_name or patient.name,
        chart_number=signature.chart_number,
        date_of_birth=date.fromisoformat(born) if born else None,
    )


def visits_in_range(
    repo: ChartRepository, patient_id: int, start: date | None, end: date | None
) -> list[int]:
    """Ids of a patient's visits from ``start`` to ``end`` (inclusive), oldest first.

    Raises:
        NotFoundError: for an unknown patient.
        UsageError: when the range is reversed or holds no visit.
    """
    if start is not None and end is not None and start > end:
        raise UsageError(f"--from {start.isoformat()} is after --to {end.isoformat()}")
    visits = [
        v
        for v in repo.list_visits(patient_id)
        if (start is None or v.started_at.date() >= start)
        and (end is None or v.started_at.date() <= end)
    ]
    if not visits:
        span = "" if start is None and end is None else " in that date range"
        raise UsageError(f"patient {patient_id} has no visits{span}")
    return [v.id for v in visits if v.id is not None]


def _extent_fn(atlas: Atlas) -> ExtentFn | None:
    if not atlas.surface_regions:
        return None  # an atlas without CHOIR regions cannot quantify extent
    from bodymap.analysis.extent import visit_extent

    return lambda chart: visit_extent(atlas, chart.zones)


def _compare_fn(atlas: Atlas) -> CompareFn:
    from bodymap.analysis.compare import compare_visits

    return partial(compare_visits, atlas)


def progress_report_pdf(
    repo: ChartRepository,
    atlas: Atlas,
    patient_id: int,
    *,
    start: date | None = None,
    end: date | None = None,
    clinic_name: str = DEFAULT_CLINIC_NAME,
    generated_at: datetime | None = None,
    progress: ProgressCallback | None = None,
    thresholds: Mapping[str, str] | None = None,
) -> bytes:
    """Load a patient's visits in a date range and render the progress report.

    ``thresholds`` picks each instrument's reference threshold (instrument -> threshold id of
    :mod:`bodymap.model.thresholds`); None uses the defaults.

    ``progress`` is told about each visit loaded and quantified (two steps per visit), then once
    more when the PDF is laid out, so a window can show a progress bar.

    Raises:
        NotFoundError: for an unknown patient.
        UsageError: when the range is reversed or holds no visit.
    """
    patient = repo.get_patient(patient_id)
    ids = visits_in_range(repo, patient_id, start, end)
    refuse_tampered(repo, ids)
    total = 2 * len(ids) + 1
    # All charts in a few queries (not one read per visit), then the steps are announced.
    charts: list[VisitChart] = repo.load_patient_charts(patient_id, set(ids))
    if progress is not None:
        for index in range(1, len(charts) + 1):
            progress(index, total)

    def quantified(done: int, _count: int) -> None:
        if progress is not None:
            progress(len(ids) + done, total)

    summary = build_progress_summary(
        patient,
        charts,
        muscle_name=atlas.muscle_name,
        extent=_extent_fn(atlas),
        compare=_compare_fn(atlas),
        start=start,
        end=end,
        clinic_name=clinic_name,
        generated_at=generated_at,
        progress=quantified,
        thresholds=thresholds,
    )
    data = ProgressReportRenderer(atlas).render(summary)
    if progress is not None:
        progress(total, total)
    return data

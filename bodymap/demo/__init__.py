"""Demo patients: three typical myofascial presentations treated over several weeks.

Used by ``bodymap demo`` and by the window's first-launch offer. Trigger points sit at atlas
catalogue sites, referred-pain zones are the sites' essential referral zones, and the numbers
move the way a course of treatment that works does: NPRS falls, pressure pain threshold rises,
NDI/ODI fall and PSFS rises. Every visit carries its clinical record (screening, consent,
needling, adverse events, plan); all but the latest are signed. Running it again adds nothing
twice (patients are keyed by chart number).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Protocol

from bodymap.anatomy.types import TriggerSite
from bodymap.demo.cases import CASES, DemoCase, DemoPoint
from bodymap.demo.record import Treated, fill_record
from bodymap.model import (
    Activity,
    CarryStatus,
    Clinician,
    Depth,
    Instrument,
    MeasureTiming,
    PainZone,
    TriggerPoint,
    TwitchResponse,
    Visit,
    ZoneKind,
    ZonePolygon,
)
from bodymap.model.measures import (
    NprsReading,
    PsfsAssessment,
    ndi_measure,
    nprs_measure,
    odi_measure,
    ppt_measure,
)

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository
    from bodymap.storage.record_repository import RecordRepository

DEMO_CLINICIAN = Clinician(
    name="Ines Okafor",
    credentials="PT, DPT",
    training_course="Trigger-point dry needling, levels 1 and 2",
    training_hours=54.0,
    training_date=date(2022, 3, 12),
)
#: The demo clinician's signing passphrase (README, "Signing"). The demo signs its visits the
#: only way BodyMap signs: with the signer's secret. Change it before charting real patients.
DEMO_PASSPHRASE = "demo-sign-2026"


class SiteCatalogue(Protocol):
    """What the demo needs of the atlas: its trigger-point sites by id."""

    @property
    def sites(self) -> Mapping[str, TriggerSite]:
        """Catalogue sites by id."""
        ...

    @property
    def thorax_risk_ids(self) -> frozenset[str]:
        """Sites (and their muscles) over the lung, for the record's safety rules."""
        ...


@dataclass(slots=True)
class DemoResult:
    """What ``load_demo`` added, and what it left alone."""

    patients_added: int = 0
    visits_added: int = 0
    already_present: list[str] = field(default_factory=list)
    missing_sites: list[str] = field(default_factory=list)


def load_demo(
    repo: ChartRepository, catalogue: SiteCatalogue | None = None, today: date | None = None
) -> DemoResult:
    """Add the demo clinician and patients that are not there yet.

    Args:
        repo: where to write.
        catalogue: the atlas (its ``sites``) that places the demo's trigger points and zones;
            default: the application's atlas (``load_atlas()``).
        today: the date of each patient's latest (draft) visit; default today.

    Returns:
        What was added; patients whose chart number already exists are left alone.

    Raises:
        AtlasError: the default atlas cannot be loaded.
    """
    from bodymap.anatomy.thorax import thorax_risk_rule
    from bodymap.storage.record_repository import RecordRepository

    if catalogue is None:
        from bodymap.anatomy.atlas import load_atlas

        catalogue = load_atlas()
    result = DemoResult()
    day = today or date.today()
    records = RecordRepository(repo, thorax_risk=thorax_risk_rule(catalogue.thorax_risk_ids))
    clinician = _demo_clinician(repo)
    if not records.has_signing_secret(clinician.id or 0):
        records.set_signing_secret(clinician.id or 0, DEMO_PASSPHRASE)
    previous_actor = repo.actor
    repo.set_actor(clinician.id)
    try:
        for case in CASES:
            if repo.find_patient_by_chart_number(case.patient.chart_number) is not None:
                result.already_present.append(case.patient.chart_number)
                continue
            with repo.batch():  # one transaction per patient: all of it, or none
                _add_case(repo, records, catalogue, case, clinician.id or 0, day, result)
    finally:
        repo.set_actor(previous_actor)
    return result


def _demo_clinician(repo: ChartRepository) -> Clinician:
    for clinician in repo.list_clinicians():
        if clinician.name == DEMO_CLINICIAN.name:
            return clinician
    return repo.add_clinician(DEMO_CLINICIAN)


def find_site(catalogue: SiteCatalogue, point: DemoPoint) -> TriggerSite | None:
    """The catalogue site for a demo point: same muscle and side, tag preferred."""
    sites = sorted(
        (s for s in catalogue.sites.values() if s.muscle == point.muscle and s.side == point.side),
        key=lambda s: s.id,
    )
    tagged = [s for s in sites if point.tag and f".{point.tag}" in s.id]
    preferred = tagged or sites
    return preferred[0] if preferred else None


def _lerp(start: float, end: float, t: float) -> float:
    return start + (end - start) * t


def _stage(t: float) -> int:
    return 0 if t < 0.34 else 1 if t < 0.75 else 2


def _scaled(polygon: ZonePolygon, factor: float) -> ZonePolygon:
    """The polygon shrunk (or grown) about its vertex centroid, as pain extent changes."""
    cx = sum(x for x, _ in polygon.exterior) / len(polygon.exterior)
    cy = sum(y for _, y in polygon.exterior) / len(polygon.exterior)

    def ring(points: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
        return tuple((cx + (x - cx) * factor, cy + (y - cy) * factor) for x, y in points)

    return ZonePolygon(ring(polygon.exterior), tuple(ring(h) for h in polygon.holes))


def _split(total: int, count: int, high: int) -> tuple[int, ...]:
    """Spread a questionnaire total over ``count`` items of 0..``high``, front-loaded."""
    return tuple(min(high, total // count + (1 if i < total % count else 0)) for i in range(count))


def _add_case(
    repo: ChartRepository,
    records: RecordRepository,
    catalogue: SiteCatalogue,
    case: DemoCase,
    clinician_id: int,
    today: date,
    result: DemoResult,
) -> None:
    patient = repo.add_patient(case.patient)
    result.patients_added += 1
    sites = [find_site(catalogue, p) for p in case.points]
    result.missing_sites += [
        f"{p.muscle} ({p.side.value})" for p, s in zip(case.points, sites, strict=True) if s is None
    ]
    first_day = today - timedelta(days=case.interval_days * (case.visits - 1))
    for k in range(case.visits):
        t = k / (case.visits - 1)
        day = first_day + timedelta(days=case.interval_days * k)
        started = datetime.combine(day, time(9 + k % 3, 30 if k % 2 else 0))
        nprs = round(_lerp(*case.nprs, t))
        stage = _stage(t)
        visit = repo.add_visit(
            Visit(
                patient_id=patient.id or 0,
                clinician_id=clinician_id,
                started_at=started,
                subjective=case.subjective[stage],
                assessment=case.assessment[stage],
                plan=case.plan,
            )
        )
        visit_id = visit.id or 0
        findings, treated = _chart_marks(repo, case, sites, visit_id, t, k == 0, nprs)
        measures = _measures(repo, case, sites, visit_id, t, nprs)
        visit = repo.update_visit(replace(visit, objective=f"{findings} {measures}".strip()))
        last = k == case.visits - 1
        next_visit = None if last else day + timedelta(days=case.interval_days)
        fill_record(records, case, visit, treated, clinician_id, next_visit, stage, k == 0)
        if not last:
            records.sign_visit(visit_id, clinician_id, DEMO_PASSPHRASE)
        result.visits_added += 1


def _chart_marks(
    repo: ChartRepository,
    case: DemoCase,
    sites: list[TriggerSite | None],
    visit_id: int,
    t: float,
    first: bool,
    nprs: int,
) -> tuple[str, Treated]:
    """Add the visit's trigger points and zones.

    Returns:
        The Objective sentence about them, and the active points (to be needled).
    """
    treated: Treated = []
    active: list[str] = []
    latent: list[str] = []
    for point, site in zip(case.points, sites, strict=True):
        if site is None or t >= point.gone_from:
            continue
        is_active = t < point.latent_from
        stored = repo.add_trigger_point(
            TriggerPoint(
                visit_id=visit_id,
                view=site.view,
                x=site.x,
                y=site.y,
                muscle=site.muscle,
                side=site.side,
                site=site.id,
                activity=Activity.ACTIVE if is_active else Activity.LATENT,
                familiar_pain=is_active,
                twitch=TwitchResponse.MANY if t < 0.3 else TwitchResponse.FEW,
                tenderness=max(1, round(point.tenderness * (1 - 0.6 * t))),
                carry=CarryStatus.NEW if first else CarryStatus.PERSISTING,
            )
        )
        (active if is_active else latent).append(f"{site.name.split(',')[0]} {site.side.value}")
        if not is_active:
            continue
        treated.append((stored, site, point))
        for view, polygon in site.referral.essential:
            repo.add_zone(
                PainZone(
                    visit_id=visit_id,
                    view=view,
                    polygons=(polygon,),
                    kind=ZoneKind.REFERRED,
                    intensity=max(1, nprs - 1),
                    quality=case.quality,
                    depth=Depth.DEEP,
                    source_point_id=stored.id,
                )
            )
    primary = sites[0]
    if primary is not None and nprs > 0:
        for view, polygon in primary.referral.essential:
            repo.add_zone(
                PainZone(
                    visit_id=visit_id,
                    view=view,
                    polygons=(_scaled(polygon, 1.1 - 0.5 * t),),
                    kind=ZoneKind.PATIENT_REPORTED,
                    intensity=nprs,
                    quality=case.quality,
                    depth=Depth.DEEP,
                    notes="Patient's drawing of the usual pain",
                )
            )
    text = f"Active trigger points: {', '.join(active) or 'none'}."
    return text + (f" Latent: {', '.join(latent)}." if latent else ""), treated


def _measures(
    repo: ChartRepository,
    case: DemoCase,
    sites: list[TriggerSite | None],
    visit_id: int,
    t: float,
    nprs: int,
) -> str:
    """Add the visit's outcome measures (built as the record forms build them).

    Returns:
        The Objective sentence about them.
    """
    post = max(0, nprs - 2)
    measures = [
        nprs_measure(NprsReading.CURRENT, nprs, MeasureTiming.PRE),
        nprs_measure(NprsReading.WORST_24H, min(10, nprs + 2), MeasureTiming.PRE),
        nprs_measure(NprsReading.CURRENT, post, MeasureTiming.POST),
    ]
    parts = [f"NPRS {nprs}/10 before, {post}/10 after treatment."]
    site = sites[0]
    if site is not None:
        for timing, gain in ((MeasureTiming.PRE, 0.0), (MeasureTiming.POST, 0.3)):
            mean = round(_lerp(*case.ppt, t) + gain, 1)
            trials = (round(mean - 0.1, 2), mean, round(mean + 0.1, 2))
            measures.append(ppt_measure(site.id, trials, site.side, timing))
        parts.append(f"PPT {site.name.split(',')[0]} {round(_lerp(*case.ppt, t), 1)} kg/cm².")
    if case.disability is not None:
        instrument, start, end = case.disability
        if instrument is Instrument.NDI:
            measures.append(ndi_measure(_split(round(_lerp(start, end, t)), 10, 5)))
        else:  # ODI % = sum of 10 sections (0-5) / 50 x 100
            measures.append(odi_measure(_split(round(_lerp(start, end, t) / 2), 10, 5)))
        unit = "/50" if instrument is Instrument.NDI else " %"
        parts.append(f"{instrument.value.upper()} {measures[-1].value:g}{unit}.")
    if case.psfs:
        # PSFS 1.0: 0 = unable, 10 = as before the problem, so improvement rises.
        scores = tuple(round(_lerp(2 + i, 9 - i % 2, t)) for i in range(len(case.psfs)))
        psfs = PsfsAssessment(version="1.0", activities=case.psfs, scores=scores)
        measures.append(psfs.to_measure())
        parts.append(f"PSFS {psfs.mean:.1f}/10.")
    for measure in measures:
        repo.add_measure(replace(measure, visit_id=visit_id))
    return " ".join(parts)

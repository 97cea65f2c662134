"""Demo data: realistic courses of treatment, placed at catalogue sites, loaded only once."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bodymap.anatomy.types import Confidence, ReferralPattern, TriggerSite
from bodymap.cli import run
from bodymap.demo import CASES, find_site, load_demo
from bodymap.model import Instrument, MeasureTiming, Side, View, VisitStatus, ZoneKind, ZonePolygon
from bodymap.model.measures import PsfsAssessment, check_psfs_continuity
from bodymap.storage import ChartRepository, open_repository


class ToyCatalogue:
    """One site per demo muscle and side, with a square essential referral zone."""

    def __init__(self) -> None:
        self.sites: dict[str, TriggerSite] = {}
        for n, point in enumerate(p for case in CASES for p in case.points):
            for side in (Side.LEFT, Side.RIGHT):
                x = 150.0 if side is Side.LEFT else 250.0
                y = 100.0 + 10 * n
                site_id = f"{point.muscle}.{point.tag or 'tp'}.{side.value}"
                square = ZonePolygon(((x, y), (x + 30, y), (x + 30, y + 30), (x, y + 30)))
                self.sites[site_id] = TriggerSite(
                    id=site_id,
                    muscle=point.muscle,
                    name=f"{point.muscle}, {point.tag}",
                    view=View.POSTERIOR,
                    x=x,
                    y=y,
                    side=side,
                    location="",
                    referral=ReferralPattern(((View.POSTERIOR, square),), (), ""),
                    safety="",
                    thorax_risk=False,
                    confidence=Confidence.REFERENCE,
                )
        self.thorax_risk_ids: frozenset[str] = frozenset()


@pytest.fixture
def demo_repo(tmp_path: Path) -> ChartRepository:
    repo = open_repository(str(tmp_path / "demo.sqlite"))
    load_demo(repo, ToyCatalogue(), today=date(2026, 11, 27))
    return repo


def test_three_patients_with_courses_of_visits(demo_repo: ChartRepository) -> None:
    patients = demo_repo.list_patients()
    assert len(patients) == 3
    assert "Zoë Ñúñez-Łukasiewicz" in {p.name for p in patients}
    [clinician] = demo_repo.list_clinicians()
    for patient in patients:
        visits = demo_repo.list_visits(patient.id or 0)
        assert 4 <= len(visits) <= 8
        assert all(v.status is VisitStatus.SIGNED for v in visits[:-1])
        assert visits[-1].status is VisitStatus.DRAFT
        assert visits[-1].started_at.date() == date(2026, 11, 27)
        assert (visits[-1].started_at - visits[0].started_at).days >= 21
        assert all(v.clinician_id == clinician.id and v.subjective for v in visits)


def _measure(demo_repo: ChartRepository, visit_id: int, instrument: Instrument) -> float:
    chart = demo_repo.load_chart(visit_id)
    return next(
        m.value
        for m in chart.measures
        if m.instrument is instrument and m.timing in (MeasureTiming.PRE, MeasureTiming.NONE)
    )


def test_outcomes_improve_over_the_course(demo_repo: ChartRepository) -> None:
    for patient in demo_repo.list_patients():
        first, *_, last = demo_repo.list_visits(patient.id or 0)
        assert _measure(demo_repo, last.id or 0, Instrument.NPRS) < _measure(
            demo_repo, first.id or 0, Instrument.NPRS
        )
        assert _measure(demo_repo, last.id or 0, Instrument.PPT) > _measure(
            demo_repo, first.id or 0, Instrument.PPT
        )
        first_chart = demo_repo.load_chart(first.id or 0)
        last_chart = demo_repo.load_chart(last.id or 0)
        assert len(last_chart.trigger_points) < len(first_chart.trigger_points)
        for instrument in (Instrument.NDI, Instrument.ODI):
            if any(m.instrument is instrument for m in first_chart.measures):
                assert _measure(demo_repo, last.id or 0, instrument) < _measure(
                    demo_repo, first.id or 0, instrument
                )
        # PSFS (version 1.0: 10 = able as before) rises; the same activities every visit.
        first_psfs = PsfsAssessment.from_measure(
            next(m for m in first_chart.measures if m.instrument is Instrument.PSFS)
        )
        last_psfs = PsfsAssessment.from_measure(
            next(m for m in last_chart.measures if m.instrument is Instrument.PSFS)
        )
        check_psfs_continuity(first_psfs, last_psfs)
        assert last_psfs.mean > first_psfs.mean


def test_points_sit_at_catalogue_sites_with_referral_zones(demo_repo: ChartRepository) -> None:
    catalogue = ToyCatalogue()
    [zoe] = demo_repo.list_patients("Zoë")
    chart = demo_repo.load_chart(demo_repo.list_visits(zoe.id or 0)[0].id or 0)
    assert chart.trigger_points
    for point in chart.trigger_points:
        site = catalogue.sites[point.site or ""]
        assert (point.view, point.x, point.y, point.side) == (site.view, site.x, site.y, site.side)
    assert {p.muscle for p in chart.trigger_points} == {
        "upper_trapezius",
        "suboccipitals",
        "sternocleidomastoid",
    }
    referred = [z for z in chart.zones if z.kind is ZoneKind.REFERRED]
    point_ids = {p.id for p in chart.trigger_points}
    assert referred
    assert all(z.source_point_id in point_ids for z in referred)
    assert any(z.kind is ZoneKind.PATIENT_REPORTED for z in chart.zones)


def test_running_twice_adds_nothing(demo_repo: ChartRepository) -> None:
    before = [(p, demo_repo.list_visits(p.id or 0)) for p in demo_repo.list_patients()]
    again = load_demo(demo_repo, ToyCatalogue())
    assert again.patients_added == 0
    assert again.visits_added == 0
    assert sorted(again.already_present) == ["DEMO-001", "DEMO-002", "DEMO-003"]
    assert [(p, demo_repo.list_visits(p.id or 0)) for p in demo_repo.list_patients()] == before
    assert len(demo_repo.list_clinicians()) == 1


def test_find_site_prefers_the_tag() -> None:
    point = CASES[0].points[0]
    site = find_site(ToyCatalogue(), point)
    assert site is not None
    assert site.id == f"{point.muscle}.{point.tag}.{point.side.value}"


def test_demo_command_with_the_real_atlas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite")
    assert run(["--db", db, "demo"]) == 0
    out, err = capsys.readouterr()
    assert "Added 3 demo patients" in out
    assert err == ""  # every demo muscle has a catalogue site
    assert run(["--db", db, "demo"]) == 0
    assert (
        "Already present, left unchanged: DEMO-001, DEMO-002, DEMO-003" in capsys.readouterr().out
    )
    assert run(["--db", db, "patients", "--json"]) == 0
    patients = json.loads(capsys.readouterr().out)
    assert len(patients) == 3


def test_every_visit_carries_a_complete_clinical_record(demo_repo: ChartRepository) -> None:
    from bodymap.storage.record_repository import RecordRepository

    records = RecordRepository(demo_repo, frozenset())
    [clinician] = demo_repo.list_clinicians()
    for patient in demo_repo.list_patients():
        visits = demo_repo.list_visits(patient.id or 0)
        for index, visit in enumerate(visits):
            record = records.load_record(visit.id or 0)
            assert record.screening is not None
            assert record.consent is not None
            assert record.plan is not None
            assert record.needling
            assert all(n.counts_match for n in record.needling)
            assert bool(record.adverse_events) == (index == 0)
            assert record.no_adverse_events == (index > 0)
            assert (record.plan.next_visit is None) == (index == len(visits) - 1)
        assert records.sign_blockers(visits[-1].id or 0) == []  # the draft is ready to sign
        actors = {e.who for e in demo_repo.audit_log(visits[0].id or 0)}
        assert actors == {clinician.id}


def test_default_catalogue_is_the_real_atlas(tmp_path: Path) -> None:
    from bodymap.anatomy.atlas import load_atlas

    repo = open_repository(str(tmp_path / "atlas.sqlite"))
    try:
        result = load_demo(repo)  # as the window's first-launch offer calls it
        assert result.patients_added == 3
        assert result.missing_sites == []
        sites = load_atlas().sites
        for patient in repo.list_patients():
            first = repo.list_visits(patient.id or 0)[0]
            chart = repo.load_chart(first.id or 0)
            for point in chart.trigger_points:
                site = sites[point.site or ""]
                assert (point.view, point.x, point.y) == (site.view, site.x, site.y)
                assert point.muscle == site.muscle
        check_demo_against_its_own_rules(repo)
    finally:
        repo.close()


def check_demo_against_its_own_rules(repo: ChartRepository) -> None:
    """Issue #13 item 7: the demo signs through the safety rules and follows its own notes."""
    from bodymap.analysis.extent import reported_zones, visit_extent
    from bodymap.anatomy.atlas import load_atlas
    from bodymap.anatomy.thorax import thorax_risk_rule
    from bodymap.model.catalog_lists import PatientPosition
    from bodymap.storage.record_repository import RecordRepository

    atlas = load_atlas()
    records = RecordRepository(repo, thorax_risk_rule(atlas.thorax_risk_ids))
    for patient in repo.list_patients():
        visits = repo.list_visits(patient.id or 0)
        assert records.sign_blockers(visits[-1].id or 0) == []
        for visit in visits:
            chart = repo.load_chart(visit.id or 0)
            record = records.load_record(visit.id or 0)
            points = {p.id: p for p in chart.trigger_points}
            for needled in record.needling:
                point = points[needled.trigger_point_id]
                if point.muscle == "sternocleidomastoid":  # the app's note: pincer grip
                    assert needled.patient_position is not PatientPosition.PRONE
                    assert needled.direction.startswith("Pincer grip")
            assert record.screening is not None
            meds = record.screening.medications
            assert bool(meds.details.strip()) <= bool(meds.classes)  # no drug under "none"
            # Counts come from the patient's own drawing, never from the referral zones.
            both = visit_extent(atlas, chart.zones)
            assert both.reported == visit_extent(atlas, reported_zones(chart.zones)).reported
    first_visits = {p.chart_number: repo.list_visits(p.id or 0)[0] for p in repo.list_patients()}
    zoe = visit_extent(atlas, repo.load_chart(first_visits["DEMO-001"].id or 0).zones)
    assert zoe.reported.wpi_count == 4  # all zones together gave 7, the 2016 cut-off
    mehmet = visit_extent(atlas, repo.load_chart(first_visits["DEMO-002"].id or 0).zones)
    assert round(mehmet.reported.percent, 2) == 0.49  # all zones together gave 3.44 %

"""Round trips through ChartRepository: every entity, numbering, soft delete, search, archive."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from bodymap.errors import NotFoundError, UsageError
from bodymap.model import (
    Activity,
    CarryStatus,
    Clinician,
    Depth,
    Instrument,
    MeasureTiming,
    OutcomeMeasure,
    PainQuality,
    PainZone,
    Patient,
    Sex,
    Side,
    TwitchResponse,
    View,
    Visit,
    VisitStatus,
    ZoneKind,
    ZonePolygon,
)
from bodymap.storage import ChartRepository, SignedVisitError, open_repository
from tests.storage.conftest import Chart, make_point, square
from tests.storage.signing import sign_complete_visit


def test_clinician_round_trip(repo: ChartRepository) -> None:
    clinician = Clinician(
        name="Ines Okafor",
        credentials="PT, DPT",
        training_course="Dry needling level 1 and 2",
        training_hours=54.0,
        training_date=date(2024, 3, 2),
    )
    stored = repo.add_clinician(clinician)
    assert stored.id is not None
    assert stored.uuid is not None
    assert stored == replace(clinician, id=stored.id, uuid=stored.uuid)
    assert repo.get_clinician(stored.id) == stored
    changed = repo.update_clinician(replace(stored, credentials="PT, DPT, OCS"))
    assert repo.get_clinician(stored.id).credentials == "PT, DPT, OCS"
    assert repo.list_clinicians() == [changed]


def test_patient_round_trip_keeps_non_ascii(repo: ChartRepository) -> None:
    patient = Patient(
        name="Zoë Ñúñez-Łukasiewicz",
        chart_number="Ž-0042",
        date_of_birth=date(1984, 5, 17),
        sex=Sex.FEMALE,
        contact="zoë@example.org",
        notes="Prefers morning visits; 日本語 notes too",
    )
    stored = repo.add_patient(patient)
    assert stored == replace(patient, id=stored.id, uuid=stored.uuid)
    assert repo.get_patient(stored.id or 0) == stored


def test_patient_search_archive_and_order(repo: ChartRepository) -> None:
    zoe = repo.add_patient(
        Patient(name="Zoë Ñúñez", chart_number="A-7", date_of_birth=date(1990, 2, 3))
    )
    bob = repo.add_patient(Patient(name="Bob Adams", chart_number="B-1"))
    assert [p.name for p in repo.list_patients()] == ["Bob Adams", "Zoë Ñúñez"]
    assert repo.list_patients("ZOË") == [zoe]  # case-insensitive beyond ASCII
    assert repo.list_patients("ñúñ") == [zoe]
    assert repo.list_patients("b-1") == [bob]
    assert repo.list_patients("1990-02") == [zoe]
    archived = repo.archive_patient(bob.id or 0)
    assert archived.archived
    assert repo.list_patients() == [zoe]
    assert repo.list_patients(include_archived=True) == [archived, zoe]
    assert repo.get_patient(bob.id or 0).archived  # archived, still there
    assert not repo.archive_patient(bob.id or 0, archived=False).archived
    assert repo.find_patient_by_chart_number("A-7") == zoe
    assert repo.find_patient_by_chart_number("nope") is None


def test_unknown_ids_raise_not_found(repo: ChartRepository) -> None:
    with pytest.raises(NotFoundError, match="no patient with id 99"):
        repo.get_patient(99)
    with pytest.raises(NotFoundError, match="no visit with id 5"):
        repo.load_chart(5)
    with pytest.raises(NotFoundError, match="no patient"):
        repo.add_visit(Visit(patient_id=42, started_at=datetime(2026, 1, 1)))
    with pytest.raises(NotFoundError, match="no visit"):
        repo.add_trigger_point(make_point(77))


def test_visit_round_trip_list_and_previous(repo: ChartRepository, chart: Chart) -> None:
    pid = chart.patient.id or 0
    later = repo.add_visit(
        Visit(
            patient_id=pid,
            started_at=chart.visit.started_at + timedelta(days=7),
            plan="Home program",
        )
    )
    earliest = repo.add_visit(
        Visit(patient_id=pid, started_at=chart.visit.started_at - timedelta(days=7))
    )
    assert repo.get_visit(later.id or 0) == later
    assert [v.id for v in repo.list_visits(pid)] == [earliest.id, chart.visit.id, later.id]
    assert repo.previous_visit(later.id or 0) == chart.visit
    assert repo.previous_visit(earliest.id or 0) is None
    edited = repo.update_visit(replace(later, assessment="Improving", objective="ROM full"))
    assert repo.get_visit(later.id or 0) == edited
    assert edited.assessment == "Improving"


def test_new_visit_must_be_draft(repo: ChartRepository, chart: Chart) -> None:
    signed = replace(chart.visit, id=None, status=VisitStatus.SIGNED, signed_at=datetime.now())
    with pytest.raises(UsageError, match="draft"):
        repo.add_visit(signed)
    with pytest.raises(UsageError, match="sign_visit"):
        repo.update_visit(replace(chart.visit, status=VisitStatus.SIGNED, signed_at=datetime.now()))


def test_chart_round_trip_every_mark_field(repo: ChartRepository, chart: Chart) -> None:
    vid = chart.visit.id
    point = repo.add_trigger_point(
        make_point(
            vid,
            view=View.ANTERIOR,
            x=180.25,
            y=330.5,
            muscle="rectus_abdominis",
            side=Side.MIDLINE,
            site=None,
            activity=Activity.LATENT,
            familiar_pain=True,
            twitch=TwitchResponse.MANY,
            tenderness=None,
            notes="Ñ notes",
            carry=CarryStatus.PERSISTING,
        )
    )
    zone = repo.add_zone(
        PainZone(
            visit_id=vid,
            view=View.POSTERIOR,
            polygons=(
                ZonePolygon(
                    ((100.0, 100.0), (160.0, 100.0), (160.0, 160.0), (100.0, 160.0)),
                    holes=(((120.0, 120.0), (130.0, 120.0), (130.0, 130.0)),),
                ),
                square(300, 300, 5),
            ),
            kind=ZoneKind.PATIENT_REPORTED,
            intensity=0,
            quality=PainQuality.BURNING,
            depth=Depth.SUPERFICIAL,
            notes="two patches",
            carry=CarryStatus.RESOLVED,
        )
    )
    measure = repo.add_measure(
        OutcomeMeasure(
            visit_id=vid,
            instrument=Instrument.NDI,
            timing=MeasureTiming.NONE,
            value=14,
            version="1991",
            items=(1, 2, None, 3, 2, 1, 1, 2, 1, 1),
            item_labels=("Pain intensity", "Personal care"),
        )
    )
    ppt = repo.add_measure(
        OutcomeMeasure(
            visit_id=vid,
            instrument=Instrument.PPT,
            timing=MeasureTiming.POST,
            value=2.45,
            site="upper_trapezius.central.right",
            side=Side.RIGHT,
            items=(2.4, 2.5, 2.45),
        )
    )
    loaded = repo.load_chart(vid or 0)
    assert loaded.visit == chart.visit
    assert loaded.patient == chart.patient
    assert loaded.clinician == chart.clinician
    assert loaded.trigger_points == (chart.point, point)
    assert loaded.zones == (chart.zone, zone)
    assert loaded.measures == (chart.measure, measure, ppt)
    assert isinstance(loaded.measures[0].value, int)  # NPRS comes back whole


def test_updates_round_trip(repo: ChartRepository, chart: Chart) -> None:
    moved = repo.update_trigger_point(replace(chart.point, x=240.0, tenderness=3, notes="eased"))
    reshaped = repo.update_zone(replace(chart.zone, polygons=(square(10, 10, 40),), intensity=2))
    remeasured = repo.update_measure(replace(chart.measure, value=3))
    loaded = repo.load_chart(chart.visit.id or 0)
    assert loaded.trigger_points == (moved,)
    assert loaded.zones == (reshaped,)
    assert loaded.measures == (remeasured,)
    assert moved.number == chart.point.number


def test_trigger_point_numbers_continue_after_delete(repo: ChartRepository, chart: Chart) -> None:
    assert chart.point.number == 1
    second = repo.add_trigger_point(make_point(chart.visit.id))
    assert second.number == 2
    repo.delete_trigger_point(second.id or 0)
    third = repo.add_trigger_point(make_point(chart.visit.id))
    assert third.number == 3  # a restored #2 must not collide with a reused number
    explicit = repo.add_trigger_point(make_point(chart.visit.id, number=10))
    assert explicit.number == 10
    other_visit = repo.add_visit(
        Visit(patient_id=chart.patient.id or 0, started_at=datetime(2026, 11, 1))
    )
    assert repo.add_trigger_point(make_point(other_visit.id)).number == 1


def test_soft_delete_and_restore(repo: ChartRepository, chart: Chart) -> None:
    vid = chart.visit.id or 0
    repo.delete_trigger_point(chart.point.id or 0)
    repo.delete_zone(chart.zone.id or 0)
    repo.delete_measure(chart.measure.id or 0)
    empty = repo.load_chart(vid)
    assert (empty.trigger_points, empty.zones, empty.measures) == ((), (), ())
    with pytest.raises(NotFoundError, match="no live trigger point"):
        repo.delete_trigger_point(chart.point.id or 0)
    with pytest.raises(NotFoundError):
        repo.update_zone(chart.zone)  # a deleted zone cannot be edited until restored
    assert repo.restore_trigger_point(chart.point.id or 0) == chart.point
    assert repo.restore_zone(chart.zone.id or 0) == chart.zone
    assert repo.restore_measure(chart.measure.id or 0) == chart.measure
    with pytest.raises(NotFoundError, match="no deleted pain zone"):
        repo.restore_zone(chart.zone.id or 0)
    restored = repo.load_chart(vid)
    assert restored.trigger_points == (chart.point,)
    assert restored.zones == (chart.zone,)
    assert restored.measures == (chart.measure,)


def test_each_call_is_committed_at_once(
    db_path: object, repo: ChartRepository, chart: Chart
) -> None:
    # A second, independent repository sees every edit without any save step.
    other = open_repository(str(db_path))
    try:
        assert other.load_chart(chart.visit.id or 0).trigger_points == (chart.point,)
        repo.update_trigger_point(replace(chart.point, x=99.0))
        assert other.load_chart(chart.visit.id or 0).trigger_points[0].x == 99.0
    finally:
        other.close()


def test_sign_visit(repo: ChartRepository, chart: Chart) -> None:
    assert not hasattr(repo, "sign_visit")  # the one way to sign checks the record rules
    signed = sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
    assert signed.status is VisitStatus.SIGNED
    assert signed.signed_by == chart.clinician.id
    assert signed.signed_at is not None
    assert repo.get_visit(chart.visit.id or 0) == signed
    other = repo.add_visit(replace(chart.visit, id=None))
    with pytest.raises(NotFoundError, match="no clinician"):
        sign_complete_visit(repo, other.id or 0, 404)


def test_location_names_the_file(repo: ChartRepository, db_path: object) -> None:
    assert repo.location == str(db_path)


def test_batch_commits_together_or_not_at_all(
    db_path: object, repo: ChartRepository, chart: Chart
) -> None:
    other = open_repository(str(db_path))
    try:
        with repo.batch():
            added = repo.add_trigger_point(make_point(chart.visit.id))
            with repo.batch():  # nested batches join the outer one
                repo.update_trigger_point(replace(added, tenderness=2))
            assert len(other.load_chart(chart.visit.id or 0).trigger_points) == 1  # not yet
        assert other.load_chart(chart.visit.id or 0).trigger_points[1].tenderness == 2
        with pytest.raises(NotFoundError), repo.batch():
            _add_then_fail(repo, chart)
        assert len(repo.load_chart(chart.visit.id or 0).trigger_points) == 2
    finally:
        other.close()


def test_signing_inside_a_batch_locks_the_rest_of_it(repo: ChartRepository, chart: Chart) -> None:
    with pytest.raises(SignedVisitError), repo.batch():
        _sign_then_add(repo, chart)
    assert repo.get_visit(chart.visit.id or 0).status is VisitStatus.DRAFT  # rolled back


def _add_then_fail(repo: ChartRepository, chart: Chart) -> None:
    repo.add_trigger_point(make_point(chart.visit.id))
    repo.delete_zone(999)


def _sign_then_add(repo: ChartRepository, chart: Chart) -> None:
    sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
    repo.add_trigger_point(make_point(chart.visit.id))


def test_zone_links_only_to_a_point_of_its_visit(repo: ChartRepository, chart: Chart) -> None:
    other = repo.add_visit(replace(chart.visit, id=None, started_at=datetime(2026, 12, 1)))
    with pytest.raises(NotFoundError, match="source_point_id: no trigger point with id"):
        repo.add_zone(replace(chart.zone, id=None, visit_id=other.id))
    with pytest.raises(NotFoundError, match="source_point_id"):
        repo.update_zone(replace(chart.zone, source_point_id=12345))
    with pytest.raises(NotFoundError, match="no visit with id 777"):
        repo.update_measure(replace(chart.measure, visit_id=777))
    assert repo.load_chart(chart.visit.id or 0).zones == (chart.zone,)

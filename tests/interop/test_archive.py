"""The lossless archive: byte-identical round trip, all-or-nothing import, conflicts, guard."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bodymap.commands.listing import chart_json
from bodymap.interop.archive import ArchiveConflictError, export_archive, import_archive
from bodymap.interop.archive_parse import ArchiveError
from bodymap.model import VisitStatus
from bodymap.storage import ChartRepository, SignedVisitError
from bodymap.storage.record_repository import RecordRepository
from tests.interop.rows import row_counts
from tests.storage.conftest import make_point


def _visit_ids(repo: ChartRepository) -> list[int]:
    return [
        v.id or 0
        for p in repo.list_patients(include_archived=True)
        for v in repo.list_visits(p.id or 0)
    ]


def test_round_trip_is_byte_identical_and_shows_the_same_charts(
    demo_repo: ChartRepository, empty_repo: ChartRepository, demo_archive: bytes
) -> None:
    result = import_archive(empty_repo, demo_archive)
    assert (result.clinicians, result.patients, result.visits) == (1, 3, 18)
    assert export_archive(empty_repo) == demo_archive
    ids = _visit_ids(demo_repo)
    assert sorted(ids) == sorted(_visit_ids(empty_repo))
    for visit_id in ids:
        assert chart_json(empty_repo.load_chart(visit_id)) == chart_json(
            demo_repo.load_chart(visit_id)
        )
        before = RecordRepository(demo_repo, frozenset()).load_record(visit_id)
        assert RecordRepository(empty_repo, frozenset()).load_record(visit_id) == before


def test_the_archive_holds_every_record_kind_and_the_audit_trail(demo_archive: bytes) -> None:
    document = json.loads(demo_archive)
    assert (document["format"], document["format_version"]) == ("bodymap-archive", 2)
    signed = [v for v in document["visits"] if v["status"] == "signed"]
    assert signed
    assert all(
        len(v["signature"]["hash"]) == 64 for v in signed
    )  # carried, see test_archive_signatures
    assert all(v["signature"]["signed_by"] == document["clinicians"][0]["uuid"] for v in signed)
    record = signed[0]["record"]
    assert record["screening"]["answers"]
    assert record["consent"]
    assert record["needling"]
    assert record["plan"]
    assert signed[0]["trigger_points"]
    assert signed[0]["zones"]
    assert signed[0]["measures"]
    assert {e["action"] for e in signed[0]["audit"]} >= {"create", "sign"}


def test_importing_again_skips_identical_records_and_writes_nothing(
    demo_repo: ChartRepository, demo_archive: bytes
) -> None:
    before = row_counts(demo_repo)
    result = import_archive(demo_repo, demo_archive)
    assert (result.clinicians, result.patients, result.visits) == (0, 0, 0)
    assert result.skipped == {"clinician": 1, "patient": 3, "visit": 18}
    assert "already present and identical" in result.summary
    assert row_counts(demo_repo) == before


def test_signed_visits_arrive_signed_and_stay_guarded(
    empty_repo: ChartRepository, demo_archive: bytes
) -> None:
    import_archive(empty_repo, demo_archive)
    signed = [
        v
        for p in empty_repo.list_patients()
        for v in empty_repo.list_visits(p.id or 0)
        if v.status is VisitStatus.SIGNED
    ]
    assert len(signed) == 15
    with pytest.raises(SignedVisitError):
        empty_repo.add_trigger_point(make_point(signed[0].id))
    # The import is in each visit's audit trail, after the trail it brought along.
    assert empty_repo.audit_log(signed[0].id or 0)[-1].action.value == "import"


def _edit(archive: bytes, change: Any) -> bytes:
    document = json.loads(archive)
    change(document)
    return json.dumps(document).encode()


def test_a_conflicting_record_is_listed_and_nothing_is_imported(
    demo_repo: ChartRepository, demo_archive: bytes
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["patients"][0]["name"] = "Someone Else"
        document["visits"][0]["trigger_points"][0]["x"] += 1.5

    before = row_counts(demo_repo)
    with pytest.raises(ArchiveConflictError) as caught:
        import_archive(demo_repo, _edit(demo_archive, change))
    message = str(caught.value)
    assert "2 differences" in message
    assert "patients[0]" in message
    assert ".name: stored" in message
    assert "visits[0]" in message
    assert ".trigger_points[0].x" in message
    assert row_counts(demo_repo) == before


def test_one_bad_record_anywhere_imports_nothing_and_names_record_and_field(
    empty_repo: ChartRepository, demo_archive: bytes
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["visits"][-1]["measures"][0]["value"] = 11  # NPRS goes to 10

    before = row_counts(empty_repo)
    with pytest.raises(ArchiveError) as caught:
        import_archive(empty_repo, _edit(demo_archive, change))
    message = str(caught.value)
    assert "\n" not in message
    assert "visits[17]" in message
    assert "measures[0]" in message
    assert "value" in message
    assert row_counts(empty_repo) == before


def test_schema_errors_name_the_record_and_field(
    empty_repo: ChartRepository, demo_archive: bytes
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["visits"][2]["zones"][0]["intensity"] = "severe"

    with pytest.raises(ArchiveError, match=r"visits\[2\] \([0-9a-f-]{36}\)\.zones\[0\]"):
        import_archive(empty_repo, _edit(demo_archive, change))
    assert row_counts(empty_repo)["visits"] == 0


def test_a_patient_archive_moves_into_a_database_with_other_records(
    demo_repo: ChartRepository, empty_repo: ChartRepository
) -> None:
    # The target already holds a different patient, so every id must be remapped.
    other = export_archive(demo_repo, [3])
    import_archive(empty_repo, other)
    one = export_archive(demo_repo, [1])
    result = import_archive(empty_repo, one)
    assert (result.patients, result.visits, result.skipped["clinician"]) == (1, 6, 1)
    source = {v.uuid: v for v in demo_repo.list_visits(1)}
    [moved] = [p for p in empty_repo.list_patients() if p.uuid == demo_repo.get_patient(1).uuid]
    for visit in empty_repo.list_visits(moved.id or 0):
        original = source[visit.uuid]
        here = empty_repo.load_chart(visit.id or 0)
        there = demo_repo.load_chart(original.id or 0)
        assert [p.uuid for p in here.trigger_points] == [p.uuid for p in there.trigger_points]
        numbers = {p.id: p.number for p in here.trigger_points}
        assert [numbers.get(z.source_point_id) for z in here.zones] == [
            {p.id: p.number for p in there.trigger_points}.get(z.source_point_id)
            for z in there.zones
        ]
        here_tp = {p.id: p.uuid for p in here.trigger_points}
        there_tp = {p.id: p.uuid for p in there.trigger_points}
        here_rec = RecordRepository(empty_repo, frozenset()).load_record(visit.id or 0)
        there_rec = RecordRepository(demo_repo, frozenset()).load_record(original.id or 0)
        assert [here_tp[n.trigger_point_id] for n in here_rec.needling] == [
            there_tp[n.trigger_point_id] for n in there_rec.needling
        ]
    # Exporting the moved patient from here gives the same records (ids aside).
    again = json.loads(export_archive(empty_repo, [moved.id or 0]))
    original_doc = json.loads(one)
    assert [v["uuid"] for v in again["visits"]] == [v["uuid"] for v in original_doc["visits"]]


def test_duplicate_uuids_in_a_file_are_refused(
    empty_repo: ChartRepository, demo_archive: bytes
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["visits"][1]["trigger_points"][0]["uuid"] = document["visits"][0]["uuid"]

    with pytest.raises(ArchiveError, match="is also used by visits\\[0\\]"):
        import_archive(empty_repo, _edit(demo_archive, change))
    assert row_counts(empty_repo)["visits"] == 0


def test_content_goes_only_into_drafts_this_import_created() -> None:
    from bodymap.storage.archive_write import _refuse_unless_new_drafts
    from bodymap.storage.errors import DatabaseError

    with pytest.raises(DatabaseError, match="did not just create"):
        _refuse_unless_new_drafts({41}, {})

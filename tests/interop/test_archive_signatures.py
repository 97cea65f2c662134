"""Archive format 2 (issue 16): signed visits travel with their signatures and addenda hashes;
import keeps them as they are, checks them in its transaction, and refuses a mismatch whole."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import text

from bodymap.interop.archive import export_archive, import_archive
from bodymap.interop.archive_parse import ArchiveError
from bodymap.storage import ChartRepository
from bodymap.storage.archive_write import RESEAL_NOTE, ImportedSignatureError
from bodymap.storage.record_repository import RecordRepository
from bodymap.storage.verify import verify_records
from tests.interop.rows import row_counts


def _signatures(repo: ChartRepository) -> list[tuple[Any, ...]]:
    with repo.transaction(write=False) as session:
        rows = session.execute(
            text(
                "SELECT v.uuid, s.format_version, s.content_hash, s.content, s.identity "
                "FROM visit_signatures s JOIN visits v ON v.id = s.visit_id ORDER BY v.uuid"
            )
        ).all()
    return [tuple(r) for r in rows]


def _addenda(repo: ChartRepository) -> list[tuple[Any, ...]]:
    with repo.transaction(write=False) as session:
        rows = session.execute(text("SELECT uuid, content_hash FROM addenda ORDER BY uuid"))
        return [tuple(r) for r in rows]


@pytest.fixture
def with_addenda(demo_repo: ChartRepository) -> bytes:
    """The demo with two addenda on a signed visit, exported."""
    records = RecordRepository(demo_repo, frozenset())
    signed = next(
        v
        for p in demo_repo.list_patients()
        for v in demo_repo.list_visits(p.id or 0)
        if v.is_signed
    )
    author = signed.signed_by or 0
    records.add_addendum(signed.id or 0, author, "Phoned: pain settled overnight.")
    records.add_addendum(signed.id or 0, author, "Second call: back at work.")
    return export_archive(demo_repo)


def test_signatures_and_addenda_travel_as_stored_and_round_trip(
    demo_repo: ChartRepository, empty_repo: ChartRepository, with_addenda: bytes
) -> None:
    document = json.loads(with_addenda)
    assert document["format_version"] == 2
    signed = [v for v in document["visits"] if v["signature"]]
    assert all({"format", "hash", "identity", "content"} <= v["signature"].keys() for v in signed)
    assert sum(len(v["record"]["addenda"]) for v in signed) == 2
    import_archive(empty_repo, with_addenda)
    # Stored as they came: the same hashes, documents and snapshots, never recomputed.
    assert _signatures(empty_repo) == _signatures(demo_repo)
    assert _addenda(empty_repo) == _addenda(demo_repo)
    assert len(_addenda(empty_repo)) == 2
    report = verify_records(empty_repo)
    assert report.ok, report.problems
    assert export_archive(empty_repo) == with_addenda


def _edited(archive: bytes, change: Any) -> bytes:
    document = json.loads(archive)
    change([v for v in document["visits"] if v["signature"]])
    return json.dumps(document).encode()


EDITS = {
    "content": (
        lambda visits: visits[0].update(assessment="rewritten in the file"),
        "signed content changed (soap.assessment)",
    ),
    "hash": (
        lambda visits: visits[0]["signature"].update(hash="ab" * 32),
        "signature record altered",
    ),
    "addendum": (
        lambda visits: next(v for v in visits if v["record"]["addenda"])["record"]["addenda"][
            0
        ].update(text="Phoned: worse."),
        "addendum",
    ),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_signed_visit_edited_in_the_file_refuses_the_whole_import(
    empty_repo: ChartRepository, with_addenda: bytes, edit: str
) -> None:
    change, expected = EDITS[edit]
    before = row_counts(empty_repo)
    with pytest.raises(ImportedSignatureError) as refused:
        import_archive(empty_repo, _edited(with_addenda, change))
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith("import refused, nothing written: visit ")
    assert expected in message
    assert row_counts(empty_repo) == before


def test_a_format_2_signed_visit_without_its_hash_is_refused(
    empty_repo: ChartRepository, with_addenda: bytes
) -> None:
    archive = _edited(with_addenda, lambda visits: visits[0]["signature"].pop("hash"))
    with pytest.raises(ArchiveError, match=r"visits\[\d+\] \(.*\)\.signature: hash: required"):
        import_archive(empty_repo, archive)
    assert row_counts(empty_repo)["visits"] == 0


def test_a_format_1_archive_still_imports_and_its_signatures_are_computed(
    empty_repo: ChartRepository, with_addenda: bytes
) -> None:
    document = json.loads(with_addenda)
    document["format_version"] = 1
    for visit in document["visits"]:
        for key in ("format", "hash", "identity", "content"):
            (visit["signature"] or {}).pop(key, None)
        for addendum in visit["record"]["addenda"]:
            addendum.pop("content_hash")
    result = import_archive(empty_repo, json.dumps(document).encode())
    assert result.visits == 18
    report = verify_records(empty_repo)
    assert report.ok, report.problems
    assert len(_addenda(empty_repo)) == 2
    with empty_repo.transaction(write=False) as session:
        notes = session.execute(
            text("SELECT new_value FROM audit_log WHERE action = 'signature'")
        ).scalars()
        computed = [json.loads(n).get("note") for n in notes]
    assert computed.count(RESEAL_NOTE) == len(_signatures(empty_repo))

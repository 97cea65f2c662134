"""The verify fast path (issue 10's budget) decides exactly as the exact read would."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from bodymap.storage import open_repository
from bodymap.storage.audit_chain import HASHED, entry_hash
from bodymap.storage.integrity_read import content_documents
from bodymap.storage.verify import verify_records
from bodymap.storage.verify_read import quick_documents
from tests.storage.tampering import Signed


def _documents(url: str) -> tuple[dict[int, object], dict[int, object]]:
    repo = open_repository(url)
    try:
        with repo.transaction(write=False) as session:
            connection = session.connection()
            exact = content_documents(connection, None)
            ids = sorted(exact)
            quick = quick_documents(connection, ids, whole=True)
            listed = quick_documents(connection, ids[::2])
    finally:
        repo.close()
    assert listed == {v: quick[v] for v in ids[::2]}
    return exact, quick


def test_quick_documents_equal_the_exact_read_on_the_demo(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    exact, quick = _documents(str(path))
    assert len(exact) >= 10
    assert quick == exact


def test_quick_documents_equal_the_exact_read_on_both_engines(signed: Signed) -> None:
    exact, quick = _documents(signed.db.url)
    assert quick == exact
    assert any(doc["trigger_points"] for doc in exact.values())  # type: ignore[index]


def test_the_chain_loop_hashes_as_entry_hash_does(signed: Signed) -> None:
    repo = signed.db.open()
    try:
        with repo.transaction(write=False) as session:
            rows = session.execute(
                text(f"SELECT {', '.join(HASHED)}, prev_hash, row_hash FROM audit_log ORDER BY id")
            ).all()
        report = verify_records(repo)
    finally:
        repo.close()
    assert len(rows) == report.audit_entries > 5
    for row in rows:
        assert entry_hash(row[10], row[:10]) == row[11]
    assert report.ok


def test_a_time_respelled_but_unchanged_still_verifies(signed: Signed) -> None:
    """Same value, other spelling: the fast read misses, the exact read decides (no report)."""
    if signed.db.kind != "sqlite":
        return  # PostgreSQL stores timestamps as values, not text
    signed.db.drop_triggers()
    signed.db.raw(
        f"UPDATE visits SET started_at = replace(started_at, ' ', 'T') WHERE id = {signed.visit_id}"
    )
    repo = signed.db.open()
    try:
        report = verify_records(repo)
    finally:
        repo.close()
    assert report.ok, report.problems


def test_unreadable_values_are_named_not_a_traceback(signed: Signed) -> None:
    signed.db.drop_triggers()
    if signed.db.kind == "sqlite":
        signed.db.raw(f"UPDATE visits SET started_at = 'yesterday' WHERE id = {signed.visit_id}")
        signed.db.raw("UPDATE audit_log SET at = 'noon' WHERE id = 3")
    else:
        signed.db.raw(
            "UPDATE visits SET started_at = started_at + interval '1 hour' "
            f"WHERE id = {signed.visit_id}"
        )
        signed.db.raw("UPDATE audit_log SET at = at + interval '1 second' WHERE id = 3")
    repo = signed.db.open()
    try:
        report = verify_records(repo)
    finally:
        repo.close()
    assert report.problems[0] == (
        f"visit {signed.visit_id}: signed content changed (visit.started_at)"
    )
    [chain] = report.audit_problems
    assert chain.startswith("audit chain broken at audit entry 3")
    assert chain.endswith(": entry edited")

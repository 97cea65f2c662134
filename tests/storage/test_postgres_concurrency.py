"""PostgreSQL under concurrent writers: unique numbers, nothing after signing, bounded retries.

Needs $BODYMAP_TEST_PG_URL (skipped without it). The figure with 4 writers for 6 s is in
``benchmarks/bench_pg_writers.py``; here the same race runs briefly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from sqlalchemy import create_engine, text

from bodymap.model import TriggerPoint
from bodymap.model.audit import AuditAction
from bodymap.storage import ChartRepository, SignedVisitError, open_repository
from bodymap.storage.record_repository import RecordRepository
from tests.storage.conftest import fill_chart, make_point
from tests.storage.signing import ensure_secret
from tests.storage.test_postgres import pg_schema_url  # noqa: F401 (fixture)

pytestmark = pytest.mark.postgres


@pytest.fixture
def repos(pg_schema_url: str) -> Iterator[Callable[[], ChartRepository]]:  # noqa: F811
    opened: list[ChartRepository] = []

    def open_one() -> ChartRepository:
        opened.append(open_repository(pg_schema_url))
        return opened[-1]

    yield open_one
    for repo in opened:
        repo.close()


def _run_together(workers: list[Callable[[], None]]) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(len(workers))

    def wrap(work: Callable[[], None]) -> None:
        start.wait()
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 (reported to the test)
            errors.append(exc)

    threads = [threading.Thread(target=wrap, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


def test_four_writers_on_one_visit_get_distinct_numbers(
    repos: Callable[[], ChartRepository],
) -> None:
    chart = fill_chart(repos())
    visit_id = chart.visit.id or 0
    writers = [repos() for _ in range(4)]
    each = 10  # a fixed count, not a time: the race is the same on a loaded machine

    def place(repo: ChartRepository) -> Callable[[], None]:
        def work() -> None:
            for _ in range(each):
                repo.add_trigger_point(make_point(visit_id))

        return work

    assert _run_together([place(r) for r in writers]) == []
    numbers = [p.number for p in writers[0].load_chart(visit_id).trigger_points]
    assert len(numbers) == 1 + 4 * each  # fill_chart's point and every writer's
    assert len(set(numbers)) == len(numbers)
    assert sorted(numbers) == list(range(1, len(numbers) + 1))


def test_the_database_refuses_a_duplicate_number(
    repos: Callable[[], ChartRepository],
    pg_schema_url: str,  # noqa: F811
) -> None:
    chart = fill_chart(repos())
    engine = create_engine(pg_schema_url)
    duplicate = "uq_trigger_points_visit_id_number"
    try:
        with pytest.raises(Exception, match=duplicate), engine.begin() as connection:  # noqa: PT012
            connection.execute(
                text(
                    "INSERT INTO trigger_points (uuid, visit_id, number, view, x, y, muscle,"
                    " side, activity, familiar_pain, twitch, notes, carry) SELECT"
                    " gen_random_uuid()::text, visit_id, number, view, x, y, muscle, side,"
                    " activity, familiar_pain, twitch, notes, carry FROM trigger_points"
                    " WHERE id = :id"
                ),
                {"id": chart.point.id},
            )
    finally:
        engine.dispose()


def test_a_batch_open_across_signing_cannot_add_to_the_signed_visit(
    repos: Callable[[], ChartRepository],
) -> None:
    writer, signer = repos(), repos()
    chart = fill_chart(writer)
    visit_id = chart.visit.id or 0
    records = RecordRepository(signer, frozenset())
    records.set_no_adverse_events(visit_id)
    secret = ensure_secret(records, chart.clinician.id or 0)
    with pytest.raises(SignedVisitError), writer.batch():  # noqa: PT012 (the batch is the case)
        writer.get_visit(visit_id)  # the batch has read the visit as a draft
        records.sign_visit(visit_id, chart.clinician.id or 0, secret)
        writer.add_trigger_point(make_point(visit_id))
    points = signer.load_chart(visit_id).trigger_points
    assert [p.id for p in points] == [chart.point.id]


def _nothing_after_signing(repo: ChartRepository, visit_id: int) -> None:
    actions = [e.action for e in repo.audit_log(visit_id)]
    assert AuditAction.SIGN in actions
    # Only the signature's own entry (its content hash) follows the sign entry.
    assert actions[actions.index(AuditAction.SIGN) + 1 :] == [AuditAction.SIGNATURE]


@pytest.mark.parametrize("round_", range(3))
def test_signing_and_a_concurrent_edit_never_both_land_after_the_signature(
    repos: Callable[[], ChartRepository], round_: int
) -> None:
    editor, signer = repos(), repos()
    chart = fill_chart(editor)
    visit_id = chart.visit.id or 0
    records = RecordRepository(signer, frozenset())
    records.set_no_adverse_events(visit_id)
    secret = ensure_secret(records, chart.clinician.id or 0)
    point: TriggerPoint = chart.point
    outcomes: list[str] = []

    def edit() -> None:
        time.sleep(0.002 * round_)
        try:
            editor.update_trigger_point(replace(point, tenderness=8), base=point)
            outcomes.append("edited")
        except SignedVisitError:
            outcomes.append("edit refused")

    def sign() -> None:
        records.sign_visit(visit_id, chart.clinician.id or 0, secret)
        outcomes.append("signed")

    assert _run_together([edit, sign]) == []
    assert "signed" in outcomes
    _nothing_after_signing(signer, visit_id)
    stored = signer.load_chart(visit_id).trigger_points[0]
    # An edit that succeeded came before the signature, so the signed content holds it.
    assert (stored.tenderness == 8) == ("edited" in outcomes)


def test_a_listener_hears_another_workstations_commit_within_2_s(
    repos: Callable[[], ChartRepository],
) -> None:
    watcher = repos().watch_changes()
    try:
        time.sleep(0.2)  # the listener is up
        assert not watcher.changed()
        fill_chart(repos())  # another workstation writes
        deadline = time.monotonic() + 2.0
        while not watcher.changed():
            assert time.monotonic() < deadline, "no notification within 2 s"
            time.sleep(0.05)
    finally:
        watcher.close()

"""Two repositories on one file (two windows): field-level, version-checked saves."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from bodymap.model.record import Plan
from bodymap.storage import ChartRepository, open_repository
from bodymap.storage.concurrency import MAX_ATTEMPTS, retried
from bodymap.storage.errors import EditConflictError, TransientDatabaseError
from bodymap.storage.record_repository import RecordRepository
from tests.storage.conftest import Chart, fill_chart


@pytest.fixture
def other(db_path: Path, repo: ChartRepository) -> Iterator[ChartRepository]:
    """A second connection to the same file, as a second window or workstation has."""
    second = open_repository(str(db_path))
    yield second
    second.close()


@pytest.fixture
def chart(repo: ChartRepository) -> Chart:
    charted = fill_chart(repo)
    repo.set_actor(charted.clinician.id)
    return charted


def test_saves_of_different_fields_from_stale_copies_both_stay(
    repo: ChartRepository, other: ChartRepository, chart: Chart
) -> None:
    seen_by_a = repo.get_visit(chart.visit.id or 0)
    seen_by_b = other.get_visit(chart.visit.id or 0)
    repo.update_visit(replace(seen_by_a, subjective="Worse after driving"), base=seen_by_a)
    stored = other.update_visit(replace(seen_by_b, plan="Review in a week"), base=seen_by_b)
    assert (stored.subjective, stored.plan) == ("Worse after driving", "Review in a week")
    assert repo.get_visit(chart.visit.id or 0) == stored
    assert stored.row_version == seen_by_a.row_version + 2


def test_saving_the_same_field_from_a_stale_copy_is_a_conflict_naming_who_and_when(
    repo: ChartRepository, other: ChartRepository, chart: Chart
) -> None:
    seen_by_a = repo.get_visit(chart.visit.id or 0)
    seen_by_b = other.get_visit(chart.visit.id or 0)
    repo.update_visit(replace(seen_by_a, subjective="A's words"), base=seen_by_a)
    with pytest.raises(EditConflictError) as caught:
        other.update_visit(replace(seen_by_b, subjective="B's words"), base=seen_by_b)
    conflict = caught.value
    assert conflict.fields == ("subjective",)
    assert conflict.theirs.subjective == "A's words"
    assert conflict.changed_by == "Ines Okafor"
    assert conflict.changed_at is not None
    assert conflict.headline.startswith("Changed on another workstation at ")
    assert repo.get_visit(chart.visit.id or 0).subjective == "A's words"  # nothing was written
    # "Keep mine": save again against their version.
    kept = other.update_visit(
        replace(conflict.theirs, subjective="B's words"), base=conflict.theirs
    )
    assert kept.subjective == "B's words"


def test_tenderness_and_a_move_from_two_windows_are_both_kept(
    repo: ChartRepository, other: ChartRepository, chart: Chart
) -> None:
    point_a = repo.load_chart(chart.visit.id or 0).trigger_points[0]
    point_b = other.load_chart(chart.visit.id or 0).trigger_points[0]
    repo.update_trigger_point(replace(point_a, tenderness=9), base=point_a)
    moved = other.update_trigger_point(replace(point_b, x=300.0, y=150.0), base=point_b)
    assert (moved.tenderness, moved.x, moved.y) == (9, 300.0, 150.0)


def test_record_sections_are_version_checked_too(
    repo: ChartRepository, other: ChartRepository, chart: Chart
) -> None:
    records_a = RecordRepository(repo, frozenset())
    records_b = RecordRepository(other, frozenset())
    empty = Plan(visit_id=chart.visit.id)  # neither window saw a stored plan
    records_a.save_plan(replace(empty, frequency="twice a week"), base=empty)
    with pytest.raises(EditConflictError, match="frequency"):
        records_b.save_plan(replace(empty, frequency="weekly"), base=empty)
    stored = records_b.save_plan(replace(empty, referral="GP"), base=empty)
    assert (stored.frequency, stored.referral) == ("twice a week", "GP")


def test_a_save_without_a_base_still_bumps_the_version(
    repo: ChartRepository, other: ChartRepository, chart: Chart
) -> None:
    seen = other.get_visit(chart.visit.id or 0)
    repo.update_visit(replace(seen, subjective="written without a base"))
    with pytest.raises(EditConflictError):
        other.update_visit(replace(seen, subjective="stale"), base=seen)


def test_a_watcher_sees_another_connections_commit(
    repo: ChartRepository, other: ChartRepository, chart: Chart
) -> None:
    watcher = repo.watch_changes()
    try:
        assert not watcher.changed()
        seen = other.get_visit(chart.visit.id or 0)
        assert not watcher.changed()  # reads are not changes
        other.update_visit(replace(seen, plan="Review"), base=seen)
        assert watcher.changed()
        assert not watcher.changed()  # reported once
    finally:
        watcher.close()


class _Flaky:
    """A repository-like object whose write loses ``losses`` races before it succeeds."""

    def __init__(self, losses: int, in_batch: bool = False) -> None:
        self.losses = losses
        self.calls = 0
        self.in_batch = in_batch

    @retried
    def write(self) -> str:
        self.calls += 1
        if self.calls <= self.losses:
            raise TransientDatabaseError("could not serialize access")
        return "stored"


def test_a_write_that_loses_a_race_is_retried_a_bounded_number_of_times() -> None:
    assert _Flaky(losses=MAX_ATTEMPTS - 1).write() == "stored"
    hopeless = _Flaky(losses=MAX_ATTEMPTS)
    with pytest.raises(TransientDatabaseError):
        hopeless.write()
    assert hopeless.calls == MAX_ATTEMPTS
    in_batch = _Flaky(losses=1, in_batch=True)  # the batch's earlier work is gone: no rerun
    with pytest.raises(TransientDatabaseError):
        in_batch.write()
    assert in_batch.calls == 1

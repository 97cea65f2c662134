"""A patient's charts in a constant number of queries, identical to loading them one by one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, event

from bodymap.errors import NotFoundError
from bodymap.model import Visit
from bodymap.storage import ChartRepository
from tests.storage.conftest import fill_chart, make_point, square
from tests.storage.signing import sign_complete_visit


@contextmanager
def counted_statements() -> Iterator[list[str]]:
    """Every SQL statement any engine runs inside the block."""
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(Engine, "before_cursor_execute", count)


def course(repo: ChartRepository, visits: int = 6) -> tuple[int, list[int]]:
    """A patient with several visits, marks in each, one deleted, the first signed."""
    chart = fill_chart(repo)
    patient_id = chart.patient.id or 0
    ids = [chart.visit.id or 0]
    for k in range(1, visits):
        visit = repo.add_visit(
            replace(chart.visit, id=None, started_at=chart.visit.started_at + timedelta(days=7 * k))
        )
        ids.append(visit.id or 0)
        for n in range(k % 3 + 1):
            repo.add_trigger_point(make_point(visit.id, x=100.0 + 10 * n))
        repo.add_zone(
            replace(
                chart.zone,
                id=None,
                visit_id=visit.id,
                source_point_id=None,
                polygons=(square(100 + k, 60),),
            )
        )
        repo.add_measure(replace(chart.measure, id=None, visit_id=visit.id, value=7 - k % 7))
    gone = repo.add_trigger_point(make_point(ids[2], x=300.0))
    repo.delete_trigger_point(gone.id or 0)
    # An earlier visit added last: order is by date, not by id.
    early = repo.add_visit(replace(chart.visit, id=None, started_at=datetime(2026, 1, 1, 8)))
    ids.insert(0, early.id or 0)
    sign_complete_visit(repo, ids[1], chart.clinician.id or 0)
    return patient_id, ids


def test_patient_charts_equal_one_by_one_loading_in_constant_queries(repo: ChartRepository):
    patient_id, ids = course(repo)
    expected = [repo.load_chart(visit_id) for visit_id in ids]
    with counted_statements() as statements:
        charts = repo.load_patient_charts(patient_id)
    assert charts == expected
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 6
    # Twice as many visits: the same number of statements.
    more_id, _ = course(repo, visits=12)
    with counted_statements() as more:
        assert len(repo.load_patient_charts(more_id)) == 13
    assert len(more) == len(statements)


def test_a_subset_of_visits_and_unknown_patients(repo: ChartRepository):
    patient_id, ids = course(repo)
    subset = repo.load_patient_charts(patient_id, {ids[3], ids[1]})
    assert [c.visit.id for c in subset] == [ids[1], ids[3]]
    assert subset == [repo.load_chart(ids[1]), repo.load_chart(ids[3])]
    assert repo.load_patient_charts(patient_id, set()) == []
    with pytest.raises(NotFoundError):
        repo.load_patient_charts(9999)


def test_a_revision_moves_only_when_its_visit_changes(repo: ChartRepository):
    patient_id, ids = course(repo)
    before = repo.visit_revisions(patient_id)
    assert set(before) == set(ids)
    draft = ids[-1]
    point = repo.add_trigger_point(make_point(draft))
    after_add = repo.visit_revisions(patient_id)
    assert after_add[draft] > before[draft]
    assert {k: v for k, v in after_add.items() if k != draft} == {
        k: v for k, v in before.items() if k != draft
    }
    repo.delete_trigger_point(point.id or 0)
    assert repo.visit_revisions(patient_id)[draft] > after_add[draft]
    visit = repo.get_visit(draft)
    repo.update_visit(replace(visit, subjective="Better this week"))
    assert repo.visit_revisions(patient_id)[draft] > after_add[draft]
    # A visit with nothing recorded yet still has a revision, and a patient without visits none.
    empty = repo.add_visit(Visit(patient_id=patient_id, started_at=datetime(2026, 12, 1, 9)))
    assert repo.visit_revisions(patient_id)[empty.id or 0] > 0

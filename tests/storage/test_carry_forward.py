"""Carry-forward writes the new visit and its copied marks as one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bodymap.model import CarryStatus
from bodymap.storage import ChartRepository, DatabaseError
from bodymap.storage.carry_forward import start_visit
from tests.storage.conftest import Chart, make_point
from tests.storage.test_chart_reads import counted_statements


def next_visit(chart: Chart):
    return replace(chart.visit, id=None, started_at=chart.visit.started_at + timedelta(days=7))


def test_marks_are_copied_as_persisting_in_one_transaction(
    repo: ChartRepository, chart: Chart
) -> None:
    resolved = repo.add_trigger_point(make_point(chart.visit.id, carry=CarryStatus.RESOLVED))
    with counted_statements() as statements:
        new = start_visit(repo, next_visit(chart), carry_from=chart.visit.id)
    assert sum(1 for s in statements if s.upper().startswith("BEGIN")) == 1
    copied = repo.load_chart(new.id or 0)
    (point,) = copied.trigger_points
    assert point.number == chart.point.number
    assert point.carry is CarryStatus.PERSISTING
    assert resolved.number not in [p.number for p in copied.trigger_points]
    (zone,) = copied.zones
    assert zone.source_point_id == point.id  # the link follows the copy
    assert zone.polygons == chart.zone.polygons


def test_a_failure_half_way_leaves_no_visit_behind(
    repo: ChartRepository, chart: Chart, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = repo.list_visits(chart.patient.id or 0)

    def broken(_zone: object) -> None:
        raise DatabaseError("disk full")

    monkeypatch.setattr(repo, "add_zone", broken)
    with pytest.raises(DatabaseError, match="disk full"):
        start_visit(repo, next_visit(chart), carry_from=chart.visit.id)
    assert repo.list_visits(chart.patient.id or 0) == before  # nor its trigger points

"""The generic mark calls (add/update/delete/restore over a MarkKind) behave alike for each kind."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bodymap.errors import NotFoundError
from bodymap.storage import ChartRepository
from bodymap.storage.errors import EditConflictError
from bodymap.storage.mark_kinds import MEASURES, TRIGGER_POINTS, ZONES, MarkKind
from tests.storage.conftest import Chart

# (kind, attribute of the Chart fixture, a field to change, its new value)
KINDS = [
    (TRIGGER_POINTS, "point", "tenderness", 3),
    (ZONES, "zone", "intensity", 2),
    (MEASURES, "measure", "value", 4),
]


@pytest.mark.parametrize(("kind", "attr", "name", "value"), KINDS)
def test_each_kind_round_trips_and_is_audited(
    repo: ChartRepository, chart: Chart, kind: MarkKind[Any], attr: str, name: str, value: object
) -> None:
    mark = getattr(chart, attr)
    changed = repo.update_mark(kind, replace(mark, **{name: value}), base=mark)
    assert getattr(changed, name) == value
    assert changed.row_version == mark.row_version + 1
    repo.delete_mark(kind, mark.id)
    with pytest.raises(NotFoundError, match="no live"):
        repo.delete_mark(kind, mark.id)  # deleting twice is refused, not silently repeated
    restored = repo.restore_mark(kind, mark.id)
    assert getattr(restored, name) == value
    with pytest.raises(NotFoundError, match="no deleted"):
        repo.restore_mark(kind, mark.id)
    actions = [
        e.action.value
        for e in repo.audit_log(chart.visit.id or 0)
        if e.record_id == mark.id and e.table == kind.row.__tablename__
    ]
    assert actions[0] == "create"
    assert "update" in actions
    assert "delete" in actions
    assert "restore" in actions


@pytest.mark.parametrize(("kind", "attr", "name", "value"), KINDS)
def test_a_stale_base_is_a_conflict_for_every_kind(
    repo: ChartRepository, chart: Chart, kind: MarkKind[Any], attr: str, name: str, value: object
) -> None:
    mark = getattr(chart, attr)
    repo.update_mark(kind, replace(mark, **{name: value}), base=mark)
    other = 1 if value != 1 else 2  # the same field, another value, from the old version
    with pytest.raises(EditConflictError):
        repo.update_mark(kind, replace(mark, **{name: other}), base=mark)

"""Undo commands on a bare QUndoStack: the repository and the model move together."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from bodymap.model import Activity, PainZone, Side, TriggerPoint, View, Visit, ZoneKind, ZonePolygon
from bodymap.storage import ChartRepository
from bodymap.ui.canvas.chart_model import ChartModel
from bodymap.ui.canvas.commands import (
    AddPointCommand,
    AddZoneCommand,
    DeletePointCommand,
    EditPointCommand,
    EditZoneCommand,
)
from tests.storage.signing import sign_complete_visit

SQUARE = (ZonePolygon(((150.0, 300.0), (190.0, 300.0), (190.0, 340.0), (150.0, 340.0))),)


@pytest.fixture
def model(repo: ChartRepository, visit: Visit) -> ChartModel:
    assert visit.id is not None
    chart_model = ChartModel()
    chart_model.set_chart(repo.load_chart(visit.id))
    return chart_model


def _point(visit: Visit) -> TriggerPoint:
    return TriggerPoint(
        visit_id=visit.id,
        view=View.POSTERIOR,
        x=150,
        y=160,
        muscle="upper_trapezius",
        side=Side.LEFT,
    )


def _stored_chart(repo: ChartRepository, visit: Visit) -> tuple[object, object]:
    assert visit.id is not None
    chart = repo.load_chart(visit.id)
    return chart.trigger_points, chart.zones


def test_add_point_commits_numbers_and_undo_redo_restore(
    repo: ChartRepository, visit: Visit, model: ChartModel
) -> None:
    stack = QUndoStack()
    command = AddPointCommand(repo, model, _point(visit))
    stack.push(command)
    stored = command.stored
    assert stored is not None
    assert stored.id is not None
    assert stored.number == 1
    assert stack.undoText() == "Place trigger point #1"
    assert _stored_chart(repo, visit)[0] == (stored,)
    assert model.points == {stored.id: stored}

    stack.undo()
    assert model.points == {}
    assert _stored_chart(repo, visit)[0] == ()
    stack.redo()
    assert model.points == {stored.id: stored}
    assert _stored_chart(repo, visit)[0] == (stored,)


def test_edit_and_delete_point_round_trip(
    repo: ChartRepository, visit: Visit, model: ChartModel
) -> None:
    stack = QUndoStack()
    stack.push(AddPointCommand(repo, model, _point(visit)))
    before = next(iter(model.points.values()))
    after = replace(before, activity=Activity.LATENT, tenderness=7, x=152.5)
    stack.push(EditPointCommand(repo, model, before, after, "Edit"))
    assert _stored_chart(repo, visit)[0] == (after,)
    stack.push(DeletePointCommand(repo, model, after))
    assert model.points == {}
    stack.undo()
    assert model.chart is not None
    assert model.chart.trigger_points == (after,)
    stack.undo()
    assert model.chart.trigger_points == (before,)
    assert _stored_chart(repo, visit)[0] == (before,)
    stack.redo()
    stack.redo()
    assert model.points == {}
    assert _stored_chart(repo, visit)[0] == ()


def test_zone_commands_round_trip(repo: ChartRepository, visit: Visit, model: ChartModel) -> None:
    stack = QUndoStack()
    add = AddZoneCommand(
        repo, model, PainZone(visit_id=visit.id, view=View.ANTERIOR, polygons=SQUARE)
    )
    stack.push(add)
    zone = add.stored
    assert zone is not None
    referred = replace(zone, kind=ZoneKind.REFERRED, intensity=8)
    stack.push(EditZoneCommand(repo, model, zone, referred, "Set intensity"))
    assert _stored_chart(repo, visit)[1] == (referred,)
    stack.undo()
    assert _stored_chart(repo, visit)[1] == (zone,)
    assert model.chart is not None
    assert model.chart.zones == (zone,)
    stack.undo()
    assert model.zones == {}
    assert _stored_chart(repo, visit)[1] == ()


def test_refused_edit_is_not_pushed_and_says_why(
    qtbot: QtBot, repo: ChartRepository, visit: Visit, model: ChartModel, clinician: object
) -> None:
    assert visit.id is not None
    sign_complete_visit(repo, visit.id, clinician.id)  # type: ignore[attr-defined]
    stack = QUndoStack()
    with qtbot.waitSignal(model.edit_failed) as blocker:
        stack.push(AddPointCommand(repo, model, _point(visit)))
    assert "signed" in str(blocker.args[0])
    assert stack.count() == 0
    assert model.points == {}

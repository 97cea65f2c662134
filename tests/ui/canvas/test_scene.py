"""View tests: change the model, assert the scene's items changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import (
    Activity,
    CarryStatus,
    PainZone,
    Patient,
    Side,
    TriggerPoint,
    View,
    Visit,
    VisitChart,
    ZonePolygon,
)
from bodymap.model.map_style import MarkerState
from bodymap.ui.canvas.chart_model import ChartModel
from bodymap.ui.canvas.constants import model_to_scene
from bodymap.ui.canvas.ghost import GhostPointItem, GhostState, GhostTrailItem, GhostZoneItem
from bodymap.ui.canvas.scene import BodyMapScene

SQUARE = (ZonePolygon(((150.0, 300.0), (190.0, 300.0), (190.0, 340.0), (150.0, 340.0))),)


@pytest.fixture
def model() -> ChartModel:
    chart_model = ChartModel()
    visit = Visit(id=1, patient_id=1, started_at=datetime(2026, 1, 5, 9))
    chart_model.set_chart(VisitChart(visit=visit, patient=Patient(id=1, name="A B")))
    return chart_model


@pytest.fixture
def scene(qtbot: QtBot, model: ChartModel, atlas: Atlas) -> BodyMapScene:
    return BodyMapScene(model, atlas)


def _point(**changes: object) -> TriggerPoint:
    base = TriggerPoint(
        id=7,
        visit_id=1,
        number=3,
        view=View.POSTERIOR,
        x=140,
        y=160,
        muscle="upper_trapezius",
        side=Side.LEFT,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_point_added_moved_and_removed(scene: BodyMapScene, model: ChartModel) -> None:
    model.put_point(_point())
    item = scene.point_item(7)
    assert item is not None
    assert item.pos() == model_to_scene(View.POSTERIOR, 140, 160)
    model.put_point(_point(x=150, y=170))
    assert item.pos() == model_to_scene(View.POSTERIOR, 150, 170)
    model.put_point(_point(view=View.ANTERIOR, x=150, y=170))
    assert item.pos() == model_to_scene(View.ANTERIOR, 150, 170)
    model.drop_point(7)
    assert scene.point_item(7) is None
    assert item.scene() is None


def test_point_change_updates_the_marker_look(scene: BodyMapScene, model: ChartModel) -> None:
    model.put_point(_point())
    item = scene.point_item(7)
    assert item is not None
    assert item.state is MarkerState.ACTIVE
    model.put_point(_point(activity=Activity.LATENT, number=4))
    assert (item.state, item.toolTip()) == (MarkerState.LATENT, "#4")
    model.put_point(_point(carry=CarryStatus.RESOLVED))
    assert item.state is MarkerState.RESOLVED


def test_zone_link_draws_and_follows_an_arrow(scene: BodyMapScene, model: ChartModel) -> None:
    model.put_point(_point())
    model.put_zone(PainZone(id=3, visit_id=1, view=View.POSTERIOR, polygons=SQUARE))
    assert scene.zone_item(3) is not None
    assert scene.link_item(3) is None
    model.put_zone(
        PainZone(id=3, visit_id=1, view=View.POSTERIOR, polygons=SQUARE, source_point_id=7)
    )
    arrow = scene.link_item(3)
    assert arrow is not None
    start = arrow.path().elementAt(0)
    model.put_point(_point(x=100, y=200))
    moved = scene.link_item(3)
    assert moved is not None
    assert moved.path().elementAt(0).x != start.x
    model.drop_point(7)
    assert scene.link_item(3) is None


def test_zone_intensity_changes_its_colour(scene: BodyMapScene, model: ChartModel) -> None:
    model.put_zone(PainZone(id=3, visit_id=1, view=View.ANTERIOR, polygons=SQUARE, intensity=1))
    item = scene.zone_item(3)
    assert item is not None
    pale = item.brush().color()
    model.put_zone(PainZone(id=3, visit_id=1, view=View.ANTERIOR, polygons=SQUARE, intensity=9))
    assert item.brush().color().lightness() < pale.lightness()


def test_hidden_view_hides_its_marks(scene: BodyMapScene, model: ChartModel) -> None:
    model.put_point(_point())
    scene.set_visible_views({View.ANTERIOR})
    item = scene.point_item(7)
    assert item is not None
    assert not item.isVisible()
    scene.set_visible_views({View.ANTERIOR, View.POSTERIOR})
    item = scene.point_item(7)
    assert item is not None
    assert item.isVisible()


def _state(ring: GhostPointItem) -> GhostState:
    return ring.state  # read afresh: the model's signals change it


def _ghost_chart(model: ChartModel) -> VisitChart:
    previous = model.chart
    assert previous is not None
    return replace(
        previous,
        trigger_points=(_point(),),
        zones=(PainZone(id=9, visit_id=1, view=View.ANTERIOR, polygons=SQUARE),),
    )


def test_ghost_shows_and_hides_the_previous_visit(scene: BodyMapScene, model: ChartModel) -> None:
    scene.set_ghost(_ghost_chart(model))
    assert scene.has_ghost
    scene.set_ghost_visible(False)
    assert not any(i.isVisible() for i in scene.ghost.items())
    scene.set_ghost_visible(True)
    assert all(i.isVisible() for i in scene.ghost.items() if not isinstance(i, GhostTrailItem))
    scene.set_visible_views({View.ANTERIOR})
    (ring,) = scene.ghost.point_items
    assert not ring.isVisible()  # the earlier point is on the hidden posterior figure
    scene.set_ghost(None)
    assert not scene.has_ghost
    assert not scene.ghost.items()


def test_ghost_ring_follows_what_became_of_the_point(
    scene: BodyMapScene, model: ChartModel
) -> None:
    scene.set_ghost(_ghost_chart(model))
    (ring,) = scene.ghost.point_items
    trail = scene.ghost.trail_for(3)
    assert trail is not None
    assert _state(ring) is GhostState.GONE  # nothing charted yet at this visit
    assert "not charted" in ring.toolTip()

    model.put_point(_point(id=20, number=1))  # carried forward: same muscle, side and place
    assert _state(ring) is GhostState.UNCHANGED
    assert trail.path().isEmpty()
    # The halo is wider than the marker, so it shows around it rather than hiding under it.
    marker = scene.point_item(20)
    assert marker is not None
    assert ring.boundingRect().width() > marker.shape().boundingRect().width() + 6

    model.put_point(_point(id=20, number=1, x=152, y=176))  # dragged 20 units
    assert _state(ring) is GhostState.MOVED
    assert trail.path().pointAtPercent(0.0) == model_to_scene(View.POSTERIOR, 140, 160)
    assert trail.path().pointAtPercent(1.0) == model_to_scene(View.POSTERIOR, 152, 176)

    model.drop_point(20)
    assert _state(ring) is GhostState.GONE
    assert trail.path().isEmpty()


def test_ghost_ignores_a_point_of_another_muscle(scene: BodyMapScene, model: ChartModel) -> None:
    scene.set_ghost(_ghost_chart(model))
    model.put_point(_point(id=21, muscle="levator_scapulae"))
    (ring,) = scene.ghost.point_items
    assert _state(ring) is GhostState.GONE


def test_ghost_zone_is_an_outline_over_the_current_zones(
    scene: BodyMapScene, model: ChartModel
) -> None:
    model.put_zone(PainZone(id=9, visit_id=1, view=View.ANTERIOR, polygons=SQUARE))
    scene.set_ghost(_ghost_chart(model))
    ghost_zone = next(i for i in scene.ghost.items() if isinstance(i, GhostZoneItem))
    current = scene.zone_item(9)
    assert current is not None
    assert ghost_zone.zValue() > current.zValue()
    assert ghost_zone.brush().style() == Qt.BrushStyle.NoBrush
    assert ghost_zone.path().boundingRect() == current.path().boundingRect()


def test_reset_rebuilds_everything(scene: BodyMapScene, model: ChartModel) -> None:
    model.put_point(_point())
    model.set_chart(None)
    assert scene.point_item(7) is None


def test_referral_overlay_shows_and_clears(scene: BodyMapScene, atlas: Atlas) -> None:
    site = next(s for s in atlas.sites.values() if s.referral.essential)
    scene.show_referral(site)
    assert scene.referral_shown
    scene.show_referral(None)
    assert not scene.referral_shown

"""Screen, History and PDF paint one chart with the same colours and the same referral arrows."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon
from shapely.geometry import Point as ShapelyPoint
from shapely.geometry import Polygon as ShapelyPolygon

from bodymap.anatomy.atlas import Atlas
from bodymap.model import (
    Activity,
    PainZone,
    Patient,
    Side,
    TriggerPoint,
    View,
    Visit,
    VisitChart,
    ZoneKind,
    ZonePolygon,
)
from bodymap.model.map_content import build_map_content
from bodymap.model.map_shapes import arrow_anchor
from bodymap.model.map_style import MAP_STYLE, MarkerState
from bodymap.report.bodymap_drawing import NOTE_STYLE, BodyMapPainter
from bodymap.ui.canvas.chart_model import ChartModel
from bodymap.ui.canvas.constants import scene_to_model
from bodymap.ui.canvas.scene import BodyMapScene
from bodymap.ui.history.content import chart_content
from bodymap.ui.history.painting import BodyArt, MapPicture, render_map


def chart(atlas: Atlas, intensity: int, activity: Activity = Activity.ACTIVE) -> VisitChart:
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    point = TriggerPoint(
        id=1,
        visit_id=1,
        number=1,
        view=View.POSTERIOR,
        x=site.x,
        y=site.y,
        muscle=site.muscle,
        side=Side.RIGHT,
        activity=activity,
    )
    # An L-shaped zone below the point: its centroid is off the zone, so the anchor rule matters.
    x, y = site.x, site.y
    ring = ((x, y + 60), (x + 70, y + 60), (x + 70, y + 75), (x + 15, y + 75), (x + 15, y + 160))
    ring = (*ring, (x, y + 160))
    zone = PainZone(
        id=2,
        visit_id=1,
        view=View.POSTERIOR,
        polygons=(ZonePolygon(ring),),
        kind=ZoneKind.REFERRED,
        intensity=intensity,
        source_point_id=1,
    )
    visit = Visit(id=1, patient_id=1, started_at=datetime(2026, 12, 1, 9))
    return VisitChart(
        visit=visit, patient=Patient(id=1, name="Style"), trigger_points=(point,), zones=(zone,)
    )


def _walk(node: Group | Drawing) -> list[object]:
    found: list[object] = []
    for child in getattr(node, "contents", []):
        found.extend(_walk(child) if isinstance(child, Group) else [child])
    return found


def _hex(colour: object) -> str:
    return "#" + colour.hexval()[2:].lower()  # type: ignore[attr-defined]


def pdf_marks(atlas: Atlas, visit: VisitChart) -> dict[str, object]:
    """What the session note's back figure draws: zone, marker and arrow colours, arrow tip."""
    painter = BodyMapPainter(atlas)
    content = build_map_content(visit.trigger_points, visit.zones)
    drawing = painter.figure(View.POSTERIOR, content, 200, 400, NOTE_STYLE)
    frame = painter.frame(200, 400, NOTE_STYLE)
    shapes = _walk(drawing)
    zones = [s for s in shapes if isinstance(s, Polygon) and getattr(s, "fillOpacity", None)]
    markers = [s for s in shapes if isinstance(s, Circle) and s.r > 2]
    shafts = [s for s in shapes if isinstance(s, Line)]
    heads = [
        s
        for s in shapes
        if isinstance(s, Polygon) and len(s.points) == 6 and s.strokeColor is None  # a triangle
    ]
    assert (len(zones), len(markers), len(shafts), len(heads)) == (1, 1, 1, 1)
    tip = (heads[0].points[0], heads[0].points[1])
    scale = frame.scale
    return {
        "zone": (_hex(zones[0].fillColor), zones[0].fillOpacity, _hex(zones[0].strokeColor)),
        "marker": (_hex(markers[0].fillColor), _hex(markers[0].strokeColor)),
        "arrow": {_hex(shafts[0].strokeColor), _hex(heads[0].fillColor)},
        # back into atlas units through the figure's frame
        "tip": ((tip[0] - frame.left) / scale, (frame.top - tip[1]) / scale),
    }


def history_pixel(atlas: Atlas, picture: MapPicture, at: tuple[float, float]) -> QColor:
    """The colour History paints at an atlas position of the back view (drawn at scale 1)."""
    only_back = MapPicture(picture.areas, picture.markers, picture.arrows, (View.POSTERIOR,), False)
    # 404 × 842: the back view's 400 × 840 box lands at (2, 0) at exactly one pixel per unit.
    image: QImage = render_map(BodyArt(atlas), only_back, QSize(404, 842)).toImage()
    return image.pixelColor(round(at[0] + 2), round(at[1]))


def test_screen_history_and_pdf_draw_one_chart_alike(qtbot, atlas) -> None:
    for intensity, activity in ((2, Activity.ACTIVE), (5, Activity.LATENT), (10, Activity.ACTIVE)):
        visit = chart(atlas, intensity, activity)
        zone_polygons = visit.zones[0].polygons
        anchor = arrow_anchor(zone_polygons)
        source = (visit.trigger_points[0].x, visit.trigger_points[0].y)
        state = MarkerState.ACTIVE if activity is Activity.ACTIVE else MarkerState.LATENT
        fill = MAP_STYLE.intensity_hex(intensity)
        outline = MAP_STYLE.zone_outline_hex(intensity)
        opacity = MAP_STYLE.zone_opacity
        marker = (MAP_STYLE.marker_fill(state), MAP_STYLE.marker_outline(state))
        assert not _on_zone(zone_polygons, _centroid(zone_polygons))  # the rule is exercised

        # the canvas
        model = ChartModel()
        model.set_chart(visit)
        scene = BodyMapScene(model, atlas)
        zone_item = scene.zone_item(2)
        point_item = scene.point_item(1)
        link = scene.link_item(2)
        assert zone_item is not None
        assert point_item is not None
        assert link is not None
        assert zone_item.brush().color().name() == fill
        assert zone_item.brush().color().alphaF() == pytest.approx(opacity, abs=0.01)
        assert zone_item.pen().color().name() == outline
        assert point_item.state is state
        assert link.pen().color().name() == MAP_STYLE.link_ink
        on_screen = scene_to_model(link.end)
        assert on_screen is not None
        assert on_screen[0] is View.POSTERIOR
        assert on_screen[1:] == pytest.approx(anchor, abs=0.01)

        # History
        picture = chart_content(visit)
        (area,) = picture.areas
        assert area.fill.name() == fill
        assert area.fill.alphaF() == pytest.approx(opacity, abs=0.01)
        assert area.outline is not None
        assert area.outline.name() == outline
        assert (picture.markers[0].fill.name(), picture.markers[0].ink.name()) == marker
        (arrow,) = picture.arrows
        assert (arrow.start, arrow.end) == (source, pytest.approx(anchor))
        assert arrow.ink.name() == MAP_STYLE.link_ink
        # ... and it is painted: the head's ink just short of the anchor
        head = (
            anchor[0] + (source[0] - anchor[0]) * 0.02,
            anchor[1] + (source[1] - anchor[1]) * 0.02,
        )
        assert history_pixel(atlas, picture, head).name() == MAP_STYLE.link_ink

        # the PDF
        pdf = pdf_marks(atlas, visit)
        assert pdf["zone"] == (fill, pytest.approx(opacity), outline)
        assert pdf["marker"] == marker
        assert pdf["arrow"] == {MAP_STYLE.link_ink}
        assert pdf["tip"] == pytest.approx(anchor, abs=0.01)


def _centroid(polygons: tuple[ZonePolygon, ...]) -> tuple[float, float]:
    c = ShapelyPolygon(polygons[0].exterior).centroid
    return (c.x, c.y)


def _on_zone(polygons: tuple[ZonePolygon, ...], at: tuple[float, float]) -> bool:
    return ShapelyPolygon(polygons[0].exterior).contains(ShapelyPoint(at))

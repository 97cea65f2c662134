"""Screen, History and PDF paint one chart with the same colours (bodymap.model.map_style)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor
from reportlab.graphics.shapes import Circle, Group, Line, Polygon

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
from bodymap.model.map_style import MAP_STYLE
from bodymap.report.bodymap_drawing import NOTE_STYLE, BodyMapPainter
from bodymap.report.map_content import build_map_content
from bodymap.ui.canvas.chart_model import ChartModel
from bodymap.ui.canvas.constants import ACTIVE_FILL
from bodymap.ui.canvas.scene import BodyMapScene
from bodymap.ui.history.content import chart_content


def chart(atlas: Atlas, intensity: int) -> VisitChart:
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
        activity=Activity.ACTIVE,
    )
    ring = ((site.x + 30, site.y + 40), (site.x + 90, site.y + 40), (site.x + 60, site.y + 110))
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


def pdf_colours(atlas: Atlas, visit: VisitChart) -> dict[str, set[str]]:
    content = build_map_content(visit.trigger_points, visit.zones)
    drawing = BodyMapPainter(atlas).figure(View.POSTERIOR, content, 200, 400, NOTE_STYLE)
    found: dict[str, set[str]] = {"zone": set(), "marker": set(), "arrow": set()}

    def walk(node) -> None:
        for child in getattr(node, "contents", []):
            if isinstance(child, Group):
                walk(child)
            elif isinstance(child, Polygon) and getattr(child, "fillOpacity", None):
                found["zone"].add(child.fillColor.hexval()[2:].lower())
            elif isinstance(child, Circle) and child.fillColor is not None:
                found["marker"].add(child.fillColor.hexval()[2:].lower())
            elif isinstance(child, Line):
                found["arrow"].add(child.strokeColor.hexval()[2:].lower())

    walk(drawing)
    return found


def test_screen_history_and_pdf_agree_on_zone_marker_and_arrow_colours(qtbot, atlas) -> None:
    for intensity in (2, 5, 7, 10):
        visit = chart(atlas, intensity)
        expected = MAP_STYLE.intensity_hex(intensity)[1:]
        # the canvas
        model = ChartModel()
        model.set_chart(visit)
        scene = BodyMapScene(model, atlas)
        zone_item = scene.zone_item(2)
        assert zone_item is not None
        assert zone_item.brush().color().name()[1:] == expected
        link = scene.link_item(2)
        assert link is not None
        assert link.pen().color().name() == MAP_STYLE.link_ink
        # History
        history = chart_content(visit)
        assert history.areas[0].outline is not None
        assert history.areas[0].outline.name()[1:] == expected
        assert history.markers[0].fill.name() == MAP_STYLE.active_fill
        # the PDF
        pdf = pdf_colours(atlas, visit)
        assert pdf["zone"] == {expected}
        assert MAP_STYLE.active_fill[1:] in pdf["marker"]
        assert MAP_STYLE.link_ink[1:] in pdf["arrow"]
    assert QColor(MAP_STYLE.active_fill) == ACTIVE_FILL

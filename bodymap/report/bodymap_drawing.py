"""Body maps as ReportLab vector drawings: silhouette, muscle outlines, zones, markers, arrows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, String
from reportlab.lib.colors import Color, HexColor

from bodymap.anatomy.types import Layer, MuscleRegion, ViewInfo
from bodymap.i18n import QT_TRANSLATE_NOOP, term
from bodymap.model import ValidationError, View, ZonePolygon
from bodymap.model.map_content import MapContent
from bodymap.model.map_shapes import arrow_anchor, polygon_shape, zone_polygons
from bodymap.model.map_style import MAP_STYLE
from bodymap.model.views import layout_views, view_spec
from bodymap.report.fonts import BOLD, register_fonts
from bodymap.report.map_marks import (
    FigureFrame,
    PrintedMapSize,
    add_arrow,
    add_marker,
    add_zone_number,
    free_spot,
    printed_polygon,
    zone_shapes,
)
from bodymap.report.pdf_form import ReusedGroup

INK = HexColor("#1F2933")
MUTED = HexColor("#616E7C")
# Marker and arrow colours come from the one map style the window paints with too
# (bodymap.model.map_style); only the paper's own furniture is defined here.
MARKER = HexColor(MAP_STYLE.marker_ink)
SKIN = HexColor("#F4F1EC")
OUTLINE = HexColor("#7B8794")
MUSCLE_LINE = HexColor("#CDD2D8")

#: Legend bands (NPRS-like: mild 0-3, moderate 4-6, severe 7-10), each shown in the map
#: style's colour for the middle of the band; zones are filled on the continuous scale.
INTENSITY_BANDS: tuple[tuple[int, int, str, Color], ...] = (
    (0, 3, QT_TRANSLATE_NOOP("Terms", "Mild 0\u20133"), HexColor(MAP_STYLE.intensity_hex(2))),
    (4, 6, QT_TRANSLATE_NOOP("Terms", "Moderate 4\u20136"), HexColor(MAP_STYLE.intensity_hex(5))),
    (7, 10, QT_TRANSLATE_NOOP("Terms", "Severe 7\u201310"), HexColor(MAP_STYLE.intensity_hex(8.5))),
)
ZONE_OPACITY = MAP_STYLE.zone_opacity


def intensity_colour(intensity: int) -> Color:
    """Return the fill colour of a zone of the given intensity (0-10), as on screen."""
    return HexColor(MAP_STYLE.intensity_hex(intensity))


class AtlasShapes(Protocol):
    """The part of the atlas a printed map needs (``bodymap.anatomy.atlas.Atlas`` has it)."""

    @property
    def views(self) -> Mapping[View, ViewInfo]:
        """Each view with its silhouette."""

    @property
    def muscle_regions(self) -> Sequence[MuscleRegion]:
        """Muscle outlines per side and view."""


NOTE_STYLE = PrintedMapSize()
THUMBNAIL_STYLE = PrintedMapSize(
    marker_radius=2.4,
    marker_font_size=0,
    show_numbers=False,
    show_caption=False,
    show_muscles=False,
    show_arrows=False,
    outline_width=0.5,
)


#: Outlines are simplified by this many atlas units before printing: at print scale (about half
#: a point per unit) the difference is invisible, and the PDF carries a quarter of the points.
SIMPLIFY_TOLERANCE = 0.4


def simplified(polygon: ZonePolygon, tolerance: float = SIMPLIFY_TOLERANCE) -> ZonePolygon:
    """Return the polygon with fewer points (same shape within ``tolerance``)."""
    try:
        parts = zone_polygons(polygon_shape(polygon).simplify(tolerance))
    except ValidationError:
        return polygon
    return parts[0] if len(parts) == 1 else polygon


class BodyMapPainter:
    """Draws body maps from the atlas; the figure's base shapes are built once per scale."""

    padding = 8.0  # atlas units around the figure

    def __init__(self, atlas: AtlasShapes) -> None:
        """Prepare the painter for an atlas (its views and muscle outlines)."""
        register_fonts()  # the markers' numbers and captions are set in the report font
        self._atlas = atlas
        self._bounds = self._figure_bounds()
        self._silhouettes = {
            view: tuple(simplified(p) for p in info.silhouette)
            for view, info in atlas.views.items()
        }
        self._muscle_outlines = {
            view: tuple(
                simplified(r.polygon)
                for r in atlas.muscle_regions
                if r.view is view and r.layer is Layer.SUPERFICIAL
            )
            for view in atlas.views
        }
        self._base_cache: dict[tuple[View, float, bool], ReusedGroup] = {}
        self._outline_cache: dict[tuple[View, float, float], ReusedGroup] = {}

    def _figure_bounds(self) -> tuple[float, float, float, float]:
        xs: list[float] = []
        ys: list[float] = []
        for info in self._atlas.views.values():
            for polygon in info.silhouette:
                xs.extend(x for x, _ in polygon.exterior)
                ys.extend(y for _, y in polygon.exterior)
        if not xs:
            first = next(iter(self._atlas.views.values()))
            return (0.0, 0.0, first.width, first.height)
        pad = self.padding
        return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)

    @property
    def aspect(self) -> float:
        """Height over width of a printed figure."""
        x0, y0, x1, y1 = self._bounds
        return (y1 - y0) / (x1 - x0)

    def _base_figure(self, view: View, scale: float, style: PrintedMapSize) -> ReusedGroup:
        """Silhouette and muscle outlines in atlas units (the caller flips and scales them).

        Written once per PDF and reused: a progress report shows the same figure 200 times.
        """
        key = (view, round(scale, 4), style.show_muscles)
        cached = self._base_cache.get(key)
        if cached is not None:
            return cached
        group = Group()
        for polygon in self._silhouettes[view]:
            group.add(printed_polygon(polygon, fillColor=SKIN, strokeColor=None))
        if style.show_muscles:
            for outline in self._muscle_outlines[view]:
                group.add(
                    printed_polygon(
                        outline, fillColor=None, strokeColor=MUSCLE_LINE, strokeWidth=0.35 / scale
                    )
                )
        name = f"BodyMapFigure_{view.value}_{round(scale * 10_000)}_{int(style.show_muscles)}"
        reused = ReusedGroup(name, group, self._bounds)
        self._base_cache[key] = reused
        return reused

    def _outline(self, view: View, scale: float, style: PrintedMapSize) -> ReusedGroup:
        """The silhouette's outline, drawn over the zones; written once per PDF too."""
        key = (view, round(scale, 4), style.outline_width)
        cached = self._outline_cache.get(key)
        if cached is not None:
            return cached
        group = Group()
        for polygon in self._silhouettes[view]:
            group.add(
                printed_polygon(
                    polygon,
                    fillColor=None,
                    strokeColor=OUTLINE,
                    strokeWidth=style.outline_width / scale,
                    strokeLineJoin=1,
                )
            )
        width = round(style.outline_width * 1000)
        name = f"BodyMapOutline_{view.value}_{round(scale * 10_000)}_{width}"
        reused = ReusedGroup(name, group, self._bounds)
        self._outline_cache[key] = reused
        return reused

    def frame(self, width: float, height: float, style: PrintedMapSize = NOTE_STYLE) -> FigureFrame:
        """Where a figure fitted into width × height points puts the atlas (see :meth:`figure`)."""
        x0, y0, x1, y1 = self._bounds
        caption_height = 14.0 if style.show_caption else 0.0
        scale = min(width / (x1 - x0), (height - caption_height) / (y1 - y0))
        offset_x = (width - (x1 - x0) * scale) / 2
        return FigureFrame(scale, offset_x - x0 * scale, caption_height + y1 * scale)

    def figure(
        self,
        view: View,
        content: MapContent,
        width: float,
        height: float,
        style: PrintedMapSize = NOTE_STYLE,
    ) -> Drawing:
        """Return one view of the body with the visit's marks, fitted into width × height points.

        The figure keeps its proportions and is centred; the caption (view name and the
        patient's sides) sits below it inside the same box.
        """
        x0, y0, x1, y1 = self._bounds
        frame = self.frame(width, height, style)
        scale = frame.scale
        caption_height = 14.0 if style.show_caption else 0.0
        figure_height = (y1 - y0) * scale
        drawing = Drawing(width, figure_height + caption_height)
        # Atlas y grows downwards; PDF y grows upwards: flip once for all body shapes.
        body = Group(transform=(scale, 0, 0, -scale, frame.left, frame.top))
        body.add(self._base_figure(view, scale, style))
        shown = content.in_view(view)
        for zone in shown.zones:
            for shape in zone_shapes(zone, scale):
                body.add(shape)
        body.add(self._outline(view, scale, style))
        drawing.add(body)
        if style.show_numbers:  # intensity as a number too, not colour alone
            for zone in shown.zones:
                tag_x, tag_y = frame.place(*arrow_anchor(zone.polygons))
                add_zone_number(drawing, tag_x, tag_y, zone.intensity, style)
        for arrow in shown.arrows if style.show_arrows else ():
            add_arrow(drawing, frame.place(*arrow.start), frame.place(*arrow.end), style)
        placed: list[tuple[float, float]] = []
        for marker in shown.markers:
            x, y = frame.place(marker.x, marker.y)
            free_x, free_y = free_spot(x, y, placed, style.marker_radius)
            if (free_x, free_y) != (x, y):
                # Markers would overlap: the later one moves aside on a leader line.
                drawing.add(Circle(x, y, 1.1, fillColor=MARKER, strokeColor=None))
                drawing.add(Line(x, y, free_x, free_y, strokeColor=MARKER, strokeWidth=0.5))
            placed.append((free_x, free_y))
            add_marker(drawing, free_x, free_y, marker.number, marker.state, style)
        if style.show_caption:
            left = frame.place(x0, y1)[0]
            self._add_caption(
                drawing, view, (left, left + (x1 - x0) * scale), caption_height, figure_height
            )
        return drawing

    def side_by_side(
        self,
        content: MapContent,
        width: float,
        height: float,
        style: PrintedMapSize = THUMBNAIL_STYLE,
    ) -> Drawing:
        """Return every view, in layout order, side by side in one drawing of width × height."""
        gap = 2.0
        views = layout_views()
        column = (width - gap * (len(views) - 1)) / len(views)
        figures = [self.figure(view, content, column, height, style) for view in views]
        drawing = Drawing(width, max(f.height for f in figures))
        for index, figure in enumerate(figures):
            left = index * (column + gap)
            drawing.add(Group(*figure.contents, transform=(1, 0, 0, 1, left, 0)))
        return drawing

    @staticmethod
    def _add_caption(
        drawing: Drawing,
        view: View,
        span: tuple[float, float],
        caption_height: float,
        height: float,
    ) -> None:
        left_edge, right_edge = span
        spec = view_spec(view)
        drawing.add(
            String(
                (left_edge + right_edge) / 2,
                2,
                term(spec.title),
                fontName=BOLD,
                fontSize=8,
                fillColor=INK,
                textAnchor="middle",
            )
        )
        # Sides are the patient's: the view table says which one faces the viewer's left.
        if spec.side_letters is None:
            return  # a lateral view has no left and right edge
        left, right = spec.side_letters
        top = caption_height + height - 12
        drawing.add(String(left_edge + 4, top, left, fontName=BOLD, fontSize=8, fillColor=MUTED))
        drawing.add(
            String(
                right_edge - 4,
                top,
                right,
                fontName=BOLD,
                fontSize=8,
                fillColor=MUTED,
                textAnchor="end",
            )
        )

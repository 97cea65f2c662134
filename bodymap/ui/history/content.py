"""What each small map shows: a visit's chart, the change between two visits, a heat map."""

from __future__ import annotations

from PySide6.QtGui import QColor

from bodymap.analysis.compare import VisitComparison
from bodymap.analysis.geometry import AtlasLike
from bodymap.analysis.heatmap import PainHeatMap
from bodymap.anatomy.types import TriggerSite
from bodymap.model import CarryStatus, VisitChart
from bodymap.model.map_content import MapContent, build_map_content
from bodymap.model.map_style import MAP_STYLE
from bodymap.ui.history import palette
from bodymap.ui.history.painting import MapPicture, PaintedArea, PaintedArrow, PaintedMarker


def chart_picture(content: MapContent, *, numbers: bool = True) -> MapPicture:
    """A visit's map content in the map style, as the chart and the session note draw it."""
    areas = tuple(
        PaintedArea(
            zone.view,
            zone.polygons,
            _with_opacity(MAP_STYLE.intensity_hex(zone.intensity), zone.resolved),
            QColor(MAP_STYLE.zone_outline_hex(zone.intensity)),
            dashed=zone.referred,
        )
        for zone in content.zones
    )
    arrows = tuple(
        PaintedArrow(arrow.view, arrow.start, arrow.end, QColor(MAP_STYLE.link_ink))
        for arrow in content.arrows
        if not arrow.crosses_views  # a small map has no room for a tagged stub
    )
    markers = tuple(
        PaintedMarker(
            marker.view,
            marker.x,
            marker.y,
            str(marker.number) if numbers else "",
            QColor(MAP_STYLE.marker_fill(marker.state)),
            QColor(MAP_STYLE.marker_outline(marker.state)),
        )
        for marker in content.markers
    )
    return MapPicture(areas=areas, markers=markers, arrows=arrows)


def _with_opacity(colour: str, resolved: bool) -> QColor:
    fill = QColor(colour)
    fill.setAlphaF(MAP_STYLE.zone_fill_opacity(resolved))
    return fill


def chart_content(chart: VisitChart, *, numbers: bool = True, arrows: bool = True) -> MapPicture:
    """A visit as drawn on its chart: zones by intensity, referral arrows, numbered markers.

    Args:
        chart: the visit.
        numbers: False for maps too small to print the markers' numbers.
        arrows: False for maps too small for arrows (their anchors are then not computed).
    """
    content = build_map_content(chart.trigger_points, chart.zones, arrows=arrows)
    return chart_picture(content, numbers=numbers)


def comparison_content(comparison: VisitComparison) -> MapPicture:
    """The change overlay: new, resolved and persisting pain and trigger points in colour."""
    areas: list[PaintedArea] = []
    for change in comparison.views:
        for polygons, status in (
            (change.persisting, CarryStatus.PERSISTING),
            (change.resolved, CarryStatus.RESOLVED),
            (change.new, CarryStatus.NEW),
        ):
            if polygons:
                areas.append(
                    PaintedArea(
                        change.view,
                        polygons,
                        palette.STATUS_FILL[status],
                        palette.STATUS_INK[status],
                    )
                )
    markers: list[PaintedMarker] = []
    for match in comparison.points:
        point = match.after if match.after is not None else match.before
        assert point is not None  # every match holds at least one point
        markers.append(
            PaintedMarker(
                point.view,
                point.x,
                point.y,
                str(point.number) if point.number else "",
                palette.STATUS_INK[match.status],
                palette.STATUS_INK[match.status],
                hollow=match.status is CarryStatus.RESOLVED,
            )
        )
    return MapPicture(areas=tuple(areas), markers=tuple(markers))


def heat_content(atlas: AtlasLike, heat: PainHeatMap) -> MapPicture:
    """Every CHOIR segment coloured by how often it was painful."""
    areas = tuple(
        PaintedArea(
            atlas.surface_regions[entry.region].view,
            (atlas.surface_regions[entry.region].polygon,),
            palette.heat_color(entry.share),
            QColor(120, 90, 70, 90),
        )
        for entry in heat.regions
        if entry.painful_visits > 0
    )
    outlines = tuple(
        PaintedArea(region.view, (region.polygon,), QColor(0, 0, 0, 0), QColor(120, 90, 70, 45))
        for region in atlas.surface_regions.values()
    )
    return MapPicture(areas=outlines + areas)


def referral_content(site: TriggerSite) -> MapPicture:
    """A catalogue site's referral pattern as a ghost, with the site itself marked."""
    spill = tuple(
        PaintedArea(view, (polygon,), palette.SPILLOVER)
        for view, polygon in site.referral.spillover
    )
    essential = tuple(
        PaintedArea(view, (polygon,), palette.ESSENTIAL, palette.ESSENTIAL_INK)
        for view, polygon in site.referral.essential
    )
    marker = PaintedMarker(site.view, site.x, site.y, "", palette.NEW_INK, palette.NEW_INK)
    return MapPicture(areas=spill + essential, markers=(marker,))

"""What each small map shows: a visit's chart, the change between two visits, a heat map."""

from __future__ import annotations

from PySide6.QtGui import QColor

from bodymap.analysis.compare import VisitComparison
from bodymap.analysis.geometry import AtlasLike
from bodymap.analysis.heatmap import PainHeatMap
from bodymap.anatomy.types import TriggerSite
from bodymap.model import Activity, CarryStatus, VisitChart
from bodymap.ui.canvas.constants import ACTIVE_FILL, LATENT_FILL, MARKER_INK, intensity_color
from bodymap.ui.history import palette
from bodymap.ui.history.painting import MapArea, MapContent, MapMarker


def _zone_fill(intensity: int) -> QColor:
    color = intensity_color(intensity)
    color.setAlpha(150)
    return color


def chart_content(chart: VisitChart, *, numbers: bool = True) -> MapContent:
    """A visit as drawn on its chart: zones by intensity, numbered trigger points."""
    areas = tuple(
        MapArea(
            zone.view, zone.polygons, _zone_fill(zone.intensity), intensity_color(zone.intensity)
        )
        for zone in sorted(chart.zones, key=lambda z: z.intensity)
    )
    markers = tuple(
        MapMarker(
            point.view,
            point.x,
            point.y,
            str(point.number) if numbers else "",
            ACTIVE_FILL if point.activity is Activity.ACTIVE else LATENT_FILL,
            MARKER_INK,
            hollow=point.carry is CarryStatus.RESOLVED,
        )
        for point in chart.trigger_points
    )
    return MapContent(areas=areas, markers=markers)


def comparison_content(comparison: VisitComparison) -> MapContent:
    """The change overlay: new, resolved and persisting pain and trigger points in colour."""
    areas: list[MapArea] = []
    for change in comparison.views:
        for polygons, status in (
            (change.persisting, CarryStatus.PERSISTING),
            (change.resolved, CarryStatus.RESOLVED),
            (change.new, CarryStatus.NEW),
        ):
            if polygons:
                areas.append(
                    MapArea(
                        change.view,
                        polygons,
                        palette.STATUS_FILL[status],
                        palette.STATUS_INK[status],
                    )
                )
    markers: list[MapMarker] = []
    for match in comparison.points:
        point = match.after if match.after is not None else match.before
        assert point is not None  # every match holds at least one point
        markers.append(
            MapMarker(
                point.view,
                point.x,
                point.y,
                str(point.number) if point.number else "",
                palette.STATUS_INK[match.status],
                palette.STATUS_INK[match.status],
                hollow=match.status is CarryStatus.RESOLVED,
            )
        )
    return MapContent(areas=tuple(areas), markers=tuple(markers))


def heat_content(atlas: AtlasLike, heat: PainHeatMap) -> MapContent:
    """Every CHOIR segment coloured by how often it was painful."""
    areas = tuple(
        MapArea(
            atlas.surface_regions[entry.region].view,
            (atlas.surface_regions[entry.region].polygon,),
            palette.heat_color(entry.share),
            QColor(120, 90, 70, 90),
        )
        for entry in heat.regions
        if entry.painful_visits > 0
    )
    outlines = tuple(
        MapArea(region.view, (region.polygon,), QColor(0, 0, 0, 0), QColor(120, 90, 70, 45))
        for region in atlas.surface_regions.values()
    )
    return MapContent(areas=outlines + areas)


def referral_content(site: TriggerSite) -> MapContent:
    """A catalogue site's referral pattern as a ghost, with the site itself marked."""
    spill = tuple(
        MapArea(view, (polygon,), palette.SPILLOVER) for view, polygon in site.referral.spillover
    )
    essential = tuple(
        MapArea(view, (polygon,), palette.ESSENTIAL, palette.ESSENTIAL_INK)
        for view, polygon in site.referral.essential
    )
    marker = MapMarker(site.view, site.x, site.y, "", palette.NEW_INK, palette.NEW_INK)
    return MapContent(areas=spill + essential, markers=(marker,))

"""What a body map of one visit shows, Qt-free: zones, numbered markers and referral arrows.

Built once from the chart's model objects and drawn by three thin painters — the canvas items
(``ui/canvas``), the History maps (``ui/history``) and the PDF (``report/bodymap_drawing.py``) —
each turning this content and :data:`bodymap.model.map_style.MAP_STYLE` into its own drawing
calls, so screen and paper show the same marks in the same colours with the same arrows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bodymap.model.chart import PainZone, TriggerPoint
from bodymap.model.enums import Activity, CarryStatus, Depth, Side, View, ZoneKind
from bodymap.model.geometry import Point, ZonePolygon
from bodymap.model.map_shapes import arrow_anchor
from bodymap.model.map_style import MarkerState


@dataclass(frozen=True, slots=True)
class MapZone:
    """A pain zone, filled with its intensity colour."""

    view: View
    polygons: tuple[ZonePolygon, ...]
    intensity: int
    referred: bool = False
    superficial: bool = False
    resolved: bool = False  # carried forward and no longer painful: a faint trace
    zone_id: int | None = None


@dataclass(frozen=True, slots=True)
class MapMarker:
    """A numbered trigger-point marker at its atlas position."""

    number: int
    view: View
    x: float
    y: float
    state: MarkerState
    side: Side
    point_id: int | None = None

    @property
    def active(self) -> bool:
        """True for an active trigger point (a filled disc)."""
        return self.state is MarkerState.ACTIVE


@dataclass(frozen=True, slots=True)
class MapArrow:
    """A referral arrow from a trigger point to the middle of the zone it refers pain into.

    ``start`` is the point's position in its own view; when that is not the zone's view the
    arrow crosses views and painters show it as a short arrow tagged with the point's number
    (the canvas) or leave it out (small maps and paper).
    """

    view: View  # the zone's view: where the arrow ends
    start: Point
    end: Point
    source_view: View
    source_number: int
    zone_id: int | None = None

    @property
    def crosses_views(self) -> bool:
        """True when the trigger point is drawn on the other figure."""
        return self.source_view is not self.view


@dataclass(frozen=True, slots=True)
class MapContent:
    """Everything drawn over the body for one visit, in atlas units, bottom to top."""

    zones: tuple[MapZone, ...] = ()
    markers: tuple[MapMarker, ...] = ()
    arrows: tuple[MapArrow, ...] = ()

    def in_view(self, view: View) -> MapContent:
        """Only what lies in ``view`` (arrows by where they end, crossing ones left out)."""
        return MapContent(
            zones=tuple(z for z in self.zones if z.view is view),
            markers=tuple(m for m in self.markers if m.view is view),
            arrows=tuple(a for a in self.arrows if a.view is view and not a.crosses_views),
        )

    @property
    def is_empty(self) -> bool:
        """True when nothing was charted."""
        return not (self.markers or self.zones)


def marker_state(point: TriggerPoint) -> MarkerState:
    """How a trigger point's marker is drawn."""
    if point.carry is CarryStatus.RESOLVED:
        return MarkerState.RESOLVED
    return MarkerState.ACTIVE if point.activity is Activity.ACTIVE else MarkerState.LATENT


def map_marker(point: TriggerPoint) -> MapMarker:
    """The marker of one trigger point."""
    return MapMarker(
        point.number, point.view, point.x, point.y, marker_state(point), point.side, point.id
    )


def map_zone(zone: PainZone) -> MapZone:
    """The filled area of one pain zone."""
    return MapZone(
        zone.view,
        zone.polygons,
        zone.intensity,
        referred=zone.kind is ZoneKind.REFERRED,
        superficial=zone.depth is Depth.SUPERFICIAL,
        resolved=zone.carry is CarryStatus.RESOLVED,
        zone_id=zone.id,
    )


def referral_arrow(zone: PainZone, source: TriggerPoint | None) -> MapArrow | None:
    """The arrow from ``source`` into ``zone``, or None when the zone has no such source."""
    if source is None or zone.source_point_id is None or zone.source_point_id != source.id:
        return None
    return MapArrow(
        zone.view,
        (source.x, source.y),
        arrow_anchor(zone.polygons),
        source.view,
        source.number,
        zone.id,
    )


def build_map_content(
    trigger_points: Iterable[TriggerPoint], zones: Iterable[PainZone], *, arrows: bool = True
) -> MapContent:
    """Build the map content of one visit from its model objects.

    Args:
        trigger_points: the trigger points to mark (numbers as charted).
        zones: the visit's pain zones; a zone linked to one of ``trigger_points`` gets an arrow.
        arrows: False for maps too small to show arrows (their anchors are not computed).

    Returns:
        Zones with the most intense drawn last (on top), markers sorted by number, and arrows.
    """
    points = sorted(trigger_points, key=lambda tp: tp.number)
    by_id = {tp.id: tp for tp in points if tp.id is not None}
    zone_list = sorted(zones, key=lambda z: z.intensity)
    links: list[MapArrow] = []
    if arrows:
        for zone in zone_list:
            source = by_id.get(zone.source_point_id) if zone.source_point_id is not None else None
            arrow = referral_arrow(zone, source)
            if arrow is not None:
                links.append(arrow)
    return MapContent(
        zones=tuple(map_zone(z) for z in zone_list),
        markers=tuple(map_marker(tp) for tp in points),
        arrows=tuple(links),
    )

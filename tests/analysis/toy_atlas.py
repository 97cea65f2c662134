"""A small hand-made atlas with rectangular geometry, so expected areas are known exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bodymap.anatomy.rollups import CHOIR_SEGMENTS
from bodymap.anatomy.types import (
    Confidence,
    ReferralPattern,
    SurfaceRegion,
    TriggerSite,
    ViewInfo,
)
from bodymap.model import (
    OutcomeMeasure,
    PainZone,
    Patient,
    Side,
    TriggerPoint,
    View,
    Visit,
    VisitChart,
    ZonePolygon,
)

A, P = View.ANTERIOR, View.POSTERIOR

#: Both silhouettes are the rectangle x 100-300, y 20-820: 160,000 square units each.
BODY_AREA = 200.0 * 800.0

#: Four rows of two CHOIR segments per view (viewer's left column first).
ROWS = (20.0, 220.0, 420.0, 620.0, 820.0)
GRID = {
    A: ((101, 102), (108, 109), (126, 127), (131, 132)),
    P: ((205, 206), (207, 210), (218, 219), (211, 214)),
}


def rect(x0: float, y0: float, x1: float, y1: float) -> ZonePolygon:
    return ZonePolygon(((x0, y0), (x1, y0), (x1, y1), (x0, y1)))


def region_rect(region: int) -> ZonePolygon:
    for rows in GRID.values():
        for row, pair in enumerate(rows):
            if region in pair:
                x0 = 100.0 if pair.index(region) == 0 else 200.0
                return rect(x0, ROWS[row], x0 + 100.0, ROWS[row + 1])
    raise KeyError(region)


def zone(view: View, *polygons: ZonePolygon, intensity: int = 5) -> PainZone:
    return PainZone(view=view, polygons=polygons, intensity=intensity)


def _site(
    site_id: str,
    view: View,
    xy: tuple[float, float],
    side: Side,
    essential: tuple[tuple[View, ZonePolygon], ...],
    spillover: tuple[tuple[View, ZonePolygon], ...],
) -> TriggerSite:
    muscle = site_id.split(".")[0]
    return TriggerSite(
        id=site_id,
        muscle=muscle,
        name=f"{muscle.title()} site",
        view=view,
        x=xy[0],
        y=xy[1],
        side=side,
        location="test location",
        referral=ReferralPattern(essential, spillover, "test referral"),
        safety="none",
        thorax_risk=False,
        confidence=Confidence.REFERENCE,
    )


def _sites() -> dict[str, TriggerSite]:
    sites = [
        # Essential zone inside the right cranium (101), spillover over the whole of 101.
        _site(
            "temple.one.right",
            A,
            (150, 100),
            Side.RIGHT,
            ((A, rect(110, 30, 190, 120)),),
            ((A, rect(100, 20, 200, 220)),),
        ),
        # Essential zone in the left chest (109).
        _site(
            "chest.two.left",
            A,
            (250, 300),
            Side.LEFT,
            ((A, rect(210, 250, 290, 400)),),
            ((A, rect(200, 220, 300, 420)),),
        ),
        # Posterior: essential in the left lower back (218), spillover reaching 219.
        _site(
            "back.three.left",
            P,
            (150, 500),
            Side.LEFT,
            ((P, rect(110, 430, 190, 600)),),
            ((P, rect(150, 420, 250, 620)),),
        ),
        # Both views: essential on the front thigh and the back of the arm.
        _site(
            "thigh.four.right",
            A,
            (150, 500),
            Side.RIGHT,
            ((A, rect(120, 450, 180, 600)), (P, rect(220, 650, 280, 800))),
            ((A, rect(100, 420, 200, 620)),),
        ),
        # A large pattern that contains the temple site's essential zone: must not outrank it.
        _site(
            "big.five.right",
            A,
            (150, 300),
            Side.RIGHT,
            ((A, rect(100, 20, 200, 420)),),
            ((A, rect(100, 20, 300, 420)),),
        ),
    ]
    return {s.id: s for s in sites}


def _regions() -> dict[int, SurfaceRegion]:
    regions: dict[int, SurfaceRegion] = {}
    for view, rows in GRID.items():
        for pair in rows:
            for region in pair:
                segment = CHOIR_SEGMENTS[region]
                regions[region] = SurfaceRegion(
                    id=region,
                    name=segment.name,
                    side=segment.side,
                    view=view,
                    polygon=region_rect(region),
                    mbm=segment.mbm,
                    wpi=segment.wpi,
                )
    return regions


@dataclass
class ToyAtlas:
    """Just what the analyses read from an atlas."""

    views: dict[View, ViewInfo] = field(
        default_factory=lambda: {
            v: ViewInfo(v, 400.0, 840.0, (rect(100, 20, 300, 820),), f"atlas/{v.value}.svg")
            for v in (A, P)
        }
    )
    surface_regions: dict[int, SurfaceRegion] = field(default_factory=_regions)
    sites: dict[str, TriggerSite] = field(default_factory=_sites)

    def muscle_name(self, muscle_id: str) -> str:
        return muscle_id.replace("_", " ").capitalize()


PATIENT = Patient(id=1, name="Test Patient", chart_number="T-1")


def chart(
    zones: tuple[PainZone, ...] | list[PainZone] = (),
    points: tuple[TriggerPoint, ...] | list[TriggerPoint] = (),
    measures: tuple[OutcomeMeasure, ...] | list[OutcomeMeasure] = (),
    *,
    visit_id: int = 1,
    when: datetime | None = None,
) -> VisitChart:
    return VisitChart(
        visit=Visit(id=visit_id, patient_id=1, started_at=when or datetime(2026, 1, visit_id)),
        patient=PATIENT,
        zones=tuple(zones),
        trigger_points=tuple(points),
        measures=tuple(measures),
    )

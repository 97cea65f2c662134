"""Hand-made model objects and a tiny atlas for the report tests (no storage, no real atlas)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

import pytest

from bodymap.anatomy.types import Layer, MuscleRegion, ViewInfo
from bodymap.model import (
    Activity,
    Clinician,
    Instrument,
    MeasureTiming,
    OutcomeMeasure,
    PainQuality,
    PainZone,
    Patient,
    Side,
    TriggerPoint,
    TwitchResponse,
    View,
    Visit,
    VisitChart,
    VisitStatus,
    ZoneKind,
    ZonePolygon,
)
from bodymap.report.visit_summary import (
    Fact,
    NoteAddendumRow,
    NoteAdverseEventRow,
    ProcedureRow,
    RecordSections,
)

PATIENT_NAME = "Zoë Ñúñez-Łukasiewicz"

MUSCLE_NAMES = {
    "upper_trapezius": "Upper trapezius",
    "levator_scapulae": "Levator scapulae",
    "sternocleidomastoid": "Sternocleidomastoid",
    "gluteus_medius": "Gluteus medius",
}


def circle(cx: float, cy: float, r: float, n: int = 24) -> tuple[tuple[float, float], ...]:
    return tuple(
        (cx + r * math.cos(2 * math.pi * i / n), cy + r * math.sin(2 * math.pi * i / n))
        for i in range(n)
    )


def box(x0: float, y0: float, x1: float, y1: float) -> ZonePolygon:
    return ZonePolygon(((x0, y0), (x1, y0), (x1, y1), (x0, y1)))


FIGURE = (
    ZonePolygon(circle(200, 70, 50)),
    ZonePolygon(
        (
            (150, 130),
            (250, 130),
            (300, 420),
            (260, 820),
            (210, 820),
            (200, 440),
            (190, 820),
            (140, 820),
            (100, 420),
        )
    ),
)


@dataclass
class TinyAtlas:
    """Just what the printed map reads: views with a silhouette, and muscle outlines."""

    views: dict[View, ViewInfo] = field(default_factory=dict)
    muscle_regions: tuple[MuscleRegion, ...] = ()

    def muscle_name(self, muscle_id: str) -> str:
        return MUSCLE_NAMES.get(muscle_id, muscle_id)


@pytest.fixture
def tiny_atlas() -> TinyAtlas:
    views = {view: ViewInfo(view, 400, 840, FIGURE, f"atlas/{view.value}.svg") for view in View}
    regions = tuple(
        MuscleRegion("upper_trapezius", side, view, Layer.SUPERFICIAL, box(x, 130, x + 50, 180))
        for view in View
        for side, x in ((Side.LEFT, 150), (Side.RIGHT, 200))
    )
    return TinyAtlas(views, regions)


def make_chart(points: int = 4, signed: bool = False) -> VisitChart:
    patient = Patient(
        id=1, name=PATIENT_NAME, chart_number="MRN-00417", date_of_birth=date(1984, 3, 9)
    )
    clinician = Clinician(id=2, name="Ana Ruiz", credentials="PT, DPT")
    visit = Visit(
        id=7,
        patient_id=1,
        clinician_id=2,
        started_at=datetime(2026, 11, 12, 9, 30),
        status=VisitStatus.SIGNED if signed else VisitStatus.DRAFT,
        signed_at=datetime(2026, 11, 12, 10, 15) if signed else None,
        signed_by=2 if signed else None,
        subjective="Neck pain 6/10 since Monday; worse at the desk.",
        objective="Taut band in right upper trapezius; familiar pain reproduced.",
        assessment="Myofascial neck pain, improving.",
        plan="Review in one week.",
    )
    muscles = ["upper_trapezius", "levator_scapulae", "sternocleidomastoid", "gluteus_medius"]
    tps = tuple(
        TriggerPoint(
            id=100 + i,
            visit_id=7,
            number=i + 1,
            view=View.POSTERIOR if i % 2 else View.ANTERIOR,
            x=170 + (i % 5) * 12,
            y=150 + (i // 5) * 9 + (i % 3) * 40,
            muscle=muscles[i % len(muscles)],
            side=Side.RIGHT if i % 2 else Side.LEFT,
            activity=Activity.LATENT if i % 3 == 2 else Activity.ACTIVE,
            twitch=TwitchResponse.FEW,
            tenderness=6,
        )
        for i in range(points)
    )
    zones = (
        PainZone(
            id=300,
            visit_id=7,
            view=View.POSTERIOR,
            polygons=(ZonePolygon(circle(230, 90, 25)),),
            kind=ZoneKind.REFERRED,
            intensity=7,
            quality=PainQuality.ACHING,
            source_point_id=101,
        ),
        PainZone(
            id=301, visit_id=7, view=View.ANTERIOR, polygons=(box(160, 300, 240, 360),), intensity=3
        ),
    )
    measures = (
        OutcomeMeasure(
            instrument=Instrument.NPRS, timing=MeasureTiming.PRE, value=6, label="current"
        ),
        OutcomeMeasure(
            instrument=Instrument.NPRS, timing=MeasureTiming.POST, value=3, label="current"
        ),
        OutcomeMeasure(
            instrument=Instrument.PPT,
            timing=MeasureTiming.PRE,
            value=2.1,
            site="upper_trapezius.central.right",
            side=Side.RIGHT,
        ),
        OutcomeMeasure(
            instrument=Instrument.PPT,
            timing=MeasureTiming.POST,
            value=2.6,
            site="upper_trapezius.central.right",
            side=Side.RIGHT,
        ),
        OutcomeMeasure(instrument=Instrument.NDI, value=13),
    )
    return VisitChart(
        visit=visit,
        patient=patient,
        clinician=clinician,
        trigger_points=tps,
        zones=zones,
        measures=measures,
    )


@pytest.fixture
def chart() -> VisitChart:
    return make_chart()


@pytest.fixture
def record() -> RecordSections:
    return RecordSections(
        screening=(Fact("Decision", "Proceed"), Fact("Medications", "None")),
        consent=(Fact("Consent", "Written, copy given to the patient"),),
        needling=((1, "0.25 × 40 mm, deep dynamic"),),
        procedures=(
            ProcedureRow(
                number=1,
                needle="0.25 × 40 mm",
                technique="Deep dynamic (pistoning)",
                dose="2 insertions, 6 twitches",
                placement="Depth 15 mm, prone",
                response="Tolerance 5/10",
                needles="2 in / 1 out \u2013 COUNT MISMATCH",
                counts_match=False,
            ),
        ),
        adverse_events=(NoteAdverseEventRow("Bruising", "Mild", "Pressure applied", "2 days", ""),),
        plan=(Fact("Home exercise", "Upper trapezius stretch 3 × daily"),),
        addenda=(
            NoteAddendumRow(
                datetime(2026, 11, 13, 8, 0),
                "Ana Ruiz, PT, DPT",
                "Patient phoned: soreness settled.",
            ),
        ),
    )


def make_course(visits: int = 6) -> list[VisitChart]:
    """A course of weekly visits: pain falling, thresholds rising, trigger points resolving."""
    base = make_chart()
    charts = []
    for i in range(visits):
        last = i == visits - 1
        visit = replace(
            base.visit,
            id=i + 1,
            started_at=base.visit.started_at + timedelta(days=7 * i),
            status=VisitStatus.DRAFT if last else VisitStatus.SIGNED,
            signed_at=None if last else base.visit.started_at,
        )
        pre = max(0, 7 - i * 6 // visits)
        measures = (
            OutcomeMeasure(
                instrument=Instrument.NPRS, timing=MeasureTiming.PRE, value=pre, label="current"
            ),
            OutcomeMeasure(
                instrument=Instrument.NPRS,
                timing=MeasureTiming.POST,
                value=max(0, pre - 2),
                label="current",
            ),
            OutcomeMeasure(
                instrument=Instrument.PPT,
                timing=MeasureTiming.PRE,
                value=round(2.0 + 0.1 * i, 2),
                site="upper_trapezius.central.right",
                side=Side.RIGHT,
            ),
            OutcomeMeasure(instrument=Instrument.NDI, value=max(2, 20 - 2 * i)),
            OutcomeMeasure(
                instrument=Instrument.PSFS, value=min(10, 3 + 0.5 * i), label="PSFS", version="1.0"
            ),
        )
        points = base.trigger_points[: max(1, 4 - i * 4 // visits)]
        charts.append(replace(base, visit=visit, measures=measures, trigger_points=points))
    return charts

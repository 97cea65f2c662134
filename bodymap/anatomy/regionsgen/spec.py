"""The vocabulary in which catalogue rows are authored: rows, sites and referral shapes."""

from __future__ import annotations

from dataclasses import dataclass

from bodymap.model import View

#: A point is a landmark name or a half-body (dx, y) pair (see landmarks.py).
PointSpec = str | tuple[float, float]


@dataclass(frozen=True, slots=True)
class InMuscle:
    """A site given inside its muscle's region: fractions of the region's extent.

    ``u`` runs from the region's medial edge (0) to its lateral edge (1), ``v`` from its top (0)
    to its bottom (1). Sites written this way follow the muscle when the art is refined.
    """

    u: float
    v: float


def M(u: float, v: float) -> InMuscle:
    """A site at fractions (u medial->lateral, v top->bottom) of its muscle region's extent."""
    return InMuscle(u, v)


@dataclass(frozen=True, slots=True)
class Shape:
    """A referral patch: a disc (one point) or a capsule along a path, ``radius`` wide each way."""

    view: View
    points: tuple[PointSpec, ...]
    radius: float
    other_side: bool = False  # drawn on the opposite side of the patient


@dataclass(frozen=True, slots=True)
class Referral:
    """A referral pattern: text plus the shapes of its essential and spillover zones."""

    text: str
    essential: tuple[Shape, ...]
    spillover: tuple[Shape, ...] = ()


@dataclass(frozen=True, slots=True)
class Site:
    """One trigger-point site of a row, authored for the patient's right side."""

    tag: str
    label: str
    view: View
    at: InMuscle | PointSpec
    referral: Referral | None = None  # None: the row's referral
    location: str | None = None  # None: the row's location
    confidence: str | None = None  # None: the row's (sources.py); "R" marks an unreviewed site


@dataclass(frozen=True, slots=True)
class Needling:
    """How a row's muscle is usually needled (needling_rows.py), in our own words."""

    length_mm: tuple[float, float]  # the usual needle length range; the shortest is suggested
    position: str  # "prone", "supine", "sitting" or "side_up" (side-lying, treated side up)
    technique: str  # a Technique value
    direction: str  # where the needle points
    at_risk: str  # the structures in the way


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the catalogue (domain.md §3), with its sites; its sources are in sources.py."""

    muscle: str
    title: str
    location: str
    referral: Referral
    safety: str
    thorax_risk: bool
    sites: tuple[Site, ...]
    ids: tuple[str, ...] = ()  # external identifiers (UBERON/FMA) where domain.md gives them


def A(*points: PointSpec, r: float = 8.0) -> Shape:
    """A patch on the anterior view."""
    return Shape(View.ANTERIOR, points, r)


def P(*points: PointSpec, r: float = 8.0) -> Shape:
    """A patch on the posterior view."""
    return Shape(View.POSTERIOR, points, r)


def other(shape: Shape) -> Shape:
    """The same patch on the opposite side of the patient."""
    return Shape(shape.view, shape.points, shape.radius, other_side=True)

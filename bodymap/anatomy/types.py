"""Plain value types of the atlas: views, muscles, regions, trigger-point sites and hits."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bodymap.model import Point, Side, View, ZonePolygon
from bodymap.model.catalog_lists import PatientPosition, Technique


class Layer(StrEnum):
    """Superficial muscles tile the body surface; deep muscles lie beneath them."""

    SUPERFICIAL = "superficial"
    DEEP = "deep"


class Confidence(StrEnum):
    """Source confidence of catalogue content (domain.md): [S], [S-2] or [R] (unreviewed)."""

    SOURCED = "S"
    SECONDARY = "S-2"
    REFERENCE = "R"

    @property
    def evidence(self) -> str:
        """The tag in words, as domain.md defines it: sourced, secondary or unreviewed."""
        return _EVIDENCE[self]

    @property
    def explanation(self) -> str:
        """What the tag means, for a reader of the reference dock or a note."""
        return _EXPLANATION[self]


_EVIDENCE = {
    Confidence.SOURCED: "sourced",
    Confidence.SECONDARY: "secondary",
    Confidence.REFERENCE: "unreviewed",
}
_EXPLANATION = {
    Confidence.SOURCED: "from a cited public source (medical reference, professional body, "
    "textbook or peer-reviewed paper)",
    Confidence.SECONDARY: "only from secondary sources (blogs, course flashcards, clinic pages) "
    "that cite the primary literature",
    Confidence.REFERENCE: "from the standard literature with no public copy checked: needs "
    "clinical review",
}


@dataclass(frozen=True, slots=True)
class ViewInfo:
    """One drawing of the body; coordinates are in its SVG viewBox units."""

    id: View
    width: float
    height: float
    silhouette: tuple[ZonePolygon, ...]
    art: str  # asset name of the SVG body art for this view


@dataclass(frozen=True, slots=True)
class Muscle:
    """A muscle (or muscle group) that a clinician charts."""

    id: str
    name: str
    group: str  # e.g. "Head and neck", "Shoulder girdle and upper back"
    layer: Layer
    uberon: str | None = None
    fma: str | None = None


@dataclass(frozen=True, slots=True)
class MuscleRegion:
    """Where a muscle lies on one side in one view (its surface projection, for deep muscles)."""

    muscle: str
    side: Side
    view: View
    layer: Layer
    polygon: ZonePolygon


@dataclass(frozen=True, slots=True)
class SurfaceRegion:
    """A CHOIR Body Map segment (ids 101-136 front, 201-238 back)."""

    id: int
    name: str
    side: Side
    view: View
    polygon: ZonePolygon
    mbm: int | None  # Michigan Body Map area key it rolls up to
    wpi: str | None  # Widespread Pain Index area it rolls up to, if any


@dataclass(frozen=True, slots=True)
class ReferralPattern:
    """Where a trigger-point site sends pain: an essential zone and a spillover zone, per view."""

    essential: tuple[tuple[View, ZonePolygon], ...]
    spillover: tuple[tuple[View, ZonePolygon], ...]
    description: str


@dataclass(frozen=True, slots=True)
class SiteNeedling:
    """How a catalogue site is usually needled: what a new needling record starts from.

    ``length_mm`` is the usual needle length range (the shortest is suggested: body habitus
    decides); ``position`` is already resolved for the site's side (side-lying, that side up).
    """

    length_mm: tuple[float, float]
    position: PatientPosition
    technique: Technique
    direction: str
    at_risk: str


@dataclass(frozen=True, slots=True)
class TriggerSite:
    """A catalogue trigger-point site on one side of the body."""

    id: str  # e.g. "upper_trapezius.central.right"
    muscle: str
    name: str  # e.g. "Upper trapezius, central (free border)"
    view: View
    x: float
    y: float
    side: Side
    location: str
    referral: ReferralPattern
    safety: str
    thorax_risk: bool
    confidence: Confidence
    citation: str = ""  # where the site's location and referral come from
    needling: SiteNeedling | None = None  # None: the catalogue suggests no needling

    @property
    def position(self) -> Point:
        """The site as an (x, y) pair."""
        return (self.x, self.y)


@dataclass(frozen=True, slots=True)
class MuscleHit:
    """One muscle under a point, with the patient's side and its depth."""

    muscle: str
    name: str
    side: Side
    layer: Layer


@dataclass(frozen=True, slots=True)
class Hit:
    """What lies at (view, x, y): the muscles, superficial first, and the CHOIR surface region."""

    view: View
    x: float
    y: float
    inside_body: bool
    muscles: tuple[MuscleHit, ...]
    region: int | None

    @property
    def top(self) -> MuscleHit | None:
        """The superficial (first) muscle, or None where no charted muscle lies."""
        return self.muscles[0] if self.muscles else None

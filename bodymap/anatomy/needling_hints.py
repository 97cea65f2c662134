"""The needle, position and technique a new needling record starts from: catalogue data.

Each catalogue site carries how its muscle is usually needled (assets/atlas/catalogue.json,
authored in regionsgen/needling_rows.py). A record starts from the site the trigger point was
charted on, else from a site of the same muscle on the same side — never from another muscle
or from the previous record. A muscle the catalogue has no row for gets no suggestion: the
clinician chooses. The values are starting points to adjust, not prescriptions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bodymap.anatomy.types import SiteNeedling, TriggerSite
from bodymap.model import Side, TriggerPoint
from bodymap.model.catalog_lists import PatientPosition, Technique
from bodymap.model.needling import NeedlingRecord
from bodymap.model.views import view_spec

#: The usual needle diameter (domain.md §1.5: 0.16–0.30 mm common, e.g. 0.25 × 40).
USUAL_DIAMETER_MM = 0.25
#: One pass: a record with no pass is not a needling.
USUAL_PASSES = 1


@dataclass(frozen=True, slots=True)
class NeedlingHint:
    """A suggested starting point for a needling record, and where it came from."""

    needle_length_mm: float
    needle_diameter_mm: float
    patient_position: PatientPosition
    technique: Technique
    passes: int
    direction: str
    at_risk: str
    length_range_mm: tuple[float, float]
    site: str  # the catalogue site id the suggestion was read from


def site_for(
    sites: Mapping[str, TriggerSite],
    sites_for_muscle: Callable[[str], list[TriggerSite]],
    muscle: str,
    side: Side,
    site: str | None,
) -> TriggerSite | None:
    """The catalogue site whose needling applies to a point.

    The charted site, else the muscle's first site on the same side (then any side); None when
    the catalogue has no row for the muscle.
    """
    charted = sites.get(site) if site else None
    if charted is not None and charted.muscle == muscle:
        return charted
    own = [s for s in sites_for_muscle(muscle) if s.needling is not None]
    return next((s for s in own if s.side is side), own[0] if own else None)


def hint_from(site: TriggerSite, side: Side) -> NeedlingHint | None:
    """The suggestion a catalogue site gives for a point on ``side`` (None: it gives none)."""
    needling: SiteNeedling | None = site.needling
    if needling is None:
        return None
    position = needling.position
    if site.side is not side and position in _MIRRORED:
        position = _MIRRORED[position]  # the site of the other side: treated side up still
    return NeedlingHint(
        needle_length_mm=needling.length_mm[0],
        needle_diameter_mm=USUAL_DIAMETER_MM,
        patient_position=position,
        technique=needling.technique,
        passes=USUAL_PASSES,
        direction=needling.direction,
        at_risk=needling.at_risk,
        length_range_mm=needling.length_mm,
        site=site.id,
    )


_MIRRORED = {
    PatientPosition.SIDE_LYING_LEFT: PatientPosition.SIDE_LYING_RIGHT,
    PatientPosition.SIDE_LYING_RIGHT: PatientPosition.SIDE_LYING_LEFT,
}


def suggest(
    sites: Mapping[str, TriggerSite],
    sites_for_muscle: Callable[[str], list[TriggerSite]],
    muscle: str,
    side: Side,
    site: str | None = None,
) -> NeedlingHint | None:
    """The catalogue's suggestion for a point on ``muscle``/``side`` (charted on ``site``).

    None when the catalogue has no row for the muscle: no guess is made.
    """
    found = site_for(sites, sites_for_muscle, muscle, side, site)
    return hint_from(found, side) if found is not None else None


#: (length mm, technique) of a record the catalogue suggests nothing for: the most common
#: needle (domain.md §1.5), a placeholder the Needling page asks the clinician to set.
UNSUGGESTED = (30.0, Technique.DEEP_DYNAMIC)


def starting_record(
    point: TriggerPoint, hint: NeedlingHint | None, visit_id: int, *, aftercare: bool
) -> NeedlingRecord:
    """A new record for ``point`` from ``hint``: every needle in comes out, one pass.

    Without a hint (no catalogue row) the needle and technique are ``UNSUGGESTED``
    placeholders and the position is the view's usual one (ViewSpec): a record cannot be
    stored without them.
    """
    assert point.id is not None
    if hint is None:
        length, technique = UNSUGGESTED
        position = view_spec(point.view).position  # the way of lying this view shows
        diameter, direction = USUAL_DIAMETER_MM, ""
    else:
        length, technique, position = hint.needle_length_mm, hint.technique, hint.patient_position
        diameter, direction = hint.needle_diameter_mm, hint.direction
    return NeedlingRecord(
        visit_id=visit_id,
        trigger_point_id=point.id,
        needle_diameter_mm=diameter,
        needle_length_mm=length,
        technique=technique,
        patient_position=position,
        passes=USUAL_PASSES,
        direction=direction,
        needles_in=1,
        needles_out=1,
        aftercare_pneumothorax=aftercare,
    )

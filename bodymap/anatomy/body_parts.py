"""Body parts for clipping a drawn outline: the two arms, the two legs and the axial body.

An outline drawn around the lateral thigh must not take in the hand that hangs beside it. Each
CHOIR segment belongs to one part through its Michigan Body Map area; an outline keeps the part
it starts on and the axial body (head, neck, trunk, shoulders, hips, buttocks, groin), and an
outline started on the axial body keeps the legs too (buttock pain runs down the thigh), but no
outline takes in an arm it did not start on, nor the opposite leg.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from bodymap.model import View

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas


class BodyPart(StrEnum):
    """The parts an outline is kept within."""

    AXIAL = "head, neck and trunk"
    RIGHT_ARM = "right arm"
    LEFT_ARM = "left arm"
    RIGHT_LEG = "right leg"
    LEFT_LEG = "left leg"


#: Michigan Body Map area keys of each limb (everything else is axial).
_LIMB_AREAS: dict[BodyPart, frozenset[int]] = {
    BodyPart.RIGHT_ARM: frozenset({5, 7, 9, 11}),
    BodyPart.LEFT_ARM: frozenset({6, 8, 10, 12}),
    BodyPart.RIGHT_LEG: frozenset({17, 19, 21, 23}),
    BodyPart.LEFT_LEG: frozenset({18, 20, 22, 24}),
}

#: What an outline started on a part may keep.
_KEEPS: dict[BodyPart, frozenset[BodyPart]] = {
    BodyPart.AXIAL: frozenset({BodyPart.AXIAL, BodyPart.RIGHT_LEG, BodyPart.LEFT_LEG}),
    BodyPart.RIGHT_ARM: frozenset({BodyPart.RIGHT_ARM, BodyPart.AXIAL}),
    BodyPart.LEFT_ARM: frozenset({BodyPart.LEFT_ARM, BodyPart.AXIAL}),
    BodyPart.RIGHT_LEG: frozenset({BodyPart.RIGHT_LEG, BodyPart.AXIAL}),
    BodyPart.LEFT_LEG: frozenset({BodyPart.LEFT_LEG, BodyPart.AXIAL}),
}


def part_of_area(mbm_area: int | None) -> BodyPart:
    """The body part a Michigan Body Map area belongs to."""
    return next((part for part, areas in _LIMB_AREAS.items() if mbm_area in areas), BodyPart.AXIAL)


def part_at(atlas: Atlas, view: View, x: float, y: float) -> BodyPart | None:
    """The body part under (x, y), or None off the surface regions."""
    region = atlas.hit(view, x, y).region
    if region is None or region not in atlas.surface_regions:
        return None
    return part_of_area(atlas.surface_regions[region].mbm)


def excluded_region_ids(atlas: Atlas, view: View, start: BodyPart) -> list[int]:
    """CHOIR segment ids of ``view`` that an outline started on ``start`` must not take in."""
    keeps = _KEEPS[start]
    return [
        region.id
        for region in atlas.surface_regions.values()
        if region.view is view and part_of_area(region.mbm) not in keeps
    ]

"""CHOIR Body Map segments and their roll-ups to the Michigan Body Map and the WPI (domain.md §4).

The app charts pain at CHOIR granularity (74 segments) and derives the coarser standard counts
from it. domain.md §4.4 proposes the crosswalk and flags the judgment calls; our decisions are:

* CHOIR "Face (R/L)" (103/104) feeds MBM "Face" (0): the published Michigan Body Map has one
  face area, and most pain drawn on the face (forehead, eye, cheek, temple) is not jaw pain. The
  WPI has a jaw area but no face; as CHOIR has no jaw segment, the face halves still feed WPI
  "jaw (R/L)". MBM "Rt/Lt jaw" (1/2) has no CHOIR segment: asking for it needs a sub-polygon or a
  direct question.
* Front "Hip (R/L)" (120/123) is the side of the hip seen from the front; the published map draws
  its hip areas on the lateral hip, so it feeds MBM "Rt/Lt hip" (32/31) — not "groin" — and WPI
  "hip", whose area includes the trochanter region. Front "Pubic" (121/122) feeds MBM "Pelvis"
  (14) and no WPI area; MBM "Rt/Lt groin" (15/16) has no CHOIR segment of its own.
* Elbows, knees, wrists/hands, ankles/feet and the head have no WPI area; they roll up to MBM only
  (assigning an elbow to the upper or lower arm would inflate the WPI).
* CHOIR "Middle back" (212/213) is folded into MBM and WPI "Upper back"; buttocks feed WPI "hip",
  as the WPI's hip area is "hip (buttock, trochanter)".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bodymap.model import Side, View
from bodymap.model.views import view_of_choir_segment

#: Michigan Body Map areas (keys as in domain.md §4.2); 35 = "No chronic pain" is not an area.
MBM_AREAS: dict[int, str] = {
    0: "Face",
    1: "Rt jaw",
    2: "Lt jaw",
    3: "Rt chest/breast",
    4: "Lt chest/breast",
    5: "Rt upper arm",
    6: "Lt upper arm",
    7: "Rt elbow",
    8: "Lt elbow",
    9: "Rt lower arm",
    10: "Lt lower arm",
    11: "Rt wrist/hand",
    12: "Lt wrist/hand",
    13: "Abdomen",
    14: "Pelvis",
    15: "Rt groin",
    16: "Lt groin",
    17: "Rt upper leg",
    18: "Lt upper leg",
    19: "Rt knee",
    20: "Lt knee",
    21: "Rt lower leg",
    22: "Lt lower leg",
    23: "Rt ankle/foot",
    24: "Lt ankle/foot",
    25: "Head",
    26: "Neck",
    27: "Lt shoulder",
    28: "Rt shoulder",
    29: "Upper back",
    30: "Lower back",
    31: "Lt hip",
    32: "Rt hip",
    33: "Lt buttocks",
    34: "Rt buttocks",
}
MBM_NO_CHRONIC_PAIN = 35

#: The 19 Widespread Pain Index areas (2016 criteria), key -> display name.
WPI_AREAS: dict[str, str] = {
    "jaw_left": "Jaw (L)",
    "jaw_right": "Jaw (R)",
    "shoulder_girdle_left": "Shoulder girdle (L)",
    "shoulder_girdle_right": "Shoulder girdle (R)",
    "upper_arm_left": "Upper arm (L)",
    "upper_arm_right": "Upper arm (R)",
    "lower_arm_left": "Lower arm (L)",
    "lower_arm_right": "Lower arm (R)",
    "hip_left": "Hip, buttock, trochanter (L)",
    "hip_right": "Hip, buttock, trochanter (R)",
    "upper_leg_left": "Upper leg (L)",
    "upper_leg_right": "Upper leg (R)",
    "lower_leg_left": "Lower leg (L)",
    "lower_leg_right": "Lower leg (R)",
    "neck": "Neck",
    "upper_back": "Upper back",
    "lower_back": "Lower back",
    "chest": "Chest",
    "abdomen": "Abdomen",
}

#: The five regions of the 2016 generalised-pain rule, region key -> its WPI areas.
WPI_REGIONS: dict[str, tuple[str, ...]] = {
    "left_upper": ("jaw_left", "shoulder_girdle_left", "upper_arm_left", "lower_arm_left"),
    "right_upper": ("jaw_right", "shoulder_girdle_right", "upper_arm_right", "lower_arm_right"),
    "left_lower": ("hip_left", "upper_leg_left", "lower_leg_left"),
    "right_lower": ("hip_right", "upper_leg_right", "lower_leg_right"),
    "axial": ("neck", "upper_back", "lower_back", "chest", "abdomen"),
}

#: Areas that the 2016 rule does not count toward a region being painful.
WPI_NOT_COUNTED_FOR_REGIONS: frozenset[str] = frozenset(
    {"jaw_left", "jaw_right", "chest", "abdomen"}
)


@dataclass(frozen=True, slots=True)
class ChoirSegment:
    """One CHOIR Body Map segment and where it rolls up."""

    id: int
    name: str
    side: Side
    view: View
    mbm: int | None
    wpi: str | None


_R, _L = Side.RIGHT, Side.LEFT

# (id, name, side, MBM key, WPI area); the hundreds say the view (ViewSpec.choir_block).
_SEGMENT_ROWS: tuple[tuple[int, str, Side, int | None, str | None], ...] = (
    (101, "Cranium", _R, 25, None),
    (102, "Cranium", _L, 25, None),
    (103, "Face", _R, 0, "jaw_right"),
    (104, "Face", _L, 0, "jaw_left"),
    (105, "Neck", _R, 26, "neck"),
    (106, "Neck", _L, 26, "neck"),
    (107, "Shoulder", _R, 28, "shoulder_girdle_right"),
    (108, "Chest", _R, 3, "chest"),
    (109, "Chest", _L, 4, "chest"),
    (110, "Shoulder", _L, 27, "shoulder_girdle_left"),
    (111, "Upper arm/biceps", _R, 5, "upper_arm_right"),
    (112, "Upper arm/biceps", _L, 6, "upper_arm_left"),
    (113, "Elbow", _R, 7, None),
    (114, "Elbow", _L, 8, None),
    (115, "Forearm", _R, 9, "lower_arm_right"),
    (116, "Abdomen", _R, 13, "abdomen"),
    (117, "Abdomen", _L, 13, "abdomen"),
    (118, "Forearm", _L, 10, "lower_arm_left"),
    (119, "Wrist", _R, 11, None),
    (120, "Hip", _R, 32, "hip_right"),
    (121, "Pubic", _R, 14, None),
    (122, "Pubic", _L, 14, None),
    (123, "Hip", _L, 31, "hip_left"),
    (124, "Wrist", _L, 12, None),
    (125, "Hand, palm", _R, 11, None),
    (126, "Upper leg", _R, 17, "upper_leg_right"),
    (127, "Upper leg", _L, 18, "upper_leg_left"),
    (128, "Hand, palm", _L, 12, None),
    (129, "Knee", _R, 19, None),
    (130, "Knee", _L, 20, None),
    (131, "Lower leg", _R, 21, "lower_leg_right"),
    (132, "Lower leg", _L, 22, "lower_leg_left"),
    (133, "Ankle", _R, 23, None),
    (134, "Ankle", _L, 24, None),
    (135, "Foot, top", _R, 23, None),
    (136, "Foot, top", _L, 24, None),
    (201, "Cranium", _L, 25, None),
    (202, "Cranium", _R, 25, None),
    (203, "Head/occiput", _L, 25, None),
    (204, "Head/occiput", _R, 25, None),
    (205, "Neck", _L, 26, "neck"),
    (206, "Neck", _R, 26, "neck"),
    (207, "Shoulder", _L, 27, "shoulder_girdle_left"),
    (208, "Upper back", _L, 29, "upper_back"),
    (209, "Upper back", _R, 29, "upper_back"),
    (210, "Shoulder", _R, 28, "shoulder_girdle_right"),
    (211, "Upper arm", _L, 6, "upper_arm_left"),
    (212, "Middle back", _L, 29, "upper_back"),
    (213, "Middle back", _R, 29, "upper_back"),
    (214, "Upper arm", _R, 5, "upper_arm_right"),
    (215, "Elbow", _L, 8, None),
    (216, "Elbow", _R, 7, None),
    (217, "Forearm", _L, 10, "lower_arm_left"),
    (218, "Lower back", _L, 30, "lower_back"),
    (219, "Lower back", _R, 30, "lower_back"),
    (220, "Forearm", _R, 9, "lower_arm_right"),
    (221, "Wrist", _L, 12, None),
    (222, "Hip", _L, 31, "hip_left"),
    (223, "Buttock", _L, 33, "hip_left"),
    (224, "Buttock", _R, 34, "hip_right"),
    (225, "Hip", _R, 32, "hip_right"),
    (226, "Wrist", _R, 11, None),
    (227, "Hand, back", _L, 12, None),
    (228, "Upper leg", _L, 18, "upper_leg_left"),
    (229, "Upper leg", _R, 17, "upper_leg_right"),
    (230, "Hand, back", _R, 11, None),
    (231, "Knee", _L, 20, None),
    (232, "Knee", _R, 19, None),
    (233, "Lower leg", _L, 22, "lower_leg_left"),
    (234, "Lower leg", _R, 21, "lower_leg_right"),
    (235, "Ankle", _L, 24, None),
    (236, "Ankle", _R, 23, None),
    (237, "Foot, sole", _L, 24, None),
    (238, "Foot, sole", _R, 23, None),
)

#: All 74 CHOIR segments by id.
CHOIR_SEGMENTS: dict[int, ChoirSegment] = {
    sid: ChoirSegment(
        sid,
        f"{name} ({'R' if side is _R else 'L'})",
        side,
        spec.key,
        mbm if "mbm" in spec.rollups else None,
        wpi if "wpi" in spec.rollups else None,
    )
    for sid, name, side, mbm, wpi in _SEGMENT_ROWS
    if (spec := view_of_choir_segment(sid)) is not None
}


def _segment(choir_id: int) -> ChoirSegment:
    try:
        return CHOIR_SEGMENTS[choir_id]
    except KeyError:
        raise KeyError(f"unknown CHOIR segment {choir_id}: ids are 101-136 and 201-238") from None


def choir_to_mbm(choir_id: int) -> int | None:
    """Return the Michigan Body Map area key that the CHOIR segment rolls up to.

    Raises:
        KeyError: if ``choir_id`` is not a CHOIR segment.
    """
    return _segment(choir_id).mbm


def choir_to_wpi(choir_id: int) -> str | None:
    """Return the WPI area key of the CHOIR segment, or None where the WPI has no such area.

    Raises:
        KeyError: if ``choir_id`` is not a CHOIR segment.
    """
    return _segment(choir_id).wpi


def mbm_areas(choir_ids: Iterable[int]) -> frozenset[int]:
    """Return the set of MBM area keys covered by the given CHOIR segments."""
    return frozenset(k for k in (choir_to_mbm(c) for c in choir_ids) if k is not None)


def wpi_areas(choir_ids: Iterable[int]) -> frozenset[str]:
    """Return the set of WPI areas covered by the given CHOIR segments."""
    return frozenset(a for a in (choir_to_wpi(c) for c in choir_ids) if a is not None)


def wpi_score(areas: Iterable[str]) -> int:
    """Return the Widespread Pain Index (0-19): the number of distinct painful WPI areas.

    Raises:
        KeyError: if an area is not one of ``WPI_AREAS``.
    """
    distinct = set(areas)
    unknown = distinct - WPI_AREAS.keys()
    if unknown:
        raise KeyError(f"unknown WPI area(s): {', '.join(sorted(unknown))}")
    return len(distinct)


def painful_regions(areas: Iterable[str]) -> frozenset[str]:
    """Return the 2016 regions that count as painful: jaw, chest and abdomen do not count."""
    counted = set(areas) - WPI_NOT_COUNTED_FOR_REGIONS
    return frozenset(r for r, members in WPI_REGIONS.items() if counted.intersection(members))


def is_generalised_pain(areas: Iterable[str]) -> bool:
    """Return True when pain is present in at least 4 of the 5 regions (2016 criteria)."""
    return len(painful_regions(areas)) >= 4


def meets_2016_criteria(areas: Iterable[str], symptom_severity: int, symptom_months: float) -> bool:
    """Return whether the 2016 fibromyalgia criteria hold for the pain map and the SSS.

    The criteria: WPI >= 7 and SSS >= 5, or WPI 4-6 and SSS >= 9; generalised pain; symptoms for
    at least 3 months.

    Raises:
        ValueError: if the symptom severity is outside 0-12 or the duration is negative.
    """
    if not 0 <= symptom_severity <= 12:
        raise ValueError(f"symptom severity score must be 0-12, got {symptom_severity}")
    if symptom_months < 0:
        raise ValueError(f"symptom duration must be >= 0 months, got {symptom_months}")
    area_set = frozenset(areas)
    wpi = wpi_score(area_set)
    severity_ok = (wpi >= 7 and symptom_severity >= 5) or (4 <= wpi <= 6 and symptom_severity >= 9)
    return severity_ok and is_generalised_pain(area_set) and symptom_months >= 3

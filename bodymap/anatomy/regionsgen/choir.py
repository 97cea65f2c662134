"""Cut each view's silhouette into the 74 CHOIR Body Map segments by landmark lines.

Work happens on one half of the page in half-body coordinates (dx from the midline, y): the arm
is separated from the trunk by the gap the silhouette leaves between them (scanned row by row),
then trunk and arm are cut into bands by landmark lines, some bands split medial/lateral. The
cells are made disjoint by priority subtraction, leftovers join the neighbour they share the
longest border with, and each cell keeps one piece. The same cells are mirrored onto both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from bodymap.anatomy.regionsgen.landmarks import MIDLINE_X, outward_sign
from bodymap.anatomy.rollups import CHOIR_SEGMENTS
from bodymap.model import Point, Side, View

FAR = 400.0  # beyond any drawing, in atlas units
Line = Sequence[Point]


@dataclass(frozen=True, slots=True)
class Band:
    """A horizontal slice of the trunk or arm between two landmark lines, split medial/lateral."""

    top: Line
    bottom: Line
    cells: tuple[tuple[str, Line | None], ...]  # (segment key, medial/lateral divider or None)


def _below(line: Line) -> Polygon:
    """The half-plane under a polyline that runs from the midline outward (y grows downward)."""
    pts = [(-FAR, line[0][1]), *line, (FAR, line[-1][1])]
    return Polygon([*pts, (FAR, 2 * FAR + 900), (-FAR, 2 * FAR + 900)])


def _medial_of(line: Line) -> Polygon:
    """The part of the plane medial to a divider polyline running top to bottom."""
    pts = [(line[0][0], -FAR), *line, (line[-1][0], 2 * FAR + 900)]
    return Polygon([*pts, (-FAR, 2 * FAR + 900), (-FAR, -FAR)])


def _hline(y: float) -> Line:
    return ((0.0, y), (FAR, y))


# Segment keys are "<name>": the view's table below turns them into CHOIR ids per side.
_TOP = _hline(-FAR)
_BOTTOM = _hline(2 * FAR + 900)

_HEAD_LINE_FRONT: Line = ((0, 121), (20, 117), (30, 108), (45, 100), (FAR, 100))
_HEAD_LINE_BACK: Line = ((0, 112), (21, 106), (45, 100), (FAR, 100))
_NECK_SIDE: Line = ((30, 90), (30, 140), (28, 160))
# The back "hip" is the outer buttock over the trochanter, lateral to this line.
_BUTTOCK_HIP_DIVIDER: Line = ((44, 300), (46, 380), (52, 430), (58, 470))


def _trunk_bands(view: View, armpit: Point) -> tuple[Band, ...]:
    """Landmark bands of the head, neck and trunk (and legs) for one view."""
    ax, ay = armpit
    shoulder_line: Line = ((0, 150), (30, 147), (56, 166), (ax, ay), (FAR, ay))
    # The back view shows the sole from the heel (y ~770) down, so its ankle band sits higher.
    ankle_top, foot_top = (773.0, 795.0) if view is View.ANTERIOR else (748.0, 772.0)
    legs: tuple[Band, ...] = (
        Band(_hline(566), _hline(626), (("knee", None),)),
        Band(_hline(626), _hline(ankle_top), (("lower_leg", None),)),
        Band(_hline(ankle_top), _hline(foot_top), (("ankle", None),)),
        Band(_hline(foot_top), _BOTTOM, (("foot", None),)),
    )
    if view is View.ANTERIOR:
        lower_abdomen: Line = ((0, 378), (40, 372), (70, 356), (FAR, 340))
        groin: Line = ((0, 428), (26, 420), (50, 400), (80, 392), (FAR, 392))
        return (
            Band(_TOP, _hline(64), (("cranium", None),)),
            Band(_hline(64), _HEAD_LINE_FRONT, (("face", None),)),
            Band(_HEAD_LINE_FRONT, shoulder_line, (("neck", _NECK_SIDE), ("shoulder", None))),
            Band(shoulder_line, _hline(266), (("chest", None),)),
            Band(_hline(266), lower_abdomen, (("abdomen", None),)),
            Band(lower_abdomen, groin, (("pubic", ((28, 300), (28, 440))), ("hip", None))),
            Band(groin, _hline(566), (("upper_leg", None),)),
            *legs,
        )
    crest: Line = ((0, 358), (40, 354), (70, 346), (FAR, 340))
    gluteal_fold: Line = ((0, 446), (30, 456), (60, 452), (80, 440), (FAR, 436))
    return (
        Band(_TOP, _hline(62), (("cranium", None),)),
        Band(_hline(62), _HEAD_LINE_BACK, (("occiput", None),)),
        Band(_HEAD_LINE_BACK, shoulder_line, (("neck", _NECK_SIDE), ("shoulder", None))),
        Band(shoulder_line, _hline(236), (("upper_back", None),)),
        Band(_hline(236), _hline(302), (("middle_back", None),)),
        Band(_hline(302), crest, (("lower_back", None),)),
        Band(crest, gluteal_fold, (("buttock", _BUTTOCK_HIP_DIVIDER), ("hip", None))),
        Band(gluteal_fold, _hline(566), (("upper_leg", None),)),
        *legs,
    )


_ARM_BANDS: tuple[tuple[str, float], ...] = (
    ("upper_arm", 290.0),
    ("elbow", 322.0),
    ("forearm", 401.0),
    ("wrist", 424.0),
    ("hand", 2 * FAR + 900),
)

#: Segment key -> (CHOIR name as in rollups, view).
_NAMES: dict[str, str] = {
    "cranium": "Cranium",
    "face": "Face",
    "occiput": "Head/occiput",
    "neck": "Neck",
    "shoulder": "Shoulder",
    "chest": "Chest",
    "abdomen": "Abdomen",
    "pubic": "Pubic",
    "hip": "Hip",
    "upper_back": "Upper back",
    "middle_back": "Middle back",
    "lower_back": "Lower back",
    "buttock": "Buttock",
    "upper_leg": "Upper leg",
    "knee": "Knee",
    "lower_leg": "Lower leg",
    "ankle": "Ankle",
    "elbow": "Elbow",
    "forearm": "Forearm",
    "wrist": "Wrist",
}


def _choir_id(view: View, key: str, side: Side) -> int:
    names = {
        "upper_arm": "Upper arm/biceps" if view is View.ANTERIOR else "Upper arm",
        "hand": "Hand, palm" if view is View.ANTERIOR else "Hand, back",
        "foot": "Foot, top" if view is View.ANTERIOR else "Foot, sole",
    }
    name = names.get(key) or _NAMES[key]
    suffix = "(R)" if side is Side.RIGHT else "(L)"
    for segment in CHOIR_SEGMENTS.values():
        if segment.view is view and segment.name == f"{name} {suffix}":
            return segment.id
    raise KeyError(f"no CHOIR segment {name} {suffix} in the {view.value} view")


def to_half(view: View, side: Side, geometry: BaseGeometry) -> BaseGeometry:
    """Map page geometry of one side into half-body coordinates (dx, y)."""
    sign = outward_sign(view, side)
    return shapely.transform(geometry, lambda c: _flip(c, sign, from_page=True))


def to_page(view: View, side: Side, geometry: BaseGeometry) -> BaseGeometry:
    """Map half-body geometry onto the page for one side of the patient."""
    sign = outward_sign(view, side)
    return shapely.transform(geometry, lambda c: _flip(c, sign, from_page=False))


def _flip(coords: npt.NDArray[np.float64], sign: float, from_page: bool) -> npt.NDArray[np.float64]:
    out = coords.copy()
    out[:, 0] = (coords[:, 0] - MIDLINE_X) * sign if from_page else MIDLINE_X + sign * coords[:, 0]
    return out


def _row_intervals(half: BaseGeometry, y: float) -> list[tuple[float, float]]:
    """The (start, end) dx intervals where a horizontal line at ``y`` crosses the half body."""
    cut = half.intersection(LineString([(-1.0, y), (FAR, y)]))
    spans = [g.bounds for g in getattr(cut, "geoms", [cut]) if not g.is_empty]
    return sorted((b[0], b[2]) for b in spans if b[2] - b[0] > 0.2)


def arm_gap(half: BaseGeometry, top: float = 170.0, bottom: float = 560.0) -> tuple[Point, Line]:
    """Find the armpit and the line through the gap between the arm and the trunk or thigh.

    Args:
        half: the silhouette of one side in half-body coordinates.
        top: where to start looking for the armpit.
        bottom: where to stop scanning (below the fingertips).

    Returns:
        The armpit (dx, y) and the gap line from it downward, in half-body coordinates.

    Raises:
        ValueError: if the silhouette shows no gap between arm and trunk.
    """
    samples: list[tuple[float, float | None]] = []
    y = top
    while y <= bottom:
        spans = _row_intervals(half, y)
        gap = (spans[0][1] + spans[1][0]) / 2.0 if len(spans) >= 2 else None
        samples.append((y, gap))
        y += 2.0
    found = [(yy, g) for yy, g in samples if g is not None]
    if not found:
        raise ValueError("the silhouette has no gap between the arm and the trunk")
    armpit_y, armpit_dx = found[0]
    last_y = found[-1][0]
    line: list[Point] = []
    previous = armpit_dx
    for yy, g in samples:
        if yy < armpit_y or yy > last_y:
            continue
        if g is not None and abs(g - previous) < 25.0:
            previous = g
        line.append((previous, yy))
    line.append((previous, 2 * FAR + 900))
    return (armpit_dx, armpit_y - 2.0), line


def _arm_zone(armpit: Point, gap: Line) -> Polygon:
    ax, ay = armpit
    return Polygon([(ax, ay), *gap, (FAR, 2 * FAR + 900), (FAR, ay)]).buffer(0)


def _cells(view: View, half: BaseGeometry) -> dict[str, BaseGeometry]:
    """Cut one half silhouette into named cells (keys of the CHOIR table)."""
    armpit, gap = arm_gap(half)
    arm_zone = _arm_zone(armpit, gap)
    cells: dict[str, BaseGeometry] = {}
    for band in _trunk_bands(view, armpit):
        slab = _below(band.top).difference(_below(band.bottom)).difference(arm_zone)
        remaining = slab
        for key, divider in band.cells:
            part = remaining if divider is None else remaining.intersection(_medial_of(divider))
            cells[key] = part
            remaining = remaining.difference(part)
    top = armpit[1]
    for key, bottom in _ARM_BANDS:
        cells[key] = arm_zone.intersection(box(-FAR, top, FAR, bottom))
        top = bottom
    return {key: geometry.intersection(half) for key, geometry in cells.items()}


def _largest(geometry: BaseGeometry) -> Polygon | None:
    polygons = [g for g in getattr(geometry, "geoms", [geometry]) if isinstance(g, Polygon)]
    return max(polygons, key=lambda g: g.area) if polygons else None


def _resolve(cells: dict[str, BaseGeometry], half: BaseGeometry) -> dict[str, Polygon]:
    """Make cells disjoint, give orphan pieces to their longest-border neighbour, one piece each."""
    taken: BaseGeometry = Polygon()
    disjoint: dict[str, BaseGeometry] = {}
    for key, geometry in cells.items():
        disjoint[key] = geometry.difference(taken)
        taken = taken.union(disjoint[key])
    orphans = [g for g in _polygons(half.difference(taken)) if g.area > 0.01]
    result: dict[str, Polygon] = {}
    for key, geometry in disjoint.items():
        pieces = sorted(_polygons(geometry), key=lambda g: -g.area)
        if not pieces:
            raise ValueError(f"CHOIR cell {key!r} is empty: check the landmark lines")
        result[key] = pieces[0]
        orphans.extend(pieces[1:])
    for orphan in sorted(orphans, key=lambda g: -g.area):
        grown = orphan.buffer(0.05)
        best = max(result, key=lambda k: grown.intersection(result[k].boundary).length)
        merged = _largest(unary_union([result[best], orphan.buffer(0.02)]).intersection(half))
        if merged is not None:
            result[best] = merged
    return result


def _polygons(geometry: BaseGeometry) -> list[Polygon]:
    if isinstance(geometry, Polygon):
        return [] if geometry.is_empty else [geometry]
    if isinstance(geometry, MultiPolygon):
        return list(geometry.geoms)
    return [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon) and not g.is_empty]


def cut_view(view: View, silhouette: BaseGeometry) -> dict[int, Polygon]:
    """Return the CHOIR segments of one view as page polygons by CHOIR id.

    Raises:
        ValueError: if the silhouette cannot be cut (no arm gap, an empty cell).
    """
    segments: dict[int, Polygon] = {}
    for side in (Side.RIGHT, Side.LEFT):
        page_half = silhouette.intersection(_page_half(view, side))
        half = to_half(view, side, page_half)
        for key, polygon in _resolve(_cells(view, half), half).items():
            page = to_page(view, side, polygon)
            assert isinstance(page, Polygon)
            segments[_choir_id(view, key, side)] = page
    return segments


def _page_half(view: View, side: Side) -> Polygon:
    if outward_sign(view, side) > 0:
        return box(MIDLINE_X, -FAR, MIDLINE_X + FAR, 2 * FAR + 900)
    return box(MIDLINE_X - FAR, -FAR, MIDLINE_X, 2 * FAR + 900)

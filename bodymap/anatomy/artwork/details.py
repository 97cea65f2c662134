"""Surface details drawn over the muscles (creases, jaw, ears, tendons) and fibre directions."""

from __future__ import annotations

from shapely.geometry import Polygon

from bodymap.anatomy.artwork.outline import FINGERS, HEAD_HALF, TOES
from bodymap.anatomy.artwork.shapes import Knot, mirror_knots, parse
from bodymap.anatomy.artwork.svg import open_path

# Fibre hints on the viewer's left half: (angle_deg,) for parallel fibres, (fx, fy) for a fan,
# (pennation_deg, 0, 0) for a feather about the muscle's long axis.
FIBRES: dict[str, dict[str, tuple[float, ...]]] = {
    "anterior": {
        "pectoralis_major": (96.0, 212.0),
        "deltoid": (102.0, 300.0),
        "temporalis": (172.0, 92.0),
        "external_oblique": (55.0,),
        "rectus_abdominis": (90.0,),
        "serratus_anterior": (160.0,),
        "upper_trapezius": (170.0, 100.0),
        "sternocleidomastoid": (62.0,),
        "rectus_femoris": (28.0, 0.0, 0.0),
        "vastus_lateralis": (74.0,),
        "vastus_medialis": (122.0,),
        "adductor_longus": (112.0,),
        "tibialis_anterior": (14.0, 0.0, 0.0),
    },
    "posterior": {
        "deltoid": (102.0, 300.0),
        "upper_trapezius": (150.0,),
        "middle_trapezius": (172.0,),
        "lower_trapezius": (75.0,),
        "latissimus_dorsi": (122.0, 232.0),
        "gluteus_maximus": (128.0, 460.0),
        "gluteus_medius": (140.0, 420.0),
        "infraspinatus": (128.0, 196.0),
        "teres_major": (20.0,),
        "teres_minor": (35.0,),
        "soleus": (30.0, 0.0, 0.0),
        "semitendinosus": (12.0, 0.0, 0.0),
        "triceps_brachii": (20.0, 0.0, 0.0),
    },
}

# Outline-like details (jaw, ear, navel) and fine creases, authored on the viewer's left half.
DETAILS: dict[str, tuple[str, ...]] = {
    "anterior": (
        "199,317.5 197.6,321 198.3,324.8 200,326",  # navel
        "185.5,272 191,273.6 198.6,272.8",  # tendinous intersections of rectus abdominis
        "185,296 191,297.6 198.6,296.8",
        "184.5,319 190,320.4 196,320",
        "161.8,65 159.2,69 158.6,77 160,86 162.5,92",  # helix of the ear
    ),
    "posterior": (
        "175,630 175.5,660 175.6,685 175.5,703",  # between the gastrocnemius heads
        "161.8,65 159.2,69 158.6,77 160,86 162.5,92",
    ),
}
CREASES: dict[str, tuple[str, ...]] = {
    "anterior": (
        "170.8,216.5 172.2,218.6 170.8,220.8",  # nipple
        "93,411.5 103,413 113.5,411.5",  # wrist crease
        "86,450.5 91.5,447 95.5,440 97.6,430 98.6,421 99.6,415",  # thenar crease
        "116,449 110,451.4 104,452.2 98.5,454.6 95,458",  # distal palmar crease
        "86.5,446.5 92,445.6 99,446.8 106,450",  # proximal palmar crease
        "184,781 185.2,792 186,803 186.2,811",  # extensor hallucis longus tendon
    ),
    "posterior": (
        "93,411.5 103,412.6 113.5,411.5",  # wrist
    ),
}


def fibre_for(view: str, muscle: str, side: str, poly: Polygon) -> tuple[float, ...] | None:
    """Fibre hint for a region, mirrored for the viewer's right half."""
    hint = FIBRES[view].get(muscle)
    if hint is None or poly.centroid.x <= 200:
        return hint
    if len(hint) == 3:
        return hint
    if len(hint) == 2:
        return (400.0 - hint[0], hint[1])
    return (180.0 - hint[0],)


def _digit_creases(view: str) -> list[list[Knot]]:
    """Short creases across each finger (both views) and toe lines for each view."""
    lines = []
    for bx, by, tx, ty, hw in FINGERS:
        if view == "posterior":
            # extensor tendons over the back of the hand, and the knuckles
            start = 102.0 + (bx - 100.5) * 0.45
            lines.append(
                [Knot(start, 418.0), Knot((start + bx) / 2, (418 + by) / 2), Knot(bx, by - 4.0)]
            )
            lines.append(
                [Knot(bx - hw * 0.8, by - 1.2), Knot(bx, by - 2.4), Knot(bx + hw * 0.8, by - 1.2)]
            )
        for t in (0.06, 0.42, 0.72) if view == "anterior" else (0.36, 0.68):
            x, y = bx + (tx - bx) * t, by + (ty - by) * t
            bow = 0.5 if view == "anterior" else -0.6
            lines.append([Knot(x - hw * 0.62, y), Knot(x, y + bow), Knot(x + hw * 0.62, y)])
    for bx, by, _tx, _ty, hw in TOES:
        if view == "anterior" and bx < 184:
            # extensor digitorum longus tendons fan from the ankle to the lesser toes
            start = 167.0 + (bx - 157.8) * 0.45
            lines.append(
                [Knot(start, 786), Knot((start + bx) / 2, (786 + by) / 2 + 0.5), Knot(bx, by - 0.5)]
            )
        elif view == "posterior":
            y = by + 1.0
            lines.append([Knot(bx - hw * 0.75, y), Knot(bx, y + 0.7), Knot(bx + hw * 0.75, y)])
    return lines


def _both_sides(curves: list[list[Knot]]) -> list[str]:
    """Path data for curves and their mirror images."""
    out = []
    for knots in curves:
        out.append(open_path(knots))
        out.append(open_path(mirror_knots(knots)))
    return out


def detail_paths(view: str) -> list[str]:
    """Open detail curves for a view (both halves), drawn a little stronger than creases."""
    curves = [parse(spec) for spec in DETAILS[view]]
    if view == "anterior":
        jaw = [k for k in parse(HEAD_HALF) if k.y >= 84]
        curves.append(jaw)
    return _both_sides(curves)


def crease_paths(view: str) -> list[str]:
    """Fine creases and tendon lines for a view (both halves)."""
    curves = [parse(spec) for spec in CREASES[view]]
    return _both_sides(curves + _digit_creases(view))

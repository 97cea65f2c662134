"""The figure's outline: head, trunk and legs, arms, hands and feet as curve specs.

Every spec is authored on the viewer's left half (x < 200) and mirrored. The body is one
contour; head and ears are separate parts that overlap it, and the silhouette is their union.
"""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry import Polygon
from shapely.ops import unary_union

from bodymap.anatomy.artwork.shapes import Knot, mirror_knots, parse, polygon

# Half-contours from a midline point at the top to a midline point at the bottom. The body
# contour runs down the lateral arm, round the hand, up to the armpit, down the trunk and the
# lateral leg, round the foot and up the medial leg to the crotch, so there are no joins.
HEAD_HALF = (
    "200,20 184,21.5 171,28 164,39 161,53 161.2,68 162.5,82 165,93 169,102.5 175.5,111 "
    "186,118 200,121"
)
NECK_TO_WRIST = (
    "200,104* 179,104* 177.5,121 175.5,133 168,143 150,149.5 128,154.5 113,159 101.5,165 "
    "93.5,176 90,191 89.2,212 92.3,240 94.5,262 95.5,285 96.5,302 92.5,318 88,336 87,362 "
    "89,390 91.5,410"
)
WRIST_TO_ANKLE = (
    "114.6,410 117,392 122,362 125,332 126,313 127,298 127,278 128,254 130,232 134.5,214* "
    "137,232 138,258 142,283 146.5,302 146,320 141,345 134.5,372 129.5,398 128,420 "
    "130.5,452 134.5,500 139.5,548 144.5,588 147,608 148,628 146.5,655 148,690 153.5,725 "
    "159.5,755 162.5,772"
)
MEDIAL_LEG = (
    "187,772 187,752 189,722 192,690 192.5,655 190.5,628 191,606 193,580 195,540 197,490 "
    "198.6,450 200,426*"
)
EAR = "164,61* 159,62.5 156,67.5 155.3,76 156.8,86 160,94.5 165.5,99.5*"

# Digits: (base centre x, base y, tip centre x, tip y, half width), ordered lateral to medial.
FINGERS = (
    (89.8, 461.5, 88.4, 492.5, 3.35),
    (97.2, 460.5, 96.9, 498.0, 3.45),
    (104.4, 461.5, 105.5, 494.0, 3.35),
    (111.3, 463.5, 113.4, 484.5, 2.95),
)
THUMB_SIDE = "88.6,418 84.5,427 80,437 76.5,447 74,456.5"
THUMB_TIP = (75.6, 466.5, 3.6)  # tip centre x, tip y, half width
THUMB_RETURN = "81.2,459 83.4,452.5"
PALM_MEDIAL = "116,452 116.6,438 116,424"
TOES = (
    (159.4, 813.5, 159.0, 818.6, 2.7),
    (165.0, 814.0, 164.9, 820.0, 2.9),
    (170.8, 814.0, 170.9, 821.0, 3.0),
    (176.7, 814.0, 177.0, 821.6, 3.1),
    (185.5, 812.5, 185.9, 821.8, 5.5),
)
FOOT_LATERAL = {
    "anterior": "161.2,780 159.6,788 157.6,798 156.4,807",
    "posterior": "161.6,780 160.2,790 157.9,799 156.6,808",
}
FOOT_MEDIAL = {
    "anterior": "191.4,818 193.8,812 194.1,804 192.3,794 189.4,785 188.6,778",
    "posterior": "191.4,818 193.8,812.5 193.9,806 192.3,800.5 188.6,794 186.8,786 187.8,778",
}


def digits(params: tuple[tuple[float, float, float, float, float], ...]) -> list[Knot]:
    """Knots for a row of fingers or toes; the web between neighbours is a corner."""
    knots: list[Knot] = []
    for i, (bx, by, tx, ty, hw) in enumerate(params):
        if i > 0:
            prev = params[i - 1]
            web_x = (prev[0] + prev[4] + bx - hw) / 2
            knots.append(Knot(web_x, max(prev[1], by) - 1.0, True))
        for t, scale in ((0.0, 1.0), (0.5, 0.97), (0.86, 0.9)):
            y = by + (ty - hw - by) * t if t < 0.86 else ty - hw * 0.95
            x = bx + (tx - bx) * t - hw * scale
            knots.append(Knot(x, y))
        knots.append(Knot(tx - hw * 0.55, ty - hw * 0.18))
        knots.append(Knot(tx, ty))
        knots.append(Knot(tx + hw * 0.55, ty - hw * 0.18))
        for t, scale in ((0.86, 0.9), (0.5, 0.97), (0.0, 1.0)):
            y = by + (ty - hw - by) * t if t < 0.86 else ty - hw * 0.95
            x = bx + (tx - bx) * t + hw * scale
            knots.append(Knot(x, y))
    return knots


def hand_knots() -> list[Knot]:
    """The hand from the lateral wrist round the thumb and fingers to the medial wrist."""
    tx, ty, hw = THUMB_TIP
    thumb = [
        *parse(THUMB_SIDE),
        Knot(tx - hw * 0.8, ty - hw * 0.6),
        Knot(tx, ty),
        Knot(tx + hw * 0.85, ty - hw * 0.5),
        *parse(THUMB_RETURN),
    ]
    first = FINGERS[0]
    web = Knot(first[0] - first[4] - 0.3, first[1] - 6.0, True)
    return [*thumb, web, *digits(FINGERS), *parse(PALM_MEDIAL)]


def foot_knots(view: str) -> list[Knot]:
    """The foot from the lateral ankle round the toes to the medial ankle."""
    return [*parse(FOOT_LATERAL[view]), *digits(TOES), *parse(FOOT_MEDIAL[view])]


def body_half(view: str) -> list[Knot]:
    """The half body contour of a view (midline at the neck to the crotch)."""
    return [
        *parse(NECK_TO_WRIST),
        *hand_knots(),
        *parse(WRIST_TO_ANKLE),
        *foot_knots(view),
        *parse(MEDIAL_LEG),
    ]


@dataclass(frozen=True, slots=True)
class OutlinePart:
    """One closed part of the outline (already mirrored where it is a whole-body shape)."""

    name: str
    knots: tuple[Knot, ...]


def symmetric(half: list[Knot]) -> list[Knot]:
    """Close a half-contour (midline top to midline bottom) with its mirror image."""
    return half + mirror_knots(half[1:-1])


def outline_parts(view: str) -> list[OutlinePart]:
    """Return the outline parts of a view (``anterior`` or ``posterior``), both sides."""
    parts = [
        OutlinePart("body", tuple(symmetric(body_half(view)))),
        OutlinePart("head", tuple(symmetric(parse(HEAD_HALF)))),
    ]
    ear = parse(EAR)
    parts.append(OutlinePart("ear-a", tuple(ear)))
    parts.append(OutlinePart("ear-b", tuple(mirror_knots(ear))))
    return parts


def silhouette(view: str) -> Polygon:
    """Return the whole-figure silhouette of a view as one shapely polygon."""
    shapes = [polygon(list(part.knots), steps=12) for part in outline_parts(view)]
    merged = unary_union(shapes)
    if merged.geom_type != "Polygon":
        merged = max(merged.geoms, key=lambda g: g.area)
    return Polygon(merged.exterior)

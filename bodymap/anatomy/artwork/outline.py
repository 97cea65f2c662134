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
    "198.3,448 200,421*"
)
EAR = "164,61* 159,62.5 156,67.5 155.3,76 156.8,86 160,94.5 165.5,99.5*"

# Digits: (base centre x, base y, tip centre x, tip y, half width), ordered lateral to medial.
FINGERS = (
    (90.0, 461.0, 86.9, 490.5, 2.95),
    (97.0, 460.0, 96.3, 497.0, 3.1),
    (104.0, 461.0, 106.0, 493.0, 3.0),
    (110.9, 463.0, 115.0, 483.0, 2.65),
)
THUMB_SIDE = "88.8,418 84.8,427 80.6,437 77.6,448 75.6,459.5"
THUMB_TIP = (76.8, 472.0, 3.4)  # tip centre x, tip y, half width
THUMB_RETURN = "82.6,463.5 84.6,455.5"
PALM_MEDIAL = "116,452 116.6,438 116,424"
TOES = (
    (157.8, 812.0, 157.2, 817.4, 2.6),
    (163.3, 812.8, 163.1, 819.5, 2.8),
    (169.1, 813.2, 169.1, 820.7, 2.95),
    (175.2, 813.2, 175.4, 821.3, 3.05),
    (184.4, 811.6, 184.8, 821.8, 5.6),
)
FOOT_LATERAL = {
    "anterior": "161.6,778 160.8,784 158.4,792 155.6,800 154.6,806.5",
    "posterior": "161.6,780 160,790 157.4,799 155.8,806.5",
}
FOOT_MEDIAL = {
    "anterior": "190.6,818.6 193.4,813.2 194.3,806 193.4,797 190.8,789 188.9,781 188.2,776",
    "posterior": (
        "190.6,818.6 193.5,813.5 194,806 192.4,800 188.4,795 185.8,789 186.4,782 187.8,776"
    ),
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
    web = Knot(first[0] - first[4] - 0.1, first[1] - 5.0)
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

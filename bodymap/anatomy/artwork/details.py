"""Surface details drawn over the muscles (creases, bony edges, fingers) and fibre directions."""

from __future__ import annotations

from shapely.geometry import Polygon

from bodymap.anatomy.artwork.shapes import mirror_knots, parse
from bodymap.anatomy.artwork.svg import open_path

# Fibre hints on the viewer's left half: (angle_deg,) for parallel fibres, (fx, fy) for a fan.
FIBRES: dict[str, dict[str, tuple[float, ...]]] = {
    "anterior": {
        "pectoralis_major": (122.0, 205.0),
        "deltoid": (100.0, 262.0),
        "temporalis": (172.0, 92.0),
        "external_oblique": (55.0,),
        "rectus_abdominis": (90.0,),
        "serratus_anterior": (160.0,),
        "upper_trapezius": (170.0, 100.0),
    },
    "posterior": {
        "deltoid": (100.0, 262.0),
        "upper_trapezius": (110.0, 166.0),
        "middle_trapezius": (110.0, 166.0),
        "lower_trapezius": (150.0, 186.0),
        "latissimus_dorsi": (122.0, 232.0),
        "gluteus_maximus": (128.0, 460.0),
        "gluteus_medius": (140.0, 420.0),
        "infraspinatus": (128.0, 196.0),
    },
}

DETAILS: dict[str, tuple[str, ...]] = {
    "anterior": (
        "192,318 196,322 200,323",  # navel
        "170,214 171.5,218.5 170,222",  # nipple hint
    ),
    "posterior": (),
}


def fibre_for(view: str, muscle: str, side: str, poly: Polygon) -> tuple[float, ...] | None:
    """Fibre hint for a region, mirrored for the viewer's right half."""
    hint = FIBRES[view].get(muscle)
    if hint is None or poly.centroid.x <= 200:
        return hint
    if len(hint) == 2:
        return (400.0 - hint[0], hint[1])
    return (180.0 - hint[0],)


def detail_paths(view: str) -> list[str]:
    """Open detail curves for a view, both halves."""
    paths = []
    for spec in DETAILS[view]:
        knots = parse(spec)
        paths.append(open_path(knots))
        paths.append(open_path(mirror_knots(knots)))
    return paths

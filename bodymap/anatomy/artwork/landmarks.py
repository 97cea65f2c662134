"""Named surface landmarks of the drawn figure, in atlas units, for placing points by anatomy.

Levels follow domain.md §6 (8-head canon, one head = 100 units). Points are authored on the
viewer's left half; ``landmark`` mirrors them to the requested patient side.
"""

from __future__ import annotations

from bodymap.anatomy.artwork.shapes import MIDLINE_X, Point

# Vertical levels shared by both views.
LEVELS: dict[str, float] = {
    "vertex": 20.0,
    "chin": 120.0,
    "c7": 148.0,
    "sternal_notch": 150.0,
    "scapular_spine": 185.0,
    "nipples": 218.5,
    "inferior_angle": 256.0,
    "elbow": 302.0,
    "navel": 322.0,
    "iliac_crest": 358.0,
    "asis": 369.0,
    "wrist": 412.0,
    "crotch": 421.0,
    "gluteal_fold": 452.0,
    "mid_thigh": 520.0,
    "knee": 600.0,
    "below_knee": 620.0,
    "mid_calf": 720.0,
    "ankle": 778.0,
    "soles": 821.0,
}

# Points on the viewer's left half of each view.
POINTS: dict[str, dict[str, Point]] = {
    "anterior": {
        "jaw_angle": (169.0, 103.0),
        "mastoid": (170.0, 101.0),
        "sternal_notch": (199.0, 151.0),
        "acromion": (113.0, 160.0),
        "coracoid": (132.0, 170.0),
        "nipple": (171.0, 218.5),
        "xiphoid": (199.0, 256.0),
        "navel": (199.0, 322.0),
        "elbow_crease": (110.0, 302.0),
        "wrist": (103.0, 412.0),
        "asis": (146.0, 369.0),
        "pubic_tubercle": (192.0, 417.0),
        "greater_trochanter": (131.0, 410.0),
        "patella": (168.0, 600.0),
        "tibial_tuberosity": (168.0, 630.0),
        "fibular_head": (148.0, 625.0),
        "medial_malleolus": (188.0, 777.0),
        "lateral_malleolus": (161.5, 782.0),
    },
    "posterior": {
        "occiput": (190.0, 94.0),
        "c7": (199.0, 148.0),
        "acromion": (113.0, 162.0),
        "superior_angle": (174.0, 164.0),
        "spine_root": (174.0, 191.0),
        "inferior_angle": (166.0, 256.0),
        "olecranon": (117.0, 300.0),
        "wrist": (103.0, 412.0),
        "iliac_crest": (150.0, 356.0),
        "psis": (188.0, 382.0),
        "sacrum": (199.0, 400.0),
        "greater_trochanter": (131.0, 410.0),
        "ischial_tuberosity": (182.0, 446.0),
        "popliteal_fossa": (175.0, 600.0),
        "fibular_head": (150.0, 625.0),
        "achilles": (175.0, 750.0),
        "heel": (175.0, 781.0),
    },
}


def landmark(view: str, name: str, side: str) -> Point:
    """Return a landmark for the patient's ``side`` in ``view``.

    Args:
        view: ``anterior`` or ``posterior``.
        name: a key of ``POINTS[view]``.
        side: ``left`` or ``right`` (the patient's side).

    Raises:
        KeyError: for an unknown view or landmark name.
        ValueError: for a side other than left or right.
    """
    x, y = POINTS[view][name]
    if side not in ("left", "right"):
        raise ValueError(f"side must be 'left' or 'right', got {side!r}")
    # The viewer's left half is the patient's right in front, the patient's left behind.
    viewer_left_side = "right" if view == "anterior" else "left"
    return (x, y) if side == viewer_left_side else (2 * MIDLINE_X - x, y)

"""Surface landmarks in half-body coordinates, and the mapping to each view's atlas units.

Everything here is authored for ONE side of the patient as ``(dx, y)``: ``dx`` is the distance
from the midline toward that side's outside (negative crosses the midline), ``y`` the atlas y.
:func:`to_atlas` places it on the page for a view and a patient's side, so left/right pairs
mirror by construction and laterality is decided in one place. Heights follow the 8-head canon
(domain.md §6; common.md): chin 120, nipples 220, navel 320, crotch 420, soles 820.
"""

from __future__ import annotations

from bodymap.model import Point, Side, View

MIDLINE_X = 200.0
#: Atlas units per centimetre: one head (100 units) is about 23 cm on an adult of 1.84 m.
UNITS_PER_CM = 100.0 / 23.0

#: Named landmarks, (dx, y), read off the art's figure (bodymap/anatomy/artwork/outline.py and
#: the muscle layer). Shared by both views; the arm hangs with the palm forward, so the thumb is
#: lateral in both views.
LANDMARKS: dict[str, Point] = {
    # Head and face
    "vertex": (0.0, 22.0),
    "vertex_side": (10.0, 30.0),
    "forehead": (10.0, 40.0),
    "temple": (32.0, 52.0),
    "head_side_above_ear": (36.0, 58.0),
    "eyebrow": (15.0, 57.0),
    "eye": (15.0, 65.0),
    "ear": (40.0, 78.0),
    "behind_ear": (36.0, 92.0),
    "tmj": (33.0, 86.0),
    "cheek": (22.0, 92.0),
    "upper_molars": (19.0, 99.0),
    "upper_incisors": (4.0, 101.0),
    "lower_molars": (19.0, 109.0),
    "jaw_angle": (31.0, 106.0),
    "chin": (0.0, 119.0),
    "occiput": (0.0, 82.0),
    "occiput_lateral": (20.0, 88.0),
    "mastoid": (31.0, 98.0),
    # Neck and shoulder girdle
    "c2": (0.0, 110.0),
    "throat": (0.0, 128.0),
    "neck_side": (24.0, 128.0),
    "neck_back_low": (20.0, 134.0),
    "angle_of_neck": (34.0, 142.0),
    "c7": (0.0, 142.0),
    "sternal_notch": (0.0, 150.0),
    "clavicle_mid": (40.0, 154.0),
    "coracoid": (62.0, 170.0),
    "acromion": (88.0, 158.0),
    "shoulder_tip": (106.0, 178.0),
    "t1_t3": (3.0, 160.0),
    "supraspinous_fossa": (45.0, 171.0),
    "scapula_superior_angle": (26.0, 164.0),
    # Free border of the upper trapezius half-way from the angle of the neck to the acromion.
    "trapezius_mid_border": (61.0, 153.0),
    "scapula_spine_root": (26.0, 182.0),
    "scapula_medial_mid": (28.0, 212.0),
    "scapula_medial_low": (31.0, 240.0),
    "scapula_inferior_angle": (38.0, 252.0),
    "infraspinous_fossa": (46.0, 205.0),
    "interscapular": (14.0, 205.0),
    "axilla": (64.0, 208.0),
    "posterior_shoulder": (78.0, 190.0),
    # Trunk
    "sternum_upper": (0.0, 166.0),
    "sternum_low": (0.0, 200.0),
    "chest_centre": (26.0, 198.0),
    "nipple": (38.0, 222.0),
    "xiphoid": (0.0, 258.0),
    "midaxillary_rib6": (56.0, 246.0),
    "costal_margin": (46.0, 285.0),
    "upper_abdomen": (26.0, 290.0),
    "navel": (0.0, 320.0),
    "lower_abdomen": (28.0, 368.0),
    "asis": (50.0, 368.0),
    "groin": (26.0, 410.0),
    "pubis": (4.0, 414.0),
    "mid_thoracic": (16.0, 240.0),
    "t12": (0.0, 292.0),
    "lower_thoracic": (20.0, 280.0),
    "l1": (6.0, 306.0),
    "upper_lumbar": (14.0, 312.0),
    "low_back": (18.0, 345.0),
    "iliac_crest": (42.0, 352.0),
    "iliac_crest_lateral": (62.0, 358.0),
    "psis": (16.0, 376.0),
    "sij": (12.0, 386.0),
    "sacrum": (0.0, 392.0),
    "lower_sacrum": (0.0, 414.0),
    "coccyx": (0.0, 432.0),
    # Hip and thigh
    "upper_buttock": (36.0, 388.0),
    "buttock_centre": (36.0, 415.0),
    "lateral_buttock": (58.0, 410.0),
    "lower_buttock": (30.0, 440.0),
    "greater_trochanter": (68.0, 420.0),
    "ischial_tuberosity": (22.0, 446.0),
    "gluteal_fold": (30.0, 455.0),
    "thigh_front_upper": (40.0, 452.0),
    "thigh_front_mid": (38.0, 505.0),
    "thigh_front_low": (35.0, 560.0),
    "thigh_lateral_upper": (64.0, 450.0),
    "thigh_lateral_mid": (61.0, 505.0),
    "thigh_lateral_low": (56.0, 565.0),
    "thigh_medial_upper": (10.0, 455.0),
    "thigh_medial_mid": (12.0, 505.0),
    "thigh_medial_low": (16.0, 562.0),
    "thigh_back_upper": (34.0, 470.0),
    "thigh_back_mid": (34.0, 515.0),
    "thigh_back_low": (32.0, 570.0),
    "patella": (32.0, 598.0),
    "knee_medial": (14.0, 605.0),
    "knee_lateral": (52.0, 605.0),
    "popliteal": (32.0, 606.0),
    # Leg and foot
    "fibular_head": (48.0, 628.0),
    "tibial_tuberosity": (26.0, 630.0),
    "shin_upper": (20.0, 650.0),
    "shin_mid": (18.0, 700.0),
    "shin_low": (17.0, 755.0),
    "calf_upper": (30.0, 648.0),
    "calf_mid": (28.0, 690.0),
    "calf_medial": (16.0, 680.0),
    "calf_low": (24.0, 742.0),
    "leg_lateral_upper": (47.0, 655.0),
    "leg_lateral_mid": (45.0, 700.0),
    "leg_lateral_low": (39.0, 755.0),
    "leg_medial_low": (14.0, 755.0),
    "achilles": (24.0, 762.0),
    "ankle_front": (24.0, 780.0),
    "lateral_malleolus": (37.0, 784.0),
    "medial_malleolus": (13.0, 782.0),
    "foot_dorsum": (24.0, 800.0),
    "foot_dorsum_lateral": (35.0, 802.0),
    "big_toe": (10.0, 815.0),
    "middle_toes": (23.0, 817.0),
    "heel": (25.0, 780.0),
    "heel_medial": (15.0, 786.0),
    "sole_arch": (13.0, 797.0),
    "sole_forefoot": (19.0, 808.0),
    "sole_big_toe": (10.0, 817.0),
    # Arm (anatomical position: palms forward, thumbs lateral)
    "deltoid_anterior": (80.0, 182.0),
    "deltoid_middle": (103.0, 194.0),
    "deltoid_posterior": (84.0, 190.0),
    "deltoid_insertion": (100.0, 238.0),
    "biceps_tendon": (82.0, 190.0),
    "arm_mid": (88.0, 255.0),
    "arm_lateral": (101.0, 262.0),
    "arm_medial": (77.0, 262.0),
    "antecubital": (88.0, 304.0),
    "lateral_epicondyle": (100.0, 306.0),
    "below_lateral_epicondyle": (99.0, 312.0),  # about 1.5 cm distal: the ECRL point
    "medial_epicondyle": (77.0, 308.0),
    "olecranon": (88.0, 306.0),
    "forearm_radial": (104.0, 355.0),
    "forearm_ulnar": (81.0, 360.0),
    "forearm_dorsal": (93.0, 355.0),
    "wrist": (97.0, 411.0),
    "wrist_radial": (104.0, 411.0),
    "wrist_ulnar": (89.0, 411.0),
    "hand_back": (97.0, 440.0),
    "thumb_base": (108.0, 430.0),
    "thumb_web": (108.0, 446.0),
    "thumb": (121.0, 455.0),
    "index_finger": (111.0, 480.0),
    "middle_finger": (103.0, 486.0),
    "ring_finger": (96.0, 484.0),
    "little_finger": (89.0, 476.0),
}


def landmark(name: str) -> Point:
    """Return the half-body coordinates of a named landmark.

    Raises:
        KeyError: naming the unknown landmark.
    """
    try:
        return LANDMARKS[name]
    except KeyError:
        raise KeyError(f"unknown landmark {name!r}") from None


def outward_sign(view: View, side: Side) -> float:
    """Return +1 if the patient's ``side`` lies at x > 200 on the page of ``view``, else -1.

    Anterior: the patient's right is on the viewer's left; posterior: the patient's left is on
    the viewer's left. A midline item is authored for the right side.
    """
    right_is_left_of_page = view is View.ANTERIOR
    if side is Side.LEFT:
        return 1.0 if right_is_left_of_page else -1.0
    return -1.0 if right_is_left_of_page else 1.0


def to_atlas(view: View, side: Side, point: Point) -> Point:
    """Place a half-body point ``(dx, y)`` in a view's atlas units for the patient's side."""
    dx, y = point
    return (MIDLINE_X + outward_sign(view, side) * dx, y)


def mirror(point: Point) -> Point:
    """Mirror an atlas point about the body's midline."""
    return (2.0 * MIDLINE_X - point[0], point[1])

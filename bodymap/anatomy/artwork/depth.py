"""Which superficial muscles each deep muscle may lie beneath: the reviewed "beneath" relation.

A click on the body lists the superficial muscle first and then the deep muscles whose regions
hold the point; the window offers those as "deeper". Each pair must be one a needle can follow:
through the superficial muscle into the deep one, with no bone between. The build is checked
against this table (tests/anatomy/test_depth.py): any deep region that overlaps a superficial
muscle not listed here is an anatomy error in the art, not a new relation to add blindly.

Why some pairs are absent: subscapularis lies on the costal face of the scapula, so it is never
beneath infraspinatus or the other muscles over the blade (only beside the lateral border, under
teres major/minor, as reached from the axilla); the rhomboids end at the medial border; gluteus
minimus lies below the iliac crest, never under latissimus dorsi.
"""

from __future__ import annotations

#: view -> deep muscle -> the superficial muscles it may lie beneath there.
BENEATH: dict[str, dict[str, frozenset[str]]] = {
    "anterior": {
        # From the coracoid (under the front edge of the deltoid) to ribs 3-5 under pec major.
        "pectoralis_minor": frozenset({"pectoralis_major", "deltoid"}),
        # Anterior fibres below the front of the iliac crest, under TFL.
        "gluteus_minimus": frozenset({"tensor_fasciae_latae"}),
        # Under rectus femoris; sartorius crosses in front of both in the upper thigh.
        "vastus_intermedius": frozenset({"rectus_femoris", "sartorius"}),
    },
    "posterior": {
        # Under the upper and middle trapezius from the angle of the neck to the superior angle.
        "levator_scapulae": frozenset({"upper_trapezius", "middle_trapezius"}),
        "suboccipitals": frozenset({"upper_trapezius", "semispinalis_capitis"}),
        "splenius_cervicis": frozenset(
            {"upper_trapezius", "levator_scapulae", "semispinalis_capitis", "splenius_capitis"}
        ),
        # In the supraspinous fossa under the trapezius; its tendon passes under the deltoid.
        "supraspinatus": frozenset({"upper_trapezius", "middle_trapezius", "deltoid"}),
        "rhomboids": frozenset(
            {"upper_trapezius", "middle_trapezius", "lower_trapezius", "latissimus_dorsi"}
        ),
        # Beyond the lateral border of the scapula, reached from the axilla.
        "subscapularis": frozenset({"teres_minor", "teres_major", "latissimus_dorsi"}),
        "supinator": frozenset(
            {
                "anconeus",
                "brachioradialis",
                "extensor_carpi_radialis",
                "extensor_carpi_ulnaris",
                "extensor_digitorum",
            }
        ),
        # Lateral to and under the erector spinae, behind the thoracolumbar fascia.
        "quadratus_lumborum": frozenset(
            {
                "longissimus_thoracis",
                "iliocostalis_thoracis",
                "iliocostalis_lumborum",
                "latissimus_dorsi",
            }
        ),
        "multifidus": frozenset(
            {"longissimus_thoracis", "iliocostalis_lumborum", "gluteus_maximus"}
        ),
        "gluteus_minimus": frozenset({"gluteus_medius", "gluteus_maximus"}),
        "piriformis": frozenset({"gluteus_maximus"}),
        "popliteus": frozenset({"gastrocnemius"}),
        "tibialis_posterior": frozenset({"gastrocnemius", "soleus"}),
        "flexor_digitorum_longus": frozenset({"gastrocnemius", "soleus"}),
        "quadratus_plantae": frozenset(
            {
                "flexor_digitorum_brevis",
                "abductor_hallucis",
                "abductor_digiti_minimi",
                "flexor_hallucis_brevis",
            }
        ),
    },
}

#: An overlap counts only where it holds a patch this many units across (about 5 mm): thinner
#: slivers are where two borders were drawn a hair apart, not a muscle lying beneath another.
MIN_OVERLAP_WIDTH = 2.0

"""Catalogue rows: shoulder girdle and upper back (domain.md §3), in our own words."""

from __future__ import annotations

from bodymap.anatomy.regionsgen.spec import A, P, Referral, Row, Site
from bodymap.model import View

_A, _P = View.ANTERIOR, View.POSTERIOR

# Ulnar (inner) side of the arm down to the 4th-5th fingers, as seen on the front view.
_ULNAR_ARM_FRONT = (
    A("arm_medial", "medial_epicondyle", "forearm_ulnar", "wrist_ulnar", r=5),
    A("ring_finger", "little_finger", r=4),
)


def _infraspinatus_upper() -> Referral:
    return Referral(
        "Deep in the front of the shoulder joint, then down the front-outer arm and forearm to "
        "the radial side of the hand.",
        essential=(A((86, 182), r=11),),
        spillover=(
            A("deltoid_insertion", "antecubital", "forearm_radial", "wrist_radial", r=5),
            A("thumb_base", r=6),
        ),
    )


ROWS: tuple[Row, ...] = (
    Row(
        muscle="supraspinatus",
        title="Supraspinatus",
        location="In the supraspinous fossa (muscle belly) and toward the humeral attachment.",
        referral=Referral(
            "A deep ache over the middle deltoid, down the outer arm, often to the lateral "
            "epicondyle.",
            essential=(P((102, 186), (106, 214), r=8), A((102, 186), (106, 214), r=8)),
            spillover=(P("lateral_epicondyle", r=7), P("deltoid_insertion", (118, 300), r=5)),
        ),
        safety="Suprascapular nerve and vessels near the notch: aim for the floor of the fossa. "
        "A needle passing in front of the upper border of the scapula can reach lung.",
        thorax_risk=True,
        confidence="S",
        ids=("UBERON:0002383",),
        sites=(
            Site("belly", "belly in the supraspinous fossa", _P, (56, 172)),
            Site("lateral", "lateral belly toward the acromion", _P, (78, 166)),
        ),
    ),
    Row(
        muscle="infraspinatus",
        title="Infraspinatus",
        location="Infraspinous fossa just below the scapular spine (TP1 medial, TP2 more "
        "lateral); at times near the lower medial border.",
        referral=_infraspinatus_upper(),
        safety="The scapula is the backstop: stay over bone and do not needle beyond its medial "
        "or lateral border.",
        thorax_risk=True,
        confidence="S",
        ids=("UBERON:0001477",),
        sites=(
            Site("tp1", "TP1, below the spine, medial", _P, (50, 196)),
            Site("tp2", "TP2, below the spine, lateral", _P, (70, 200)),
            Site(
                "tp3",
                "TP3, near the lower medial border",
                _P,
                (50, 228),
                referral=Referral(
                    "Along the medial border of the scapula.",
                    essential=(P((40, 184), (43, 238), r=7),),
                    spillover=(P((30, 206), r=10),),
                ),
            ),
        ),
    ),
    Row(
        muscle="teres_minor",
        title="Teres minor",
        location="Lateral border of the scapula, between infraspinatus and teres major.",
        referral=Referral(
            "A deep, well-localised spot at the back of the deltoid just above its insertion.",
            essential=(P((100, 214), r=9),),
            spillover=(P((98, 200), r=13),),
        ),
        safety="Axillary nerve and posterior circumflex humeral vessels in the quadrilateral "
        "space.",
        thorax_risk=False,
        confidence="S",
        ids=("UBERON:0010496",),
        sites=(Site("tp1", "lateral scapular border", _P, (82, 214)),),
    ),
    Row(
        muscle="teres_major",
        title="Teres major",
        location="Near the inferior angle of the scapula and in the posterior axillary fold.",
        referral=Referral(
            "Back of the deltoid and over the long head of triceps; sometimes the back of the "
            "forearm.",
            essential=(P((96, 200), r=9), P((98, 228), (104, 280), r=6)),
            spillover=(P("forearm_dorsal", "wrist", r=5),),
        ),
        safety="Take the posterior axillary fold in a pincer grip and needle away from the "
        "chest wall.",
        thorax_risk=True,
        confidence="S",
        ids=("UBERON:0001478",),
        sites=(
            Site("inferior_angle", "near the inferior angle", _P, (68, 238)),
            Site("axillary", "posterior axillary fold", _P, (80, 226)),
        ),
    ),
    Row(
        muscle="subscapularis",
        title="Subscapularis",
        location="Front (costal) surface of the scapula, reached from the axilla near the "
        "lateral border.",
        referral=Referral(
            "Back of the shoulder and over the scapula, down the back of the arm, and a band "
            "around the wrist.",
            essential=(P((88, 196), r=12),),
            spillover=(
                P((62, 212), r=13),
                P((100, 232), (108, 300), r=6),
                P("wrist_ulnar", "wrist_radial", r=5),
                A("wrist_ulnar", "wrist_radial", r=5),
            ),
        ),
        safety="Axillary nerves and vessels; the chest wall lies beside: needle toward the "
        "scapula, parallel to the ribs. Advanced technique.",
        thorax_risk=True,
        confidence="R",
        ids=("UBERON:0001129",),
        sites=(Site("tp1", "costal surface from the axilla", _P, (72, 212)),),
    ),
    Row(
        muscle="latissimus_dorsi",
        title="Latissimus dorsi",
        location="Free border in the posterior axillary fold and the middle of the lateral "
        "trunk.",
        referral=Referral(
            "Around the inferior angle of the scapula and the mid-thoracic area, the back of "
            "the shoulder, and down the inner arm to the ring and little fingers.",
            essential=(P((56, 252), r=14),),
            spillover=(
                P((88, 196), r=9),
                P("arm_medial", "medial_epicondyle", "forearm_ulnar", "wrist_ulnar", r=5),
                P("ring_finger", "little_finger", r=4),
            ),
        ),
        safety="Over the thorax: grasp the free border in a pincer grip.",
        thorax_risk=True,
        confidence="R",
        ids=("UBERON:0001112",),
        sites=(
            Site("axillary", "posterior axillary fold", _P, (86, 232)),
            Site("lateral", "mid-lateral trunk", _P, (76, 282)),
        ),
    ),
    Row(
        muscle="rhomboids",
        title="Rhomboids (major / minor)",
        location="Between the medial border of the scapula and the spinous processes of T2-T5.",
        referral=Referral(
            "Along the medial (vertebral) border of the scapula, between the shoulder blades.",
            essential=(P((36, 176), (41, 240), r=7),),
            spillover=(P((24, 206), r=12),),
        ),
        safety="A thin muscle over ribs and pleura: needle onto a rib or tangentially. The "
        "pleura's medial edge runs along the transverse processes from about C7 to T12.",
        thorax_risk=True,
        confidence="S",
        ids=("FMA:13379", "FMA:13380"),
        sites=(
            Site("minor", "upper fibres (rhomboid minor)", _P, (24, 184)),
            Site("major", "lower fibres (rhomboid major)", _P, (28, 214)),
        ),
    ),
    Row(
        muscle="serratus_anterior",
        title="Serratus anterior",
        location="Mid-axillary line over ribs 5 to 7.",
        referral=Referral(
            "Front and side of the mid-chest, the inferior angle of the scapula and down the "
            "inner arm; a 'stitch' and pain on a deep breath.",
            essential=(A((68, 236), r=12), P("scapula_inferior_angle", r=8)),
            spillover=_ULNAR_ARM_FRONT,
        ),
        safety="Over ribs: needle onto a rib, bracketing it between two fingers.",
        thorax_risk=True,
        confidence="S",
        ids=("FMA:300762",),
        sites=(Site("tp1", "mid-axillary line, ribs 5-7", _A, (76, 240)),),
    ),
    Row(
        muscle="pectoralis_major",
        title="Pectoralis major",
        location="Clavicular, sternal and costal sections; the lateral free border at the "
        "anterior axillary fold.",
        referral=Referral(
            "Front of the chest and breast, the front of the shoulder, and down the inner arm "
            "toward the 4th and 5th fingers; on the left it can mimic angina; nipple "
            "hypersensitivity.",
            essential=(A((34, 204), r=16),),
            spillover=_ULNAR_ARM_FRONT,
        ),
        safety="Over the chest wall: grasp the lateral free border in a pincer grip. Mind breast "
        "tissue and implants.",
        thorax_risk=True,
        confidence="S",
        ids=("UBERON:0002381",),
        sites=(
            Site(
                "clavicular",
                "clavicular section",
                _A,
                (46, 166),
                referral=Referral(
                    "Front of the shoulder over the anterior deltoid.",
                    essential=(A("deltoid_anterior", r=11),),
                    spillover=(A((50, 170), r=10),),
                ),
            ),
            Site("sternal", "sternal section", _A, (28, 196)),
            Site(
                "lateral",
                "lateral free border (anterior axillary fold)",
                _A,
                (68, 210),
                referral=Referral(
                    "The breast and nipple, which may become hypersensitive.",
                    essential=(A("nipple", r=11),),
                    spillover=(A((56, 226), r=14),),
                ),
            ),
        ),
    ),
    Row(
        muscle="pectoralis_minor",
        title="Pectoralis minor",
        location="Near the coracoid process and over ribs 3 to 5.",
        referral=Referral(
            "The front of the shoulder and chest, and down the inner arm to the fingers, much "
            "like pectoralis major.",
            essential=(A((86, 182), r=10), A((54, 196), r=12)),
            spillover=_ULNAR_ARM_FRONT,
        ),
        safety="Brachial plexus and axillary vessels lie beneath; over the chest wall needle "
        "onto a rib.",
        thorax_risk=True,
        confidence="S",
        ids=("UBERON:0001100",),
        sites=(
            Site("upper", "near the coracoid", _A, (62, 180)),
            Site("lower", "over ribs 3-5", _A, (52, 202)),
        ),
    ),
    Row(
        muscle="deltoid",
        title="Deltoid",
        location="In the belly of each section (anterior, middle, posterior).",
        referral=Referral(
            "Stays local to the section.",
            essential=(A("deltoid_anterior", r=12),),
        ),
        safety="The axillary nerve runs under the posterior deltoid.",
        thorax_risk=False,
        confidence="S",
        ids=("UBERON:0001476",),
        sites=(
            Site(
                "anterior",
                "anterior section",
                _A,
                (94, 192),
                referral=Referral(
                    "Front and side of the shoulder.",
                    essential=(A((92, 190), r=12),),
                    spillover=(A((104, 196), r=9),),
                ),
            ),
            Site(
                "middle",
                "middle section",
                _A,
                (104, 196),
                referral=Referral(
                    "Side of the shoulder.",
                    essential=(A((104, 196), r=10), P((104, 196), r=10)),
                    spillover=(A((106, 218), r=7),),
                ),
            ),
            Site(
                "posterior",
                "posterior section",
                _P,
                (94, 198),
                referral=Referral(
                    "Back of the shoulder, spilling down the outer arm.",
                    essential=(P((92, 196), r=12),),
                    spillover=(P((106, 214), (112, 270), r=6),),
                ),
            ),
        ),
    ),
)

"""Catalogue rows: shoulder girdle and upper back (domain.md §3), in our own words."""

from __future__ import annotations

from bodymap.anatomy.regionsgen.spec import A, M, P, Referral, Row, Site
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
        essential=(A("deltoid_anterior", r=11),),
        spillover=(
            A("deltoid_insertion", "lateral_epicondyle", "forearm_radial", "wrist_radial", r=5),
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
            essential=(P("deltoid_middle", (101, 222), r=8), A("deltoid_middle", (101, 222), r=8)),
            spillover=(P("lateral_epicondyle", r=7), P("deltoid_insertion", "arm_lateral", r=5)),
        ),
        safety="Suprascapular nerve and vessels near the notch: aim for the floor of the fossa. "
        "A needle passing in front of the upper border of the scapula can reach lung.",
        thorax_risk=True,
        ids=("UBERON:0002383",),
        sites=(
            Site("belly", "belly in the supraspinous fossa", _P, M(0.4, 0.5)),
            Site("lateral", "lateral belly toward the acromion", _P, M(0.8, 0.5)),
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
        ids=("UBERON:0001477",),
        sites=(
            Site("tp1", "TP1, below the spine, medial", _P, M(0.3, 0.2)),
            Site("tp2", "TP2, below the spine, lateral", _P, M(0.65, 0.25)),
            Site(
                "tp3",
                "TP3, near the lower medial border",
                _P,
                M(0.25, 0.75),
                referral=Referral(
                    "Along the medial border of the scapula.",
                    essential=(P("scapula_spine_root", "scapula_medial_low", r=7),),
                    spillover=(P("interscapular", r=10),),
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
            essential=(P((96, 222), r=8),),
            spillover=(P((92, 208), r=12),),
        ),
        safety="Axillary nerve and posterior circumflex humeral vessels in the quadrilateral "
        "space.",
        thorax_risk=False,
        ids=("UBERON:0010496",),
        sites=(Site("tp1", "lateral scapular border", _P, M(0.5, 0.4)),),
    ),
    Row(
        muscle="teres_major",
        title="Teres major",
        location="Near the inferior angle of the scapula and in the posterior axillary fold.",
        referral=Referral(
            "Back of the deltoid and over the long head of triceps; sometimes the back of the "
            "forearm.",
            essential=(P("deltoid_posterior", r=9), P((84, 230), (84, 285), r=6)),
            spillover=(P("forearm_dorsal", "wrist", r=5),),
        ),
        safety="Take the posterior axillary fold in a pincer grip and needle away from the "
        "chest wall.",
        thorax_risk=True,
        ids=("UBERON:0001478",),
        sites=(
            Site("inferior_angle", "near the inferior angle", _P, M(0.2, 0.5)),
            Site("axillary", "posterior axillary fold", _P, M(0.8, 0.4)),
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
            essential=(P("posterior_shoulder", r=12),),
            spillover=(
                P("infraspinous_fossa", r=13),
                P((90, 232), (94, 295), r=6),
                P("wrist_ulnar", "wrist_radial", r=5),
                A("wrist_ulnar", "wrist_radial", r=5),
            ),
        ),
        safety="Axillary nerves and vessels; the chest wall lies beside: needle toward the "
        "scapula, parallel to the ribs. Advanced technique.",
        thorax_risk=True,
        ids=("UBERON:0001129",),
        sites=(Site("tp1", "costal surface from the axilla", _P, M(0.75, 0.5)),),
    ),
    Row(
        muscle="latissimus_dorsi",
        title="Latissimus dorsi",
        location="Free border in the posterior axillary fold and the middle of the lateral trunk.",
        referral=Referral(
            "Around the inferior angle of the scapula and the mid-thoracic area, the back of "
            "the shoulder, and down the inner arm to the ring and little fingers.",
            essential=(P((34, 252), r=14),),
            spillover=(
                P("posterior_shoulder", r=9),
                P("arm_medial", "medial_epicondyle", "forearm_ulnar", "wrist_ulnar", r=5),
                P("ring_finger", "little_finger", r=4),
            ),
        ),
        safety="Over the thorax: grasp the free border in a pincer grip.",
        thorax_risk=True,
        ids=("UBERON:0001112",),
        sites=(
            Site("axillary", "posterior axillary fold", _P, M(0.85, 0.1)),
            Site("lateral", "mid-lateral trunk", _P, M(0.75, 0.4)),
        ),
    ),
    Row(
        muscle="rhomboids",
        title="Rhomboids (major / minor)",
        location="Between the medial border of the scapula and the spinous processes of T2-T5.",
        referral=Referral(
            "Along the medial (vertebral) border of the scapula, between the shoulder blades.",
            essential=(P((25, 176), "scapula_medial_low", r=7),),
            spillover=(P("interscapular", r=12),),
        ),
        safety="A thin muscle over ribs and pleura: needle onto a rib or tangentially. The "
        "pleura's medial edge runs along the transverse processes from about C7 to T12.",
        thorax_risk=True,
        ids=("FMA:13379", "FMA:13380"),
        sites=(
            Site("minor", "upper fibres (rhomboid minor)", _P, M(0.5, 0.3)),
            Site("major", "lower fibres (rhomboid major)", _P, M(0.6, 0.6)),
        ),
    ),
    Row(
        muscle="serratus_anterior",
        title="Serratus anterior",
        location="Mid-axillary line over ribs 5 to 7.",
        referral=Referral(
            "Front and side of the mid-chest, the inferior angle of the scapula and down the "
            "inner arm; a 'stitch' and pain on a deep breath.",
            essential=(A("midaxillary_rib6", r=12), P("scapula_inferior_angle", r=8)),
            spillover=_ULNAR_ARM_FRONT,
        ),
        safety="Over ribs: needle onto a rib, bracketing it between two fingers.",
        thorax_risk=True,
        ids=("FMA:300762",),
        sites=(Site("tp1", "mid-axillary line, ribs 5-7", _A, M(0.6, 0.35)),),
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
            essential=(A("chest_centre", r=16),),
            spillover=_ULNAR_ARM_FRONT,
        ),
        safety="Over the chest wall: grasp the lateral free border in a pincer grip. Mind breast "
        "tissue and implants.",
        thorax_risk=True,
        ids=("UBERON:0002381",),
        sites=(
            Site(
                "clavicular",
                "clavicular section",
                _A,
                M(0.5, 0.08),
                referral=Referral(
                    "Front of the shoulder over the anterior deltoid.",
                    essential=(A("deltoid_anterior", r=11),),
                    spillover=(A("clavicle_mid", r=10),),
                ),
            ),
            Site("sternal", "sternal section", _A, M(0.25, 0.45)),
            Site(
                "lateral",
                "lateral free border (anterior axillary fold)",
                _A,
                M(0.88, 0.55),
                referral=Referral(
                    "The breast and nipple, which may become hypersensitive.",
                    essential=(A("nipple", r=11),),
                    spillover=(A((46, 228), r=14),),
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
            essential=(A("deltoid_anterior", r=10), A((44, 196), r=12)),
            spillover=_ULNAR_ARM_FRONT,
        ),
        safety="Brachial plexus and axillary vessels lie beneath; over the chest wall needle "
        "onto a rib.",
        thorax_risk=True,
        ids=("UBERON:0001100",),
        sites=(
            Site("upper", "near the coracoid", _A, M(0.75, 0.15)),
            Site("lower", "over ribs 3-5", _A, M(0.45, 0.6)),
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
        ids=("UBERON:0001476",),
        sites=(
            Site(
                "anterior",
                "anterior section",
                _A,
                M(0.3, 0.25),
                referral=Referral(
                    "Front and side of the shoulder.",
                    essential=(A("deltoid_anterior", r=12),),
                    spillover=(A("deltoid_middle", r=9),),
                ),
            ),
            Site(
                "middle",
                "middle section",
                _A,
                M(0.85, 0.3),
                referral=Referral(
                    "Side of the shoulder.",
                    essential=(A("deltoid_middle", r=10), P("deltoid_middle", r=10)),
                    spillover=(A((102, 220), r=7),),
                ),
            ),
            Site(
                "posterior",
                "posterior section",
                _P,
                M(0.35, 0.3),
                referral=Referral(
                    "Back of the shoulder, spilling down the outer arm.",
                    essential=(P("deltoid_posterior", r=12),),
                    spillover=(P((100, 220), "arm_lateral", r=6),),
                ),
            ),
        ),
    ),
)

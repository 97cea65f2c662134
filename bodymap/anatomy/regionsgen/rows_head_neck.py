"""Catalogue rows: head and neck (domain.md §3), in our own words."""

from __future__ import annotations

from bodymap.anatomy.regionsgen.spec import A, M, P, Referral, Row, Site, other
from bodymap.model import View

_A, _P = View.ANTERIOR, View.POSTERIOR

_THORAX_TRAP = (
    "Lung lies under the upper fibres: lift the free border in a pincer grip and needle "
    "horizontally, front to back, never downward. In cadavers the pleura lay only about 3.3 cm "
    "deep at the angle of the neck; a kyphotic posture changes the needle length that reaches it."
)
_CERVICAL_DEEP = (
    "Vertebral artery and the upper cervical canal lie deep; keep the needle angled toward the "
    "bony lamina."
)
_SUBOCCIPITAL = (
    "Vertebral artery, the atlanto-occipital membrane and spinal canal, and the greater "
    "occipital nerve are close: an advanced technique."
)
_SCM = (
    "Carotid artery and internal jugular vein lie deep and medial: lift the muscle in a pincer "
    "grip and keep the needle within it."
)

ROWS: tuple[Row, ...] = (
    Row(
        muscle="upper_trapezius",
        title="Upper trapezius",
        location="Free border of the upper trapezius, half-way between the neck and the acromion; "
        "taken in a pincer grip.",
        referral=Referral(
            "Up the back and side of the neck to behind the ear (mastoid) and on to the temple "
            "and behind the eye; at times the angle of the jaw.",
            essential=(P("angle_of_neck", "neck_side", "mastoid", r=8), A("temple", "eye", r=7)),
            spillover=(P((22, 132), (34, 80), r=12), A("eyebrow", r=7), A("jaw_angle", r=8)),
        ),
        safety=_THORAX_TRAP,
        thorax_risk=True,
        ids=("UBERON:0002380",),
        sites=(Site("central", "central (free border)", _P, "trapezius_mid_border"),),
    ),
    Row(
        muscle="middle_trapezius",
        title="Middle trapezius",
        location="Between the medial border of the scapula and the spine, level with the upper "
        "scapula.",
        referral=Referral(
            "Superficial burning toward the spinous processes of C7 to T3; also the top of the "
            "shoulder over the acromion.",
            essential=(P((12, 184), "t1_t3", r=7),),
            spillover=(P("acromion", r=10), P((4, 144), (4, 182), r=8)),
        ),
        safety="Over the thorax: needle onto a rib or tangentially to the chest wall.",
        thorax_risk=True,
        ids=("UBERON:0002380",),
        sites=(Site("tp1", "between scapula and spine", _P, M(0.16, 0.6)),),
    ),
    Row(
        muscle="lower_trapezius",
        title="Lower trapezius",
        location="Lower fibres near the medial border of the scapula, beside the lower thoracic "
        "spine.",
        referral=Referral(
            "High neck paraspinals and the mastoid, the acromion, an ache over the "
            "suprascapular area, and burning along the medial border of the scapula.",
            essential=(P("neck_back_low", (18, 114), "mastoid", r=7),),
            spillover=(
                P("supraspinous_fossa", r=11),
                P("acromion", r=8),
                P("scapula_spine_root", "scapula_medial_low", r=6),
            ),
        ),
        safety="Over the thorax: needle onto a rib or tangentially to the chest wall.",
        thorax_risk=True,
        ids=("UBERON:0002380",),
        sites=(Site("tp1", "near the lower medial scapular border", _P, M(0.7, 0.45)),),
    ),
    Row(
        muscle="levator_scapulae",
        title="Levator scapulae",
        location="At the angle of the neck, where the muscle emerges from under the upper "
        "trapezius, and near the superior angle of the scapula.",
        referral=Referral(
            "The angle of the neck and down the vertebral border of the scapula to its inferior "
            "angle, with spill to the back of the shoulder; a stiff neck that will not turn.",
            essential=(P("angle_of_neck", r=11), P((36, 150), "scapula_superior_angle", r=7)),
            spillover=(
                P("scapula_spine_root", "scapula_inferior_angle", r=6),
                P("posterior_shoulder", r=10),
            ),
        ),
        safety="Near the superior angle the apex of the lung lies in front: direct the needle "
        "onto the scapula or posteriorly.",
        thorax_risk=True,
        ids=("UBERON:0005461",),
        sites=(
            Site("angle", "angle of the neck", _P, M(0.5, 0.35)),
            Site(
                "superior", "near the superior angle of the scapula", _P, "scapula_superior_angle"
            ),
        ),
    ),
    Row(
        muscle="splenius_capitis",
        title="Splenius capitis",
        location="Upper back of the neck near C2-C3, lateral to semispinalis.",
        referral=Referral(
            "The vertex (top) of the head.",
            essential=(P("vertex_side", r=10), A("vertex_side", r=9)),
            spillover=(P((14, 40), r=15),),
        ),
        safety=_CERVICAL_DEEP,
        thorax_risk=False,
        ids=("UBERON:0000711",),
        sites=(Site("tp1", "upper neck (C2-C3)", _P, M(0.5, 0.4)),),
    ),
    Row(
        muscle="splenius_cervicis",
        title="Splenius cervicis",
        location="Low in the neck near its angle; upper fibres near C2.",
        referral=Referral(
            "The angle of the neck; a diffuse ache through the head to behind the eye.",
            essential=(P("angle_of_neck", r=10),),
            spillover=(P("occiput_lateral", (24, 66), r=10), A("eye", r=7)),
        ),
        safety=_CERVICAL_DEEP,
        thorax_risk=False,
        ids=("UBERON:0008544",),
        sites=(
            Site("lower", "low neck, near the angle", _P, M(0.6, 0.75)),
            Site("upper", "upper fibres near C2", _P, M(0.4, 0.2)),
        ),
    ),
    Row(
        muscle="suboccipitals",
        title="Suboccipitals",
        location="Deep, just below the occiput (rectus capitis posterior major and minor, "
        "obliquus capitis superior and inferior).",
        referral=Referral(
            "A deep, band-like headache from the occiput toward the orbit and forehead, hard to "
            "pin down.",
            essential=(P((6, 88), (30, 78), r=7), A("temple", "eye", r=6)),
            spillover=(A("forehead", r=10), P((18, 66), r=12)),
        ),
        safety=_SUBOCCIPITAL,
        thorax_risk=False,
        ids=("FMA:32582",),
        sites=(Site("tp1", "below the occiput", _P, M(0.5, 0.4)),),
    ),
    Row(
        muscle="semispinalis_capitis",
        title="Semispinalis capitis / cervical multifidi",
        location="Along the cervical paraspinals; the upper part just below the occiput.",
        referral=Referral(
            "A band around the side of the head, above the ear.",
            essential=(P((8, 72), (35, 60), r=7), A("head_side_above_ear", "temple", r=6)),
            spillover=(P((20, 66), r=12),),
        ),
        safety=_SUBOCCIPITAL,
        thorax_risk=False,
        ids=("UBERON:0001409",),
        sites=(Site("upper", "below the occiput", _P, M(0.5, 0.2)),),
    ),
    Row(
        muscle="sternocleidomastoid",
        title="Sternocleidomastoid (sternal division)",
        location="Along the sternal head.",
        referral=Referral(
            "Top of the head, the occiput, the cheek, over the eye, the throat and the sternum; "
            "may bring eye signs such as tearing and redness.",
            essential=(
                A("eyebrow", "eye", r=7),
                A("cheek", r=7),
                A("sternum_upper", "sternum_low", r=6),
            ),
            spillover=(A("throat", r=5), P("occiput_lateral", r=10), P("vertex_side", r=9)),
        ),
        safety=_SCM,
        thorax_risk=False,
        ids=("UBERON:0001128",),
        sites=(Site("sternal", "sternal division", _A, M(0.3, 0.72)),),
    ),
    Row(
        muscle="sternocleidomastoid",
        title="Sternocleidomastoid (clavicular division)",
        location="Along the clavicular head.",
        referral=Referral(
            "The forehead (both sides when severe), deep in and behind the ear, sometimes the "
            "molars; dizziness on changing posture.",
            essential=(A("forehead", r=9), A("ear", r=6), P("behind_ear", r=7)),
            spillover=(other(A("forehead", r=8)), A("lower_molars", r=6)),
        ),
        safety=_SCM,
        thorax_risk=False,
        ids=("UBERON:0001128",),
        sites=(Site("clavicular", "clavicular division", _A, M(0.7, 0.65)),),
    ),
    Row(
        muscle="scalenes",
        title="Scalenes (anterior, middle, posterior)",
        location="Side of the neck above the clavicle, behind the sternocleidomastoid.",
        referral=Referral(
            "Finger-like bands over the pectoral region, the outer arm, the radial forearm to "
            "the thumb and index finger, and the medial border of the scapula between the "
            "shoulder blades.",
            essential=(
                A((30, 180), (34, 222), r=6),
                A((46, 182), (50, 220), r=5),
                P((26, 186), (30, 232), r=6),
            ),
            spillover=(
                A("deltoid_insertion", "arm_lateral", r=6),
                A("forearm_radial", "wrist_radial", r=5),
                A("thumb", r=5),
                A("index_finger", r=4),
            ),
        ),
        safety="Brachial plexus and subclavian vessels run between the anterior and middle "
        "scalenes, the phrenic nerve lies on the anterior scalene, the pleural dome is below and "
        "the vertebral artery deep: advanced technique only.",
        thorax_risk=True,
        ids=("UBERON:0008611",),
        sites=(Site("tp1", "side of the neck above the clavicle", _A, M(0.5, 0.5)),),
    ),
    Row(
        muscle="masseter",
        title="Masseter",
        location="Superficial layer (upper and lower belly) and deep layer close to the TMJ.",
        referral=Referral(
            "Upper and lower molars and jaw, over the eyebrow, the cheek, the TMJ and deep in "
            "the ear; may bring tinnitus.",
            essential=(A("upper_molars", r=7),),
            spillover=(A("cheek", r=10),),
        ),
        safety="Parotid gland and duct and branches of the facial nerve.",
        thorax_risk=False,
        sites=(
            Site(
                "upper",
                "superficial layer, upper belly",
                _A,
                M(0.5, 0.35),
                referral=Referral(
                    "Upper molars and maxilla (felt as 'sinusitis'), over the eyebrow.",
                    essential=(A("upper_molars", r=7), A("eyebrow", r=6)),
                    spillover=(A("cheek", r=10),),
                ),
            ),
            Site(
                "lower",
                "superficial layer, lower belly",
                _A,
                M(0.5, 0.75),
                referral=Referral(
                    "Lower molars and the body of the mandible.",
                    essential=(A((10, 112), "jaw_angle", r=6),),
                    spillover=(A("cheek", r=9),),
                ),
            ),
            Site(
                "deep",
                "deep layer near the TMJ",
                _A,
                M(0.7, 0.1),
                referral=Referral(
                    "The TMJ and deep in the ear; tinnitus.",
                    essential=(A("tmj", r=6), A("ear", r=6)),
                    spillover=(A("cheek", r=8),),
                ),
            ),
        ),
    ),
    Row(
        muscle="temporalis",
        title="Temporalis",
        location="Anterior, middle and posterior fibres above the zygomatic arch.",
        referral=Referral(
            "Temple headache, the eyebrow and behind the eye, the upper teeth (front fibres to "
            "the incisors, back fibres to the molars).",
            essential=(A("temple", (33, 64), r=7),),
            spillover=(A("eyebrow", r=6),),
        ),
        safety="Superficial temporal artery: feel for its pulse before needling.",
        thorax_risk=False,
        sites=(
            Site(
                "anterior",
                "anterior fibres",
                _A,
                M(0.3, 0.5),
                referral=Referral(
                    "Temple and eyebrow; the upper incisors.",
                    essential=(A("temple", (20, 56), r=7), A("upper_incisors", r=5)),
                    spillover=(A("eye", r=6),),
                ),
            ),
            Site(
                "middle",
                "middle fibres",
                _A,
                M(0.6, 0.35),
                referral=Referral(
                    "Temple, spreading up the side of the head; the middle upper teeth.",
                    essential=(A((31, 42), (34, 62), r=7), A((12, 100), r=5)),
                    spillover=(A("eyebrow", r=6),),
                ),
            ),
            Site(
                "posterior",
                "posterior fibres",
                _A,
                M(0.8, 0.25),
                referral=Referral(
                    "Above and behind the ear; the upper molars.",
                    essential=(A((36, 40), "head_side_above_ear", r=7), A("upper_molars", r=5)),
                    spillover=(P("head_side_above_ear", r=8),),
                ),
            ),
        ),
    ),
)

"""Catalogue rows: trunk and lumbar spine, hip and buttock (domain.md §3), in our own words."""

from __future__ import annotations

from bodymap.anatomy.regionsgen.spec import A, M, P, Referral, Row, Site
from bodymap.model import View

_A, _P = View.ANTERIOR, View.POSTERIOR

_ERECTOR = ("UBERON:0002462",)

TRUNK: tuple[Row, ...] = (
    Row(
        muscle="iliocostalis_thoracis",
        title="Iliocostalis thoracis (thoracic erector spinae)",
        location="Lateral thoracic paraspinals, low in the thoracic spine.",
        referral=Referral(
            "Up toward the scapula and down into the lumbar area; the lower points may refer to "
            "the abdomen.",
            essential=(P((22, 236), (21, 330), r=7),),
            spillover=(P("scapula_medial_low", r=9), A("upper_abdomen", r=11)),
        ),
        safety="Over ribs and pleura: angle the needle onto a rib or transverse process.",
        thorax_risk=True,
        ids=_ERECTOR,
        sites=(Site("tp1", "lower thoracic paraspinals", _P, M(0.5, 0.7)),),
    ),
    Row(
        muscle="iliocostalis_lumborum",
        title="Iliocostalis lumborum (L1 level)",
        location="Lateral lumbar paraspinals at about L1.",
        referral=Referral(
            "Low back and the lower buttock; now and then the lower abdomen.",
            essential=(P((22, 350), "lower_buttock", r=9),),
            spillover=(P("low_back", r=11), A("lower_abdomen", r=10)),
        ),
        safety="The kidney lies close at upper lumbar levels when needling deep and lateral.",
        thorax_risk=False,
        ids=_ERECTOR,
        sites=(Site("l1", "L1 level", _P, M(0.5, 0.2)),),
    ),
    Row(
        muscle="multifidus",
        title="Lumbar / sacral multifidus",
        location="Deep, beside the spinous processes at each level.",
        referral=Referral(
            "Mostly local to its level.",
            essential=(P("low_back", r=10),),
        ),
        safety="Needle onto the lamina; the spinal canal and interlaminar space lie medially.",
        thorax_risk=False,
        sites=(
            Site(
                "l1",
                "L1 level",
                _P,
                M(0.6, 0.05),
                referral=Referral(
                    "Upper lumbar area and the upper quadrant of the abdomen.",
                    essential=(P("upper_lumbar", r=11),),
                    spillover=(A("upper_abdomen", r=12),),
                ),
            ),
            Site(
                "s1",
                "S1 level",
                _P,
                M(0.6, 0.55),
                referral=Referral(
                    "Low back, the buttock and the top of the hamstrings.",
                    essential=(P("psis", "buttock_centre", r=10),),
                    spillover=(P("thigh_back_upper", r=10),),
                ),
            ),
            Site(
                "s4",
                "S4 level",
                _P,
                M(0.5, 0.85),
                referral=Referral(
                    "The lower sacrum.",
                    essential=(P("lower_sacrum", r=9),),
                    spillover=(P((6, 406), r=13),),
                ),
            ),
        ),
    ),
    Row(
        muscle="quadratus_lumborum",
        title="Quadratus lumborum",
        location="Superficial points about a hand's breadth lateral to the spine between the "
        "12th rib and the iliac crest; deep points closer to the transverse processes.",
        referral=Referral(
            "The SI joint and lower buttock; along the iliac crest to the lower abdominal "
            "quadrant and groin; the greater trochanter (night pain).",
            essential=(P("sij", r=9),),
        ),
        safety="Above the 12th rib lies pleura and in front the kidney: side-lying, needle "
        "horizontally toward a transverse process below the 12th rib.",
        thorax_risk=True,
        sites=(
            Site(
                "superficial",
                "superficial (lateral) points",
                _P,
                M(0.8, 0.4),
                referral=Referral(
                    "Along the iliac crest and over the greater trochanter, spilling to the "
                    "lower abdominal quadrant and groin.",
                    essential=(
                        P((20, 350), "iliac_crest", "iliac_crest_lateral", r=7),
                        P("greater_trochanter", r=10),
                    ),
                    spillover=(A("asis", "groin", r=8),),
                ),
            ),
            Site(
                "deep",
                "deep (medial) points",
                _P,
                M(0.3, 0.5),
                referral=Referral(
                    "The SI joint and the lower buttock.",
                    essential=(P("sij", r=9), P("lower_buttock", r=9)),
                    spillover=(P((24, 405), r=12),),
                ),
            ),
        ),
    ),
)

HIP: tuple[Row, ...] = (
    Row(
        muscle="gluteus_maximus",
        title="Gluteus maximus",
        location="TrP1 beside the sacrum, TrP2 above the ischial tuberosity, TrP3 low and "
        "medial near the coccyx.",
        referral=Referral("By site.", essential=(P("buttock_centre", r=20),)),
        safety="The sciatic nerve lies deep to the lower medial fibres.",
        thorax_risk=False,
        sites=(
            Site(
                "tp1",
                "TrP1, beside the sacrum",
                _P,
                M(0.25, 0.2),
                referral=Referral(
                    "A crescent along the gluteal cleft and SI joint to the gluteal fold, "
                    "spilling to the back of the thigh.",
                    essential=(P("psis", (8, 420), "gluteal_fold", r=7),),
                    spillover=(P("thigh_back_upper", r=10),),
                ),
            ),
            Site(
                "tp2",
                "TrP2, above the ischial tuberosity",
                _P,
                M(0.45, 0.7),
                referral=Referral(
                    "The whole buttock, the sacrum and just below the iliac crest.",
                    essential=(P("buttock_centre", r=22),),
                    spillover=(P("sacrum", r=12), P((40, 362), r=10)),
                ),
            ),
            Site(
                "tp3",
                "TrP3, low and medial near the coccyx",
                _P,
                M(0.15, 0.75),
                referral=Referral(
                    "The coccyx.",
                    essential=(P("coccyx", r=8),),
                    spillover=(P((6, 420), r=12),),
                ),
            ),
        ),
    ),
    Row(
        muscle="gluteus_medius",
        title="Gluteus medius",
        location="TrP1 posterior, below the iliac crest near the SI joint; TrP2 in the middle; "
        "TrP3 anterior, below the crest.",
        referral=Referral("By site.", essential=(P((44, 372), r=14),)),
        safety="Superior gluteal nerve and vessels.",
        thorax_risk=False,
        sites=(
            Site(
                "tp1",
                "TrP1, posterior near the SI joint",
                _P,
                M(0.15, 0.35),
                referral=Referral(
                    "Low back, the sacrum and the SI joint.",
                    essential=(P("sij", r=12),),
                    spillover=(P("low_back", r=12),),
                ),
            ),
            Site(
                "tp2",
                "TrP2, middle",
                _P,
                M(0.5, 0.35),
                referral=Referral(
                    "Side of the buttock and the upper outer thigh.",
                    essential=(
                        P("lateral_buttock", r=12),
                        P("greater_trochanter", "thigh_lateral_upper", r=7),
                    ),
                    spillover=(P((46, 380), r=12),),
                ),
            ),
            Site(
                "tp3",
                "TrP3, anterior below the crest",
                _P,
                M(0.85, 0.4),
                confidence="R",
                referral=Referral(
                    "Along the iliac crest to the low back and sacrum.",
                    essential=(P("iliac_crest_lateral", "iliac_crest", (16, 360), r=7),),
                    spillover=(P("sacrum", r=10),),
                ),
            ),
        ),
    ),
    Row(
        muscle="gluteus_minimus",
        title="Gluteus minimus",
        location="Anterior fibres below the front of the iliac crest; posterior fibres deep in "
        "the upper buttock.",
        referral=Referral("'Pseudo-sciatica'; by site.", essential=(P("lateral_buttock", r=12),)),
        safety="Superior gluteal nerves and vessels; long needles are needed.",
        thorax_risk=False,
        sites=(
            Site(
                "anterior",
                "anterior fibres, below the front of the iliac crest",
                _A,
                M(0.75, 0.25),
                referral=Referral(
                    "Lower outer buttock, the outer thigh and knee, and down the peroneal side "
                    "of the leg to the ankle ('pseudo-sciatica').",
                    essential=(
                        P("lateral_buttock", "thigh_lateral_mid", "knee_lateral", r=7),
                        A("fibular_head", "leg_lateral_mid", "lateral_malleolus", r=6),
                    ),
                    spillover=(P("lateral_buttock", r=12),),
                ),
            ),
            Site(
                "posterior",
                "posterior fibres",
                _P,
                M(0.3, 0.5),
                referral=Referral(
                    "Lower inner buttock, the back of the thigh and the calf.",
                    essential=(P("lower_buttock", "thigh_back_mid", "popliteal", "calf_mid", r=8),),
                    spillover=(P("lower_buttock", r=12),),
                ),
            ),
        ),
    ),
    Row(
        muscle="piriformis",
        title="Piriformis",
        location="Lateral third near the greater trochanter and medial third near the greater "
        "sciatic foramen.",
        referral=Referral(
            "The SI region, the buttock and the back of the hip joint, sometimes the upper "
            "two-thirds of the back of the thigh; nerve-entrapment symptoms down the leg.",
            essential=(P("sij", r=9), P((48, 412), r=12)),
            spillover=(P("thigh_back_upper", "thigh_back_mid", r=9),),
        ),
        safety="Sciatic nerve. In cadavers a medial placement pierced the nerve in 11 of 14, the "
        "midpoint in 3 of 14 and a lateral placement in none; a palpation-guided medial-third "
        "placement reached muscle without nerve puncture in 16 of 19. Choose the needle length "
        "from the fat thickness.",
        thorax_risk=False,
        sites=(
            Site("lateral", "lateral third near the trochanter", _P, M(0.8, 0.5)),
            Site("medial", "medial third near the sciatic foramen", _P, M(0.3, 0.5)),
        ),
    ),
    Row(
        muscle="tensor_fasciae_latae",
        title="Tensor fasciae latae",
        location="Front of the hip just below and behind the ASIS.",
        referral=Referral(
            "Front-outer thigh from the greater trochanter toward the knee; deep hip pain that "
            "mimics trochanteric bursitis.",
            essential=(A((64, 420), "thigh_lateral_mid", "thigh_lateral_low", r=8),),
            spillover=(A((62, 398), r=12), P("greater_trochanter", r=8)),
        ),
        safety="Lateral femoral cutaneous nerve near the ASIS.",
        thorax_risk=False,
        sites=(Site("tp1", "below and behind the ASIS", _A, M(0.5, 0.2)),),
    ),
    Row(
        muscle="iliopsoas",
        title="Iliopsoas",
        location="Iliacus inside the iliac crest, psoas through the abdomen, distal fibres in "
        "the femoral triangle.",
        referral=Referral(
            "Vertically along the lumbar spine to the SI region and upper buttock; the groin and "
            "the upper front and inner thigh.",
            essential=(P((8, 292), (10, 372), r=8), A("groin", (30, 468), r=10)),
            spillover=(P("upper_buttock", r=10),),
        ),
        safety="Femoral nerve, artery and vein in the femoral triangle; an abdominal approach "
        "risks bowel: advanced only.",
        thorax_risk=False,
        sites=(Site("distal", "femoral triangle (distal)", _A, M(0.5, 0.6)),),
    ),
)

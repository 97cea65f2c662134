"""Catalogue rows: thigh, leg and foot (domain.md §3), in our own words."""

from __future__ import annotations

from bodymap.anatomy.regionsgen.spec import A, M, P, Referral, Row, Site
from bodymap.model import View

_A, _P = View.ANTERIOR, View.POSTERIOR

_QUADS = ("UBERON:0001377",)
_HAMSTRINGS = ("FMA:81022",)
_ADDUCTORS = ("UBERON:0011145",)
_PERONEAL_REFERRAL = Referral(
    "Above and behind the lateral malleolus and along the outer foot; a weak, unstable ankle.",
    essential=(A("lateral_malleolus", r=8), P("lateral_malleolus", r=8)),
    spillover=(A("foot_dorsum_lateral", r=6), A("leg_lateral_mid", "leg_lateral_low", r=5)),
)
_PLANTAR = "Plantar nerves and vessels; foot skin infects easily (take care with diabetes)."

THIGH: tuple[Row, ...] = (
    Row(
        muscle="rectus_femoris",
        title="Rectus femoris",
        location="High, just below the AIIS near the groin; also just above the knee.",
        referral=Referral(
            "Deep around and under the kneecap and the lower front of the thigh; the knee "
            "feels weak on stairs.",
            essential=(A("patella", r=11),),
            spillover=(A("thigh_front_mid", "thigh_front_low", r=9),),
        ),
        safety="Femoral nerve branches and the lateral circumflex vessels near the top.",
        thorax_risk=False,
        ids=_QUADS,
        sites=(
            Site("proximal", "high, below the AIIS", _A, M(0.5, 0.12)),
            Site("distal", "just above the knee", _A, M(0.5, 0.8)),
        ),
    ),
    Row(
        muscle="vastus_lateralis",
        title="Vastus lateralis",
        location="Several points along the outer thigh.",
        referral=Referral(
            "Outer thigh, the outer and back-outer knee, and the hip; kneecap tracking problems "
            "and a 'locking' knee; lying on that side hurts.",
            essential=(
                A("thigh_lateral_upper", "thigh_lateral_low", "knee_lateral", r=7),
                P("knee_lateral", r=8),
            ),
            spillover=(A("greater_trochanter", r=10),),
        ),
        safety="A thick iliotibial band needs long needles; few hazards.",
        thorax_risk=False,
        ids=_QUADS,
        sites=(
            Site("proximal", "upper outer thigh", _A, M(0.6, 0.15)),
            Site("middle", "mid outer thigh", _A, M(0.6, 0.45)),
            Site("distal", "lower outer thigh", _A, M(0.6, 0.75)),
        ),
    ),
    Row(
        muscle="vastus_medialis",
        title="Vastus medialis",
        location="Lower inner thigh just above the knee, and mid-thigh.",
        referral=Referral(
            "Front and inner knee, with a line down the lower inner thigh; later the knee buckles.",
            essential=(A((20, 598), r=10),),
            spillover=(A("thigh_medial_mid", "thigh_medial_low", r=6),),
        ),
        safety="Femoral artery and vein in the adductor canal, deep and medial.",
        thorax_risk=False,
        ids=_QUADS,
        sites=(
            Site("distal", "just above the knee", _A, M(0.5, 0.65)),
            Site("middle", "mid-thigh", _A, M(0.5, 0.25)),
        ),
    ),
    Row(
        muscle="biceps_femoris",
        title="Hamstrings - biceps femoris",
        location="Middle to lower outer back of the thigh.",
        referral=Referral(
            "The back of the knee and the back of the thigh.",
            essential=(P("popliteal", r=11),),
            spillover=(P((46, 510), (42, 580), r=8), P("calf_upper", r=8)),
        ),
        safety="Sciatic nerve between the hamstrings; common peroneal nerve by the distal biceps.",
        thorax_risk=False,
        ids=_HAMSTRINGS,
        sites=(Site("tp1", "mid-to-lower outer back of the thigh", _P, M(0.5, 0.55)),),
    ),
    Row(
        muscle="semitendinosus",
        title="Hamstrings - semitendinosus / semimembranosus",
        location="Middle to lower inner back of the thigh.",
        referral=Referral(
            "The buttock fold and upper back of the thigh, down the back of the thigh to the calf.",
            essential=(P("gluteal_fold", r=11), P("thigh_back_upper", "thigh_back_low", r=7)),
            spillover=(P("popliteal", "calf_upper", r=7),),
        ),
        safety="Sciatic nerve; popliteal vessels lower down.",
        thorax_risk=False,
        ids=_HAMSTRINGS,
        sites=(Site("tp1", "mid-to-lower inner back of the thigh", _P, M(0.5, 0.55)),),
    ),
    Row(
        muscle="adductor_longus",
        title="Adductor longus / brevis",
        location="Upper inner thigh near the pubis; lower points further down.",
        referral=Referral(
            "Upper points to the groin and front of the hip; lower points to the upper inner "
            "knee and down the tibia; the commonest muscular groin pain.",
            essential=(A("groin", r=11),),
        ),
        safety="Femoral vessels in the femoral triangle lie laterally; great saphenous vein.",
        thorax_risk=False,
        ids=_ADDUCTORS,
        sites=(
            Site(
                "proximal",
                "upper, near the pubis",
                _A,
                M(0.5, 0.2),
                referral=Referral(
                    "The groin and the front of the hip.",
                    essential=(A("groin", r=11),),
                    spillover=(A((36, 420), r=12),),
                ),
            ),
            Site(
                "distal",
                "lower points",
                _A,
                M(0.6, 0.7),
                referral=Referral(
                    "The upper inner knee and down the tibia.",
                    essential=(A("knee_medial", r=9),),
                    spillover=(A("shin_upper", "shin_mid", r=5),),
                ),
            ),
        ),
    ),
    Row(
        muscle="adductor_magnus",
        title="Adductor magnus",
        location="Middle of the inner thigh; upper points near the ischium.",
        referral=Referral(
            "By site: the front-inner thigh, or deep in the pelvis.",
            essential=(A((14, 432), "thigh_medial_low", r=9),),
        ),
        safety="Femoral artery at the adductor hiatus; obturator nerve.",
        thorax_risk=False,
        ids=_ADDUCTORS,
        sites=(
            Site(
                "middle",
                "mid inner thigh",
                _P,
                M(0.5, 0.55),
                referral=Referral(
                    "The front-inner thigh from the groin to above the knee.",
                    essential=(A((14, 432), "thigh_medial_low", r=9),),
                    spillover=(A("groin", r=9),),
                ),
            ),
            Site(
                "proximal",
                "upper, near the ischium",
                _P,
                M(0.5, 0.12),
                referral=Referral(
                    "Deep pelvic pain (pubis, vagina, rectum, bladder).",
                    essential=(A("pubis", r=10), P("coccyx", r=8)),
                    spillover=(A((8, 396), r=12),),
                ),
            ),
        ),
    ),
)

LEG: tuple[Row, ...] = (
    Row(
        muscle="gastrocnemius",
        title="Gastrocnemius",
        location="Medial and lateral heads in the upper calf, at mid-belly.",
        referral=Referral(
            "Back of the knee (upper points), the calf, and the instep and sole (medial head); "
            "cramps at night.",
            essential=(P("calf_mid", r=9),),
        ),
        safety="Popliteal vessels and tibial nerve between the heads near the top; sural nerve "
        "and small saphenous vein just under the skin: use a pincer grip.",
        thorax_risk=False,
        sites=(
            Site(
                "medial",
                "medial head",
                _P,
                M(0.2, 0.35),
                referral=Referral(
                    "The instep and sole, with the calf.",
                    essential=(P("sole_arch", r=8), P("calf_medial", r=9)),
                    spillover=(P("popliteal", r=8),),
                ),
            ),
            Site(
                "lateral",
                "lateral head",
                _P,
                M(0.8, 0.35),
                referral=Referral(
                    "The back of the knee and the upper calf.",
                    essential=(P((40, 606), r=9),),
                    spillover=(P((42, 650), r=8),),
                ),
            ),
        ),
    ),
    Row(
        muscle="soleus",
        title="Soleus",
        location="Low calf either side of the Achilles tendon; upper soleus.",
        referral=Referral("By site.", essential=(P("heel", r=9),)),
        safety="Tibial nerve and posterior tibial vessels lie deep and central: approach from the "
        "medial or lateral border.",
        thorax_risk=False,
        sites=(
            Site(
                "distal",
                "low calf beside the Achilles tendon",
                _P,
                M(0.3, 0.7),
                referral=Referral(
                    "The back and underside of the heel and the lower Achilles tendon.",
                    essential=(P("heel", r=9), P("achilles", r=6)),
                    spillover=(P("calf_mid", r=9),),
                ),
            ),
            Site(
                "upper",
                "upper soleus",
                _P,
                M(0.7, 0.2),
                referral=Referral(
                    "The SI joint on the same side; the mid-calf.",
                    essential=(P("sij", r=9),),
                    spillover=(P("calf_mid", r=10),),
                ),
            ),
        ),
    ),
    Row(
        muscle="tibialis_anterior",
        title="Tibialis anterior",
        location="Upper third of the muscle, just lateral to the shin.",
        referral=Referral(
            "Front-inner ankle, the top and inner side of the big toe, and a narrow band down "
            "the shin.",
            essential=(A("medial_malleolus", "ankle_front", r=6), A("big_toe", r=6)),
            spillover=(A("shin_upper", "shin_low", r=5),),
        ),
        safety="Anterior tibial artery and deep peroneal nerve on the interosseous membrane: "
        "limit depth and angle toward the tibia.",
        thorax_risk=False,
        sites=(Site("tp1", "upper third, beside the shin", _A, M(0.5, 0.2)),),
    ),
    Row(
        muscle="peroneus_longus",
        title="Peroneus (fibularis) longus",
        location="About 2-3 cm below the fibular head.",
        referral=_PERONEAL_REFERRAL,
        safety="Common peroneal nerve around the head and neck of the fibula, close to this point.",
        thorax_risk=False,
        sites=(Site("longus", "below the fibular head", _A, M(0.5, 0.15)),),
    ),
    Row(
        muscle="peroneus_brevis",
        title="Peroneus (fibularis) brevis",
        location="Lower third of the outer leg, beside the peroneus longus tendon.",
        referral=_PERONEAL_REFERRAL,
        safety="Superficial peroneal nerve in the lower outer leg; stay within the muscle.",
        thorax_risk=False,
        sites=(Site("tp1", "lower third of the outer leg", _A, M(0.5, 0.55)),),
    ),
    Row(
        muscle="peroneus_tertius",
        title="Peroneus tertius",
        location="Lower front-outer leg.",
        referral=Referral(
            "Front of the ankle onto the top of the foot.",
            essential=(A("ankle_front", "foot_dorsum_lateral", r=6),),
            spillover=(A("foot_dorsum", r=9),),
        ),
        safety="No major structure at the usual site; standard precautions.",
        thorax_risk=False,
        sites=(Site("tp1", "lower front-outer leg", _A, M(0.5, 0.4)),),
    ),
    Row(
        muscle="extensor_digitorum_longus",
        title="Extensor digitorum longus",
        location="Upper front-outer leg, below the fibular head.",
        referral=Referral(
            "Top of the foot toward the middle toes.",
            essential=(A("foot_dorsum", "middle_toes", r=6),),
            spillover=(A("ankle_front", r=8),),
        ),
        safety="Deep peroneal nerve and anterior tibial vessels.",
        thorax_risk=False,
        sites=(Site("tp1", "upper front-outer leg", _A, M(0.6, 0.2)),),
    ),
    Row(
        muscle="tibialis_posterior",
        title="Tibialis posterior",
        location="Deep posterior compartment of the leg.",
        referral=Referral(
            "Back of the leg, the Achilles region, the heel and the sole.",
            essential=(P("achilles", "heel", r=7), P("sole_arch", r=9)),
            spillover=(P("calf_mid", r=9),),
        ),
        safety="Posterior tibial nerve and vessels, interosseous membrane: generally advanced or "
        "ultrasound-guided.",
        thorax_risk=False,
        sites=(Site("tp1", "deep posterior calf", _P, M(0.5, 0.5)),),
    ),
    Row(
        muscle="flexor_digitorum_longus",
        title="Flexor digitorum longus",
        location="Deep inner calf.",
        referral=Referral(
            "The sole of the forefoot just behind the toes, spilling to the lesser toes and up "
            "the inner ankle and calf.",
            essential=(P("sole_forefoot", r=8),),
            spillover=(P("leg_medial_low", r=6),),
        ),
        safety="Posterior tibial nerve and vessels.",
        thorax_risk=False,
        sites=(Site("tp1", "deep inner calf", _P, M(0.5, 0.5)),),
    ),
    Row(
        muscle="abductor_hallucis",
        title="Abductor hallucis",
        location="Inner arch of the foot.",
        referral=Referral(
            "The inner heel, spilling to the instep; mimics plantar fasciitis.",
            essential=(P("heel_medial", r=7),),
            spillover=(P("sole_arch", r=8),),
        ),
        safety=_PLANTAR,
        thorax_risk=False,
        sites=(Site("tp1", "inner arch", _P, M(0.5, 0.5)),),
    ),
    Row(
        muscle="quadratus_plantae",
        title="Quadratus plantae",
        location="Deep in the sole at the heel.",
        referral=Referral(
            "The underside of the heel ('stone bruise').",
            essential=(P("heel", r=8),),
            spillover=(P("heel", r=12),),
        ),
        safety=_PLANTAR,
        thorax_risk=False,
        sites=(Site("tp1", "deep plantar heel", _P, M(0.5, 0.4)),),
    ),
    Row(
        muscle="flexor_hallucis_brevis",
        title="Flexor hallucis brevis",
        location="Sole, under the first metatarsal.",
        referral=Referral(
            "Underside and inner side of the first metatarsal head, spilling to the big and "
            "second toes.",
            essential=(P("sole_forefoot", r=7),),
            spillover=(P("sole_big_toe", r=7),),
        ),
        safety=_PLANTAR,
        thorax_risk=False,
        sites=(Site("tp1", "under the first metatarsal", _P, M(0.5, 0.5)),),
    ),
    Row(
        muscle="extensor_digitorum_brevis",
        title="Extensor digitorum brevis",
        location="Top of the foot, outer side.",
        referral=Referral(
            "Locally over the top of the foot.",
            essential=(A("foot_dorsum", r=8),),
            spillover=(A("foot_dorsum_lateral", r=10),),
        ),
        safety="Dorsalis pedis artery lies medially.",
        thorax_risk=False,
        sites=(Site("tp1", "top of the foot, outer side", _A, M(0.6, 0.5)),),
    ),
)

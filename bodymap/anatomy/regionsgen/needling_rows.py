"""Safe-needling fields of every catalogue row (domain.md §1.4, §1.5, §1.6 and §3), our words.

Each row says how its muscle is usually needled: the needle length range that reaches it (the
shortest is suggested; habitus decides), how the patient lies, the technique and where the needle
points, and what lies in the way. Lengths follow domain.md: 25–40 mm most common, 60–75 mm and
more for gluteal and deep muscles, and over the thorax the shortest that reaches (pleura about
3.3 cm deep at the angle of the neck). "side_up" means side-lying with the treated side up; the
catalogue builder turns it into the side-lying position for each side.
"""

from __future__ import annotations

from bodymap.anatomy.regionsgen.spec import Needling

_DYN = "deep_dynamic"

_THORAX_RIB = "lung and pleura under the chest wall"
_NECK_DEEP = "vertebral artery, spinal canal, greater occipital nerve"
_PLANTAR = "plantar nerves and vessels; foot skin (infection)"

#: Row title -> its needling fields.
NEEDLING: dict[str, Needling] = {
    "Upper trapezius": Needling(
        (25, 40),
        "prone",
        _DYN,
        "free border in a pincer grip, needle horizontal front to back, never downward",
        "apex of the lung and pleura (about 3.3 cm deep at the angle of the neck)",
    ),
    "Middle trapezius": Needling(
        (25, 40), "prone", _DYN, "onto a rib or tangential to the chest wall", _THORAX_RIB
    ),
    "Lower trapezius": Needling(
        (25, 40), "prone", _DYN, "onto a rib or tangential to the chest wall", _THORAX_RIB
    ),
    "Levator scapulae": Needling(
        (30, 50),
        "side_up",
        _DYN,
        "onto the scapula or toward the back near the superior angle",
        "apex of the lung in front of the superior angle",
    ),
    "Splenius capitis": Needling(
        (30, 40),
        "prone",
        _DYN,
        "angled toward the bony lamina",
        "vertebral artery and upper cervical canal",
    ),
    "Splenius cervicis": Needling(
        (30, 40),
        "prone",
        _DYN,
        "angled toward the bony lamina",
        "vertebral artery and upper cervical canal",
    ),
    "Suboccipitals": Needling(
        (30, 40),
        "prone",
        _DYN,
        "advanced: toward the occiput, never upward into the foramen",
        _NECK_DEEP,
    ),
    "Semispinalis capitis / cervical multifidi": Needling(
        (30, 40), "prone", _DYN, "onto the lamina", _NECK_DEEP
    ),
    "Sternocleidomastoid (sternal division)": Needling(
        (25, 30),
        "supine",
        _DYN,
        "muscle lifted in a pincer grip, needle kept within it",
        "carotid artery and internal jugular vein, deep and medial",
    ),
    "Sternocleidomastoid (clavicular division)": Needling(
        (25, 30),
        "supine",
        _DYN,
        "muscle lifted in a pincer grip, needle kept within it",
        "carotid artery and internal jugular vein, deep and medial",
    ),
    "Scalenes (anterior, middle, posterior)": Needling(
        (25, 30),
        "supine",
        _DYN,
        "advanced: shallow, between the fingers, away from the plexus",
        "brachial plexus, subclavian vessels, phrenic nerve, pleural dome, vertebral artery",
    ),
    "Masseter": Needling(
        (25, 30),
        "supine",
        _DYN,
        "perpendicular to the cheek, onto the mandible",
        "parotid gland and duct, facial nerve branches",
    ),
    "Temporalis": Needling(
        (15, 25),
        "supine",
        _DYN,
        "perpendicular, onto the skull, after feeling for the pulse",
        "superficial temporal artery",
    ),
    "Supraspinatus": Needling(
        (40, 50),
        "prone",
        _DYN,
        "down onto the floor of the supraspinous fossa",
        "suprascapular nerve and vessels at the notch; lung in front of the scapula's upper border",
    ),
    "Infraspinatus": Needling(
        (30, 40),
        "prone",
        _DYN,
        "perpendicular onto the scapula, inside its borders",
        "lung beyond the medial or lateral border of the scapula",
    ),
    "Teres minor": Needling(
        (30, 40),
        "prone",
        _DYN,
        "toward the lateral border of the scapula",
        "axillary nerve and posterior circumflex humeral vessels (quadrilateral space)",
    ),
    "Teres major": Needling(
        (30, 40),
        "side_up",
        _DYN,
        "posterior axillary fold in a pincer grip, away from the chest",
        "chest wall and lung",
    ),
    "Subscapularis": Needling(
        (40, 50),
        "supine",
        _DYN,
        "advanced: from the axilla toward the scapula, parallel to the ribs",
        "axillary nerves and vessels; chest wall and lung",
    ),
    "Latissimus dorsi": Needling(
        (30, 40),
        "side_up",
        _DYN,
        "free border in a pincer grip, away from the chest wall",
        _THORAX_RIB,
    ),
    "Rhomboids (major / minor)": Needling(
        (25, 30),
        "prone",
        _DYN,
        "onto a rib or tangential; the muscle is thin",
        "pleura along the transverse processes (about C7 to T12)",
    ),
    "Serratus anterior": Needling(
        (25, 30), "side_up", _DYN, "onto a rib bracketed between two fingers", _THORAX_RIB
    ),
    "Pectoralis major": Needling(
        (25, 40),
        "supine",
        _DYN,
        "lateral free border in a pincer grip, away from the chest",
        "chest wall and lung; breast tissue and implants",
    ),
    "Pectoralis minor": Needling(
        (30, 40),
        "supine",
        _DYN,
        "onto a rib",
        "brachial plexus and axillary vessels beneath; chest wall and lung",
    ),
    "Deltoid": Needling(
        (25, 40),
        "supine",
        _DYN,
        "perpendicular into the belly",
        "axillary nerve under the posterior deltoid",
    ),
    "Biceps brachii": Needling(
        (25, 40),
        "supine",
        _DYN,
        "from the lateral side of the belly",
        "brachial artery and median nerve medially; musculocutaneous nerve",
    ),
    "Triceps brachii": Needling(
        (30, 50),
        "prone",
        _DYN,
        "into the belly, clear of the spiral groove",
        "radial nerve in the spiral groove",
    ),
    "Brachioradialis": Needling(
        (25, 30), "supine", _DYN, "pincer grip on the belly", "superficial radial nerve"
    ),
    "Extensor carpi radialis longus / brevis": Needling(
        (25, 30),
        "supine",
        _DYN,
        "perpendicular into the belly, shallow",
        "posterior interosseous (deep radial) nerve",
    ),
    "Extensor carpi ulnaris": Needling(
        (25, 30), "supine", _DYN, "perpendicular into the belly", "no major structure"
    ),
    "Extensor digitorum": Needling(
        (25, 30),
        "supine",
        _DYN,
        "perpendicular into the belly, shallow",
        "posterior interosseous nerve",
    ),
    "Supinator": Needling(
        (25, 40),
        "supine",
        _DYN,
        "toward the radius, below the radial head",
        "deep radial nerve passing through the muscle",
    ),
    "Iliocostalis thoracis (thoracic erector spinae)": Needling(
        (30, 40), "prone", _DYN, "angled onto a rib or transverse process", _THORAX_RIB
    ),
    "Iliocostalis lumborum (L1 level)": Needling(
        (40, 60),
        "prone",
        _DYN,
        "medially, toward the transverse process",
        "kidney when deep and lateral at upper lumbar levels",
    ),
    "Lumbar / sacral multifidus": Needling(
        (40, 60), "prone", _DYN, "onto the lamina", "spinal canal and interlaminar space medially"
    ),
    "Quadratus lumborum": Needling(
        (50, 75),
        "side_up",
        _DYN,
        "horizontal toward a transverse process, below the 12th rib",
        "pleura above the 12th rib; kidney in front",
    ),
    "Gluteus maximus": Needling(
        (50, 75),
        "prone",
        _DYN,
        "perpendicular into the buttock",
        "sciatic nerve deep to the lower medial fibres",
    ),
    "Gluteus medius": Needling(
        (50, 75),
        "side_up",
        _DYN,
        "perpendicular, onto the ilium",
        "superior gluteal nerve and vessels",
    ),
    "Gluteus minimus": Needling(
        (60, 90),
        "side_up",
        _DYN,
        "perpendicular, down to the ilium",
        "superior gluteal nerves and vessels",
    ),
    "Piriformis": Needling(
        (75, 100),
        "prone",
        _DYN,
        "lateral third, toward the greater trochanter",
        "sciatic nerve (most at risk from a medial placement)",
    ),
    "Tensor fasciae latae": Needling(
        (30, 50),
        "side_up",
        _DYN,
        "perpendicular into the belly below the ASIS",
        "lateral femoral cutaneous nerve near the ASIS",
    ),
    "Iliopsoas": Needling(
        (50, 75),
        "supine",
        _DYN,
        "advanced: iliacus from inside the iliac crest, toward the bone",
        "femoral nerve, artery and vein; bowel with an abdominal approach",
    ),
    "Rectus femoris": Needling(
        (40, 60),
        "supine",
        _DYN,
        "perpendicular into the belly",
        "femoral nerve branches and lateral circumflex vessels near the top",
    ),
    "Vastus lateralis": Needling(
        (50, 75),
        "side_up",
        _DYN,
        "through the iliotibial band toward the femur",
        "few hazards",
    ),
    "Vastus medialis": Needling(
        (40, 60),
        "supine",
        _DYN,
        "from the front, away from the adductor canal",
        "femoral artery and vein in the adductor canal",
    ),
    "Hamstrings - biceps femoris": Needling(
        (50, 75),
        "prone",
        _DYN,
        "into the lateral belly, not toward the midline",
        "sciatic nerve between the hamstrings; common peroneal nerve by the distal biceps",
    ),
    "Hamstrings - semitendinosus / semimembranosus": Needling(
        (50, 75),
        "prone",
        _DYN,
        "into the medial belly, not toward the midline",
        "sciatic nerve; popliteal vessels lower down",
    ),
    "Adductor longus / brevis": Needling(
        (40, 60),
        "supine",
        _DYN,
        "pincer grip, from the medial side",
        "femoral vessels laterally; great saphenous vein",
    ),
    "Adductor magnus": Needling(
        (50, 75),
        "supine",
        _DYN,
        "from the medial thigh, toward the femur",
        "femoral artery at the adductor hiatus; obturator nerve",
    ),
    "Gastrocnemius": Needling(
        (30, 50),
        "prone",
        _DYN,
        "head in a pincer grip, needle kept within it",
        "popliteal vessels and tibial nerve between the heads; sural nerve, small saphenous vein",
    ),
    "Soleus": Needling(
        (40, 60),
        "prone",
        _DYN,
        "from the medial or lateral border, not the centre",
        "tibial nerve and posterior tibial vessels, deep and central",
    ),
    "Tibialis anterior": Needling(
        (30, 50),
        "supine",
        _DYN,
        "angled toward the tibia; limited depth",
        "anterior tibial artery and deep peroneal nerve on the interosseous membrane",
    ),
    "Peroneus (fibularis) longus": Needling(
        (30, 40),
        "side_up",
        _DYN,
        "toward the fibula, below the fibular neck",
        "common peroneal nerve at the head and neck of the fibula",
    ),
    "Peroneus (fibularis) brevis": Needling(
        (25, 40),
        "side_up",
        _DYN,
        "toward the fibula, within the muscle",
        "superficial peroneal nerve",
    ),
    "Peroneus tertius": Needling(
        (25, 30), "supine", _DYN, "perpendicular into the belly", "no major structure"
    ),
    "Extensor digitorum longus": Needling(
        (30, 50),
        "supine",
        _DYN,
        "toward the fibula, shallow",
        "deep peroneal nerve and anterior tibial vessels",
    ),
    "Tibialis posterior": Needling(
        (50, 75),
        "prone",
        _DYN,
        "advanced or ultrasound-guided, from the medial tibial border",
        "posterior tibial nerve and vessels; interosseous membrane",
    ),
    "Flexor digitorum longus": Needling(
        (40, 50),
        "supine",
        _DYN,
        "from the medial tibial border, toward the back of the tibia",
        "posterior tibial nerve and vessels",
    ),
    "Abductor hallucis": Needling(
        (25, 30), "side_up", _DYN, "from the medial arch, horizontal", _PLANTAR
    ),
    "Quadratus plantae": Needling(
        (30, 40), "prone", _DYN, "through the plantar heel, toward the calcaneus", _PLANTAR
    ),
    "Flexor hallucis brevis": Needling(
        (25, 30), "prone", _DYN, "plantar, toward the first metatarsal", _PLANTAR
    ),
    "Extensor digitorum brevis": Needling(
        (15, 25),
        "supine",
        _DYN,
        "shallow, on the dorsum of the foot",
        "dorsalis pedis artery medially",
    ),
}

"""The charted muscles: stable ids, display names, body groups, usual layer and ontology ids."""

from __future__ import annotations

from dataclasses import dataclass

HEAD = "Head and neck"
SHOULDER = "Shoulder girdle and upper back"
ARM = "Arm and forearm"
TRUNK = "Trunk and lumbar spine"
HIP = "Hip and buttock"
THIGH = "Thigh"
LEG = "Leg and foot"


@dataclass(frozen=True, slots=True)
class MuscleInfo:
    """Catalogue facts about one muscle (geometry lives in the view modules)."""

    id: str
    name: str
    group: str
    layer: str  # the layer the muscle is charted on where it is visible ("superficial"/"deep")
    uberon: str | None = None
    fma: str | None = None


S, D = "superficial", "deep"

MUSCLES: tuple[MuscleInfo, ...] = (
    MuscleInfo("frontalis", "Frontalis", HEAD, S),
    MuscleInfo("occipitalis", "Occipitalis", HEAD, S),
    MuscleInfo("temporalis", "Temporalis", HEAD, S),
    MuscleInfo("masseter", "Masseter", HEAD, S),
    MuscleInfo("sternocleidomastoid", "Sternocleidomastoid", HEAD, S, "UBERON:0001128"),
    MuscleInfo("infrahyoids", "Infrahyoid muscles", HEAD, S),
    MuscleInfo("scalenes", "Scalenes (anterior, middle, posterior)", HEAD, S, "UBERON:0008611"),
    MuscleInfo("upper_trapezius", "Upper trapezius", HEAD, S, "UBERON:0002380"),
    MuscleInfo("levator_scapulae", "Levator scapulae", HEAD, S, "UBERON:0005461"),
    MuscleInfo("splenius_capitis", "Splenius capitis", HEAD, S, "UBERON:0000711"),
    MuscleInfo("splenius_cervicis", "Splenius cervicis", HEAD, D, "UBERON:0008544"),
    MuscleInfo("semispinalis_capitis", "Semispinalis capitis", HEAD, S, "UBERON:0001409"),
    MuscleInfo("suboccipitals", "Suboccipital muscles", HEAD, D, None, "FMA:32582"),
    MuscleInfo("middle_trapezius", "Middle trapezius", SHOULDER, S, "UBERON:0002380"),
    MuscleInfo("lower_trapezius", "Lower trapezius", SHOULDER, S, "UBERON:0002380"),
    MuscleInfo("deltoid", "Deltoid", SHOULDER, S, "UBERON:0001476"),
    MuscleInfo("supraspinatus", "Supraspinatus", SHOULDER, D, "UBERON:0002383"),
    MuscleInfo("infraspinatus", "Infraspinatus", SHOULDER, S, "UBERON:0001477"),
    MuscleInfo("teres_minor", "Teres minor", SHOULDER, S, "UBERON:0010496"),
    MuscleInfo("teres_major", "Teres major", SHOULDER, S, "UBERON:0001478"),
    MuscleInfo("subscapularis", "Subscapularis", SHOULDER, D, "UBERON:0001129"),
    MuscleInfo("latissimus_dorsi", "Latissimus dorsi", SHOULDER, S, "UBERON:0001112"),
    MuscleInfo("rhomboids", "Rhomboid major / minor", SHOULDER, D),
    MuscleInfo("serratus_anterior", "Serratus anterior", SHOULDER, S),
    MuscleInfo("pectoralis_major", "Pectoralis major", SHOULDER, S, "UBERON:0002381"),
    MuscleInfo("pectoralis_minor", "Pectoralis minor", SHOULDER, D, "UBERON:0001100"),
    MuscleInfo("biceps_brachii", "Biceps brachii", ARM, S),
    MuscleInfo("brachialis", "Brachialis", ARM, S),
    MuscleInfo("triceps_brachii", "Triceps brachii", ARM, S),
    MuscleInfo("brachioradialis", "Brachioradialis", ARM, S),
    MuscleInfo("extensor_carpi_radialis", "Extensor carpi radialis longus / brevis", ARM, S),
    MuscleInfo("extensor_carpi_ulnaris", "Extensor carpi ulnaris", ARM, S),
    MuscleInfo("extensor_digitorum", "Extensor digitorum", ARM, S),
    MuscleInfo("anconeus", "Anconeus", ARM, S),
    MuscleInfo("supinator", "Supinator", ARM, D),
    MuscleInfo("forearm_flexors", "Wrist and finger flexors", ARM, S),
    MuscleInfo("rectus_abdominis", "Rectus abdominis", TRUNK, S),
    MuscleInfo("external_oblique", "External oblique", TRUNK, S),
    MuscleInfo(
        "longissimus_thoracis", "Longissimus / spinalis thoracis", TRUNK, S, "UBERON:0002462"
    ),
    MuscleInfo("iliocostalis_thoracis", "Iliocostalis thoracis", TRUNK, S, "UBERON:0002462"),
    MuscleInfo("iliocostalis_lumborum", "Iliocostalis lumborum", TRUNK, S, "UBERON:0002462"),
    MuscleInfo("multifidus", "Multifidus (lumbar / sacral)", TRUNK, D),
    MuscleInfo("quadratus_lumborum", "Quadratus lumborum", TRUNK, D),
    MuscleInfo("gluteus_maximus", "Gluteus maximus", HIP, S),
    MuscleInfo("gluteus_medius", "Gluteus medius", HIP, S),
    MuscleInfo("gluteus_minimus", "Gluteus minimus", HIP, D),
    MuscleInfo("piriformis", "Piriformis", HIP, D),
    MuscleInfo("tensor_fasciae_latae", "Tensor fasciae latae", HIP, S),
    MuscleInfo("iliopsoas", "Iliopsoas", HIP, S),
    MuscleInfo("rectus_femoris", "Rectus femoris", THIGH, S, "UBERON:0001377"),
    MuscleInfo("vastus_lateralis", "Vastus lateralis", THIGH, S, "UBERON:0001377"),
    MuscleInfo("vastus_medialis", "Vastus medialis", THIGH, S, "UBERON:0001377"),
    MuscleInfo("vastus_intermedius", "Vastus intermedius", THIGH, D, "UBERON:0001377"),
    MuscleInfo("sartorius", "Sartorius", THIGH, S),
    MuscleInfo("gracilis", "Gracilis", THIGH, S),
    MuscleInfo("adductor_longus", "Adductor longus / brevis", THIGH, S, "UBERON:0011145"),
    MuscleInfo("pectineus", "Pectineus", THIGH, S),
    MuscleInfo("adductor_magnus", "Adductor magnus", THIGH, S, "UBERON:0011145"),
    MuscleInfo("biceps_femoris", "Biceps femoris", THIGH, S, None, "FMA:81022"),
    MuscleInfo("semitendinosus", "Semitendinosus / semimembranosus", THIGH, S, None, "FMA:81022"),
    MuscleInfo("popliteus", "Popliteus", LEG, D),
    MuscleInfo("gastrocnemius", "Gastrocnemius", LEG, S),
    MuscleInfo("soleus", "Soleus", LEG, S),
    MuscleInfo("tibialis_anterior", "Tibialis anterior", LEG, S),
    MuscleInfo("extensor_digitorum_longus", "Extensor digitorum longus", LEG, S),
    MuscleInfo("peroneus_longus", "Peroneus (fibularis) longus", LEG, S),
    MuscleInfo("peroneus_brevis", "Peroneus (fibularis) brevis", LEG, S),
    MuscleInfo("peroneus_tertius", "Peroneus (fibularis) tertius", LEG, S),
    MuscleInfo("tibialis_posterior", "Tibialis posterior", LEG, D),
    MuscleInfo("flexor_digitorum_longus", "Flexor digitorum longus", LEG, D),
    MuscleInfo("extensor_digitorum_brevis", "Extensor digitorum brevis", LEG, S),
    MuscleInfo("abductor_hallucis", "Abductor hallucis", LEG, S),
    MuscleInfo("flexor_hallucis_brevis", "Flexor hallucis brevis", LEG, S),
    MuscleInfo("flexor_digitorum_brevis", "Flexor digitorum brevis", LEG, S),
    MuscleInfo("abductor_digiti_minimi", "Abductor digiti minimi (foot)", LEG, S),
    MuscleInfo("quadratus_plantae", "Quadratus plantae", LEG, D),
)

"""Suggested needle length, patient position and technique for needling a muscle.

A new needling record starts from these rather than from the previous record of another muscle
(75 mm and prone suit piriformis, not tibialis anterior). They are starting points for the
clinician to adjust — the usual needle for the tissue depth and the usual way of lying for the
side of the body the point is on — not prescriptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from bodymap.model import Side, View
from bodymap.model.catalog_lists import PatientPosition, Technique
from bodymap.model.views import view_spec

#: Default needle when a muscle has no entry below.
DEFAULT_LENGTH_MM = 40.0
DEFAULT_DIAMETER_MM = 0.25

#: Needle length (mm) by muscle: thin or superficial muscles short, deep hip and trunk long.
_LENGTH_MM: dict[float, frozenset[str]] = {
    15.0: frozenset({"frontalis", "occipitalis"}),
    25.0: frozenset(
        {
            "abductor_digiti_minimi",
            "abductor_hallucis",
            "extensor_digitorum_brevis",
            "flexor_digitorum_brevis",
            "flexor_hallucis_brevis",
            "quadratus_plantae",
            "masseter",
            "temporalis",
            "anconeus",
        }
    ),
    30.0: frozenset(
        {
            "sternocleidomastoid",
            "scalenes",
            "infrahyoids",
            "splenius_capitis",
            "splenius_cervicis",
            "suboccipitals",
            "semispinalis_capitis",
            "upper_trapezius",
            "middle_trapezius",
            "lower_trapezius",
            "rhomboids",
            "serratus_anterior",
            "pectoralis_major",
            "pectoralis_minor",
            "external_oblique",
            "rectus_abdominis",
            "brachioradialis",
            "extensor_carpi_radialis",
            "extensor_carpi_ulnaris",
            "extensor_digitorum",
            "forearm_flexors",
            "supinator",
        }
    ),
    50.0: frozenset(
        {
            "multifidus",
            "iliocostalis_lumborum",
            "longissimus_thoracis",
            "vastus_lateralis",
            "vastus_medialis",
            "rectus_femoris",
            "biceps_femoris",
            "semitendinosus",
            "soleus",
            "gastrocnemius",
        }
    ),
    60.0: frozenset(
        {
            "gluteus_maximus",
            "gluteus_medius",
            "gluteus_minimus",
            "quadratus_lumborum",
            "adductor_magnus",
            "vastus_intermedius",
            "tibialis_posterior",
            "iliopsoas",
        }
    ),
    75.0: frozenset({"piriformis"}),
}

#: Muscles needled with the patient side-lying, treated side up (lateral hip and trunk).
_SIDE_LYING = frozenset(
    {"gluteus_medius", "gluteus_minimus", "tensor_fasciae_latae", "quadratus_lumborum"}
)
#: Superficial needling for the thin scalp muscles over bone.
_SUPERFICIAL = frozenset({"frontalis", "occipitalis"})


@dataclass(frozen=True, slots=True)
class NeedlingHint:
    """A suggested starting point for a needling record."""

    needle_length_mm: float
    needle_diameter_mm: float
    patient_position: PatientPosition
    technique: Technique


def needle_length(muscle: str) -> float:
    """The usual needle length (mm) for ``muscle``."""
    return next((mm for mm, group in _LENGTH_MM.items() if muscle in group), DEFAULT_LENGTH_MM)


def patient_position(muscle: str, view: View, side: Side) -> PatientPosition:
    """The usual position: the view's (prone back, supine front), side-lying for the hip."""
    if muscle in _SIDE_LYING and side in (Side.LEFT, Side.RIGHT):
        return (
            PatientPosition.SIDE_LYING_LEFT
            if side is Side.RIGHT
            else PatientPosition.SIDE_LYING_RIGHT
        )
    return view_spec(view).position


def suggest(muscle: str, view: View, side: Side) -> NeedlingHint:
    """The suggested needle, position and technique for a point on ``muscle``."""
    return NeedlingHint(
        needle_length_mm=needle_length(muscle),
        needle_diameter_mm=DEFAULT_DIAMETER_MM,
        patient_position=patient_position(muscle, view, side),
        technique=Technique.SUPERFICIAL if muscle in _SUPERFICIAL else Technique.DEEP_DYNAMIC,
    )

"""Codes used in the FHIR bundles, each with its source; where no code is certain, none is used.

Only codes we can name a source for are here. Everything else is sent as a text-only
CodeableConcept (``{"text": ...}``), which FHIR allows, rather than an invented code.
"""

from __future__ import annotations

from typing import Any

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
#: BodyMap's own identifiers and code systems (URNs: nothing to resolve, nothing to collide).
BODYMAP_ID = "urn:ietf:rfc:3986"
CHOIR_SYSTEM = "urn:bodymap:codesystem:choir-body-map"
MBM_SYSTEM = "urn:bodymap:codesystem:michigan-body-map"
MUSCLE_SYSTEM = "urn:bodymap:codesystem:atlas-muscle"
SITE_SYSTEM = "urn:bodymap:codesystem:trigger-point-site"

#: LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported" (the NPRS).
NPRS_LOINC = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")

# The instruments' names, UCUM units and survey/exam category are in the instrument table
# (model/instruments.py); only NPRS has a LOINC code we are certain of. NDI, ODI, PSFS, PPT,
# ROM and VAS go as text (their total scores have no code we could verify).

#: SNOMED CT body structures of atlas muscles, from DICOM PS3.16 CID 6116 "Muscular Anatomy"
#: (the published list of SNOMED codes for muscles). Trapezius parts and the iliocostalis /
#: longissimus parts map to the whole muscle, the finest concept that list gives. Muscles not
#: in the list are sent with the atlas code only.
MUSCLE_SNOMED: dict[str, tuple[str, str]] = {
    "deltoid": ("35259002", "Deltoid muscle"),
    "infraspinatus": ("72573008", "Infraspinatus muscle"),
    "latissimus_dorsi": ("15665001", "Latissimus dorsi muscle"),
    "pectoralis_major": ("60005003", "Pectoralis major muscle"),
    "pectoralis_minor": ("18686000", "Pectoralis minor muscle"),
    "serratus_anterior": ("18346003", "Serratus anterior muscle"),
    "sternocleidomastoid": ("22823000", "Sternocleidomastoid muscle"),
    "subscapularis": ("90588001", "Subscapularis muscle"),
    "supraspinatus": ("6423006", "Supraspinatus muscle"),
    "teres_major": ("1193009", "Teres major muscle"),
    "teres_minor": ("51159009", "Teres minor muscle"),
    "upper_trapezius": ("31764008", "Trapezius muscle"),
    "middle_trapezius": ("31764008", "Trapezius muscle"),
    "lower_trapezius": ("31764008", "Trapezius muscle"),
    "iliocostalis_lumborum": ("57651003", "Iliocostalis muscle"),
    "iliocostalis_thoracis": ("57651003", "Iliocostalis muscle"),
    "longissimus_thoracis": ("88340001", "Longissimus muscle"),
}


def text_concept(text: str) -> dict[str, Any]:
    """A CodeableConcept with no code: the honest form when no standard code is certain."""
    return {"text": text}


def coded(system: str, code: str, display: str, text: str | None = None) -> dict[str, Any]:
    """A CodeableConcept with one coding."""
    return {
        "coding": [{"system": system, "code": code, "display": display}],
        "text": text or display,
    }

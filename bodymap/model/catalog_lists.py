"""Pick lists of the clinical record: screening items, risks, techniques, adverse events, plan.

Wording is this project's own, compiled from domain.md sections 1.2-1.9. Ids are the stable
strings stored in the database; labels are what a form shows. Lists are data, not code, so a
clinic can review them; ``SCREENING_CHECKLIST_VERSION`` changes whenever the screening list does.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: Version of the contraindication/precaution checklist below; stored with every screening.
SCREENING_CHECKLIST_VERSION = "2026.2"

#: Adverse-event severity follows the three-level scheme of White et al. (used by Physiotherapy
#: Alberta), domain.md section 1.6.
SEVERITY_SCHEME = "White et al. (mild / significant / serious)"


class ContraindicationClass(StrEnum):
    """Absolute items block needling (or needling that area); relative ones need a decision."""

    ABSOLUTE = "absolute"
    RELATIVE = "relative"


class ScreeningStatus(StrEnum):
    """Whether a screening item applies to the patient today."""

    UNKNOWN = "unknown"
    ABSENT = "absent"
    PRESENT = "present"


class ScreeningDecision(StrEnum):
    """The clinician's decision after screening (domain.md section 1.3)."""

    PROCEED = "proceed"
    MODIFY = "modify"
    DO_NOT_NEEDLE = "do_not_needle"
    AVOID_AREA = "avoid_area"


class MedicationClass(StrEnum):
    """Medication groups that change needling risk."""

    ANTICOAGULANT = "anticoagulant"
    ANTIPLATELET = "antiplatelet"
    IMMUNOSUPPRESSANT = "immunosuppressant"
    CORTICOSTEROID = "corticosteroid"
    OTHER = "other"


class ConsentForm(StrEnum):
    """How consent was given."""

    WRITTEN = "written"
    VERBAL = "verbal"


class ConsentScope(StrEnum):
    """What the consent covers."""

    COURSE = "course"
    SINGLE_SESSION = "single_session"


class Technique(StrEnum):
    """Dry-needling technique (domain.md section 1.5)."""

    SUPERFICIAL = "superficial"
    DEEP_DYNAMIC = "deep_dynamic"
    DEEP_STATIC = "deep_static"
    ROTATION = "rotation"
    ELECTRICAL = "electrical"


class PatientPosition(StrEnum):
    """How the patient lay or sat while needled."""

    PRONE = "prone"
    SUPINE = "supine"
    SIDE_LYING_LEFT = "side_lying_left"
    SIDE_LYING_RIGHT = "side_lying_right"
    SITTING = "sitting"


class AdverseEventSeverity(StrEnum):
    """White et al. severity levels."""

    MILD = "mild"
    SIGNIFICANT = "significant"
    SERIOUS = "serious"


class PlanItem(StrEnum):
    """Interventions of the plan of care besides needling (domain.md section 1.9)."""

    STRETCHING = "stretching"
    STRENGTHENING = "strengthening"
    MANUAL_THERAPY = "manual_therapy"
    EDUCATION = "education"
    HOME_EXERCISE = "home_exercise"


@dataclass(frozen=True, slots=True)
class ScreeningItemInfo:
    """One contraindication or precaution of the screening checklist."""

    id: str
    label: str
    klass: ContraindicationClass
    hint: str = ""
    #: A hard stop: needling cannot go ahead whatever reason is written (no override).
    hard_stop: bool = False


@dataclass(frozen=True, slots=True)
class PickItem:
    """An entry of a pick list: stable id, label shown, optional hint."""

    id: str
    label: str
    hint: str = ""


@dataclass(frozen=True, slots=True)
class AdverseEventType:
    """A kind of adverse event; ``serious_kind`` marks the ones that are serious by nature.

    ``min_severity`` is the lowest White et al. class the event can have: the mild kinds of
    Brady et al. 2014 may be mild; a pneumothorax always needs medical care, so it is never mild.
    """

    id: str
    label: str
    serious_kind: bool = False
    min_severity: AdverseEventSeverity = AdverseEventSeverity.MILD


_A = ContraindicationClass.ABSOLUTE
_R = ContraindicationClass.RELATIVE

#: The screening checklist: absolute items first, then relative ones (domain.md section 1.3).
SCREENING_ITEMS: tuple[ScreeningItemInfo, ...] = (
    ScreeningItemInfo(
        "no_consent",
        "Refuses or cannot give informed consent",
        _A,
        "hard stop: no override",
        hard_stop=True,
    ),
    ScreeningItemInfo("needle_phobia", "Marked fear of needles (needle phobia)", _A),
    ScreeningItemInfo(
        "acutely_unwell",
        "Acutely unwell or a medical emergency",
        _A,
        "hard stop: no override",
        hard_stop=True,
    ),
    ScreeningItemInfo(
        "lymphoedema",
        "Lymphoedema in the area to be needled",
        _A,
        "hard stop: no override; including after lymph-node removal",
        hard_stop=True,
    ),
    ScreeningItemInfo(
        "local_infection", "Infection, open wound or skin lesion in the area", _A, "or very swollen"
    ),
    ScreeningItemInfo(
        "metal_allergy", "Allergy to needle metal", _A, "nickel, chromium, stainless steel"
    ),
    ScreeningItemInfo("unstable_cardiac", "Unstable heart condition", _A),
    ScreeningItemInfo("uncontrolled_epilepsy", "Epilepsy that is not controlled", _A),
    ScreeningItemInfo("bleeding_disorder", "Bleeding disorder", _R, "e.g. haemophilia"),
    ScreeningItemInfo(
        "blood_thinners", "Takes anticoagulant or antiplatelet drugs", _R, "weigh site risk"
    ),
    ScreeningItemInfo(
        "immunocompromise",
        "Weakened immune system",
        _R,
        "immunosuppressants, chemotherapy, HIV, recent radiotherapy, recurrent infection",
    ),
    ScreeningItemInfo("pregnancy", "Pregnancy", _R, "avoid certain regions; first trimester"),
    ScreeningItemInfo("diabetes", "Diabetes", _R, "poor sensation or circulation, unstable"),
    ScreeningItemInfo("vascular_disease", "Vascular disease or varicose veins", _R),
    ScreeningItemInfo(
        "heart_valve", "Heart valve disease or replacement, recent heart surgery", _R
    ),
    ScreeningItemInfo("cancer_in_area", "Cancer or tumour in the area", _R),
    ScreeningItemInfo(
        "implants",
        "Implant or device near the site",
        _R,
        "breast/buttock/pectoral implant, joint replacement",
    ),
    ScreeningItemInfo(
        "electronic_implant",
        "Pacemaker, defibrillator or implanted stimulator",
        _R,
        "no electrical stimulation through needles",
    ),
    ScreeningItemInfo("unstable_bone", "Unstable fracture or bone injury", _R),
    ScreeningItemInfo(
        "pneumothorax_risk",
        "Raised pneumothorax risk",
        _R,
        "lung disease, emphysema, thin build, kyphosis or scoliosis",
    ),
    ScreeningItemInfo("minor_or_frail", "Child, or frail or elderly patient", _R),
    ScreeningItemInfo(
        "epilepsy_anxiety", "Controlled epilepsy, high anxiety or fragile mental state", _R
    ),
    ScreeningItemInfo(
        "first_session_or_reaction",
        "First needling session or earlier bad reaction",
        _R,
        "fainting is likeliest at the first session; treat lying down",
    ),
    ScreeningItemInfo(
        "skin_sensation",
        "Altered sensation, neuropathy, eczema/psoriasis or chronic oedema in the area",
        _R,
    ),
    ScreeningItemInfo("bloodborne_virus", "Blood-borne virus (HBV, HCV, HIV)", _R),
)

SCREENING_ITEMS_BY_ID: dict[str, ScreeningItemInfo] = {i.id: i for i in SCREENING_ITEMS}

#: Risks to tick as discussed during consent (domain.md section 1.2).
CONSENT_RISKS: tuple[PickItem, ...] = (
    PickItem("bruising", "Bruising"),
    PickItem("bleeding", "Bleeding"),
    PickItem("soreness", "Soreness after needling", "usually 1-2 days"),
    PickItem("fatigue", "Tiredness or drowsiness", "do not drive if drowsy"),
    PickItem("fainting", "Dizziness or fainting"),
    PickItem("nausea", "Nausea"),
    PickItem("sweating", "Sweating"),
    PickItem("infection", "Infection"),
    PickItem("nerve", "Nerve irritation or injury"),
    PickItem("pneumothorax", "Collapsed lung (pneumothorax) when needling over the chest"),
    PickItem("organ_puncture", "Puncture of an organ (trunk)"),
    PickItem("worsening", "Symptoms temporarily worse"),
)

CONSENT_RISKS_BY_ID: dict[str, PickItem] = {r.id: r for r in CONSENT_RISKS}

_SIGNIFICANT = AdverseEventSeverity.SIGNIFICANT

#: Adverse-event types: the common mild ones (Brady et al. 2014) and the serious ones to offer.
ADVERSE_EVENT_TYPES: tuple[AdverseEventType, ...] = (
    AdverseEventType("bruising", "Bruising"),
    AdverseEventType("bleeding", "Bleeding"),
    AdverseEventType("pain_during", "Pain during treatment"),
    AdverseEventType("pain_after", "Pain after treatment (post-needling soreness)"),
    AdverseEventType("aggravation", "Symptoms aggravated"),
    AdverseEventType("drowsiness", "Drowsiness"),
    AdverseEventType("headache", "Headache"),
    AdverseEventType("nausea", "Nausea"),
    AdverseEventType("fatigue", "Fatigue"),
    AdverseEventType("altered_emotions", "Altered emotions"),
    AdverseEventType("fainting", "Dizziness or fainting (vasovagal)"),
    AdverseEventType(
        "other_mild",
        "Other minor reaction",
    ),
    AdverseEventType("pneumothorax", "Pneumothorax", True, _SIGNIFICANT),
    AdverseEventType("syncope_injury", "Fainting with injury", True, _SIGNIFICANT),
    AdverseEventType("nerve_injury", "Nerve injury", True, _SIGNIFICANT),
    AdverseEventType("infection", "Infection", True, _SIGNIFICANT),
    AdverseEventType("organ_puncture", "Organ puncture", True, _SIGNIFICANT),
    AdverseEventType("retained_needle", "Broken or retained needle", True, _SIGNIFICANT),
    AdverseEventType("cardiac_tamponade", "Cardiac tamponade", True, AdverseEventSeverity.SERIOUS),
    AdverseEventType("needlestick", "Needle-stick injury to the clinician", True, _SIGNIFICANT),
)

ADVERSE_EVENT_TYPES_BY_ID: dict[str, AdverseEventType] = {t.id: t for t in ADVERSE_EVENT_TYPES}

SEVERITY_LABELS: dict[AdverseEventSeverity, str] = {
    AdverseEventSeverity.MILD: "Mild: brief, reversible, no inconvenience to the patient",
    AdverseEventSeverity.SIGNIFICANT: (
        "Significant: needed medical care or interfered with the patient's activities"
    ),
    AdverseEventSeverity.SERIOUS: (
        "Serious: hospital admission, possible lasting disability, or death"
    ),
}

TECHNIQUE_LABELS: dict[Technique, str] = {
    Technique.SUPERFICIAL: "Superficial",
    Technique.DEEP_DYNAMIC: "Deep dynamic (pistoning)",
    Technique.DEEP_STATIC: "Deep static (retained)",
    Technique.ROTATION: "Rotation (winding)",
    Technique.ELECTRICAL: "Electrical stimulation",
}

POSITION_LABELS: dict[PatientPosition, str] = {
    PatientPosition.PRONE: "Prone",
    PatientPosition.SUPINE: "Supine",
    PatientPosition.SIDE_LYING_LEFT: "Side-lying, left side down",
    PatientPosition.SIDE_LYING_RIGHT: "Side-lying, right side down",
    PatientPosition.SITTING: "Sitting",
}

DECISION_LABELS: dict[ScreeningDecision, str] = {
    ScreeningDecision.PROCEED: "Proceed",
    ScreeningDecision.MODIFY: "Proceed with modified technique",
    ScreeningDecision.DO_NOT_NEEDLE: "Do not needle",
    ScreeningDecision.AVOID_AREA: "Needle, but avoid an area",
}

#: The precaution each medication group puts in force: the checklist item it implies and the
#: risk its decision note must address (domain.md section 1.3).
MEDICATION_PRECAUTIONS: dict[MedicationClass, tuple[str, str]] = {
    MedicationClass.ANTICOAGULANT: ("blood_thinners", "bleeding risk"),
    MedicationClass.ANTIPLATELET: ("blood_thinners", "bleeding risk"),
    MedicationClass.IMMUNOSUPPRESSANT: ("immunocompromise", "infection risk"),
    MedicationClass.CORTICOSTEROID: ("immunocompromise", "infection risk"),
}

MEDICATION_LABELS: dict[MedicationClass, str] = {
    MedicationClass.ANTICOAGULANT: "Anticoagulant",
    MedicationClass.ANTIPLATELET: "Antiplatelet",
    MedicationClass.IMMUNOSUPPRESSANT: "Immunosuppressant",
    MedicationClass.CORTICOSTEROID: "Corticosteroid",
    MedicationClass.OTHER: "Other relevant medication",
}

PLAN_LABELS: dict[PlanItem, str] = {
    PlanItem.STRETCHING: "Stretching",
    PlanItem.STRENGTHENING: "Strengthening / motor control",
    PlanItem.MANUAL_THERAPY: "Manual therapy",
    PlanItem.EDUCATION: "Education",
    PlanItem.HOME_EXERCISE: "Home exercise programme",
}


def screening_item(item_id: str) -> ScreeningItemInfo:
    """Return the checklist entry ``item_id``.

    Raises:
        KeyError: if the id is not on the checklist.
    """
    return SCREENING_ITEMS_BY_ID[item_id]


def screening_items_of(klass: ContraindicationClass) -> tuple[ScreeningItemInfo, ...]:
    """Return the checklist entries of one class, in checklist order."""
    return tuple(i for i in SCREENING_ITEMS if i.klass is klass)

"""Pick lists of the clinical record: screening items, risks, techniques, adverse events, plan.

Wording is this project's own, compiled from domain.md sections 1.2-1.9. Ids are the stable
strings stored in the database; labels are what a form shows. Lists are data, not code, so a
clinic can review them; ``SCREENING_CHECKLIST_VERSION`` changes whenever the screening list does.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bodymap.i18n import QT_TRANSLATE_NOOP

#: Version of the contraindication/precaution checklist below; stored with every screening.
SCREENING_CHECKLIST_VERSION = "2026.2"

#: Adverse-event severity follows the three-level scheme of White et al. (used by Physiotherapy
#: Alberta), domain.md section 1.6.
SEVERITY_SCHEME = QT_TRANSLATE_NOOP("Terms", "White et al. (mild / significant / serious)")


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
        QT_TRANSLATE_NOOP("Terms", "Refuses or cannot give informed consent"),
        _A,
        QT_TRANSLATE_NOOP("Terms", "hard stop: no override"),
        hard_stop=True,
    ),
    ScreeningItemInfo(
        "needle_phobia", QT_TRANSLATE_NOOP("Terms", "Marked fear of needles (needle phobia)"), _A
    ),
    ScreeningItemInfo(
        "acutely_unwell",
        QT_TRANSLATE_NOOP("Terms", "Acutely unwell or a medical emergency"),
        _A,
        QT_TRANSLATE_NOOP("Terms", "hard stop: no override"),
        hard_stop=True,
    ),
    ScreeningItemInfo(
        "lymphoedema",
        QT_TRANSLATE_NOOP("Terms", "Lymphoedema in the area to be needled"),
        _A,
        QT_TRANSLATE_NOOP("Terms", "hard stop: no override; including after lymph-node removal"),
        hard_stop=True,
    ),
    ScreeningItemInfo(
        "local_infection",
        QT_TRANSLATE_NOOP("Terms", "Infection, open wound or skin lesion in the area"),
        _A,
        QT_TRANSLATE_NOOP("Terms", "or very swollen"),
    ),
    ScreeningItemInfo(
        "metal_allergy",
        QT_TRANSLATE_NOOP("Terms", "Allergy to needle metal"),
        _A,
        QT_TRANSLATE_NOOP("Terms", "nickel, chromium, stainless steel"),
    ),
    ScreeningItemInfo(
        "unstable_cardiac", QT_TRANSLATE_NOOP("Terms", "Unstable heart condition"), _A
    ),
    ScreeningItemInfo(
        "uncontrolled_epilepsy", QT_TRANSLATE_NOOP("Terms", "Epilepsy that is not controlled"), _A
    ),
    ScreeningItemInfo(
        "bleeding_disorder",
        QT_TRANSLATE_NOOP("Terms", "Bleeding disorder"),
        _R,
        QT_TRANSLATE_NOOP("Terms", "e.g. haemophilia"),
    ),
    ScreeningItemInfo(
        "blood_thinners",
        QT_TRANSLATE_NOOP("Terms", "Takes anticoagulant or antiplatelet drugs"),
        _R,
        QT_TRANSLATE_NOOP("Terms", "weigh site risk"),
    ),
    ScreeningItemInfo(
        "immunocompromise",
        QT_TRANSLATE_NOOP("Terms", "Weakened immune system"),
        _R,
        QT_TRANSLATE_NOOP(
            "Terms",
            "immunosuppressants, chemotherapy, HIV, recent radiotherapy, recurrent infection",
        ),
    ),
    ScreeningItemInfo(
        "pregnancy",
        QT_TRANSLATE_NOOP("Terms", "Pregnancy"),
        _R,
        QT_TRANSLATE_NOOP("Terms", "avoid certain regions; first trimester"),
    ),
    ScreeningItemInfo(
        "diabetes",
        QT_TRANSLATE_NOOP("Terms", "Diabetes"),
        _R,
        QT_TRANSLATE_NOOP("Terms", "poor sensation or circulation, unstable"),
    ),
    ScreeningItemInfo(
        "vascular_disease", QT_TRANSLATE_NOOP("Terms", "Vascular disease or varicose veins"), _R
    ),
    ScreeningItemInfo(
        "heart_valve",
        QT_TRANSLATE_NOOP("Terms", "Heart valve disease or replacement, recent heart surgery"),
        _R,
    ),
    ScreeningItemInfo(
        "cancer_in_area", QT_TRANSLATE_NOOP("Terms", "Cancer or tumour in the area"), _R
    ),
    ScreeningItemInfo(
        "implants",
        QT_TRANSLATE_NOOP("Terms", "Implant or device near the site"),
        _R,
        QT_TRANSLATE_NOOP("Terms", "breast/buttock/pectoral implant, joint replacement"),
    ),
    ScreeningItemInfo(
        "electronic_implant",
        QT_TRANSLATE_NOOP("Terms", "Pacemaker, defibrillator or implanted stimulator"),
        _R,
        QT_TRANSLATE_NOOP("Terms", "no electrical stimulation through needles"),
    ),
    ScreeningItemInfo(
        "unstable_bone", QT_TRANSLATE_NOOP("Terms", "Unstable fracture or bone injury"), _R
    ),
    ScreeningItemInfo(
        "pneumothorax_risk",
        QT_TRANSLATE_NOOP("Terms", "Raised pneumothorax risk"),
        _R,
        QT_TRANSLATE_NOOP("Terms", "lung disease, emphysema, thin build, kyphosis or scoliosis"),
    ),
    ScreeningItemInfo(
        "minor_or_frail", QT_TRANSLATE_NOOP("Terms", "Child, or frail or elderly patient"), _R
    ),
    ScreeningItemInfo(
        "epilepsy_anxiety",
        QT_TRANSLATE_NOOP("Terms", "Controlled epilepsy, high anxiety or fragile mental state"),
        _R,
    ),
    ScreeningItemInfo(
        "first_session_or_reaction",
        QT_TRANSLATE_NOOP("Terms", "First needling session or earlier bad reaction"),
        _R,
        QT_TRANSLATE_NOOP("Terms", "fainting is likeliest at the first session; treat lying down"),
    ),
    ScreeningItemInfo(
        "skin_sensation",
        QT_TRANSLATE_NOOP(
            "Terms", "Altered sensation, neuropathy, eczema/psoriasis or chronic oedema in the area"
        ),
        _R,
    ),
    ScreeningItemInfo(
        "bloodborne_virus", QT_TRANSLATE_NOOP("Terms", "Blood-borne virus (HBV, HCV, HIV)"), _R
    ),
)

SCREENING_ITEMS_BY_ID: dict[str, ScreeningItemInfo] = {i.id: i for i in SCREENING_ITEMS}

#: Risks to tick as discussed during consent (domain.md section 1.2).
CONSENT_RISKS: tuple[PickItem, ...] = (
    PickItem("bruising", QT_TRANSLATE_NOOP("Terms", "Bruising")),
    PickItem("bleeding", QT_TRANSLATE_NOOP("Terms", "Bleeding")),
    PickItem(
        "soreness",
        QT_TRANSLATE_NOOP("Terms", "Soreness after needling"),
        QT_TRANSLATE_NOOP("Terms", "usually 1-2 days"),
    ),
    PickItem(
        "fatigue",
        QT_TRANSLATE_NOOP("Terms", "Tiredness or drowsiness"),
        QT_TRANSLATE_NOOP("Terms", "do not drive if drowsy"),
    ),
    PickItem("fainting", QT_TRANSLATE_NOOP("Terms", "Dizziness or fainting")),
    PickItem("nausea", QT_TRANSLATE_NOOP("Terms", "Nausea")),
    PickItem("sweating", QT_TRANSLATE_NOOP("Terms", "Sweating")),
    PickItem("infection", QT_TRANSLATE_NOOP("Terms", "Infection")),
    PickItem("nerve", QT_TRANSLATE_NOOP("Terms", "Nerve irritation or injury")),
    PickItem(
        "pneumothorax",
        QT_TRANSLATE_NOOP("Terms", "Collapsed lung (pneumothorax) when needling over the chest"),
    ),
    PickItem("organ_puncture", QT_TRANSLATE_NOOP("Terms", "Puncture of an organ (trunk)")),
    PickItem("worsening", QT_TRANSLATE_NOOP("Terms", "Symptoms temporarily worse")),
)

CONSENT_RISKS_BY_ID: dict[str, PickItem] = {r.id: r for r in CONSENT_RISKS}

_SIGNIFICANT = AdverseEventSeverity.SIGNIFICANT

#: Adverse-event types: the common mild ones (Brady et al. 2014) and the serious ones to offer.
ADVERSE_EVENT_TYPES: tuple[AdverseEventType, ...] = (
    AdverseEventType("bruising", QT_TRANSLATE_NOOP("Terms", "Bruising")),
    AdverseEventType("bleeding", QT_TRANSLATE_NOOP("Terms", "Bleeding")),
    AdverseEventType("pain_during", QT_TRANSLATE_NOOP("Terms", "Pain during treatment")),
    AdverseEventType(
        "pain_after", QT_TRANSLATE_NOOP("Terms", "Pain after treatment (post-needling soreness)")
    ),
    AdverseEventType("aggravation", QT_TRANSLATE_NOOP("Terms", "Symptoms aggravated")),
    AdverseEventType("drowsiness", QT_TRANSLATE_NOOP("Terms", "Drowsiness")),
    AdverseEventType("headache", QT_TRANSLATE_NOOP("Terms", "Headache")),
    AdverseEventType("nausea", QT_TRANSLATE_NOOP("Terms", "Nausea")),
    AdverseEventType("fatigue", QT_TRANSLATE_NOOP("Terms", "Fatigue")),
    AdverseEventType("altered_emotions", QT_TRANSLATE_NOOP("Terms", "Altered emotions")),
    AdverseEventType("fainting", QT_TRANSLATE_NOOP("Terms", "Dizziness or fainting (vasovagal)")),
    AdverseEventType(
        "other_mild",
        QT_TRANSLATE_NOOP("Terms", "Other minor reaction"),
    ),
    AdverseEventType(
        "pneumothorax", QT_TRANSLATE_NOOP("Terms", "Pneumothorax"), True, _SIGNIFICANT
    ),
    AdverseEventType(
        "syncope_injury", QT_TRANSLATE_NOOP("Terms", "Fainting with injury"), True, _SIGNIFICANT
    ),
    AdverseEventType(
        "nerve_injury", QT_TRANSLATE_NOOP("Terms", "Nerve injury"), True, _SIGNIFICANT
    ),
    AdverseEventType("infection", QT_TRANSLATE_NOOP("Terms", "Infection"), True, _SIGNIFICANT),
    AdverseEventType(
        "organ_puncture", QT_TRANSLATE_NOOP("Terms", "Organ puncture"), True, _SIGNIFICANT
    ),
    AdverseEventType(
        "retained_needle",
        QT_TRANSLATE_NOOP("Terms", "Broken or retained needle"),
        True,
        _SIGNIFICANT,
    ),
    AdverseEventType(
        "cardiac_tamponade",
        QT_TRANSLATE_NOOP("Terms", "Cardiac tamponade"),
        True,
        AdverseEventSeverity.SERIOUS,
    ),
    AdverseEventType(
        "needlestick",
        QT_TRANSLATE_NOOP("Terms", "Needle-stick injury to the clinician"),
        True,
        _SIGNIFICANT,
    ),
)

ADVERSE_EVENT_TYPES_BY_ID: dict[str, AdverseEventType] = {t.id: t for t in ADVERSE_EVENT_TYPES}

SEVERITY_LABELS: dict[AdverseEventSeverity, str] = {
    AdverseEventSeverity.MILD: QT_TRANSLATE_NOOP(
        "Terms", "Mild: brief, reversible, no inconvenience to the patient"
    ),
    AdverseEventSeverity.SIGNIFICANT: (
        QT_TRANSLATE_NOOP(
            "Terms", "Significant: needed medical care or interfered with the patient's activities"
        )
    ),
    AdverseEventSeverity.SERIOUS: (
        QT_TRANSLATE_NOOP(
            "Terms", "Serious: hospital admission, possible lasting disability, or death"
        )
    ),
}

TECHNIQUE_LABELS: dict[Technique, str] = {
    Technique.SUPERFICIAL: QT_TRANSLATE_NOOP("Terms", "Superficial"),
    Technique.DEEP_DYNAMIC: QT_TRANSLATE_NOOP("Terms", "Deep dynamic (pistoning)"),
    Technique.DEEP_STATIC: QT_TRANSLATE_NOOP("Terms", "Deep static (retained)"),
    Technique.ROTATION: QT_TRANSLATE_NOOP("Terms", "Rotation (winding)"),
    Technique.ELECTRICAL: QT_TRANSLATE_NOOP("Terms", "Electrical stimulation"),
}

POSITION_LABELS: dict[PatientPosition, str] = {
    PatientPosition.PRONE: QT_TRANSLATE_NOOP("Terms", "Prone"),
    PatientPosition.SUPINE: QT_TRANSLATE_NOOP("Terms", "Supine"),
    PatientPosition.SIDE_LYING_LEFT: QT_TRANSLATE_NOOP("Terms", "Side-lying, left side down"),
    PatientPosition.SIDE_LYING_RIGHT: QT_TRANSLATE_NOOP("Terms", "Side-lying, right side down"),
    PatientPosition.SITTING: QT_TRANSLATE_NOOP("Terms", "Sitting"),
}

DECISION_LABELS: dict[ScreeningDecision, str] = {
    ScreeningDecision.PROCEED: QT_TRANSLATE_NOOP("Terms", "Proceed"),
    ScreeningDecision.MODIFY: QT_TRANSLATE_NOOP("Terms", "Proceed with modified technique"),
    ScreeningDecision.DO_NOT_NEEDLE: QT_TRANSLATE_NOOP("Terms", "Do not needle"),
    ScreeningDecision.AVOID_AREA: QT_TRANSLATE_NOOP("Terms", "Needle, but avoid an area"),
}

#: The precaution each medication group puts in force: the checklist item it implies and the
#: risk its decision note must address (domain.md section 1.3).
MEDICATION_PRECAUTIONS: dict[MedicationClass, tuple[str, str]] = {
    MedicationClass.ANTICOAGULANT: ("blood_thinners", QT_TRANSLATE_NOOP("Terms", "bleeding risk")),
    MedicationClass.ANTIPLATELET: ("blood_thinners", QT_TRANSLATE_NOOP("Terms", "bleeding risk")),
    MedicationClass.IMMUNOSUPPRESSANT: (
        "immunocompromise",
        QT_TRANSLATE_NOOP("Terms", "infection risk"),
    ),
    MedicationClass.CORTICOSTEROID: (
        "immunocompromise",
        QT_TRANSLATE_NOOP("Terms", "infection risk"),
    ),
}

MEDICATION_LABELS: dict[MedicationClass, str] = {
    MedicationClass.ANTICOAGULANT: QT_TRANSLATE_NOOP("Terms", "Anticoagulant"),
    MedicationClass.ANTIPLATELET: QT_TRANSLATE_NOOP("Terms", "Antiplatelet"),
    MedicationClass.IMMUNOSUPPRESSANT: QT_TRANSLATE_NOOP("Terms", "Immunosuppressant"),
    MedicationClass.CORTICOSTEROID: QT_TRANSLATE_NOOP("Terms", "Corticosteroid"),
    MedicationClass.OTHER: QT_TRANSLATE_NOOP("Terms", "Other relevant medication"),
}

PLAN_LABELS: dict[PlanItem, str] = {
    PlanItem.STRETCHING: QT_TRANSLATE_NOOP("Terms", "Stretching"),
    PlanItem.STRENGTHENING: QT_TRANSLATE_NOOP("Terms", "Strengthening / motor control"),
    PlanItem.MANUAL_THERAPY: QT_TRANSLATE_NOOP("Terms", "Manual therapy"),
    PlanItem.EDUCATION: QT_TRANSLATE_NOOP("Terms", "Education"),
    PlanItem.HOME_EXERCISE: QT_TRANSLATE_NOOP("Terms", "Home exercise programme"),
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

"""The clinical record of each demo visit: screening, consent, needling, adverse events, plan.

Filled through the record repository exactly as a clinician would, so the demo's older visits
pass every sign rule and are signed the same way the window signs them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bodymap.anatomy.types import TriggerSite
from bodymap.demo.cases import DemoCase, DemoPoint
from bodymap.model import TriggerPoint, Visit
from bodymap.model.catalog_lists import (
    CONSENT_RISKS,
    SCREENING_ITEMS,
    AdverseEventSeverity,
    ConsentForm,
    ConsentScope,
    MedicationClass,
    ScreeningDecision,
    ScreeningStatus,
    Technique,
)
from bodymap.model.needling import NeedlingRecord
from bodymap.model.record import AdverseEvent, Consent, Plan
from bodymap.model.rules import ThoraxRisk, is_thorax_risk
from bodymap.model.screening import Medications, Screening, ScreeningAnswer

if TYPE_CHECKING:
    from bodymap.storage.record_repository import RecordRepository

Treated = list[tuple[TriggerPoint, TriggerSite, DemoPoint]]


def fill_record(
    records: RecordRepository,
    case: DemoCase,
    visit: Visit,
    treated: Treated,
    clinician_id: int,
    next_visit: date | None,
    stage: int,
    first: bool,
) -> None:
    """Record screening, consent, needling of ``treated`` points, adverse events and plan.

    ``stage`` is 0, 1 or 2 (early, middle, late in the course), ``first`` the first visit.
    """
    visit_id = visit.id or 0
    _screening(records, case, visit_id, first, stage)
    _consent(records, visit, clinician_id, first)
    thorax = records.thorax_risk
    for point, _site, demo in one_side_over_the_thorax(treated, thorax):
        over_thorax = is_thorax_risk(point, thorax)
        records.add_needling(_needling(case, visit_id, point, demo, first, over_thorax))
    if first:
        records.add_adverse_event(
            AdverseEvent(
                visit_id=visit_id,
                event_type="pain_after",
                severity=AdverseEventSeverity.MILD,
                action_taken="Heat, gentle movement and the usual stretches advised.",
                time_course="Ache at the needled sites for about a day, then settled.",
            )
        )
    else:
        records.set_no_adverse_events(visit_id)
    records.save_plan(
        Plan(
            visit_id=visit_id,
            stretching=True,
            stretching_detail="Held stretches for the treated muscles, 3 x 30 s, twice a day.",
            strengthening=not first,
            strengthening_detail="Progressive loading as in the home program sheet.",
            education=True,
            education_detail="Post-needling soreness is expected for 1-2 days; pacing at work.",
            home_exercise=True,
            home_exercise_detail=case.plan,
            frequency="Weekly" if next_visit else "Discharge to home program",
            next_visit=next_visit,
        )
    )


def one_side_over_the_thorax(treated: Treated, thorax: ThoraxRisk) -> Treated:
    """Drop thorax-risk points on the second side: never needle both lungs' apices at once.

    The points left untreated are managed without needles that day (see the plan).
    """
    kept: Treated = []
    thorax_side = None
    for point, site, demo in treated:
        if is_thorax_risk(point, thorax):
            if thorax_side is not None and point.side != thorax_side:
                continue
            thorax_side = point.side
        kept.append((point, site, demo))
    return kept


_FIRST_SESSION = "first_session_or_reaction"


def _screening(
    records: RecordRepository, case: DemoCase, visit_id: int, first: bool, stage: int
) -> None:
    group, details = case.medications[stage]
    medications = Medications(
        **({group: True} if group else {}),  # a MedicationClass value
        details=details,
    )
    if first:
        # Every item asked; the first needling session is itself a precaution (fainting).
        screening = Screening(
            visit_id=visit_id,
            answers=tuple(
                ScreeningAnswer(item_id=i.id, status=ScreeningStatus.ABSENT)
                for i in SCREENING_ITEMS
            ),
        ).with_answer(_FIRST_SESSION, ScreeningStatus.PRESENT, "First dry-needling session")
        decision = ScreeningDecision.MODIFY
        note = "First session: needled lying down, fewer points, watched for fainting."
    else:
        # Reviewed with the patient: no bad reaction last time, so no longer a precaution.
        screening = records.prefill_screening(visit_id).with_answer(
            _FIRST_SESSION, ScreeningStatus.ABSENT
        )
        decision = ScreeningDecision.PROCEED
        note = "Reviewed with the patient: nothing new since the last visit."
    if group == MedicationClass.OTHER.value:
        note += f" {details}: more bruising possible; pressure held after each withdrawal."
    records.save_screening(
        replace(screening, medications=medications, decision=decision, decision_note=note)
    )


def _consent(records: RecordRepository, visit: Visit, clinician_id: int, first: bool) -> None:
    visit_id = visit.id or 0
    carried = None if first else records.prefill_consent(visit_id)
    if carried is not None:
        records.save_consent(replace(carried, reconfirmed_this_visit=True))
        return
    records.save_consent(
        Consent(
            visit_id=visit_id,
            form=ConsentForm.WRITTEN,
            obtained_at=visit.started_at,
            obtained_by=clinician_id,
            scope=ConsentScope.COURSE,
            not_acupuncture_statement=True,
            procedure_explained=True,
            sensations_explained=True,
            benefits_explained=True,
            risks_discussed=tuple(r.id for r in CONSENT_RISKS),
            alternatives_offered=True,
            right_to_withdraw=True,
            questions_answered=True,
            copy_given=True,
            signed_form_on_file=True,
        )
    )


def _needling(
    case: DemoCase,
    visit_id: int,
    point: TriggerPoint,
    demo: DemoPoint,
    first: bool,
    over_thorax: bool,
) -> NeedlingRecord:
    diameter, length = case.needle
    twitches = 6 if first else 2
    return NeedlingRecord(
        visit_id=visit_id,
        trigger_point_id=point.id or 0,
        needle_diameter_mm=diameter,
        needle_length_mm=length,
        technique=Technique.DEEP_DYNAMIC,
        insertions=1,
        passes=8 if first else 5,
        twitch_responses=twitches,
        depth_mm=round(length * 0.5),
        direction=demo.direction or "Perpendicular to the skin, toward the taut band",
        patient_position=(demo.position or case.position),  # type: ignore[arg-type]  # coerced
        tolerance_nprs=5 if first else 3,
        familiar_pain_reproduced=True,
        needles_in=1,
        needles_out=1,
        aftercare_soreness=True,
        aftercare_pneumothorax=over_thorax,
        immediate_response=f"{twitches} local twitch responses; tenderness eased on re-palpation.",
    )

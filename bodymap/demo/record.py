"""The clinical record of each demo visit: screening, consent, needling, adverse events, plan.

Filled through the record repository exactly as a clinician would, so the demo's older visits
pass every sign rule and are signed the same way the window signs them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bodymap.anatomy.types import TriggerSite
from bodymap.demo.cases import DemoCase
from bodymap.model import TriggerPoint, Visit
from bodymap.model.catalog_lists import (
    CONSENT_RISKS,
    SCREENING_ITEMS,
    AdverseEventSeverity,
    ConsentForm,
    ConsentScope,
    ScreeningDecision,
    ScreeningStatus,
    Technique,
)
from bodymap.model.needling import NeedlingRecord
from bodymap.model.record import AdverseEvent, Consent, Plan
from bodymap.model.screening import Medications, Screening, ScreeningAnswer

if TYPE_CHECKING:
    from bodymap.storage.record_repository import RecordRepository

Treated = list[tuple[TriggerPoint, TriggerSite]]


def fill_record(
    records: RecordRepository,
    case: DemoCase,
    visit: Visit,
    treated: Treated,
    clinician_id: int,
    next_visit: date | None,
    first: bool,
) -> None:
    """Record screening, consent, needling of ``treated`` points, adverse events and plan."""
    visit_id = visit.id or 0
    _screening(records, case, visit_id, first)
    _consent(records, visit, clinician_id, first)
    for point, site in one_side_over_the_thorax(treated):
        records.add_needling(_needling(case, visit_id, point, site, first))
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


def one_side_over_the_thorax(treated: Treated) -> Treated:
    """Drop thorax-risk points on the second side: never needle both lungs' apices at once."""
    kept: Treated = []
    thorax_side = None
    for point, site in treated:
        if site.thorax_risk:
            if thorax_side is not None and point.side != thorax_side:
                continue
            thorax_side = point.side
        kept.append((point, site))
    return kept


def _screening(records: RecordRepository, case: DemoCase, visit_id: int, first: bool) -> None:
    if first:
        screening = Screening(
            visit_id=visit_id,
            answers=tuple(
                ScreeningAnswer(item_id=i.id, status=ScreeningStatus.ABSENT)
                for i in SCREENING_ITEMS
            ),
            medications=Medications(other=bool(case.medications), details=case.medications),
        )
    else:
        screening = records.prefill_screening(visit_id)
    records.save_screening(
        replace(
            screening,
            decision=ScreeningDecision.PROCEED,
            decision_note="Screened: no contraindication or precaution present. Proceed.",
        )
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
    case: DemoCase, visit_id: int, point: TriggerPoint, site: TriggerSite, first: bool
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
        direction="Pincer grip, needle kept parallel to the chest wall"
        if site.thorax_risk
        else "Perpendicular to the skin, toward the taut band",
        patient_position=case.position,  # type: ignore[arg-type]  # coerced by the model
        tolerance_nprs=5 if first else 3,
        familiar_pain_reproduced=True,
        needles_in=1,
        needles_out=1,
        aftercare_soreness=True,
        aftercare_pneumothorax=site.thorax_risk,
        immediate_response=f"{twitches} local twitch responses; tenderness eased on re-palpation.",
    )

"""Words the clinical record of a visit (screening, consent, needling, ...) for the note."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from bodymap.i18n import QT_TRANSLATE_NOOP, base_language, current_language, term, translate
from bodymap.i18n.formats import localise_number
from bodymap.model.catalog_lists import (
    CONSENT_RISKS_BY_ID,
    DECISION_LABELS,
    MEDICATION_LABELS,
    POSITION_LABELS,
    TECHNIQUE_LABELS,
    ContraindicationClass,
)
from bodymap.model.record import (
    AdverseEvent,
    Consent,
    NeedlingRecord,
    Plan,
    Screening,
    VisitRecord,
)
from bodymap.report.formatting import format_date, format_datetime, number
from bodymap.report.visit_summary import (
    Fact,
    NoteAddendumRow,
    NoteAdverseEventRow,
    ProcedureRow,
    RecordSections,
)

#: Returns a clinician's printed name for an id (None or unknown → a neutral wording).
ClinicianNamer = Callable[[int | None], str]


def _sentence_list(labels: list[str]) -> str:
    """Join pick-list labels as one sentence: "Bruising, bleeding, nerve injury"."""
    if base_language(current_language()) != "en":  # German nouns keep their capital
        return ", ".join(labels)
    words = [labels[0]] + [
        label if label[1:2].isupper() else label[:1].lower() + label[1:] for label in labels[1:]
    ]
    return ", ".join(words)


def _upper_first(text: str) -> str:
    """Capitalise the first letter only (str.capitalize would lower-case German nouns)."""
    return text[:1].upper() + text[1:]


def _yes(flags: Mapping[str, bool]) -> list[str]:
    return [label for label, ticked in flags.items() if ticked]


def screening_facts(screening: Screening) -> tuple[Fact, ...]:
    """Return the screening as labelled lines: decision, items present, medications."""
    facts: list[Fact] = []
    decision = (
        term(DECISION_LABELS[screening.decision])
        if screening.decision
        else translate("RecordSections", "Not decided")
    )
    if screening.decision_note.strip():
        decision += f" \u2013 {screening.decision_note.strip()}"
    facts.append(Fact(translate("RecordSections", "Decision"), decision))
    present = screening.present()
    if present:
        lines = []
        for answer in present:
            klass = (
                translate("RecordSections", "absolute")
                if answer.info.klass is ContraindicationClass.ABSOLUTE
                else translate("RecordSections", "relative")
            )
            if answer.info.hard_stop:
                klass += translate("RecordSections", ", hard stop")
            note = f": {answer.note.strip()}" if answer.note.strip() else ""
            lines.append(f"{term(answer.info.label)} ({klass}){note}")
        facts.append(Fact(translate("RecordSections", "Present"), "\n".join(lines)))
    else:
        facts.append(
            Fact(
                translate("RecordSections", "Present"),
                translate("RecordSections", "None of the checklist items"),
            )
        )
    if screening.unknown_count:
        facts.append(
            Fact(
                translate("RecordSections", "Not answered"),
                translate("RecordSections", "{count} checklist items").format(
                    count=screening.unknown_count
                ),
            )
        )
    medications = [term(MEDICATION_LABELS[m]) for m in screening.medications.classes]
    text = (
        ", ".join(medications)
        if medications
        else translate("RecordSections", "None of the listed groups")
    )
    if screening.medications.details.strip():
        text += f" \u2013 {screening.medications.details.strip()}"
    facts.append(Fact(translate("RecordSections", "Medications"), text))
    if screening.override_reason.strip():
        facts.append(
            Fact(translate("RecordSections", "Override reason"), screening.override_reason.strip())
        )
    facts.append(
        Fact(translate("RecordSections", "Checklist version"), screening.checklist_version)
    )
    return tuple(facts)


def consent_facts(consent: Consent, clinician_name: ClinicianNamer) -> tuple[Fact, ...]:
    """Return the consent as labelled lines: how and when, what was explained, risks."""
    scope = (
        translate("RecordSections", "for the course of treatment")
        if consent.scope.value == "course"
        else translate("RecordSections", "for this session")
    )
    form = (
        translate("RecordSections", "Written")
        if consent.form.value == "written"
        else translate("RecordSections", "Verbal")
    )
    facts = [
        Fact(
            translate("RecordSections", "Consent"),
            translate("RecordSections", "{form}, {scope}; obtained {when} by {who}").format(
                form=form,
                scope=scope,
                when=format_datetime(consent.obtained_at),
                who=clinician_name(consent.obtained_by),
            ),
        )
    ]
    explained = _yes(
        {
            translate(
                "RecordSections", "stated that dry needling is not acupuncture"
            ): consent.not_acupuncture_statement,
            translate("RecordSections", "procedure"): consent.procedure_explained,
            translate("RecordSections", "expected sensations"): consent.sensations_explained,
            translate("RecordSections", "expected benefits"): consent.benefits_explained,
        }
    )
    facts.append(
        Fact(
            translate("RecordSections", "Explained"),
            _upper_first(", ".join(explained))
            if explained
            else translate("RecordSections", "Not recorded"),
        )
    )
    risks = [term(CONSENT_RISKS_BY_ID[r].label) for r in consent.risks_discussed]
    facts.append(
        Fact(
            translate("RecordSections", "Risks discussed"),
            _sentence_list(risks) if risks else translate("RecordSections", "None recorded"),
        )
    )
    if consent.patient_specific_risks.strip():
        facts.append(
            Fact(
                translate("RecordSections", "Patient-specific risks"),
                consent.patient_specific_risks.strip(),
            )
        )
    confirmations = {
        translate("RecordSections", "alternatives offered"): consent.alternatives_offered,
        translate("RecordSections", "right to withdraw explained"): consent.right_to_withdraw,
        translate("RecordSections", "questions answered"): consent.questions_answered,
        translate("RecordSections", "copy given to the patient"): consent.copy_given,
        translate("RecordSections", "signed form on file"): consent.signed_form_on_file,
        translate("RecordSections", "re-confirmed at this visit"): consent.reconfirmed_this_visit,
    }
    done = _yes(confirmations)
    missing = [label for label, ticked in confirmations.items() if not ticked]
    if done:
        facts.append(Fact(translate("RecordSections", "Confirmed"), _upper_first(", ".join(done))))
    if missing:
        facts.append(
            Fact(translate("RecordSections", "Not recorded"), _upper_first(", ".join(missing)))
        )
    return tuple(facts)


def needling_summary(record: NeedlingRecord) -> str:
    """Word one needling record in a few words for the trigger-point table."""
    return (
        f"{localise_number(record.needle_label)} \u00b7 {term(TECHNIQUE_LABELS[record.technique])}"
    )


def _plural(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def procedure_row(record: NeedlingRecord, number_on_map: int, point: str = "") -> ProcedureRow:
    """Word one needling record in full for the procedure block."""
    needle = localise_number(record.needle_label) + (
        f" ({record.gauge_label})" if record.gauge_label else ""
    )
    technique = term(TECHNIQUE_LABELS[record.technique])
    if record.electrical is not None:
        e = record.electrical
        technique += (
            f": {number(e.frequency_hz)} Hz, {number(e.pulse_width_us, 0)} \u00b5s, "
            f"{number(e.intensity_ma)} mA, {number(e.minutes)} min"
        )
    dose = [_plural(record.insertions, translate("RecordSections", "insertion"))]
    if record.passes:
        dose.append(
            _plural(
                record.passes,
                translate("RecordSections", "pass"),
                translate("RecordSections", "passes"),
            )
        )
    dose.append(
        _plural(
            record.twitch_responses,
            translate("RecordSections", "twitch"),
            translate("RecordSections", "twitches"),
        )
    )
    # Patient position first: the column is headed "Position, depth".
    placement = [term(POSITION_LABELS[record.patient_position])]
    if record.depth_mm is not None:
        placement.append(
            translate("RecordSections", "depth {depth} mm").format(depth=number(record.depth_mm))
        )
    if record.direction.strip():
        placement.append(record.direction.strip())
    if record.retention_minutes:
        placement.append(
            translate("RecordSections", "retained {minutes} min").format(
                minutes=number(record.retention_minutes)
            )
        )
    response = []
    if record.tolerance_nprs is not None:
        response.append(
            translate("RecordSections", "tolerance {value}/10").format(value=record.tolerance_nprs)
        )
    if record.familiar_pain_reproduced:
        response.append(translate("RecordSections", "familiar pain reproduced"))
    if record.immediate_response.strip():
        response.append(record.immediate_response.strip())
    needles = translate("RecordSections", "{needles_in} in / {needles_out} out").format(
        needles_in=record.needles_in, needles_out=record.needles_out
    )
    if not record.counts_match:
        needles += translate("RecordSections", " \u2013 COUNT MISMATCH")
    care = _yes(
        {
            translate("RecordSections", "soreness"): record.aftercare_soreness,
            translate("RecordSections", "driving"): record.aftercare_driving,
            translate("RecordSections", "pneumothorax signs"): record.aftercare_pneumothorax,
        }
    )
    if care:
        needles += "\n" + translate("RecordSections", "After-care: {items}").format(
            items=", ".join(care)
        )
    return ProcedureRow(
        number=number_on_map,
        point=point,
        needle=needle,
        technique=technique,
        dose=", ".join(dose),
        placement=_upper_first(", ".join(placement)),
        response=_upper_first("; ".join(response)) if response else "\u2014",
        needles=needles,
        counts_match=record.counts_match,
    )


def adverse_event_row(event: AdverseEvent) -> NoteAdverseEventRow:
    """Word one adverse event (severity on White et al.'s scale)."""
    return NoteAdverseEventRow(
        event=term(event.label),
        severity=term(event.severity.value.capitalize()),
        action=event.action_taken,
        time_course=event.time_course,
        notes=event.notes,
    )


def plan_facts(plan: Plan) -> tuple[Fact, ...]:
    """Return the plan of care as labelled lines, one per chosen intervention."""
    facts = []
    for name, label in (
        ("stretching", QT_TRANSLATE_NOOP("Terms", "Stretching")),
        ("strengthening", QT_TRANSLATE_NOOP("Terms", "Strengthening")),
        ("manual_therapy", QT_TRANSLATE_NOOP("Terms", "Manual therapy")),
        ("education", QT_TRANSLATE_NOOP("Terms", "Education")),
        ("home_exercise", QT_TRANSLATE_NOOP("Terms", "Home exercise")),
    ):
        if getattr(plan, name):
            detail = getattr(plan, f"{name}_detail").strip()
            facts.append(Fact(label, detail or translate("RecordSections", "Yes")))
    if plan.frequency.strip():
        facts.append(Fact(translate("RecordSections", "Frequency"), plan.frequency.strip()))
    if plan.next_visit is not None:
        facts.append(Fact(translate("RecordSections", "Next visit"), format_date(plan.next_visit)))
    if plan.referral.strip():
        facts.append(Fact(translate("RecordSections", "Referral"), plan.referral.strip()))
    if plan.notes.strip():
        facts.append(Fact(translate("RecordSections", "Notes"), plan.notes.strip()))
    return tuple(facts)


def thorax_facts(
    record: VisitRecord, thorax_numbers: Collection[int], clinician_name: ClinicianNamer
) -> tuple[Fact, ...]:
    """The thorax-safety lines: which needled points lie over the thorax, why both sides."""
    facts: list[Fact] = []
    if thorax_numbers:
        numbers = ", ".join(f"#{n}" for n in sorted(thorax_numbers))
        facts.append(
            Fact(translate("RecordSections", "Over the thorax"), f"{numbers} (pneumothorax risk)")
        )
    ack = record.bilateral_thorax
    if ack is not None:
        by = clinician_name(ack.acknowledged_by)
        facts.append(
            Fact(
                translate("RecordSections", "Both sides of the thorax"),
                f"{ack.reason} \u2013 recorded by {by}, {format_datetime(ack.acknowledged_at)}",
            )
        )
    return tuple(facts)


def record_sections(
    record: VisitRecord,
    point_numbers: Mapping[int, int],
    clinician_name: ClinicianNamer,
    thorax_numbers: Collection[int] = (),
    point_names: Mapping[int, str] | None = None,
) -> RecordSections:
    """Word a visit's clinical record for the session note.

    Args:
        record: the record as loaded from storage.
        point_numbers: trigger point id → its number on the map.
        clinician_name: printed name of a clinician id.
        thorax_numbers: map numbers of the needled points that lie over the thorax.
        point_names: trigger point id → "Muscle, side", printed in the procedure table.
    """
    needling: dict[int, list[str]] = {}
    procedures: list[ProcedureRow] = []
    for entry in record.needling:
        number_on_map = point_numbers.get(entry.trigger_point_id)
        if number_on_map is not None:
            needling.setdefault(number_on_map, []).append(needling_summary(entry))
            name = (point_names or {}).get(entry.trigger_point_id, "")
            procedures.append(procedure_row(entry, number_on_map, name))
    return RecordSections(
        screening=screening_facts(record.screening) if record.screening else (),
        consent=consent_facts(record.consent, clinician_name) if record.consent else (),
        needling=tuple((n, "\n".join(texts)) for n, texts in sorted(needling.items())),
        procedures=tuple(sorted(procedures, key=lambda row: row.number)),
        adverse_events=tuple(adverse_event_row(e) for e in record.adverse_events),
        no_adverse_events=record.no_adverse_events,
        plan=plan_facts(record.plan) if record.plan else (),
        addenda=tuple(
            NoteAddendumRow(a.created_at, clinician_name(a.author_id), a.text)
            for a in sorted(record.addenda, key=lambda a: a.created_at)
        ),
        thorax=thorax_facts(record, thorax_numbers, clinician_name),
    )

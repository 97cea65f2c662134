"""Per-visit screening: the contraindication checklist, medications and the clinician's decision."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bodymap.model.catalog_lists import (
    SCREENING_CHECKLIST_VERSION,
    SCREENING_ITEMS,
    SCREENING_ITEMS_BY_ID,
    ContraindicationClass,
    MedicationClass,
    ScreeningDecision,
    ScreeningItemInfo,
    ScreeningStatus,
)
from bodymap.model.errors import ValidationError
from bodymap.model.validate import max_length, member, non_blank, uuid_text

_NOTE_LIMIT = 2000
_TEXT_LIMIT = 5000


@dataclass(frozen=True, slots=True, kw_only=True)
class ScreeningAnswer:
    """The answer to one checklist item: present, absent or unknown, with an optional note."""

    item_id: str
    status: ScreeningStatus = ScreeningStatus.UNKNOWN
    note: str = ""

    def __post_init__(self) -> None:
        if self.item_id not in SCREENING_ITEMS_BY_ID:
            raise ValidationError("screening item", f"unknown checklist item {self.item_id!r}")
        object.__setattr__(self, "status", member("status", ScreeningStatus, self.status))
        max_length(f"note ({self.item_id})", self.note, _NOTE_LIMIT)

    @property
    def info(self) -> ScreeningItemInfo:
        """The checklist entry (label, absolute/relative class) this answer is about."""
        return SCREENING_ITEMS_BY_ID[self.item_id]

    @property
    def is_present(self) -> bool:
        """True when the item applies to the patient."""
        return self.status is ScreeningStatus.PRESENT


@dataclass(frozen=True, slots=True, kw_only=True)
class Medications:
    """Medication groups that change needling risk, plus free text (names, doses)."""

    anticoagulant: bool = False
    antiplatelet: bool = False
    immunosuppressant: bool = False
    corticosteroid: bool = False
    other: bool = False
    details: str = ""

    def __post_init__(self) -> None:
        for name in (m.value for m in MedicationClass):
            if not isinstance(getattr(self, name), bool):
                raise ValidationError(name, "must be true or false")
        max_length("medication details", self.details, _TEXT_LIMIT)

    @property
    def classes(self) -> tuple[MedicationClass, ...]:
        """The medication groups ticked, in a fixed order."""
        return tuple(m for m in MedicationClass if getattr(self, m.value))


def _all_unknown() -> tuple[ScreeningAnswer, ...]:
    return tuple(ScreeningAnswer(item_id=i.id) for i in SCREENING_ITEMS)


@dataclass(frozen=True, slots=True, kw_only=True)
class Screening:
    """The screening of one visit.

    ``answers`` always holds every checklist item in checklist order: items not given are
    filled in as unknown, so a form can show the whole list. ``override_reason`` is the written
    reason to needle despite an absolute contraindication; ``decision_note`` explains how a
    relative one was handled.
    """

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    visit_id: int | None = None
    answers: tuple[ScreeningAnswer, ...] = field(default_factory=_all_unknown)
    medications: Medications = field(default_factory=Medications)
    decision: ScreeningDecision | None = None
    decision_note: str = ""
    override_reason: str = ""
    checklist_version: str = SCREENING_CHECKLIST_VERSION
    prefilled_from_visit_id: int | None = None

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        given: dict[str, ScreeningAnswer] = {}
        for answer in self.answers:
            if answer.item_id in given:
                raise ValidationError("screening item", f"{answer.item_id!r} is answered twice")
            given[answer.item_id] = answer
        ordered = tuple(given.get(i.id, ScreeningAnswer(item_id=i.id)) for i in SCREENING_ITEMS)
        object.__setattr__(self, "answers", ordered)
        if not isinstance(self.medications, Medications):
            raise ValidationError("medications", "must be a Medications value")
        if self.decision is not None:
            decision = member("decision", ScreeningDecision, self.decision)
            object.__setattr__(self, "decision", decision)
        max_length("decision note", self.decision_note, _TEXT_LIMIT)
        max_length("override reason", self.override_reason, _TEXT_LIMIT)
        non_blank("checklist version", self.checklist_version, 32)

    def answer(self, item_id: str) -> ScreeningAnswer:
        """Return the answer for ``item_id``.

        Raises:
            ValidationError: if the id is not on the checklist.
        """
        for answer in self.answers:
            if answer.item_id == item_id:
                return answer
        raise ValidationError("screening item", f"unknown checklist item {item_id!r}")

    def with_answer(self, item_id: str, status: ScreeningStatus, note: str = "") -> Screening:
        """Return a copy with one item answered."""
        new = ScreeningAnswer(item_id=item_id, status=status, note=note)
        answers = tuple(new if a.item_id == item_id else a for a in self.answers)
        return replace(self, answers=answers)

    def with_unknown_as(self, status: ScreeningStatus) -> Screening:
        """Return a copy with every item still unknown answered ``status`` (e.g. all absent)."""
        answers = tuple(
            replace(a, status=status) if a.status is ScreeningStatus.UNKNOWN else a
            for a in self.answers
        )
        return replace(self, answers=answers)

    def present(self, klass: ContraindicationClass | None = None) -> tuple[ScreeningAnswer, ...]:
        """Answers marked present, optionally only those of one class."""
        return tuple(
            a for a in self.answers if a.is_present and (klass is None or a.info.klass is klass)
        )

    @property
    def unknown_count(self) -> int:
        """How many checklist items are still unanswered."""
        return sum(1 for a in self.answers if a.status is ScreeningStatus.UNKNOWN)

    @property
    def has_override(self) -> bool:
        """True when a written reason to needle despite an absolute item is recorded."""
        return bool(self.override_reason.strip())

    @property
    def has_decision_note(self) -> bool:
        """True when the decision is explained in writing."""
        return bool(self.decision_note.strip())

"""Patients and clinicians."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bodymap.model.enums import Sex
from bodymap.model.errors import ValidationError
from bodymap.model.validate import max_length, member, non_blank, uuid_text


@dataclass(frozen=True, slots=True, kw_only=True)
class Clinician:
    """A clinician who charts, needles and signs visits, with their dry-needling training record."""

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    name: str
    credentials: str = ""
    training_course: str = ""
    training_hours: float | None = None
    training_date: date | None = None

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        non_blank("name", self.name)
        max_length("credentials", self.credentials, 200)
        max_length("training_course", self.training_course, 500)
        if self.training_hours is not None and not 0 <= self.training_hours <= 10000:
            raise ValidationError(
                "training_hours", f"must be from 0 to 10000, got {self.training_hours}"
            )

    @property
    def display_name(self) -> str:
        """Name followed by credentials, e.g. "Ana Ruiz, PT, DPT"."""
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


@dataclass(frozen=True, slots=True, kw_only=True)
class Patient:
    """A patient. Patients are archived, never deleted."""

    id: int | None = None
    #: The stored row's version when read (0: not stored); a save is checked against it.
    row_version: int = field(default=0, compare=False)
    uuid: str | None = None
    name: str
    chart_number: str = ""
    date_of_birth: date | None = None
    sex: Sex = Sex.UNKNOWN
    contact: str = ""
    notes: str = ""
    archived: bool = False

    def __post_init__(self) -> None:
        uuid_text("uuid", self.uuid)
        non_blank("name", self.name)
        max_length("chart_number", self.chart_number, 64)
        max_length("contact", self.contact, 500)
        max_length("notes", self.notes, 20000)
        object.__setattr__(self, "sex", member("sex", Sex, self.sex))
        if self.date_of_birth is not None:
            if not isinstance(self.date_of_birth, date):
                raise ValidationError("date_of_birth", "must be a date (YYYY-MM-DD)")
            if not date(1900, 1, 1) <= self.date_of_birth <= date.today():
                raise ValidationError("date_of_birth", "must be from 1900-01-01 to today")

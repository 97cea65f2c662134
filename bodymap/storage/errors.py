"""Storage failures a user can act on; plain Python so callers need not import SQLAlchemy."""

from __future__ import annotations

from datetime import datetime
from typing import Generic, TypeVar

from bodymap.errors import BodyMapError

ModelT = TypeVar("ModelT")


class DatabaseError(BodyMapError):
    """The database cannot be opened or used: the message names the path and the reason."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer BodyMap; it is refused and left untouched."""

    def __init__(self, location: str, found: str, known: str) -> None:
        super().__init__(
            f"{location} was written by a newer BodyMap (schema {found}); "
            f"this version knows up to {known}; update BodyMap"
        )
        self.location = location
        self.found = found
        self.known = known


class SignedVisitError(BodyMapError):
    """A change to a signed visit, or to a mark that belongs to one; corrections are addenda."""

    def __init__(self, visit_id: int, what: str = "changed") -> None:
        super().__init__(
            f"visit {visit_id} is signed and cannot be {what}; add an addendum to correct it"
        )
        self.visit_id = visit_id


class TransientDatabaseError(DatabaseError):
    """A write lost a race (serialization failure, deadlock, stale row) and may be retried."""


class EditConflictError(BodyMapError, Generic[ModelT]):
    """A save made from a stale copy whose fields someone else changed meanwhile.

    Attributes:
        noun: what was changed ("visit", "trigger point", …).
        record_id: its id.
        fields: the model fields both sides changed.
        theirs: the stored version (a model dataclass), to show or to take.
        changed_at: when the other change was made, from the audit log (None if unknown).
        changed_by: who made it, from the audit log (None if unknown or the system).
    """

    def __init__(
        self,
        noun: str,
        record_id: int,
        fields: tuple[str, ...],
        theirs: ModelT,
        changed_at: datetime | None = None,
        changed_by: str | None = None,
    ) -> None:
        self.noun = noun
        self.record_id = record_id
        self.fields = fields
        self.theirs = theirs
        self.changed_at = changed_at
        self.changed_by = changed_by
        super().__init__(f"{noun} {record_id}: {self.headline} ({', '.join(fields)})")

    @property
    def headline(self) -> str:
        """E.g. "Changed on another workstation at 10:42 by Ines Okafor" (unknowns left out)."""
        when = f" at {self.changed_at:%H:%M}" if self.changed_at is not None else ""
        who = f" by {self.changed_by}" if self.changed_by else ""
        return f"Changed on another workstation{when}{who}"


class DatabaseMissingError(DatabaseError):
    """No database at the path (or an empty file) and this command does not create one."""


class DatabaseDamagedError(DatabaseError):
    """The file is damaged or is not a database although it stands where one should be.

    ``path`` is the damaged file. The caller moves it aside (see ``bodymap.storage.recovery``)
    and offers the newest verified backup; storage never renames a file on its own.
    """

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: is damaged ({reason})")
        self.path = path
        self.reason = reason


class SigningSecretError(BodyMapError):
    """Signing refused: no signing secret set, a wrong one, or signing locked after failures."""

"""Storage failures a user can act on; plain Python so callers need not import SQLAlchemy."""

from __future__ import annotations

from bodymap.errors import BodyMapError


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

"""Saving a record row against the copy the window read: what the user changed, and a re-base.

A field-level, version-checked save sends the edited value together with the value it was
edited from (``base``); storage writes only the fields that differ and refuses a clash. After a
clash, "Keep mine" re-applies just the user's changes on top of the stored version.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, TypeVar

T = TypeVar("T")

#: Fields that name the row rather than say anything about it; a form may leave them unset.
IDENTITY = frozenset({"id", "uuid"})


def changes(base: T, mine: T) -> dict[str, Any]:
    """The fields of ``mine`` that differ from ``base`` (ids, uuids and versions never count)."""
    return {
        f.name: getattr(mine, f.name)
        for f in fields(mine)  # type: ignore[arg-type]
        if f.compare and f.name not in IDENTITY and getattr(mine, f.name) != getattr(base, f.name)
    }


def rebased(theirs: T, base: T, mine: T) -> T:
    """``theirs`` with the user's own changes (``mine`` against ``base``) applied on top."""
    return replace(theirs, **changes(base, mine))  # type: ignore[type-var]


def others_changed(base: T, mine: T, stored: T) -> bool:
    """True when ``stored`` holds changes made elsewhere (fields the user left as read).

    Compared against ``base`` rather than the form, so a value stored in a normalised form
    (rounding, stripping) does not count and a form being typed into is not refilled for it.
    """
    return bool(changes(base, stored).keys() - changes(base, mine).keys())

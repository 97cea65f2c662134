"""Model records rebuilt from rows the database already holds, without checking them again.

Every record is validated by its ``__post_init__`` before it is written, and the database is
written only by this app (through the same model) or by an archive import that validates the
same way. Reading a patient's 100 charts back rebuilds ~1,700 records; validating each again
was most of the read's time (issue 14: 11x the raw SQL). A *stored factory* builds a record
straight from a row's values in field order, turning enum values into members by a dict
look-up, and nothing else: only for rows read back from our own database, never for input.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")


def stored_factory(
    cls: type[T],
    enums: dict[str, type[Enum]] | None = None,
    convert: dict[str, Callable[[Any], Any]] | None = None,
) -> tuple[tuple[str, ...], Callable[[Sequence[Any]], T]]:
    """The field names of ``cls`` in order, and a function building ``cls`` from such values.

    ``cls`` must be a slotted dataclass; values beyond its fields are ignored. ``enums`` names
    the fields stored as an enum's value (``None`` stays ``None``); ``convert`` the fields that
    need another conversion.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    # The slots' own descriptors: writing through them skips the frozen __setattr__.
    setters = tuple(cls.__dict__[name].__set__ for name in names)
    conversions: dict[int, Callable[[Any], Any]] = {}
    for name, enum in (enums or {}).items():
        by_value: dict[Any, Any] = {member.value: member for member in enum}
        by_value[None] = None
        conversions[names.index(name)] = by_value.__getitem__
    for name, function in (convert or {}).items():
        conversions[names.index(name)] = function

    # One straight-line function per class, as ``dataclasses`` writes ``__init__``: a loop
    # over the fields costs twice as much for records of 10-20 fields.
    def validated(values: Sequence[Any]) -> T:
        # A value no version of the app wrote (edited by hand?): validate it the slow way,
        # so the error names the field and its allowed values.
        return cls(**dict(zip(names, values[: len(names)], strict=True)))

    scope: dict[str, Any] = {"new": object.__new__, "cls": cls, "validated": validated}
    lines = ["def build(values):", "    record = new(cls)", "    try:"]
    for index, setter in enumerate(setters):
        scope[f"set{index}"] = setter
        value = f"values[{index}]"
        if index in conversions:
            scope[f"convert{index}"] = conversions[index]
            value = f"convert{index}({value})"
        lines.append(f"        set{index}(record, {value})")
    lines += ["    except (KeyError, ValueError, TypeError):", "        return validated(values)"]
    lines.append("    return record")
    exec("\n".join(lines), scope)  # noqa: S102  # our own text, from the class's field list
    build: Callable[[Sequence[Any]], T] = scope["build"]
    return names, build

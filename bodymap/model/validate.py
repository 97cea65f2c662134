"""Small checks shared by the model's ``__post_init__`` methods."""

from __future__ import annotations

import math
import re
from enum import Enum
from typing import TypeVar

from bodymap.model.errors import ValidationError

E = TypeVar("E", bound=Enum)
#: A UUID as BodyMap stores and exports it: lower-case hex, hyphenated (RFC 9562 text form).
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def in_range(field: str, value: float, low: float, high: float) -> None:
    """Raise unless ``low <= value <= high`` (and ``value`` is a finite number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, f"must be a number from {low:g} to {high:g}, got {value!r}")
    if not math.isfinite(value) or not low <= value <= high:
        raise ValidationError(field, f"must be from {low:g} to {high:g}, got {value:g}")


def whole_in_range(field: str, value: int, low: int, high: int) -> None:
    """Raise unless ``value`` is an integer with ``low <= value <= high``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"must be a whole number from {low} to {high}, got {value!r}")
    if not low <= value <= high:
        raise ValidationError(field, f"must be from {low} to {high}, got {value}")


def member(field: str, enum: type[E], value: object) -> E:
    """Coerce ``value`` (a member or its value) to ``enum``, naming the allowed values if not."""
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        # By-value look-up without Enum.__call__: the same answer, several times faster
        # (an archive import coerces a few hundred thousand values).
        found = enum._value2member_map_.get(value)
        if found is not None:
            return found  # type: ignore[return-value]
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum)
        raise ValidationError(field, f"must be one of {allowed}; got {value!r}") from None


def encodable(field: str, value: str) -> None:
    """Raise if ``value`` holds a lone surrogate: it cannot be stored, printed or exported."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(value[exc.start])
        raise ValidationError(
            field, f"holds an invalid character (U+{code:04X}, a lone surrogate); retype it"
        ) from None


def non_blank(field: str, value: str, max_length: int = 200) -> None:
    """Raise unless ``value`` is a non-empty string of at most ``max_length`` characters."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, "must not be empty")
    encodable(field, value)
    if len(value) > max_length:
        raise ValidationError(field, f"must be at most {max_length} characters")


def max_length(field: str, value: str, limit: int) -> None:
    """Raise if the string ``value`` is longer than ``limit``."""
    if not isinstance(value, str):
        raise ValidationError(field, f"must be text, got {value!r}")
    encodable(field, value)
    if len(value) > limit:
        raise ValidationError(field, f"must be at most {limit} characters")


def uuid_text(field: str, value: str | None) -> None:
    """Raise unless ``value`` is None or a UUID in canonical form (lower-case, hyphenated)."""
    if value is None:
        return
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        raise ValidationError(
            field, f"must be a UUID like 1b4e28ba-2fa1-11d2-883f-0016d3cca427, got {value!r}"
        )

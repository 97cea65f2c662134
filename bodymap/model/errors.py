"""Validation errors raised by the domain model."""

from __future__ import annotations


class ValidationError(ValueError):
    """A value that breaks a model rule; ``field`` names the offending field.

    The message always names the field and, for ranges, the allowed range, so a user can fix it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

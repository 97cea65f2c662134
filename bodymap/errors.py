"""Errors a user can act on; the CLI and the window show their message as one clear line."""

from __future__ import annotations


class BodyMapError(Exception):
    """Base of all user-facing failures. ``exit_code`` is 1 for runtime failures, 2 for usage."""

    exit_code = 1


class UsageError(BodyMapError):
    """A wrong argument: an unknown id, a malformed value, a bad option combination."""

    exit_code = 2


class NotFoundError(UsageError):
    """A patient, visit or other record named by the user does not exist."""

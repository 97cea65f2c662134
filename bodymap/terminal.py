r"""Text shown on a terminal: control characters and escape sequences are written escaped.

A patient name holding ESC, NUL or a C1 control (pasted from elsewhere, or typed on purpose)
must not move the cursor, recolour or clear the clinician's terminal, nor hide part of a line.
Escapes are written ``\u001b``: readable on a terminal and still valid inside a JSON string.
"""

from __future__ import annotations

import re
from typing import TextIO

#: C0 and C1 controls, DEL, line/paragraph separators and bidirectional overrides/isolates
_OTHERS = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[\x00-\x1f{_OTHERS}]")
#: the same without newline and tab, for whole command output (tables keep their layout)
_KEEP_LAYOUT = re.compile(f"[\x00-\x08\x0b-\x1f{_OTHERS}]")


def _code(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def safe_text(text: str) -> str:
    r"""``text`` with every control character (newlines too) written as ``\uXXXX``."""
    return _UNSAFE.sub(_code, text)


def printable(text: str) -> str:
    """``text`` quoted for a one-line message, with control characters escaped."""
    return f"'{safe_text(text)}'"


class EscapingStream:
    """A text stream that writes through to ``target`` with controls escaped (not newline/tab)."""

    def __init__(self, target: TextIO) -> None:
        self._target = target

    def write(self, text: str) -> int:
        """Write ``text`` escaped; returns the length of ``text`` as a stream would."""
        self._target.write(_KEEP_LAYOUT.sub(_code, text))
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._target, name)

"""ReportLab's Paragraph, shaped by HarfBuzz only when its text is in a script that needs it.

Shaping every word costs about three quarters of a session note's render time, and Latin,
Greek, Cyrillic and Chinese print the same without it; Arabic, Hebrew and the Indic and
South-East Asian scripts do not (joined letters, conjuncts). So a paragraph gets a ``shaping``
variant of its style only when its text has such a letter (ADR 0011).
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as PlainParagraph

#: Letters whose form depends on their neighbours: Hebrew to N'Ko and Arabic (with its
#: presentation forms), the Indic scripts, Thai to Myanmar, Khmer and Mongolian.
_NEEDS_SHAPING = re.compile(
    r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u109f\u1780-\u18af\ufb1d-\ufdff\ufe70-\ufeff]"
)

_SHAPED: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}


def needs_shaping(text: str) -> bool:
    """True when ``text`` has a letter that prints wrong unless shaped."""
    return _NEEDS_SHAPING.search(text) is not None


def shaped_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with shaping on (one variant per style, kept for the process)."""
    known = _SHAPED.get(id(style))
    if known is None or known[0] is not style:
        known = (style, ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1))
        _SHAPED[id(style)] = known
    return known[1]


class Paragraph(PlainParagraph):  # type: ignore[misc]
    """A Paragraph whose words go through HarfBuzz when its text needs shaping."""

    def __init__(
        self, text: str, style: ParagraphStyle | None = None, *args: Any, **kwargs: Any
    ) -> None:
        """Build the paragraph; ``text`` is ReportLab markup, as for ReportLab's own."""
        # A paragraph split across pages is rebuilt from its fragments with ``text`` None;
        # its style was already chosen (shaped or not) for the whole text.
        if style is not None and not style.shaping and text is not None and needs_shaping(text):
            style = shaped_style(style)
        super().__init__(text, style, *args, **kwargs)

"""Long text in table cells, cut into row-sized pieces so a table can break between pages.

ReportLab splits a table only between rows; one row taller than a page raises LayoutError.
The model allows notes of thousands of characters, so a long cell is spread over several
continuation rows, each well under a page tall, and the table breaks between them.
"""

from __future__ import annotations

import math

#: lines of text per piece: ~30 × 10 pt leading is well under half an A4 frame
MAX_LINES = 30
#: the widest average glyph assumed (in ems); over-estimating keeps every piece short enough
WIDE_GLYPH_EM = 0.62


def _wrap_count(line: str, per_line: int) -> int:
    return max(1, math.ceil(len(line) / per_line))


def _cut_line(line: str, limit: int) -> list[str]:
    """Cut one over-long line into chunks of at most ``limit`` characters, at spaces if any."""
    chunks: list[str] = []
    while len(line) > limit:
        cut = line.rfind(" ", limit // 2, limit)
        cut = limit if cut < 0 else cut + 1
        chunks.append(line[:cut])
        line = line[cut:]
    chunks.append(line)
    return chunks


def cell_pieces(text: str, width: float, font_size: float, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` cut into pieces that each wrap to at most about ``max_lines`` lines in ``width``.

    Joining the pieces with newlines gives back the text's words and line breaks.
    """
    per_line = max(4, int(width / (font_size * WIDE_GLYPH_EM)))
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.splitlines() or [""]:
        for chunk in _cut_line(line, per_line * max_lines):
            lines = _wrap_count(chunk, per_line)
            if current and used + lines > max_lines:
                pieces.append("\n".join(current))
                current, used = [], 0
            current.append(chunk)
            used += lines
    pieces.append("\n".join(current))
    return pieces

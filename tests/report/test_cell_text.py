"""Long cell text is cut into pieces that each fit well within a page."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bodymap.report.cell_text import MAX_LINES, cell_pieces


@given(st.text(alphabet=st.sampled_from("ab c\nWW"), max_size=6000))
def test_pieces_keep_every_character_and_stay_short(text: str) -> None:
    pieces = cell_pieces(text, width=120, font_size=8)
    assert "".join(pieces).replace("\n", "") == "".join(text.splitlines())
    per_line = int(120 / (8 * 0.62))
    for piece in pieces:
        lines = sum(max(1, -(-len(line) // per_line)) for line in piece.split("\n"))
        assert lines <= MAX_LINES

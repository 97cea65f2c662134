"""The embedded TrueType fonts (DejaVu Sans, system fallbacks for other scripts) of the PDFs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr

from bodymap.errors import BodyMapError
from bodymap.report import glyph_text
from bodymap.resources import AssetError, asset_path

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: ReportLab names of the two faces; TTF so that every Latin letter (Zoë, Ñúñez, Łukasiewicz)
#: is embedded in the PDF instead of falling back to the 14 standard fonts' Latin-1 set.
REGULAR = "BodyMapSans"
BOLD = "BodyMapSans-Bold"

_FONT_FILES: dict[str, str] = {
    REGULAR: "fonts/DejaVuSans.ttf",
    BOLD: "fonts/DejaVuSans-Bold.ttf",
}


def register_fonts() -> None:
    """Register the report fonts with ReportLab; calls after the first one cost nothing.

    Raises:
        BodyMapError: if a font file is missing from the assets folder.
    """
    glyph_text.install()
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, asset in _FONT_FILES.items():
        if name in registered:
            continue
        try:
            path = asset_path(asset)
        except AssetError as exc:
            raise BodyMapError(f"cannot make a PDF: {exc}") from exc
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # Italic faces map to the upright ones: the reports never use italics.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )


# -- fallback for scripts the report font lacks ------------------------------------------------
# DejaVu Sans carries Latin, Greek, Cyrillic, Arabic and Hebrew. For Chinese, Japanese, Korean
# and Devanagari a run of such characters is set in a system font that has them (installed by
# .ci/run through apt: fonts-wqy-microhei, fonts-lohit-deva); ReportLab has no fallback of its
# own. The fonts are TrueType-outlined (ReportLab cannot embed CFF-outlined OpenType).
#
# Shaping: ReportLab passes each word through HarfBuzz (uharfbuzz) when a paragraph style says
# ``shaping=1`` or drawString gets ``shaping=True``. That joins Arabic letters, forms Devanagari
# conjuncts and applies kerning; without it Arabic prints as isolated letters, left to right.

#: (ReportLab name, candidate files as (path, subfont index)), tried in order.
FALLBACK_FONTS: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = (
    (
        "BodyMapFallbackCJK",
        (
            ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
            ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
            ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
            ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
        ),
    ),
    (
        "BodyMapFallbackDevanagari",
        (
            ("/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf", 0),
            ("/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf", 0),
            ("/usr/share/fonts/truetype/freefont/FreeSans.ttf", 0),
        ),
    ),
)

_coverage: dict[str, frozenset[int]] = {}

#: A right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms).
_RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_SPACES = re.compile(r"(\s+)")


def _is_rtl_word(word: str) -> bool:
    """A word with right-to-left letters and no left-to-right ones ("(شديد)" is one)."""
    return bool(_RTL_LETTER.search(word)) and not any(
        c.isalpha() and not _RTL_LETTER.match(c) for c in word
    )


def visual_order(text: str) -> str:
    """``text`` with the words of each right-to-left run put in the order they are drawn in.

    ReportLab lays words out left to right. Inside a word the letters stay in logical order:
    the shaper (HarfBuzz) joins them and emits the glyphs right to left, so only the order of
    the words is ours to set. A run is a sequence of right-to-left words and the spaces between.
    """
    pieces = _SPACES.split(text)
    out: list[str] = []
    run: list[str] = []
    for index, piece in enumerate(pieces):
        if index % 2 == 0 and _is_rtl_word(piece):
            run.append(piece)
            continue
        if index % 2 == 1 and run:  # a space: inside the run only if an RTL word follows
            following = pieces[index + 1] if index + 1 < len(pieces) else ""
            if _is_rtl_word(following):
                run.append(piece)
                continue
        out.extend(reversed(run))
        run = []
        out.append(piece)
    out.extend(reversed(run))
    return "".join(out)


def _load_coverage() -> dict[str, frozenset[int]]:
    """Code points of the report font and of each fallback font found (computed once)."""
    if _coverage:
        return _coverage
    register_fonts()
    base = pdfmetrics.getFont(REGULAR)
    _coverage[REGULAR] = frozenset(base.face.charToGlyph)
    for name, candidates in FALLBACK_FONTS:
        for path, index in candidates:
            if not Path(path).is_file():
                continue
            try:
                font = TTFont(name, path, subfontIndex=index)
            except Exception:  # noqa: BLE001, S112 - an unreadable system font: try the next one
                continue
            pdfmetrics.registerFont(font)
            _coverage[name] = frozenset(font.face.charToGlyph)
            break
    return _coverage


def font_runs(text: str, base: str = REGULAR) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, chunk) runs.

    ``base`` where it has the glyphs, else the first fallback font that has them (``base`` again
    when none has: drawn as a box).
    """
    coverage = _load_coverage()
    own = coverage[REGULAR]
    runs: list[tuple[str, str]] = []
    for char in text:
        point = ord(char)
        font = base
        if point not in own and not char.isspace():
            font = next(
                (name for name, points in coverage.items() if name != REGULAR and point in points),
                base,
            )
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    for name, chunk in runs:
        if name not in (REGULAR, BOLD, base):
            glyph_text.remember_clusters(name, chunk)  # conjuncts extract as their letters
    return runs


def needs_fallback(text: str) -> bool:
    """True when some character of ``text`` is not in the report font."""
    own = _load_coverage()[REGULAR]
    return any(ord(c) not in own and not c.isspace() for c in text)


def shape(word: str, font: str, size: float) -> tuple[str, float]:
    """``word`` shaped by HarfBuzz for ``canvas.drawString``, and its width in points.

    Joined Arabic and Devanagari conjuncts are narrower than their letters set one by one.
    """
    shaped = shapeStr(word, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data is None:  # nothing to shape (plain Latin): ReportLab returned the word as it was
        return word, pdfmetrics.stringWidth(word, font, size)
    return shaped, sum(glyph.x_advance for glyph in data) * size / 1000


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """``canvas.drawString`` with fallback fonts and shaping; ``align``: "left", "right", "centre".

    Each word is shaped on its own (HarfBuzz guesses its script and direction), so a
    right-to-left word inside a left-to-right line keeps both directions right.
    """
    pieces = [
        (name, word)
        for name, chunk in font_runs(visual_order(text), font)
        for word in _SPACES.split(chunk)
        if word
    ]
    shaped = [(name, *shape(word, name, size)) for name, word in pieces]
    total = sum(width for _, _, width in shaped)
    left = x - total if align == "right" else x - total / 2 if align == "centre" else x
    for name, glyphs, width in shaped:
        canvas.setFont(name, size)
        canvas.drawString(left, y, glyphs)
        left += width
    canvas.setFont(font, size)

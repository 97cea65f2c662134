"""The embedded TrueType fonts (DejaVu Sans, system fallbacks for other scripts) of the PDFs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bodymap.errors import BodyMapError
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

#: A run of right-to-left words (Arabic, Hebrew, Syriac, Thaana…) with the spaces between them.
_RTL_RUN = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+(?:\s+[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+)*"
)


def visual_order(text: str) -> str:
    """``text`` with each right-to-left run reversed into the order it is drawn in.

    ReportLab draws left to right, and PDF readers (text extraction, screen readers) read a
    right-to-left run back from its visual order. Letters keep their isolated forms: ReportLab
    without a shaping engine does not join Arabic letters.
    """
    return _RTL_RUN.sub(lambda match: match.group(0)[::-1], text)


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
    return runs


def needs_fallback(text: str) -> bool:
    """True when some character of ``text`` is not in the report font."""
    own = _load_coverage()[REGULAR]
    return any(ord(c) not in own and not c.isspace() for c in text)


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """``canvas.drawString`` with fallback fonts; ``align`` is "left", "right" or "centre"."""
    runs = font_runs(visual_order(text), font)
    widths = [pdfmetrics.stringWidth(chunk, name, size) for name, chunk in runs]
    total = sum(widths)
    left = x - total if align == "right" else x - total / 2 if align == "centre" else x
    for (name, chunk), width in zip(runs, widths, strict=True):
        canvas.setFont(name, size)
        canvas.drawString(left, y, chunk)
        left += width
    canvas.setFont(font, size)

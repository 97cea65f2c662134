"""What each shaped glyph stands for, so that text copied out of a PDF reads as letters.

Shaping (HarfBuzz, through ReportLab) draws glyphs, not characters: Arabic letters become their
joined presentation forms (ﻣ ﺤ), Latin "fi" a ligature (ﬁ), and a Devanagari conjunct (क्ष) a
glyph with no code point of its own, to which ReportLab gives a private-use one. ReportLab's
ToUnicode map (how a PDF reader turns glyphs back into text) lists that one code per glyph, so
extraction, search and screen readers would get the forms or private-use codes. The map is
written here instead: presentation forms and ligatures map to their plain letters (NFKC), and a
glyph without a code point maps to the characters it was shaped from (``remember_clusters``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import uharfbuzz
from reportlab.pdfbase import pdfmetrics, ttfonts

#: Glyph forms whose plain letters (NFKC) are what a reader should get back.
_FORM_RANGES = ((0xFB00, 0xFB06), (0xFB13, 0xFB17), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_PRIVATE = range(0xE000, 0xF900)
_FEATURES = {"kern": True, "liga": True, "dlig": True}  # the ones ReportLab shapes with

#: "<face name><subfont suffix>" -> glyph id -> the characters that glyph was shaped from.
_CLUSTER_TEXT: dict[str, dict[int, str]] = {}


def _face_key(face: ttfonts.TTFontFace) -> str:
    return str((face.name + face.subfontNameX).decode("latin-1"))


def remember_clusters(font_name: str, text: str) -> None:
    """Shape ``text`` as ReportLab will and keep the characters behind each code-less glyph."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, ttfonts.TTFont) or text.isascii():
        return
    face = font.face
    known = _CLUSTER_TEXT.setdefault(_face_key(face), {})
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font.hbFont(10), buffer, _FEATURES)
    infos = buffer.glyph_infos
    starts = sorted({info.cluster for info in infos})
    ends = {start: end for start, end in zip(starts, [*starts[1:], len(text)], strict=True)}
    for start in starts:
        glyphs = [info.codepoint for info in infos if info.cluster == start]
        left = text[start : ends[start]]
        own: list[int] = []
        for glyph in glyphs:
            chars = [c for c in face.glyphToChar.get(glyph, []) if c not in _PRIVATE]
            if chars:
                left = left.replace(chr(chars[0]), "", 1)  # drawn by a glyph of its own
            else:
                own.append(glyph)
        if own and left:
            known.setdefault(own[0], left)  # the first code-less glyph carries the rest


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _plain_text(code: int, private: dict[int, str], face: ttfonts.TTFontFace | None) -> str:
    if code in _PRIVATE and face is not None:
        glyph = face.charToGlyph.get(code)
        return private.get(glyph, chr(code)) if glyph is not None else chr(code)
    if any(low <= code <= high for low, high in _FORM_RANGES):
        return unicodedata.normalize("NFKC", chr(code))
    return chr(code)


def _face_of(key: str) -> ttfonts.TTFontFace | None:
    for name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
        if isinstance(font, ttfonts.TTFont) and _face_key(font.face) == key:
            return font.face
    return None


def to_unicode_cmap(
    original: Callable[[str, list[int]], str], fontname: str, subset: list[int]
) -> str:
    """ReportLab's ToUnicode CMap for one font subset, each glyph mapped to its plain text."""
    cmap = original(fontname, subset)
    key = fontname.split("+", 1)[-1]
    private = _CLUSTER_TEXT.get(key, {})
    face = _face_of(key) if private else None
    for index, code in enumerate(subset):
        text = _plain_text(code, private, face)
        if text != chr(code):
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16(text)}>")
    return cmap


def install() -> None:
    """Make ReportLab write the plain-text ToUnicode maps (once per process)."""
    current = ttfonts.makeToUnicodeCMap
    if getattr(current, "bodymap_plain_text", False):
        return

    def patched(fontname: str, subset: list[int]) -> str:
        return to_unicode_cmap(current, fontname, subset)

    patched.bodymap_plain_text = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = patched

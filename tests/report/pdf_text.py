"""Helpers to read back the PDFs the report tests render."""

from __future__ import annotations

import io

from pypdf import PdfReader


def read_pdf(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in read_pdf(data).pages]


def flat_text(data: bytes) -> str:
    """All text, with line breaks turned to spaces so wrapped cells still match."""
    return " ".join(" ".join(page_texts(data)).split())


def image_count(data: bytes) -> int:
    """Raster images on every page, including those nested in form XObjects."""
    count = 0
    for page in read_pdf(data).pages:
        count += len(page.images)
    return count

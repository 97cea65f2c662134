"""The embedded TrueType fonts (DejaVu Sans) that every BodyMap PDF is set in."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bodymap.errors import BodyMapError
from bodymap.resources import AssetError, asset_path

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

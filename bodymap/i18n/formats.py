"""Numbers and dates in the chosen language, without Qt (the PDFs are Qt-free by contract).

The window formats through ``QLocale``; these follow the same conventions for the languages
BodyMap is translated into, so screen and paper agree: a German note reads "3,5 kg/cm²" and
"27. Nov. 2026" like the window does.
"""

from __future__ import annotations

from datetime import date

from bodymap.i18n import base_language, current_language

#: Languages writing a decimal comma (CLDR); the rest use a point.
DECIMAL_COMMA = frozenset(
    [
        "bg",
        "cs",
        "da",
        "de",
        "el",
        "es",
        "et",
        "fi",
        "fr",
        "hr",
        "hu",
        "id",
        "it",
        "lt",
        "lv",
        "nb",
        "nl",
        "nn",
        "no",
        "pl",
        "pt",
        "ro",
        "ru",
        "sk",
        "sl",
        "sr",
        "sv",
        "tr",
        "uk",
        "vi",
    ]
)
#: Month abbreviations of the translated languages, January first.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    ),
    "de": tuple(
        [
            "Jan.",
            "Feb.",
            "März",
            "Apr.",
            "Mai",
            "Juni",
            "Juli",
            "Aug.",
            "Sept.",
            "Okt.",
            "Nov.",
            "Dez.",
        ]
    ),
}


def decimal_separator(language: str | None = None) -> str:
    """The decimal separator of ``language`` (default: the current one)."""
    return "," if base_language(language or current_language()) in DECIMAL_COMMA else "."


def localise_number(text: str, language: str | None = None) -> str:
    """A number written with a point (as Python formats it) in the language's convention."""
    return text.replace(".", decimal_separator(language))


def format_day(value: date, language: str | None = None) -> str:
    """A date with the month's name: "27 Nov 2026", "27. Nov. 2026"; ISO for other languages."""
    language = base_language(language or current_language())
    months = MONTHS.get(language)
    if months is None:
        return value.isoformat()
    month = months[value.month - 1]
    return (
        f"{value.day}. {month} {value.year}"
        if language == "de"
        else f"{value.day} {month} {value.year}"
    )


def format_day_month(value: date, language: str | None = None) -> str:
    """A short axis label: "27 Nov", "27. Nov."."""
    language = base_language(language or current_language())
    months = MONTHS.get(language, MONTHS["en"])
    month = months[value.month - 1]
    return f"{value.day}. {month}" if language == "de" else f"{value.day} {month}"

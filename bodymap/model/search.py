"""Search keys: case- and accent-insensitive text matching for names, chart numbers and dates.

"zoe" must find "Zoë", "nunez" "Ñúñez" and "lukasiewicz" "Łukasiewicz": text is casefolded,
decomposed (NFKD) and stripped of combining marks; the few Latin letters that carry their accent
inside the letter itself (ł, ø, đ…) are spelled out, since no decomposition splits them.
"""

from __future__ import annotations

import unicodedata

from bodymap.model.people import Patient

#: Letters with a built-in stroke or ligature that NFKD leaves whole, and their plain spelling.
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)


def fold(text: str) -> str:
    """``text`` casefolded, with accents and other combining marks removed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.translate(_PLAIN_LETTERS))


def patient_search_text(patient: Patient) -> str:
    """What a patient search looks in: name, chart number and date of birth, folded."""
    dob = patient.date_of_birth.isoformat() if patient.date_of_birth else ""
    return fold(f"{patient.name}\n{patient.chart_number}\n{dob}")


def patient_matches(patient: Patient, search: str) -> bool:
    """Whether ``search``, folded the same way, occurs in name, chart number or birth date."""
    needle = fold(search.strip())
    return not needle or needle in patient_search_text(patient)

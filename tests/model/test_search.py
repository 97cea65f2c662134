"""Patient search keys ignore case and accents in every alphabet."""

from __future__ import annotations

from datetime import date

import pytest

from bodymap.model import Patient
from bodymap.model.search import fold, patient_matches

ZOE = Patient(
    name="Zoë Ñúñez-Łukasiewicz", chart_number="DEMO-001", date_of_birth=date(1987, 4, 23)
)


@pytest.mark.parametrize(
    "search", ["zoe", "ZOE", "nunez", "NÚÑEZ", "lukasiewicz", "demo-001", "1987-04", " Zoë "]
)
def test_accent_and_case_free_search_finds_the_patient(search: str) -> None:
    assert patient_matches(ZOE, search)


@pytest.mark.parametrize("search", ["zoey", "1987-05", "demo-002"])
def test_search_does_not_find_what_is_not_there(search: str) -> None:
    assert not patient_matches(ZOE, search)


def test_fold_keeps_non_latin_scripts_comparable() -> None:
    assert fold("ΣΟΦΊΑ") == fold("σοφια")
    assert fold("王芳") == "王芳"
    assert fold("Søndergaard Æsir") == "sondergaard aesir"

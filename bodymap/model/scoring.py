"""Scoring rules of the outcome instruments (domain.md section 2).

Their reference change thresholds are in :mod:`bodymap.model.thresholds`.

Raw item responses are scored here and nowhere else, so a stored questionnaire can always be
re-scored the same way.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from bodymap.model.errors import ValidationError
from bodymap.model.validate import in_range, whole_in_range

#: Kilopascals per kg/cm² (standard gravity × 10⁴ cm²/m² ÷ 1000).
KPA_PER_KG_CM2 = 98.0665

QUESTIONNAIRE_ITEMS = 10
ITEM_MAX = 5
#: App policy: a questionnaire with more than this many unanswered items is not scored, because
#: prorating over so few answers no longer reflects the instrument.
MAX_MISSING_ITEMS = 2

PSFS_MIN_ACTIVITIES = 3
PSFS_MAX_ACTIVITIES = 5
PSFS_VERSIONS = ("1.0", "2.0")
PPT_TRIALS = 3
PPT_MAX_KG_CM2 = 20.0


@dataclass(frozen=True, slots=True)
class QuestionnaireScore:
    """A scored 10-item questionnaire (NDI, ODI): sum of answers and the prorated scores.

    ``out_of_50`` and ``percent`` are scaled to the items answered, so a missing item does not
    count as zero.
    """

    total: int
    answered: int
    out_of_50: float
    percent: float


def _score_items(instrument: str, items: Sequence[int | None]) -> QuestionnaireScore:
    if len(items) != QUESTIONNAIRE_ITEMS:
        raise ValidationError(
            f"{instrument} items", f"needs {QUESTIONNAIRE_ITEMS} items, got {len(items)}"
        )
    answered = [i for i in items if i is not None]
    for number, item in enumerate(items, start=1):
        if item is not None:
            whole_in_range(f"{instrument} item {number}", item, 0, ITEM_MAX)
    missing = QUESTIONNAIRE_ITEMS - len(answered)
    if missing > MAX_MISSING_ITEMS:
        raise ValidationError(
            f"{instrument} items",
            f"at most {MAX_MISSING_ITEMS} items may be unanswered, {missing} are",
        )
    total = sum(answered)
    # Multiply before dividing so whole scores stay exact (14 of 50 is 28.0 %, not 28.000…04).
    possible = ITEM_MAX * len(answered)
    return QuestionnaireScore(
        total=total,
        answered=len(answered),
        out_of_50=total * 50 / possible,
        percent=total * 100 / possible,
    )


def ndi_score(items: Sequence[int | None]) -> QuestionnaireScore:
    """Score the Neck Disability Index: 10 items 0-5 (None = unanswered).

    The raw score is out of 50; unanswered items are left out and the score is taken over the
    items answered (e.g. 9 answered → sum ÷ 45).

    Raises:
        ValidationError: an item outside 0-5, not 10 items, or too many unanswered.
    """
    return _score_items("NDI", items)


def odi_percent(items: Sequence[int | None]) -> float:
    """Score the Oswestry Disability Index as a percentage: sum ÷ (5 × sections answered) × 100.

    Raises:
        ValidationError: a section outside 0-5, not 10 sections, or too many unanswered.
    """
    return _score_items("ODI", items).percent


def psfs_mean(scores: Sequence[float]) -> float:
    """Return the PSFS score: the mean of 3-5 activity scores, each 0-10.

    Raises:
        ValidationError: fewer than 3 or more than 5 activities, or a score outside 0-10.
    """
    if not PSFS_MIN_ACTIVITIES <= len(scores) <= PSFS_MAX_ACTIVITIES:
        raise ValidationError(
            "PSFS activities",
            f"needs {PSFS_MIN_ACTIVITIES} to {PSFS_MAX_ACTIVITIES} activities, got {len(scores)}",
        )
    for number, score in enumerate(scores, start=1):
        in_range(f"PSFS activity {number}", score, 0, 10)
    return sum(scores) / len(scores)


def ppt_mean(trials: Sequence[float]) -> float:
    """Return the pressure pain threshold of a site: the mean of its 3 trials in kg/cm².

    Raises:
        ValidationError: not exactly 3 trials, or a trial outside 0-20 kg/cm².
    """
    if len(trials) != PPT_TRIALS:
        raise ValidationError("PPT trials", f"needs {PPT_TRIALS} trials, got {len(trials)}")
    for number, trial in enumerate(trials, start=1):
        in_range(f"PPT trial {number} (kg/cm²)", trial, 0, PPT_MAX_KG_CM2)
    return math.fsum(trials) / PPT_TRIALS


def kg_cm2_to_kpa(value: float) -> float:
    """Convert a pressure from kg/cm² to kPa."""
    return value * KPA_PER_KG_CM2


def ndi_band(out_of_50: float) -> str:
    """Name the NDI disability band of a score out of 50 (Vernon's bands)."""
    in_range("NDI score", out_of_50, 0, 50)
    for upper, label in ((5, "none"), (15, "mild"), (25, "moderate"), (35, "severe")):
        if out_of_50 < upper:
            return label
    return "complete"


def odi_band(percent: float) -> str:
    """Name the ODI disability band of a percentage score."""
    in_range("ODI score", percent, 0, 100)
    for upper, label in ((20, "minimal"), (40, "moderate"), (60, "severe"), (80, "crippled")):
        if percent <= upper:
            return label
    return "bed-bound or exaggerating"

"""Tolerant readers of stored measures: whatever shape older data has, a form can still open."""

from __future__ import annotations

from collections.abc import Sequence

from bodymap.model import Instrument, OutcomeMeasure, ValidationError
from bodymap.model.measures import PsfsAssessment, RomReading


def read_psfs(measures: Sequence[OutcomeMeasure]) -> PsfsAssessment | None:
    """The PSFS of a visit, or None.

    Reads the one-measure form (scores in ``items``) and also older data stored as one
    measure per activity (activity in ``label``, score in ``value``); unreadable data gives None
    rather than an error, so a form can always open.
    """
    psfs = [m for m in measures if m.instrument is Instrument.PSFS]
    try:
        if len(psfs) == 1 and psfs[0].items:
            return PsfsAssessment.from_measure(psfs[0])
        if psfs:
            return PsfsAssessment(
                version=psfs[0].version or "1.0",
                activities=tuple(m.label for m in psfs),
                scores=tuple(int(m.value) for m in psfs),
            )
    except ValidationError:
        return None
    return None


def psfs_rows(measures: Sequence[OutcomeMeasure]) -> tuple[str, list[str], list[int | None]]:
    """Version, activities and scores of a visit's PSFS for display, valid or not.

    Unlike :func:`read_psfs` this never refuses: a stored PSFS with too few activities is still
    shown so the clinician can complete it.
    """
    psfs = [m for m in measures if m.instrument is Instrument.PSFS]
    if not psfs:
        return "1.0", [], []
    version = psfs[0].version or "1.0"
    if len(psfs) == 1 and psfs[0].items:
        scores = [None if s is None else int(s) for s in psfs[0].items]
        return version, list(psfs[0].item_labels), scores
    return version, [m.label for m in psfs], [int(m.value) for m in psfs]


def read_rom(measure: OutcomeMeasure) -> RomReading | None:
    """The ROM reading of ``measure``, or None when it lacks a joint or movement."""
    try:
        return RomReading.from_measure(measure)
    except ValidationError:
        return None

"""Outcome-measure builders: NPRS, PPT, ROM, PSFS, NDI and ODI keep raw items and ranges."""

from __future__ import annotations

import pytest

from bodymap.model import Instrument, MeasureTiming, Side, ValidationError
from bodymap.model.measures import (
    NDI_SECTIONS,
    NprsReading,
    PsfsAssessment,
    RomReading,
    check_psfs_continuity,
    ndi_measure,
    nprs_measure,
    odi_measure,
    ppt_kpa,
    ppt_measure,
    questionnaire_items,
)


def test_nprs_reading_label_and_timing():
    measure = nprs_measure(NprsReading.WORST_24H, 7, MeasureTiming.PRE)
    assert (measure.instrument, measure.label, measure.value) == (Instrument.NPRS, "worst 24 h", 7)
    with pytest.raises(ValidationError) as info:
        nprs_measure("current", 11)
    assert info.value.field == "NPRS current"
    assert "0 to 10" in info.value.message


def test_ppt_keeps_trials_and_shows_kpa():
    measure = ppt_measure("upper_trapezius.central.right", [2.0, 2.2, 2.4], side=Side.RIGHT)
    assert measure.value == pytest.approx(2.2)
    assert measure.items == (2.0, 2.2, 2.4)
    assert ppt_kpa(measure) == pytest.approx(215.746, abs=1e-3)


def test_rom_round_trips_through_outcome_measure():
    reading = RomReading(
        joint="Cervical spine", movement="rotation", side="right", degrees=62, active=False
    )
    back = RomReading.from_measure(reading.to_measure(MeasureTiming.POST))
    assert back == reading
    assert reading.title == "Cervical spine rotation, right (passive)"
    with pytest.raises(ValidationError, match="ROM degrees"):
        RomReading(joint="Knee", movement="flexion", degrees=400)


def test_psfs_round_trip_and_continuity():
    first = PsfsAssessment(
        version="1.0",
        activities=("Reversing the car", "Reading", "Lifting child"),
        scores=(3, 5, 2),
    )
    measure = first.to_measure()
    assert measure.value == pytest.approx(10 / 3)
    assert measure.item_labels == first.activities
    assert PsfsAssessment.from_measure(measure) == first
    later = PsfsAssessment(version="1.0", activities=first.activities, scores=(6, 7, 5))
    check_psfs_continuity(first, later)
    with pytest.raises(ValidationError) as info:
        check_psfs_continuity(
            first, PsfsAssessment(version="2.0", activities=first.activities, scores=(6, 7, 5))
        )
    assert info.value.field == "PSFS version"
    other = PsfsAssessment(activities=("Running", "Reading", "Lifting child"), scores=(1, 2, 3))
    with pytest.raises(ValidationError, match="same activities"):
        check_psfs_continuity(first, other)


def test_psfs_rejects_unknown_version_and_bad_scores():
    with pytest.raises(ValidationError, match="1.0, 2.0"):
        PsfsAssessment(version="3", activities=("a", "b", "c"), scores=(1, 2, 3))
    with pytest.raises(ValidationError) as info:
        PsfsAssessment(activities=("a", "b", "c"), scores=(1, 12, 3))
    assert info.value.field == "PSFS activity 2 score"


def test_ndi_and_odi_measures_keep_raw_items():
    items = [1, 2, 0, 3, 1, 2, 0, 1, 2, 1]
    ndi = ndi_measure(items)
    assert ndi.value == 13
    assert ndi.item_labels == NDI_SECTIONS
    assert questionnaire_items(ndi) == tuple(items)
    odi = odi_measure([3, 2, 2, 3, 2, 2, 3, 2, None, 2])
    assert odi.value == pytest.approx(46.67)
    assert questionnaire_items(odi)[8] is None

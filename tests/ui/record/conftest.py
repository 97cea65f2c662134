"""Fixtures for the record UI tests: a tmp database with a charted draft visit and a small atlas."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from bodymap.anatomy.atlas import Atlas
from bodymap.anatomy.types import (
    Confidence,
    Layer,
    Muscle,
    ReferralPattern,
    SiteNeedling,
    TriggerSite,
)
from bodymap.model import Clinician, Patient, Side, TriggerPoint, View, Visit
from bodymap.model.catalog_lists import PatientPosition, Technique
from bodymap.storage import ChartRepository, open_repository

# A handful of real catalogue-style entries; enough for the record forms, independent of the
# full atlas assets (which another part of the project builds).
_MUSCLES = {
    "upper_trapezius": ("Upper trapezius", "Head and neck"),
    "levator_scapulae": ("Levator scapulae", "Head and neck"),
    "gluteus_medius": ("Gluteus medius", "Hip and buttock"),
    "tibialis_anterior": ("Tibialis anterior", "Leg and foot"),
}


# Needling as the real catalogue has it for these two muscles (levator scapulae and tibialis
# anterior have no site here: the catalogue suggests nothing for them).
_NEEDLING = {
    "upper_trapezius": ((25.0, 40.0), None, "free border in a pincer grip", "lung apex"),
    "gluteus_medius": ((50.0, 75.0), "side", "onto the ilium", "superior gluteal nerve"),
}


def _needling(muscle: str, side: Side) -> SiteNeedling:
    length, lying, direction, at_risk = _NEEDLING[muscle]
    position = PatientPosition.PRONE
    if lying:  # side-lying, treated side up
        position = (
            PatientPosition.SIDE_LYING_LEFT
            if side is Side.RIGHT
            else PatientPosition.SIDE_LYING_RIGHT
        )
    return SiteNeedling(length, position, Technique.DEEP_DYNAMIC, direction, at_risk)


def _site(muscle: str, part: str, side: Side, safety: str, thorax: bool) -> TriggerSite:
    name = f"{_MUSCLES[muscle][0]}, {part}"
    return TriggerSite(
        id=f"{muscle}.{part}.{side.value}",
        muscle=muscle,
        name=name,
        view=View.POSTERIOR,
        x=150.0 if side is Side.LEFT else 250.0,
        y=190.0,
        side=side,
        location="test location",
        referral=ReferralPattern(essential=(), spillover=(), description=""),
        safety=safety,
        thorax_risk=thorax,
        confidence=Confidence.REFERENCE,
        needling=_needling(muscle, side),
    )


@pytest.fixture
def atlas() -> Atlas:
    return build_atlas()


def build_atlas() -> Atlas:
    muscles = {
        mid: Muscle(id=mid, name=name, group=group, layer=Layer.SUPERFICIAL)
        for mid, (name, group) in _MUSCLES.items()
    }
    trap_safety = "Lung apex below: pincer grip, needle horizontal, never downward."
    sites = [
        _site("upper_trapezius", "central", side, trap_safety, True)
        for side in (Side.LEFT, Side.RIGHT)
    ] + [
        _site("gluteus_medius", "tp1", Side.RIGHT, "Superior gluteal nerve and vessels.", False),
    ]
    return Atlas(
        views={},
        muscles=muscles,
        muscle_regions=(),
        surface_regions={},
        sites={s.id: s for s in sites},
    )


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[ChartRepository]:
    repository = open_repository(str(tmp_path / "record.sqlite"))
    yield repository
    repository.close()


@pytest.fixture
def charted_visit(repo: ChartRepository) -> int:
    return chart_visit(repo)


def chart_visit(repo: ChartRepository) -> int:
    """A draft visit with three trigger points: trapezius right/left (thorax), gluteus medius."""
    clinician = repo.add_clinician(Clinician(name="Ana Ruiz", credentials="PT, DPT"))
    patient = repo.add_patient(Patient(name="Zoë Ñúñez-Łukasiewicz", chart_number="C-101"))
    assert patient.id is not None
    assert clinician.id is not None
    visit = repo.add_visit(
        Visit(
            patient_id=patient.id,
            clinician_id=clinician.id,
            started_at=datetime(2026, 3, 12, 9, 30),
        )
    )
    assert visit.id is not None
    for site_id, muscle, side, x, y in (
        ("upper_trapezius.central.right", "upper_trapezius", Side.RIGHT, 250.0, 200.0),
        ("upper_trapezius.central.left", "upper_trapezius", Side.LEFT, 150.0, 200.0),
        ("gluteus_medius.tp1.right", "gluteus_medius", Side.RIGHT, 226.0, 378.0),
    ):
        repo.add_trigger_point(
            TriggerPoint(
                visit_id=visit.id,
                view=View.POSTERIOR,
                x=x,
                y=y,
                muscle=muscle,
                side=side,
                site=site_id,
            )
        )
    return visit.id

"""Needling suggestions are catalogue data: every row has them, each muscle its own."""

from __future__ import annotations

import json

import pytest

from bodymap.anatomy import needling_hints
from bodymap.anatomy.asset_json import AtlasError
from bodymap.anatomy.atlas import Atlas, load_atlas
from bodymap.anatomy.catalogue import load_catalogue
from bodymap.anatomy.regionsgen.catalogue_build import all_rows
from bodymap.anatomy.regionsgen.needling_rows import NEEDLING
from bodymap.model import Side
from bodymap.model.catalog_lists import PatientPosition
from bodymap.resources import asset_path


@pytest.fixture(scope="module")
def atlas() -> Atlas:
    return load_atlas()


def _suggest(atlas: Atlas, muscle: str, side: Side = Side.RIGHT, site: str | None = None):
    return needling_hints.suggest(atlas.sites, atlas.sites_for_muscle, muscle, side, site)


def test_every_catalogue_row_and_site_carries_its_needling(atlas: Atlas) -> None:
    assert {row.title for row in all_rows()} == set(NEEDLING)
    for site in atlas.sites.values():
        needling = site.needling
        assert needling is not None, site.id
        low, high = needling.length_mm
        assert 10 <= low <= high <= 125, site.id
        assert needling.direction.strip(), site.id
        assert needling.at_risk.strip(), site.id


def test_suggestions_differ_where_the_anatomy_differs(atlas: Atlas) -> None:
    trapezius = _suggest(atlas, "upper_trapezius")
    gluteus = _suggest(atlas, "gluteus_medius")
    infraspinatus = _suggest(atlas, "infraspinatus")
    assert trapezius is not None
    assert gluteus is not None
    assert infraspinatus is not None
    assert trapezius.needle_length_mm < gluteus.needle_length_mm  # a thin neck muscle, a deep hip
    assert "pincer" in trapezius.direction
    assert "lung" in trapezius.at_risk
    assert "scapula" in infraspinatus.direction
    assert gluteus.patient_position is PatientPosition.SIDE_LYING_LEFT  # right side up
    left = _suggest(atlas, "gluteus_medius", Side.LEFT)
    assert left is not None
    assert left.patient_position is PatientPosition.SIDE_LYING_RIGHT
    assert trapezius.patient_position is PatientPosition.PRONE
    assert (
        len({(h.needle_length_mm, h.direction) for h in (trapezius, gluteus, infraspinatus)}) == 3
    )
    for hint in (trapezius, gluteus, infraspinatus):
        assert hint.passes == 1


def test_a_suggestion_reads_the_charted_site_and_never_another_muscles(atlas: Atlas) -> None:
    site = next(s for s in atlas.sites.values() if s.muscle == "piriformis")
    hint = _suggest(atlas, "piriformis", site.side, site.id)
    assert hint is not None
    assert hint.site == site.id
    # a site id of another muscle is not borrowed: the point's own muscle decides
    hint = _suggest(atlas, "upper_trapezius", Side.RIGHT, site.id)
    assert hint is not None
    assert hint.site.startswith("upper_trapezius.")


def test_no_suggestion_without_a_catalogue_row(atlas: Atlas) -> None:
    assert "frontalis" in atlas.muscles  # charted on the map, but no catalogue row
    assert not atlas.sites_for_muscle("frontalis")
    assert _suggest(atlas, "frontalis") is None
    assert _suggest(atlas, "frontalis", site="upper_trapezius.central.right") is None


def test_a_site_without_needling_or_with_a_backward_range_is_refused(tmp_path, atlas) -> None:
    document = json.loads(asset_path("atlas/catalogue.json").read_text(encoding="utf-8"))
    views = {view.id: (view.width, view.height) for view in atlas.views.values()}
    muscles = set(atlas.muscles)
    del document["sites"][0]["needling"]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(AtlasError, match="needling"):
        load_catalogue(path, views, muscles)
    document = json.loads(asset_path("atlas/catalogue.json").read_text(encoding="utf-8"))
    document["sites"][0]["needling"]["length_mm"] = [60, 30]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(AtlasError, match="backwards"):
        load_catalogue(path, views, muscles)

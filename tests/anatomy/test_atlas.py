"""Loading the atlas: the shipped files, caching, and clear errors for malformed files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bodymap.anatomy.atlas import AtlasError, load_atlas, load_atlas_files
from bodymap.anatomy.types import Layer
from bodymap.errors import BodyMapError, UsageError
from bodymap.model import Side, View


def test_views_use_the_fixed_coordinate_contract(atlas):
    assert set(atlas.views) == {View.ANTERIOR, View.POSTERIOR}
    for info in atlas.views.values():
        assert (info.width, info.height) == (400, 840)
        assert info.art.endswith(".svg")


def test_load_atlas_is_cached(atlas):
    assert load_atlas() is atlas


def test_at_least_45_muscles_with_deep_layer(atlas):
    assert len(atlas.muscles) >= 45
    deep = {m for m in atlas.muscles.values() if m.layer is Layer.DEEP}
    assert {"piriformis", "gluteus_minimus", "quadratus_lumborum"} <= {m.id for m in deep}


def test_accessors(atlas):
    assert atlas.muscle_name("upper_trapezius") == "Upper trapezius"
    assert atlas.muscle_name("no_such_muscle") == "no_such_muscle"
    sites = atlas.sites_for_muscle("gluteus_medius")
    assert {s.id for s in sites} >= {"gluteus_medius.tp1.left", "gluteus_medius.tp3.right"}
    site = atlas.sites["upper_trapezius.central.right"]
    assert atlas.nearest_site(site.view, site.x + 1, site.y, 5) == site
    assert atlas.nearest_site(site.view, site.x + 50, site.y + 400, 5) is None
    assert atlas.inside_body(View.ANTERIOR, 200, 300)
    assert not atlas.inside_body(View.ANTERIOR, 5, 5)


def test_unknown_view_is_a_usage_error(atlas):
    with pytest.raises(UsageError, match="unknown view 'lateral'.*anterior, posterior"):
        atlas.hit("lateral", 200, 300)
    with pytest.raises(UsageError):
        atlas.nearest_site("sideways", 1, 1, 5)


@pytest.mark.parametrize(
    ("x", "y"), [(5.0, 5.0), (-100.0, 9000.0), (200.0, 2.0), (float("nan"), 3.0)]
)
def test_point_outside_the_body_is_an_empty_answer(atlas, x, y):
    hit = atlas.hit("posterior", x, y)
    assert not hit.inside_body
    assert hit.muscles == ()
    assert hit.region is None
    assert hit.top is None


def test_buttock_has_gluteus_maximus_on_top_and_deep_muscles_beneath(atlas):
    hit = atlas.hit(View.POSTERIOR, 228, 404)
    assert hit.top is not None
    assert hit.top.muscle == "gluteus_maximus"
    assert hit.top.side is Side.RIGHT
    beneath = [m.muscle for m in hit.muscles[1:]]
    assert "piriformis" in beneath
    assert all(m.layer is Layer.DEEP for m in hit.muscles[1:])
    assert hit.region == 224


def _write(path: Path, document: object) -> None:
    path.write_text(json.dumps(document), encoding="utf-8")


def test_valid_copies_load(atlas_files):
    atlas = load_atlas_files(atlas_files["body"], atlas_files["regions"], atlas_files["catalogue"])
    assert len(atlas.sites) > 100


def _load(files):
    return load_atlas_files(files["body"], files["regions"], files["catalogue"])


def test_invalid_json_names_the_file(atlas_files):
    atlas_files["regions"].write_text("{not json", encoding="utf-8")
    with pytest.raises(AtlasError, match=r"regions\.json is not valid JSON"):
        _load(atlas_files)


def test_missing_file_names_the_file(atlas_files):
    atlas_files["catalogue"].unlink()
    with pytest.raises(AtlasError, match=r"cannot read atlas file .*catalogue\.json"):
        _load(atlas_files)


def test_bad_coordinate_names_file_and_field(atlas_files):
    body = json.loads(atlas_files["body"].read_text(encoding="utf-8"))
    body["regions"][3]["exterior"][2] = ["a", 4]
    _write(atlas_files["body"], body)
    with pytest.raises(
        AtlasError, match=r"body\.json: regions\[3\]\.exterior\[2\]\[0\]: expected a finite"
    ):
        _load(atlas_files)


def test_unknown_muscle_in_catalogue(atlas_files):
    catalogue = json.loads(atlas_files["catalogue"].read_text(encoding="utf-8"))
    catalogue["sites"][0]["muscle"] = "gluteus_giganticus"
    _write(atlas_files["catalogue"], catalogue)
    with pytest.raises(
        AtlasError, match=r"catalogue\.json: sites\[0\]\.muscle: muscle 'gluteus_giganticus'"
    ):
        _load(atlas_files)


def test_site_outside_the_view_is_rejected_with_the_range(atlas_files):
    catalogue = json.loads(atlas_files["catalogue"].read_text(encoding="utf-8"))
    catalogue["sites"][1]["x"] = 4000
    _write(atlas_files["catalogue"], catalogue)
    with pytest.raises(
        AtlasError, match=r"sites\[1\]\.x: 4000 is outside the allowed range 0\.\.400"
    ):
        _load(atlas_files)


def test_missing_choir_segment_is_reported(atlas_files):
    regions = json.loads(atlas_files["regions"].read_text(encoding="utf-8"))
    regions["regions"] = [r for r in regions["regions"] if r["id"] != 130]
    _write(atlas_files["regions"], regions)
    with pytest.raises(AtlasError, match=r"CHOIR segments missing: \[130\]"):
        _load(atlas_files)


@pytest.mark.parametrize(
    "document",
    [
        [],
        {"format": 2, "views": []},
        {"format": 1},
        {"format": 1, "views": 3, "muscles": [], "regions": []},
    ],
)
def test_structurally_wrong_body_is_an_atlas_error(atlas_files, document):
    _write(atlas_files["body"], document)
    with pytest.raises(AtlasError, match=r"body\.json") as caught:
        _load(atlas_files)
    assert isinstance(caught.value, BodyMapError)


def test_unknown_side_value_lists_the_allowed_values(atlas_files):
    body = json.loads(atlas_files["body"].read_text(encoding="utf-8"))
    body["regions"][0]["side"] = "port"
    _write(atlas_files["body"], body)
    with pytest.raises(AtlasError, match="'port' is not one of: left, right, midline"):
        _load(atlas_files)


def test_missing_art_is_named(atlas_files):
    body = json.loads(atlas_files["body"].read_text(encoding="utf-8"))
    body["views"][1]["art"] = "atlas/nowhere.svg"
    _write(atlas_files["body"], body)
    with pytest.raises(AtlasError, match=r"views\[1\]\.art: asset 'atlas/nowhere.svg' not found"):
        _load(atlas_files)


def test_lazy_catalogue_is_read_on_first_use_with_the_same_errors(atlas_files):
    catalogue = json.loads(atlas_files["catalogue"].read_text(encoding="utf-8"))
    catalogue["sites"][0]["muscle"] = "gluteus_giganticus"
    _write(atlas_files["catalogue"], catalogue)
    atlas = load_atlas_files(
        atlas_files["body"], atlas_files["regions"], atlas_files["catalogue"], lazy_catalogue=True
    )
    assert atlas.hit("posterior", 200, 400).inside_body  # the rest of the atlas works
    with pytest.raises(AtlasError, match=r"catalogue\.json: sites\[0\]\.muscle"):
        _ = atlas.sites

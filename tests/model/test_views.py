"""The view table: one row per body view, laterality stated once, bad rows refused."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bodymap.anatomy.asset_json import AtlasError
from bodymap.anatomy.atlas import load_atlas_files
from bodymap.anatomy.needling_hints import starting_record
from bodymap.anatomy.rollups import CHOIR_SEGMENTS
from bodymap.model import Side, TriggerPoint, View
from bodymap.model.catalog_lists import PatientPosition
from bodymap.model.views import (
    VIEW_SPECS,
    layout_views,
    view_modes,
    view_of_choir_segment,
    view_spec,
    views_of_mode,
)
from bodymap.resources import asset_path


def test_every_view_has_one_row_and_its_own_slot() -> None:
    assert set(VIEW_SPECS) == set(View)
    assert all(key is spec.key for key, spec in VIEW_SPECS.items())
    assert len({spec.slot for spec in VIEW_SPECS.values()}) == len(VIEW_SPECS)
    assert layout_views() == (View.ANTERIOR, View.POSTERIOR)


def test_the_patients_side_on_the_viewers_left_is_the_common_contract() -> None:
    front, back = view_spec(View.ANTERIOR), view_spec(View.POSTERIOR)
    assert (front.left_of_viewer, front.right_of_viewer) == (Side.RIGHT, Side.LEFT)
    assert (back.left_of_viewer, back.right_of_viewer) == (Side.LEFT, Side.RIGHT)
    assert (front.side_letters, back.side_letters) == (("R", "L"), ("L", "R"))
    assert "RIGHT on the viewer's left" in front.orientation


def test_a_lateral_view_has_no_side_letters() -> None:
    lateral = replace(view_spec(View.POSTERIOR), left_of_viewer=None)
    assert (lateral.right_of_viewer, lateral.side_letters) == (None, None)
    assert lateral.orientation == "Posterior view"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"width": 0.0}, "width"),
        ({"height": -1.0}, "height"),
        ({"left_of_viewer": Side.MIDLINE}, "left_of_viewer"),
        ({"rollups": frozenset({"mbm", "nope"})}, "rollups"),
    ],
)
def test_a_bad_row_is_refused_naming_the_field(change: dict[str, object], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        replace(view_spec(View.ANTERIOR), **change)  # type: ignore[arg-type]


def test_view_modes_are_all_views_then_each_alone() -> None:
    assert view_modes() == ("both", "anterior", "posterior")
    assert views_of_mode("posterior") == (View.POSTERIOR,)
    assert views_of_mode("both") == views_of_mode("sideways") == layout_views()


def test_choir_segments_take_their_view_from_the_table() -> None:
    assert view_of_choir_segment(101) is view_spec(View.ANTERIOR)
    assert view_of_choir_segment(238) is view_spec(View.POSTERIOR)
    assert view_of_choir_segment(301) is None
    assert {s.view for s in CHOIR_SEGMENTS.values() if s.id < 200} == {View.ANTERIOR}
    assert {s.view for s in CHOIR_SEGMENTS.values() if s.id > 200} == {View.POSTERIOR}


def test_needling_position_without_a_catalogue_row_comes_from_the_view() -> None:
    # (a catalogue row carries its own position: tests/anatomy/test_needling_catalogue.py)
    for view, position in (
        (View.POSTERIOR, PatientPosition.PRONE),
        (View.ANTERIOR, PatientPosition.SUPINE),
    ):
        point = TriggerPoint(
            id=1, visit_id=1, view=view, x=200, y=300, muscle="frontalis", side=Side.LEFT
        )
        assert starting_record(point, None, 1, aftercare=False).patient_position is position


def test_the_atlas_refuses_a_viewbox_or_art_the_table_does_not_name(tmp_path: Path) -> None:
    body = asset_path("atlas/body.json").read_text(encoding="utf-8")
    others = (asset_path("atlas/regions.json"), asset_path("atlas/catalogue.json"))
    wide = tmp_path / "wide.json"
    wide.write_text(body.replace('"width":400', '"width":500', 1), encoding="utf-8")
    with pytest.raises(AtlasError, match="width.*400 x 840"):
        load_atlas_files(wide, *others)
    other_art = tmp_path / "art.json"
    other_art.write_text(
        body.replace('"atlas/anterior.svg"', '"atlas/posterior.svg"', 1), encoding="utf-8"
    )
    with pytest.raises(AtlasError, match="art.*anterior.svg"):
        load_atlas_files(other_art, *others)

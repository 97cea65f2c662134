"""The generator: deterministic, and its output loads as a valid atlas."""

from __future__ import annotations

import shutil

import pytest
from shapely.geometry import box

from bodymap.anatomy.atlas import load_atlas_files
from bodymap.anatomy.regionsgen.build import generate
from bodymap.anatomy.regionsgen.choir import arm_gap
from bodymap.anatomy.regionsgen.landmarks import LANDMARKS, outward_sign, to_atlas
from bodymap.model import Side, View
from bodymap.resources import asset_path


def test_generate_is_deterministic_and_loads(tmp_path):
    outputs = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        shutil.copy(asset_path("atlas/body.json"), folder / "body.json")
        lines = generate(folder)
        assert lines == ["regions.json: 74 CHOIR segments", "catalogue.json: 61 rows, 196 sites"]
        outputs.append([(folder / f).read_bytes() for f in ("regions.json", "catalogue.json")])
        atlas = load_atlas_files(*(folder / f"{n}.json" for n in ("body", "regions", "catalogue")))
        assert len(atlas.surface_regions) == 74
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    ("view", "side", "page_x"),
    [
        (View.ANTERIOR, Side.RIGHT, 170.0),
        (View.ANTERIOR, Side.LEFT, 230.0),
        (View.POSTERIOR, Side.LEFT, 170.0),
        (View.POSTERIOR, Side.RIGHT, 230.0),
    ],
)
def test_half_body_points_land_on_the_patients_side(view, side, page_x):
    assert to_atlas(view, side, (30.0, 100.0)) == (page_x, 100.0)
    assert outward_sign(view, side) == (1.0 if page_x > 200 else -1.0)


def test_landmarks_lie_on_one_half_of_the_figure():
    for name, (dx, y) in LANDMARKS.items():
        assert -1 <= dx <= 130, name
        assert 15 <= y <= 825, name


def test_a_figure_without_an_arm_gap_is_refused():
    with pytest.raises(ValueError, match="no gap between the arm and the trunk"):
        arm_gap(box(0, 0, 120, 800))

"""Hover read-out: every point of both figures names a muscle or an area, with the side."""

from __future__ import annotations

import pytest

from bodymap.anatomy.atlas import Atlas
from bodymap.anatomy.types import Hit, Layer, MuscleHit
from bodymap.model import Side, View
from bodymap.ui.canvas.hover import describe_hit

_SIDES = tuple(side.value for side in Side)


@pytest.mark.parametrize("view", list(View))
def test_every_point_on_the_body_names_a_side(atlas: Atlas, view: View) -> None:
    seen = 0
    for y in range(24, 820, 16):
        for x in range(4, 400, 8):
            hit = atlas.hit(view, x, y)
            text = describe_hit(atlas, hit)
            if not hit.inside_body:
                assert text == ""
                continue
            seen += 1
            assert any(f"{side})" in text or f", {side}" in text for side in _SIDES), text
            if hit.top is not None:
                assert text.startswith(f"{hit.top.name} ({hit.top.side.value})")
            assert len(text) < 110, text  # one status-bar line
    assert seen > 500


def test_deeper_muscles_are_named_once_with_a_differing_side(atlas: Atlas) -> None:
    hit = Hit(
        view=View.ANTERIOR,
        x=200,
        y=425,
        inside_body=True,
        muscles=(
            MuscleHit("adductor_longus", "Adductor longus", Side.RIGHT, Layer.SUPERFICIAL),
            MuscleHit("adductor_longus", "Adductor longus", Side.LEFT, Layer.SUPERFICIAL),
            MuscleHit("pectineus", "Pectineus", Side.LEFT, Layer.DEEP),
        ),
        region=None,
    )
    assert describe_hit(atlas, hit) == "Adductor longus (right) · deeper: Pectineus (left)"


def test_area_without_a_muscle_spells_out_the_side(atlas: Atlas) -> None:
    region = next(r for r in atlas.surface_regions.values() if r.name == "Face (R)")
    hit = Hit(View.ANTERIOR, 180, 90, inside_body=True, muscles=(), region=region.id)
    assert describe_hit(atlas, hit) == "Face, right — no charted muscle here"

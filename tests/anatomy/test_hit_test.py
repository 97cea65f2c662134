"""HitTester on hand-made geometry: ordering, sides, regions, and the empty answer."""

from __future__ import annotations

import pytest

from bodymap.anatomy.hit_test import HitTester
from bodymap.anatomy.types import Layer, Muscle, MuscleRegion, SurfaceRegion, ViewInfo
from bodymap.errors import UsageError
from bodymap.model import Side, View, ZonePolygon


def _square(x0: float, y0: float, x1: float, y1: float) -> ZonePolygon:
    return ZonePolygon(((x0, y0), (x1, y0), (x1, y1), (x0, y1)))


@pytest.fixture
def tester() -> HitTester:
    views = {
        View.POSTERIOR: ViewInfo(View.POSTERIOR, 400, 840, (_square(100, 100, 300, 500),), "x.svg")
    }
    muscles = {
        "big": Muscle("big", "Big superficial", "Hip and buttock", Layer.SUPERFICIAL),
        "deep_wide": Muscle("deep_wide", "Deep wide", "Hip and buttock", Layer.DEEP),
        "deep_small": Muscle("deep_small", "Deep small", "Hip and buttock", Layer.DEEP),
    }
    regions = [
        MuscleRegion(
            "deep_wide", Side.LEFT, View.POSTERIOR, Layer.DEEP, _square(110, 110, 190, 300)
        ),
        MuscleRegion(
            "big", Side.LEFT, View.POSTERIOR, Layer.SUPERFICIAL, _square(100, 100, 200, 400)
        ),
        MuscleRegion(
            "deep_small", Side.LEFT, View.POSTERIOR, Layer.DEEP, _square(140, 140, 160, 160)
        ),
        MuscleRegion(
            "big", Side.RIGHT, View.POSTERIOR, Layer.SUPERFICIAL, _square(200, 100, 300, 400)
        ),
    ]
    surface = [
        SurfaceRegion(
            223,
            "Buttock (L)",
            Side.LEFT,
            View.POSTERIOR,
            _square(100, 100, 200, 500),
            33,
            "hip_left",
        ),
    ]
    return HitTester(views, muscles, regions, surface)


def test_superficial_first_then_deep_most_specific_first(tester):
    hit = tester.hit(View.POSTERIOR, 150, 150)
    assert hit.inside_body
    assert [m.muscle for m in hit.muscles] == ["big", "deep_small", "deep_wide"]
    assert [m.layer for m in hit.muscles] == [Layer.SUPERFICIAL, Layer.DEEP, Layer.DEEP]
    assert all(m.side is Side.LEFT for m in hit.muscles)
    assert hit.muscles[0].name == "Big superficial"
    assert hit.region == 223


def test_side_comes_from_the_region(tester):
    hit = tester.hit("posterior", 250, 150)
    assert hit.top is not None
    assert (hit.top.muscle, hit.top.side) == ("big", Side.RIGHT)
    assert hit.region is None  # no CHOIR region drawn there in this toy atlas


def test_inside_body_without_muscle(tester):
    hit = tester.hit(View.POSTERIOR, 150, 450)
    assert hit.inside_body
    assert hit.muscles == ()
    assert hit.region == 223


def test_outside_body_is_empty(tester):
    hit = tester.hit(View.POSTERIOR, 50, 50)
    assert (hit.inside_body, hit.muscles, hit.region) == (False, (), None)
    assert not tester.inside_body(View.POSTERIOR, 350, 600)


def test_view_missing_from_the_atlas_or_unknown(tester):
    with pytest.raises(UsageError, match="not in the atlas"):
        tester.hit(View.ANTERIOR, 150, 150)
    with pytest.raises(UsageError, match="unknown view 'back'"):
        tester.hit("back", 150, 150)

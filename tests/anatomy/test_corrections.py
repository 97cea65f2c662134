"""Anatomy corrections of issue #13, each checked by clicking the landmark through the hit-test."""

from __future__ import annotations

import math

import pytest
from shapely.geometry import Polygon

from bodymap.anatomy.atlas import Atlas
from bodymap.anatomy.regionsgen.landmarks import UNITS_PER_CM, landmark, to_atlas
from bodymap.anatomy.rollups import MBM_AREAS, choir_to_mbm
from bodymap.anatomy.types import Layer
from bodymap.model import Side, View

SIDES = (Side.LEFT, Side.RIGHT)


def _at(view: View, side: Side, name: str) -> tuple[float, float]:
    return to_atlas(view, side, landmark(name))


def _muscles(atlas: Atlas, view: View, point: tuple[float, float]) -> set[tuple[str, Side]]:
    return {(m.muscle, m.side) for m in atlas.hit(view, *point).muscles}


def _regions(atlas: Atlas, muscle: str, view: View, side: Side) -> list[Polygon]:
    return [
        Polygon(r.polygon.exterior, r.polygon.holes)
        for r in atlas.regions_for_muscle(muscle)
        if r.view is view and r.side is side
    ]


@pytest.mark.parametrize("side", SIDES)
def test_a_click_on_the_superior_angle_returns_levator_scapulae(atlas: Atlas, side: Side) -> None:
    from bodymap.anatomy.artwork.landmarks import landmark as art_landmark

    point = _at(View.POSTERIOR, side, "scapula_superior_angle")
    # Both landmark tables put the superior angle at the same place on the art.
    assert point == pytest.approx(art_landmark("posterior", "superior_angle", side.value))
    assert ("levator_scapulae", side) in _muscles(atlas, View.POSTERIOR, point)
    # Beneath the trapezius there, as in the body.
    hit = atlas.hit(View.POSTERIOR, *point)
    assert hit.top is not None
    assert hit.top.muscle in {"upper_trapezius", "middle_trapezius"}
    site = atlas.sites[f"levator_scapulae.superior.{side.value}"]
    assert math.dist((site.x, site.y), point) < 1.0 * UNITS_PER_CM


@pytest.mark.parametrize("side", SIDES)
def test_upper_trapezius_central_site_is_half_way_from_neck_to_acromion(
    atlas: Atlas, side: Side
) -> None:
    site = atlas.sites[f"upper_trapezius.central.{side.value}"]
    neck = _at(View.POSTERIOR, side, "angle_of_neck")
    acromion = _at(View.POSTERIOR, side, "acromion")
    half_way = ((neck[0] + acromion[0]) / 2, (neck[1] + acromion[1]) / 2)
    assert math.dist((site.x, site.y), half_way) < 1.5 * UNITS_PER_CM
    hit = atlas.hit(View.POSTERIOR, site.x, site.y)
    assert hit.top is not None
    assert (hit.top.muscle, hit.top.side) == ("upper_trapezius", side)


@pytest.mark.parametrize("side", SIDES)
def test_gracilis_lines_the_inner_thigh_on_the_front(atlas: Atlas, side: Side) -> None:
    (region,) = _regions(atlas, "gracilis", View.ANTERIOR, side)
    assert region.area > 1000  # a strip from the pubis toward the knee, not a sliver
    _, top, _, bottom = region.bounds
    assert top < 430
    assert bottom > 570
    # A click 3 units inside the inner contour of the thigh lands on gracilis.
    sign = 1 if side is Side.LEFT else -1
    for y in (470.0, 520.0):
        steps = (200 + sign * d * 0.5 for d in range(80))
        inner = next(x for x in steps if atlas.inside_body(View.ANTERIOR, x, y))
        hit = atlas.hit(View.ANTERIOR, inner + sign * 3.0, y)
        assert hit.top is not None
        assert (hit.top.muscle, hit.top.side) == ("gracilis", side), y


@pytest.mark.parametrize("side", SIDES)
def test_pectoralis_minor_stops_at_the_nipple_line(atlas: Atlas, side: Side) -> None:
    nipple = _at(View.ANTERIOR, side, "nipple")
    (region,) = _regions(atlas, "pectoralis_minor", View.ANTERIOR, side)
    assert region.bounds[3] <= nipple[1]  # ribs 3-5: never below the nipple line
    below = (nipple[0], nipple[1] + 2 * UNITS_PER_CM)
    assert ("pectoralis_minor", side) not in _muscles(atlas, View.ANTERIOR, below)
    coracoid = _at(View.ANTERIOR, side, "coracoid")
    assert ("pectoralis_minor", side) in _muscles(atlas, View.ANTERIOR, coracoid)
    for tag in ("upper", "lower"):
        assert atlas.sites[f"pectoralis_minor.{tag}.{side.value}"].y < nipple[1]


@pytest.mark.parametrize("side", SIDES)
def test_ecrl_site_is_one_to_two_cm_below_the_elbow(atlas: Atlas, side: Side) -> None:
    site = atlas.sites[f"extensor_carpi_radialis.longus.{side.value}"]
    epicondyle = _at(site.view, side, "lateral_epicondyle")
    below = site.y - epicondyle[1]
    assert 1.0 * UNITS_PER_CM <= below <= 2.0 * UNITS_PER_CM
    assert math.dist((site.x, site.y), epicondyle) <= 2.0 * UNITS_PER_CM
    hit = atlas.hit(site.view, site.x, site.y)
    assert hit.top is not None
    assert (hit.top.muscle, hit.top.side) == ("extensor_carpi_radialis", side)


@pytest.mark.parametrize("side", SIDES)
def test_peroneus_brevis_has_its_own_area_and_a_distal_lateral_site(
    atlas: Atlas, side: Side
) -> None:
    assert atlas.muscles["peroneus_brevis"].layer is Layer.SUPERFICIAL
    for view in View:
        assert _regions(atlas, "peroneus_brevis", view, side), view
    site = atlas.sites[f"peroneus_brevis.tp1.{side.value}"]
    knee, ankle = landmark("fibular_head")[1], landmark("lateral_malleolus")[1]
    assert site.y > knee + 2 * (ankle - knee) / 3  # the lower third of the leg
    assert abs(site.x - 200) > abs(_at(site.view, side, "shin_low")[0] - 200)  # lateral
    hit = atlas.hit(site.view, site.x, site.y)
    assert hit.top is not None
    assert (hit.top.muscle, hit.top.side) == ("peroneus_brevis", side)
    longus = atlas.sites[f"peroneus_longus.longus.{side.value}"]
    assert longus.y < knee + (ankle - knee) / 3


@pytest.mark.parametrize("side", SIDES)
def test_gluteus_minimus_anterior_fibres_are_charted_on_the_front(atlas: Atlas, side: Side) -> None:
    (region,) = _regions(atlas, "gluteus_minimus", View.ANTERIOR, side)
    assert region.area > 200
    site = atlas.sites[f"gluteus_minimus.anterior.{side.value}"]
    assert site.view is View.ANTERIOR
    asis = _at(View.ANTERIOR, side, "asis")
    assert site.y > asis[1]  # below the front of the iliac crest
    hit = atlas.hit(View.ANTERIOR, site.x, site.y)
    assert ("gluteus_minimus", side) in {(m.muscle, m.side) for m in hit.muscles}
    assert hit.top is not None
    assert hit.top.muscle == "tensor_fasciae_latae"


@pytest.mark.parametrize("side", SIDES)
def test_a_click_on_the_face_counts_as_mbm_face_and_the_front_hip_as_hip(
    atlas: Atlas, side: Side
) -> None:
    cheek = atlas.hit(View.ANTERIOR, *_at(View.ANTERIOR, side, "cheek"))
    assert cheek.region in (103, 104)
    assert MBM_AREAS[choir_to_mbm(cheek.region) or 0] == "Face"
    # The side of the hip seen from the front, below the iliac crest and above the trochanter.
    hip = atlas.hit(View.ANTERIOR, *to_atlas(View.ANTERIOR, side, (58.0, 385.0)))
    assert hip.region in (120, 123)
    expected = "Rt hip" if side is Side.RIGHT else "Lt hip"
    assert MBM_AREAS[choir_to_mbm(hip.region) or 0] == expected

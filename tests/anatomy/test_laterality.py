"""Laterality is the patient's, per view: front shows the patient's right on the viewer's left."""

from __future__ import annotations

import pytest
from shapely.geometry import Polygon

from bodymap.model import Side, View


def _centroid_x(polygon) -> float:
    return Polygon(polygon.exterior, polygon.holes).centroid.x


@pytest.mark.parametrize(
    ("view", "x", "y", "muscle", "side", "region"),
    [
        # Anterior: the viewer's left half is the patient's right.
        (View.ANTERIOR, 165, 200, "pectoralis_major", Side.RIGHT, 108),
        (View.ANTERIOR, 235, 200, "pectoralis_major", Side.LEFT, 109),
        (View.ANTERIOR, 160, 520, None, Side.RIGHT, 126),
        # Posterior: the viewer's left half is the patient's left.
        (View.POSTERIOR, 150, 205, "infraspinatus", Side.LEFT, 208),
        (View.POSTERIOR, 250, 205, "infraspinatus", Side.RIGHT, 209),
        (View.POSTERIOR, 170, 415, "gluteus_maximus", Side.LEFT, 223),
    ],
)
def test_hit_reports_the_patients_side(atlas, view, x, y, muscle, side, region):
    hit = atlas.hit(view, x, y)
    assert hit.inside_body
    assert hit.top is not None
    assert hit.top.side is side
    if muscle:
        assert hit.top.muscle == muscle
    assert hit.region == region
    assert atlas.surface_regions[region].side is side


@pytest.mark.parametrize("view", [View.ANTERIOR, View.POSTERIOR])
def test_every_sided_region_lies_on_its_page_half(atlas, view):
    right_on_page_left = view is View.ANTERIOR
    for region in atlas.surface_regions.values():
        if region.view is view:
            on_page_left = _centroid_x(region.polygon) < 200
            assert on_page_left == ((region.side is Side.RIGHT) == right_on_page_left), region.id
    for region in atlas.muscle_regions:
        if region.view is view and region.side is not Side.MIDLINE:
            on_page_left = _centroid_x(region.polygon) < 200
            assert on_page_left == ((region.side is Side.RIGHT) == right_on_page_left), region


@pytest.mark.parametrize("view", [View.ANTERIOR, View.POSTERIOR])
def test_catalogue_sites_lie_on_their_sides_page_half(atlas, view):
    right_on_page_left = view is View.ANTERIOR
    for site in atlas.sites.values():
        if site.view is view:
            assert (site.x < 200) == ((site.side is Side.RIGHT) == right_on_page_left), site.id

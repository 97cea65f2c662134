"""Thorax risk by location (issue #13 item 2): the region, its landmarks and the rule."""

from __future__ import annotations

import json

import pytest

from bodymap.anatomy.asset_json import AtlasError
from bodymap.anatomy.atlas import load_atlas
from bodymap.anatomy.thorax import load_thorax, read_thorax, thorax_risk_rule
from bodymap.anatomy.thoraxgen import build_thorax
from bodymap.model import Side, TriggerPoint, View
from bodymap.resources import asset_path


def _point(view: View, x: float, y: float, muscle: str, site: str | None = None) -> TriggerPoint:
    atlas = load_atlas()
    hit = atlas.hit(view, x, y)
    assert muscle in {m.muscle for m in hit.muscles}, (muscle, hit.muscles)
    side = next(m.side for m in hit.muscles if m.muscle == muscle)
    return TriggerPoint(visit_id=1, view=view, x=x, y=y, muscle=muscle, side=side, site=site)


def test_committed_region_is_generated_from_the_current_sources():
    document = build_thorax(asset_path("atlas/body.json"))
    stored = json.loads(asset_path("atlas/thorax.json").read_text(encoding="utf-8"))
    assert stored == json.loads(json.dumps(document)), (
        "assets/atlas/thorax.json is stale: run python -m bodymap.anatomy.thoraxgen"
    )


@pytest.mark.parametrize(
    ("view", "x", "y", "muscle"),
    [
        (View.POSTERIOR, 208.0, 290.0, "longissimus_thoracis"),  # at T11-T12
        (View.ANTERIOR, 170.0, 264.0, "external_oblique"),  # over the lower ribs
        (View.POSTERIOR, 261.7, 224.9, "teres_minor"),  # lateral border of the scapula
        (View.POSTERIOR, 231.0, 144.8, "upper_trapezius"),  # over the lung apex
        (View.ANTERIOR, 226.4, 140.9, "scalenes"),  # supraclavicular fossa
        (View.ANTERIOR, 136.0, 212.0, "pectoralis_major"),  # at the axilla
    ],
)
def test_points_over_the_pleura_are_thorax_risk_whatever_the_muscle(view, x, y, muscle):
    rule = thorax_risk_rule(frozenset())  # no catalogue flags: location alone decides
    assert rule(_point(view, x, y, muscle))


@pytest.mark.parametrize(
    ("view", "x", "y", "muscle"),
    [
        (View.ANTERIOR, 185.0, 137.7, "sternocleidomastoid"),  # above the clavicle, medial
        (View.POSTERIOR, 124.0, 192.0, "deltoid"),  # over the shoulder joint
        (View.ANTERIOR, 150.0, 300.0, "external_oblique"),  # below the costal margin
        (View.POSTERIOR, 300.0, 333.0, "extensor_carpi_radialis"),  # forearm
        (View.POSTERIOR, 226.0, 378.0, "gluteus_medius"),
    ],
)
def test_points_away_from_the_thorax_are_not(view, x, y, muscle):
    assert not thorax_risk_rule(frozenset())(_point(view, x, y, muscle))


def test_catalogue_flags_still_count_below_t12():
    atlas = load_atlas()
    site = atlas.sites["quadratus_lumborum.superficial.right"]
    point = TriggerPoint(
        visit_id=1,
        view=site.view,
        x=site.x,
        y=site.y,
        muscle=site.muscle,
        side=Side.RIGHT,
        site=site.id,
    )
    assert not load_thorax().contains(site.view, site.x, site.y)
    assert thorax_risk_rule(atlas.thorax_risk_ids)(point)


def test_teres_minor_sites_are_at_risk_on_both_sides_though_the_catalogue_does_not_flag_them():
    atlas = load_atlas()
    rule = thorax_risk_rule(atlas.thorax_risk_ids)
    sites = atlas.sites_for_muscle("teres_minor")
    assert {s.side for s in sites} == {Side.LEFT, Side.RIGHT}
    for site in sites:
        assert not site.thorax_risk
        point = TriggerPoint(
            visit_id=1,
            view=site.view,
            x=site.x,
            y=site.y,
            muscle=site.muscle,
            side=site.side,
            site=site.id,
        )
        assert rule(point), site.id


def test_a_malformed_region_file_is_refused_naming_the_field(tmp_path):
    path = tmp_path / "thorax.json"
    path.write_text(json.dumps({"format": 1, "views": [{"id": "anterior", "polygons": []}]}))
    with pytest.raises(AtlasError, match="polygons"):
        read_thorax(path)
    path.write_text(json.dumps({"format": 1, "views": []}))
    with pytest.raises(AtlasError, match="views missing"):
        read_thorax(path)

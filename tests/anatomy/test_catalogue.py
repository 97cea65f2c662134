"""The trigger-point catalogue: every domain row, both sides, sites inside their muscles."""

from __future__ import annotations

from collections import Counter

import pytest
from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union

from bodymap.anatomy.regionsgen.catalogue_build import (
    BodyGeometry,
    all_rows,
    place_site,
    snap_inside,
)
from bodymap.anatomy.regionsgen.spec import M, Site
from bodymap.anatomy.types import Confidence
from bodymap.model import Side, View

#: The muscle ids the art and the catalogue agree on (anatomy brief).
CATALOGUE_MUSCLES = {
    "upper_trapezius", "middle_trapezius", "lower_trapezius", "levator_scapulae",
    "splenius_capitis", "splenius_cervicis", "suboccipitals", "semispinalis_capitis",
    "sternocleidomastoid", "scalenes", "masseter", "temporalis", "supraspinatus",
    "infraspinatus", "teres_minor", "teres_major", "subscapularis", "latissimus_dorsi",
    "rhomboids", "serratus_anterior", "pectoralis_major", "pectoralis_minor", "deltoid",
    "biceps_brachii", "triceps_brachii", "brachioradialis", "extensor_carpi_radialis",
    "extensor_carpi_ulnaris", "extensor_digitorum", "supinator", "iliocostalis_thoracis",
    "iliocostalis_lumborum", "multifidus", "quadratus_lumborum", "gluteus_maximus",
    "gluteus_medius", "gluteus_minimus", "piriformis", "tensor_fasciae_latae", "iliopsoas",
    "rectus_femoris", "vastus_lateralis", "vastus_medialis", "biceps_femoris", "semitendinosus",
    "adductor_longus", "adductor_magnus", "gastrocnemius", "soleus", "tibialis_anterior",
    "peroneus_longus", "peroneus_brevis", "peroneus_tertius", "extensor_digitorum_longus",
    "tibialis_posterior",
    "flexor_digitorum_longus", "abductor_hallucis", "quadratus_plantae", "flexor_hallucis_brevis",
    "extensor_digitorum_brevis",
}  # fmt: skip


def _shape(polygon) -> Polygon:
    return Polygon(polygon.exterior, polygon.holes)


def test_every_domain_row_is_authored():
    rows = all_rows()
    assert len(rows) == 61  # domain.md's 60, with peroneus longus and brevis apart
    assert {r.muscle for r in rows} == CATALOGUE_MUSCLES
    titles = Counter(r.muscle for r in rows)
    assert titles["sternocleidomastoid"] == 2  # sternal and clavicular divisions


def test_every_catalogue_muscle_has_a_region_on_both_sides(atlas):
    for muscle in CATALOGUE_MUSCLES:
        assert muscle in atlas.muscles
        sides = {r.side for r in atlas.regions_for_muscle(muscle)}
        assert {Side.LEFT, Side.RIGHT} <= sides, muscle


def test_every_site_lies_inside_its_muscle_region(atlas):
    regions: dict[tuple, list[Polygon]] = {}
    for r in atlas.muscle_regions:  # a muscle may be on the surface in part and deep elsewhere
        regions.setdefault((r.muscle, r.side, r.view), []).append(_shape(r.polygon))
    for site in atlas.sites.values():
        parts = regions[(site.muscle, site.side, site.view)]
        assert any(p.contains(Point(site.x, site.y)) for p in parts), site.id
        hit = atlas.hit(site.view, site.x, site.y)
        assert (site.muscle, site.side) in {(m.muscle, m.side) for m in hit.muscles}, site.id


def test_every_site_exists_on_both_sides_and_mirrors(atlas):
    for site in atlas.sites.values():
        if site.side is not Side.RIGHT:
            continue
        twin = atlas.sites[site.id.removesuffix(".right") + ".left"]
        assert (twin.view, twin.muscle, twin.name) == (site.view, site.muscle, site.name)
        assert abs((400 - twin.x) - site.x) < 1.5, site.id
        assert abs(twin.y - site.y) < 1.5, site.id
    sides = Counter(s.side for s in atlas.sites.values())
    assert sides[Side.LEFT] == sides[Side.RIGHT]


def test_named_sites_exist(atlas):
    for site_id in (
        "upper_trapezius.central.right",
        "sternocleidomastoid.sternal.left",
        "sternocleidomastoid.clavicular.right",
        "gluteus_medius.tp1.right",
        "gluteus_medius.tp2.left",
        "gluteus_medius.tp3.right",
        "infraspinatus.tp1.left",
        "infraspinatus.tp2.right",
        "deltoid.anterior.right",
        "deltoid.middle.left",
        "deltoid.posterior.right",
    ):
        assert site_id in atlas.sites


def test_referral_zones_are_non_empty_and_inside_the_body(atlas):
    bodies = {
        view: unary_union([_shape(p) for p in info.silhouette]).buffer(0.5)
        for view, info in atlas.views.items()
    }
    for site in atlas.sites.values():
        assert site.referral.essential, site.id
        assert site.referral.description.strip()
        for view, polygon in (*site.referral.essential, *site.referral.spillover):
            assert _shape(polygon).difference(bodies[view]).area < 0.5, site.id


def test_referral_follows_the_side_of_the_site(atlas):
    # Upper trapezius refers up the same side of the neck to the temple.
    for side, on_page_left in ((Side.RIGHT, False), (Side.LEFT, True)):
        site = atlas.sites[f"upper_trapezius.central.{side.value}"]
        back = [p for v, p in site.referral.essential if v is View.POSTERIOR]
        assert back
        assert all((_shape(p).centroid.x < 200) == on_page_left for p in back)
        front = [p for v, p in site.referral.essential if v is View.ANTERIOR]
        assert front, "the temple zone is on the front view"
        assert all((_shape(p).centroid.x < 200) == (not on_page_left) for p in front)


def test_thorax_flags_and_confidence_follow_the_domain_table(atlas):
    sites = atlas.sites
    for muscle in (
        "upper_trapezius",
        "scalenes",
        "rhomboids",
        "serratus_anterior",
        "quadratus_lumborum",
    ):
        assert all(s.thorax_risk for s in atlas.sites_for_muscle(muscle)), muscle
    for muscle in ("deltoid", "gluteus_maximus", "masseter", "soleus"):
        assert not any(s.thorax_risk for s in atlas.sites_for_muscle(muscle)), muscle
    assert sites["subscapularis.tp1.right"].confidence is Confidence.REFERENCE
    assert (
        sites["latissimus_dorsi.axillary.left"].confidence is Confidence.REFERENCE
    )  # mixed -> weaker
    assert sites["gluteus_medius.tp3.left"].confidence is Confidence.REFERENCE
    assert sites["gluteus_medius.tp1.left"].confidence is Confidence.SECONDARY
    assert all(s.safety.strip() and s.location.strip() for s in sites.values())


def test_every_site_carries_its_citation_and_a_tag_that_follows_from_it(atlas):
    """domain.md: rows drawn only from flashcards and blogs are secondary [S-2]."""
    sites = atlas.sites.values()
    assert all(s.citation.strip() for s in sites)
    by_tag = {c: [s for s in sites if s.confidence is c] for c in Confidence}
    assert by_tag[Confidence.SECONDARY], "flashcard- and blog-sourced rows are secondary"
    for site in by_tag[Confidence.SECONDARY]:
        assert "medlink" not in site.citation, site.id
        assert "NAMTPT" not in site.citation, site.id
    for site in by_tag[Confidence.REFERENCE]:
        assert "no public copy checked" in site.citation, site.id
    # Flashcards only (brainscape): secondary, and the citation says so.
    for site_id in ("gluteus_maximus.tp1.right", "quadratus_plantae.tp1.left"):
        assert atlas.sites[site_id].confidence is Confidence.SECONDARY
        assert "flashcards" in atlas.sites[site_id].citation
    upper_trap = atlas.sites["upper_trapezius.central.left"]
    assert upper_trap.confidence is Confidence.SOURCED
    assert "NAMTPT" in upper_trap.citation
    assert "fpnotebook" in upper_trap.citation
    assert Confidence.SECONDARY.evidence == "secondary"
    assert Confidence.REFERENCE.evidence == "unreviewed"


def test_every_row_has_listed_sources_whose_kind_decides_the_tag():
    from bodymap.anatomy.regionsgen.catalogue_build import all_rows
    from bodymap.anatomy.regionsgen.sources import PUBLISHERS, SOURCES, source_of

    titles = {row.title for row in all_rows()}
    assert titles == set(SOURCES)
    for title in titles:
        source = source_of(title)
        assert all(key in PUBLISHERS for key in source.keys)
        kinds = {PUBLISHERS[key][1] for key in source.keys}
        if source.tag == "S-2":
            assert kinds == {"secondary"}
        if source.tag == "S":
            assert "primary" in kinds


def test_snap_moves_an_outside_point_inside_and_keeps_an_inside_one():
    square = box(0, 0, 20, 20)
    assert snap_inside(square, 10, 10) == (10, 10)
    x, y = snap_inside(square, 35, 10)
    assert square.buffer(-1.9).contains(Point(x, y))
    sliver = box(0, 0, 1, 30)  # too thin for the inset: still lands inside
    assert sliver.contains(Point(*snap_inside(sliver, 9, 9)))


def test_sites_follow_a_refined_muscle_region():
    """When the art moves a muscle, regenerating places the site inside the new region."""
    site = Site("tp1", "test", View.POSTERIOR, M(0.5, 0.5))
    before = box(220, 100, 240, 140)
    after = box(250, 300, 262, 330)  # moved and shrunk by a refinement
    for region in (before, after):
        body = BodyGeometry(
            {View.POSTERIOR: box(0, 0, 400, 840)}, {("m", Side.RIGHT, View.POSTERIOR): region}
        )
        x, y = place_site(body, "m", site, Side.RIGHT)
        assert region.contains(Point(x, y))
    with pytest.raises(KeyError, match="no left region"):
        place_site(body, "m", site, Side.LEFT)

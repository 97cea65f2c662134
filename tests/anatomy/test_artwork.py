"""Checks on the generated body art and muscle regions (assets/atlas/body.json and the SVGs)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from shapely import STRtree
from shapely.affinity import scale
from shapely.geometry import Polygon
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[2]
ATLAS = ROOT / "assets" / "atlas"
SVG_NS = "{http://www.w3.org/2000/svg}"

REQUIRED_ANTERIOR = (
    "sternocleidomastoid",
    "scalenes",
    "masseter",
    "temporalis",
    "upper_trapezius",
    "deltoid",
    "pectoralis_major",
    "serratus_anterior",
    "biceps_brachii",
    "brachioradialis",
    "extensor_carpi_radialis",
    "tensor_fasciae_latae",
    "iliopsoas",
    "rectus_femoris",
    "vastus_lateralis",
    "vastus_medialis",
    "adductor_longus",
    "tibialis_anterior",
    "peroneus_longus",
    "extensor_digitorum_longus",
    "peroneus_tertius",
    "extensor_digitorum_brevis",
    "abductor_hallucis",
)
REQUIRED_POSTERIOR = (
    "upper_trapezius",
    "middle_trapezius",
    "lower_trapezius",
    "levator_scapulae",
    "splenius_capitis",
    "semispinalis_capitis",
    "infraspinatus",
    "teres_minor",
    "teres_major",
    "deltoid",
    "latissimus_dorsi",
    "triceps_brachii",
    "extensor_carpi_ulnaris",
    "extensor_digitorum",
    "extensor_carpi_radialis",
    "brachioradialis",
    "iliocostalis_thoracis",
    "iliocostalis_lumborum",
    "gluteus_maximus",
    "gluteus_medius",
    "biceps_femoris",
    "semitendinosus",
    "adductor_magnus",
    "gastrocnemius",
    "soleus",
    "peroneus_longus",
    "abductor_hallucis",
    "flexor_hallucis_brevis",
)
REQUIRED_DEEP = (
    "suboccipitals",
    "splenius_cervicis",
    "subscapularis",
    "rhomboids",
    "pectoralis_minor",
    "supinator",
    "multifidus",
    "quadratus_lumborum",
    "gluteus_minimus",
    "piriformis",
    "tibialis_posterior",
    "flexor_digitorum_longus",
    "quadratus_plantae",
)
GROUPS = {
    "Head and neck",
    "Shoulder girdle and upper back",
    "Arm and forearm",
    "Trunk and lumbar spine",
    "Hip and buttock",
    "Thigh",
    "Leg and foot",
}


@pytest.fixture(scope="module")
def body() -> dict:
    return json.loads((ATLAS / "body.json").read_text(encoding="utf-8"))


def shape(item: dict) -> Polygon:
    return Polygon(item["exterior"], item["holes"])


def silhouettes(body: dict) -> dict[str, Polygon]:
    return {v["id"]: unary_union([shape(p) for p in v["silhouette"]]) for v in body["views"]}


def test_document_shape(body):
    assert body["format"] == 1
    assert [v["id"] for v in body["views"]] == ["anterior", "posterior"]
    for view in body["views"]:
        assert (view["width"], view["height"]) == (400, 840)
        assert view["art"] == f"atlas/{view['id']}.svg"
        assert (ROOT / "assets" / view["art"]).is_file()
    for region in body["regions"]:
        assert set(region) == {"muscle", "side", "view", "layer", "exterior", "holes"}
        assert region["side"] in {"left", "right", "midline"}
        assert region["layer"] in {"superficial", "deep"}
        for x, y in region["exterior"]:
            assert round(x, 1) == x
            assert round(y, 1) == y


def test_muscle_list(body):
    ids = [m["id"] for m in body["muscles"]]
    assert len(ids) == len(set(ids)) >= 45
    assert {m["group"] for m in body["muscles"]} <= GROUPS
    assert all(m["name"] and m["name"][0].isupper() for m in body["muscles"])
    with_regions = {r["muscle"] for r in body["regions"]}
    assert set(ids) == with_regions
    names = {m["id"]: m["name"] for m in body["muscles"]}
    assert names["semitendinosus"] == "Semitendinosus / semimembranosus"


def test_required_muscles_present(body):
    have = defaultdict(set)
    for r in body["regions"]:
        have[(r["view"], r["layer"])].add(r["muscle"])
    assert set(REQUIRED_ANTERIOR) <= have[("anterior", "superficial")]
    assert set(REQUIRED_POSTERIOR) <= have[("posterior", "superficial")]
    every = have[("anterior", "deep")] | have[("posterior", "deep")]
    assert set(REQUIRED_DEEP) <= every
    assert "supraspinatus" in every | have[("posterior", "superficial")]
    assert "subscapularis" in have[("posterior", "deep")]
    assert "pectoralis_minor" in have[("anterior", "deep")]


def test_one_region_per_muscle_side_view_layer(body):
    keys = [(r["muscle"], r["side"], r["view"], r["layer"]) for r in body["regions"]]
    assert len(keys) == len(set(keys))


def test_regions_are_single_valid_pieces(body):
    for r in body["regions"]:
        poly = shape(r)
        assert poly.is_valid, (r["muscle"], r["side"], r["view"])
        assert poly.area > 4.0, (r["muscle"], r["view"], poly.area)


def test_regions_inside_silhouette(body):
    sil = {k: v.buffer(0.5) for k, v in silhouettes(body).items()}
    for r in body["regions"]:
        outside = shape(r).difference(sil[r["view"]]).area
        assert outside < 0.05, (r["muscle"], r["side"], r["view"], outside)


def test_silhouette_is_one_figure(body):
    for view in body["views"]:
        assert len(view["silhouette"]) == 1
        poly = shape(view["silhouette"][0])
        assert poly.is_valid
        minx, miny, maxx, maxy = poly.bounds
        assert miny == pytest.approx(20, abs=1)
        assert maxy == pytest.approx(821, abs=1.5)
        assert minx + maxx == pytest.approx(400, abs=0.5)


@pytest.mark.parametrize("view", ["anterior", "posterior"])
@pytest.mark.parametrize("layer", ["superficial", "deep"])
def test_no_overlap_within_layer(body, view, layer):
    regions = [r for r in body["regions"] if r["view"] == view and r["layer"] == layer]
    polys = [shape(r) for r in regions]
    tree = STRtree(polys)
    for i, j in zip(*tree.query(polys, predicate="intersects"), strict=True):
        if i < j:
            area = polys[i].intersection(polys[j]).area
            assert area < 0.5, (regions[i]["muscle"], regions[j]["muscle"], area)


def test_left_right_pairs_mirror(body):
    by_key = {(r["view"], r["layer"], r["muscle"], r["side"]): shape(r) for r in body["regions"]}
    pairs = 0
    for (view, layer, muscle, side), poly in by_key.items():
        if side != "left":
            continue
        other = by_key[(view, layer, muscle, "right")]
        mirrored = scale(other, xfact=-1, yfact=1, origin=(200, 0))
        assert poly.hausdorff_distance(mirrored) < 1.5, (view, muscle)
        pairs += 1
    assert pairs == len(by_key) // 2


def test_laterality(body):
    for r in body["regions"]:
        x = shape(r).centroid.x
        viewer_left = x < 200
        if r["view"] == "anterior":
            assert viewer_left == (r["side"] == "right"), (r["muscle"], r["side"])
        else:
            assert viewer_left == (r["side"] == "left"), (r["muscle"], r["side"])


def test_superficial_coverage(body):
    from bodymap.anatomy.artwork.report import limb_trunk_area

    for view, sil in silhouettes(body).items():
        area = limb_trunk_area(sil)
        polys = [
            shape(r) for r in body["regions"] if r["view"] == view and r["layer"] == "superficial"
        ]
        share = unary_union(polys).intersection(area).area / area.area
        print(f"{view}: superficial muscle covers {share:.1%} of trunk and limbs")
        assert share > 0.85


def test_generator_is_deterministic_and_assets_current(tmp_path):
    from bodymap.anatomy.artwork.build import write_all

    write_all(tmp_path / "one")
    write_all(tmp_path / "two")
    for name in ("body.json", "anterior.svg", "posterior.svg"):
        first = (tmp_path / "one" / "atlas" / name).read_bytes()
        assert first == (tmp_path / "two" / "atlas" / name).read_bytes()
        assert first == (ATLAS / name).read_bytes(), f"{name} is stale: rerun the generator"


@pytest.mark.parametrize("view", ["anterior", "posterior"])
def test_svg_is_plain_and_names_every_superficial_region(body, view):
    text = (ATLAS / f"{view}.svg").read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.get("viewBox") == "0 0 400 840"
    tags = {el.tag.removeprefix(SVG_NS) for el in root.iter()}
    assert not tags & {"filter", "mask", "style", "clipPath", "image", "foreignObject"}
    assert "var(" not in text
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    on_surface = {
        (r["muscle"], r["side"])
        for r in body["regions"]
        if r["view"] == view and r["layer"] == "superficial"
    }
    for r in body["regions"]:
        ident = f"muscle-{r['muscle']}-{r['side']}"
        if r["view"] == view and r["layer"] == "superficial":
            assert ident in ids
        elif r["view"] == view and (r["muscle"], r["side"]) not in on_surface:
            assert ident not in ids  # deep muscles live only in body.json
    outline = next(el for el in root.iter() if el.get("id") == "outline").get("d")
    assert "C" in outline
    assert len(re.findall(r"[-\d.]+,[-\d.]+", outline)) < 3000


@pytest.mark.parametrize("view", ["anterior", "posterior"])
def test_svglib_renders_the_art(view):
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(str(ATLAS / f"{view}.svg"))
    assert drawing is not None
    # svglib converts CSS pixels to points (0.75 pt per px).
    assert (drawing.width, drawing.height) == (300, 630)
    assert len(drawing.getContents()) > 0


def test_curve_passes_through_its_knots():
    from bodymap.anatomy.artwork.shapes import bezier, parse, sample

    knots = parse("0,0 10,0* 10,10 0,10")
    points = sample(bezier(knots), steps=4)
    for k in knots:
        assert (k.x, k.y) in points
    assert len(points) == 4 * 4 + 1


def test_landmarks_lie_on_the_figure_and_follow_laterality(body):
    from shapely.geometry import Point

    from bodymap.anatomy.artwork.landmarks import POINTS, landmark

    sil = silhouettes(body)
    for view, points in POINTS.items():
        for name in points:
            for side in ("left", "right"):
                x, y = landmark(view, name, side)
                assert sil[view].buffer(0.5).contains(Point(x, y)), (view, name, side)
    assert landmark("anterior", "acromion", "right")[0] < 200
    assert landmark("posterior", "acromion", "left")[0] < 200
    with pytest.raises(ValueError, match="side"):
        landmark("anterior", "acromion", "midline")


@pytest.mark.parametrize("view", ["anterior", "posterior"])
def test_muscles_and_bare_zones_tile_trunk_and_limbs(view):
    from bodymap.anatomy.artwork import back, front
    from bodymap.anatomy.artwork.build import build_view
    from bodymap.anatomy.artwork.report import limb_trunk_area

    build = build_view(view, front if view == "anterior" else back)
    area = limb_trunk_area(build.half.silhouette)
    holes = build.half.uncovered.intersection(area).area
    assert holes / area.area < 0.005, f"{holes:.1f} sq units left bare"
    assert not [n for n in build.half.notes if "no area left" in n]
    dropped = [n for n in build.half.notes if "dropped" in n]
    assert len(dropped) <= 1, dropped

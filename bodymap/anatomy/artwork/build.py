"""Build both views: resolve regions, mirror them, and write body.json and the two SVGs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from shapely.geometry import Polygon
from shapely.ops import unary_union

from bodymap.anatomy.artwork import back, details, front
from bodymap.anatomy.artwork.muscle_table import MUSCLES
from bodymap.anatomy.artwork.outline import silhouette
from bodymap.anatomy.artwork.resolve import (
    HalfView,
    largest_piece,
    resolve_half,
    simplify_coverage,
)
from bodymap.anatomy.artwork.shapes import mirror_geometry
from bodymap.anatomy.artwork.svg import (
    DETAIL,
    FIBRE,
    MUSCLE_LINE,
    OUTLINE,
    SKIN,
    document,
    element,
    fibre_lines,
    polygon_path,
)

VIEWS: tuple[tuple[str, ModuleType], ...] = (("anterior", front), ("posterior", back))
WIDTH, HEIGHT = 400, 840
# Reserved zones drawn as pale bone/tendon patches (the rest is plain skin).
BONY = {
    "clavicle",
    "sternum",
    "patella",
    "patellar_tendon",
    "tibia",
    "malleolus_medial",
    "malleolus_lateral",
    "olecranon",
    "sacrum",
    "achilles",
    "spine",
    "linea_alba",
    "heel",
    "popliteal_fossa",
}


SOFT_BORDER = {"upper_trapezius", "middle_trapezius", "lower_trapezius"}


@dataclass
class ViewBuild:
    """Everything built for one view."""

    name: str
    silhouette: Polygon
    half: HalfView
    regions: list[dict[str, Any]]


def side_names(view: str) -> tuple[str, str]:
    """Patient's side of the viewer's (left, right) halves in a view."""
    return ("right", "left") if view == "anterior" else ("left", "right")


def coords(poly: Polygon) -> dict[str, Any]:
    """Exterior and holes as JSON lists rounded to 0.1 (closing point dropped)."""

    def ring(r: Any) -> list[list[float]]:
        pts = [[round(x, 1), round(y, 1)] for x, y in r.coords]
        return pts[:-1] if pts and pts[0] == pts[-1] else pts

    return {"exterior": ring(poly.exterior), "holes": [ring(h) for h in poly.interiors]}


def build_view(name: str, module: ModuleType) -> ViewBuild:
    """Resolve one view and produce its mirrored regions."""
    sil = silhouette(name)
    half = resolve_half(
        name, sil, module.RESERVED, module.SUPERFICIAL, module.DEEP, module.CLIPPED_BY_BONE
    )
    simplify_coverage(half)
    left_side, right_side = side_names(name)
    regions: list[dict[str, Any]] = []
    for layer, shapes in (("superficial", half.superficial), ("deep", half.deep)):
        for muscle_id, poly in shapes.items():
            mirrored = largest_piece(mirror_geometry(poly))
            assert mirrored is not None
            for side, geom in ((left_side, poly), (right_side, mirrored)):
                regions.append(
                    {"muscle": muscle_id, "side": side, "view": name, "layer": layer} | coords(geom)
                )
    whole = unary_union([half.silhouette, mirror_geometry(half.silhouette)])
    whole_poly = largest_piece(whole.buffer(0.01).buffer(-0.01).simplify(0.15))
    assert whole_poly is not None
    return ViewBuild(name, Polygon(whole_poly.exterior), half, regions)


def body_json(builds: list[ViewBuild]) -> dict[str, Any]:
    """The body.json document."""
    views = [
        {
            "id": b.name,
            "width": WIDTH,
            "height": HEIGHT,
            "art": f"atlas/{b.name}.svg",
            "silhouette": [coords(b.silhouette)],
        }
        for b in builds
    ]
    muscles = [
        {
            "id": m.id,
            "name": m.name,
            "group": m.group,
            "layer": m.layer,
            "uberon": m.uberon,
            "fma": m.fma,
        }
        for m in MUSCLES
    ]
    regions = [r for b in builds for r in b.regions]
    return {"format": 1, "views": views, "muscles": muscles, "regions": regions}


def art(build: ViewBuild) -> str:
    """The SVG art of one view."""
    outline = polygon_path(build.silhouette)
    body = [element("path", id="skin", d=outline, fill=SKIN, stroke="none")]
    body.append('<g id="bone" fill="#f0e2d4" stroke="#c9a99a" stroke-width="0.4">')
    for zone, geom in _reserved_pieces(build):
        body.append(element("path", id=f"bone-{zone}", d=polygon_path(geom)))
    body.append("</g>")
    body.append(
        f'<g id="muscles" fill="url(#belly)" stroke="{MUSCLE_LINE}" stroke-width="0.5" '
        'stroke-linejoin="round">'
    )
    fibres = []
    superficial = [r for r in build.regions if r["layer"] == "superficial"]
    # Parts of one muscle go first with a faint border; neighbours then redraw the outer edges.
    superficial.sort(key=lambda r: r["muscle"] not in SOFT_BORDER)
    for region in superficial:
        poly = Polygon(region["exterior"], region["holes"])
        ident = f"muscle-{region['muscle']}-{region['side']}"
        if region["muscle"] in SOFT_BORDER:
            body.append(element("path", id=ident, d=polygon_path(poly), stroke=FIBRE))
        else:
            body.append(element("path", id=ident, d=polygon_path(poly)))
        hint = details.fibre_for(build.name, region["muscle"], region["side"], poly)
        lines = fibre_lines(poly, hint)
        if lines:
            fibres.append(element("path", d=lines))
    body.append("</g>")
    body.append(f'<g id="fibres" fill="none" stroke="{FIBRE}" stroke-width="0.28">')
    body.extend(fibres)
    body.append("</g>")
    body.append(
        f'<g id="details" fill="none" stroke="{DETAIL}" stroke-width="0.55" stroke-linecap="round">'
    )
    body.extend(element("path", d=d) for d in details.detail_paths(build.name))
    body.append("</g>")
    body.append(
        f'<g id="creases" fill="none" stroke="{DETAIL}" stroke-width="0.35" '
        'stroke-linecap="round" stroke-opacity="0.8">'
    )
    body.extend(element("path", d=d) for d in details.crease_paths(build.name))
    body.append("</g>")
    body.append(
        element(
            "path",
            id="outline",
            d=outline,
            fill="none",
            stroke=OUTLINE,
            stroke_width="1.3",
            stroke_linejoin="round",
        )
    )
    return document(body, f"BodyMap {build.name} view")


def _reserved_pieces(build: ViewBuild) -> list[tuple[str, Polygon]]:
    """Bony reserved zones of both halves, trimmed to the silhouette."""
    module = front if build.name == "anterior" else back
    from bodymap.anatomy.artwork.shapes import polygon

    out = []
    for zone, spec in module.RESERVED:
        if zone not in BONY:
            continue
        piece = largest_piece(polygon(spec).intersection(build.half.silhouette))
        if piece is None:
            continue
        out.append((zone, piece))
        mirrored = largest_piece(mirror_geometry(piece))
        if mirrored is not None:
            out.append((zone, mirrored))
    return out


def write_all(assets: Path) -> list[ViewBuild]:
    """Build everything and write body.json plus the two SVGs under ``assets/atlas``."""
    builds = [build_view(name, module) for name, module in VIEWS]
    target = assets / "atlas"
    target.mkdir(parents=True, exist_ok=True)
    text = json.dumps(body_json(builds), separators=(",", ":"))
    (target / "body.json").write_text(text + "\n", encoding="utf-8")
    for b in builds:
        (target / f"{b.name}.svg").write_text(art(b), encoding="utf-8")
    return builds

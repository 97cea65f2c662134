"""Read body.json, cut the CHOIR regions, place the catalogue, and write both JSON files."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from bodymap.anatomy.regionsgen.catalogue_build import (
    BodyGeometry,
    build_catalogue,
    polygon_json,
    rounded_polygons,
)
from bodymap.anatomy.regionsgen.choir import cut_view
from bodymap.anatomy.rollups import CHOIR_SEGMENTS
from bodymap.model import Side, View
from bodymap.resources import assets_root


def _polygon(entry: dict[str, Any]) -> Polygon:
    return Polygon(entry["exterior"], entry.get("holes") or [])


def read_body(path: Path) -> BodyGeometry:
    """Read the silhouettes and muscle regions of body.json as shapely geometry."""
    document = json.loads(path.read_text(encoding="utf-8"))
    silhouettes: dict[View, BaseGeometry] = {
        View(v["id"]): unary_union([_polygon(p) for p in v["silhouette"]])
        for v in document["views"]
    }
    parts: dict[tuple[str, Side, View], list[Polygon]] = {}
    for r in document["regions"]:
        parts.setdefault((r["muscle"], Side(r["side"]), View(r["view"])), []).append(_polygon(r))
    # A muscle visible in one place and deep in another (levator scapulae) is one area to place
    # its sites in: the union of its parts.
    regions = {key: _whole(polygons) for key, polygons in parts.items()}
    return BodyGeometry(silhouettes, regions)


def _whole(polygons: list[Polygon]) -> Polygon:
    if len(polygons) == 1:
        return polygons[0]
    union = unary_union([p.buffer(0.05) for p in polygons]).buffer(-0.05)
    pieces = [g for g in getattr(union, "geoms", [union]) if isinstance(g, Polygon)]
    return max(pieces, key=lambda g: g.area)


def build_regions(body: BodyGeometry) -> dict[str, Any]:
    """Cut every view into CHOIR segments and return the regions document."""
    regions: list[dict[str, Any]] = []
    for view, silhouette in body.silhouettes.items():
        for choir_id, polygon in sorted(cut_view(view, silhouette).items()):
            segment = CHOIR_SEGMENTS[choir_id]
            simple = clean_polygon(polygon, silhouette, tolerance=0.2)
            regions.append(
                {
                    "id": choir_id,
                    "name": segment.name,
                    "view": view.value,
                    "side": segment.side.value,
                    "mbm": segment.mbm,
                    "wpi": segment.wpi,
                    **polygon_json(simple),
                }
            )
    return {"format": 1, "regions": sorted(regions, key=lambda r: r["id"])}


def clean_polygon(polygon: Polygon, clip: BaseGeometry, tolerance: float) -> Polygon:
    """Simplify, clip to ``clip`` and round to 0.1 unit, keeping the largest valid piece."""
    pieces = rounded_polygons(polygon.intersection(clip), tolerance)
    return max(pieces, key=lambda g: g.area)


def write_json(path: Path, document: dict[str, Any]) -> None:
    """Write ``document`` to ``path`` atomically (temp file + rename), compact but diffable."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    # One entry per line keeps diffs readable without bloating the file.
    text = text.replace('},{"id"', '},\n{"id"')
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text + "\n")
    os.chmod(temp, 0o644)  # mkstemp creates 0600; assets are world-readable
    os.replace(temp, path)


def generate(folder: Path | None = None) -> list[str]:
    """Regenerate regions.json and catalogue.json in ``folder`` (default assets/atlas).

    Returns:
        One summary line per file written.
    """
    folder = folder or assets_root() / "atlas"
    body = read_body(folder / "body.json")
    regions = build_regions(body)
    catalogue = build_catalogue(body)
    write_json(folder / "regions.json", regions)
    write_json(folder / "catalogue.json", catalogue)
    return [
        f"regions.json: {len(regions['regions'])} CHOIR segments",
        f"catalogue.json: {catalogue['rows']} rows, {len(catalogue['sites'])} sites",
    ]

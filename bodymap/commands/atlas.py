"""``bodymap atlas``: the atlas's layers and catalogue, hit-testing, and review renders."""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import TYPE_CHECKING, Any

from bodymap.errors import BodyMapError, UsageError

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.anatomy.types import Hit, TriggerSite
    from bodymap.model import ZonePolygon

LAYERS_HELP = "muscles, regions, sites or referral:SITE_ID"
NEAREST_SITE_DISTANCE = 15.0  # atlas units; about a fingertip on a full-screen figure


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``atlas`` command and its ``hit`` and ``render`` subcommands."""
    parser = subparsers.add_parser(
        "atlas",
        help="show the atlas (views, muscles, trigger-point sites, CHOIR regions)",
        description="Show the atlas: views, muscles, catalogue sites and CHOIR surface regions.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON (a stable contract)")
    parser.set_defaults(func=_show)
    commands = parser.add_subparsers(dest="atlas_command", metavar="SUBCOMMAND")

    hit = commands.add_parser("hit", help="what lies at a point", description="What lies at X Y.")
    hit.add_argument("view", metavar="VIEW", help="anterior or posterior")
    hit.add_argument("x", metavar="X", type=float, help="x in atlas units (0-400)")
    hit.add_argument("y", metavar="Y", type=float, help="y in atlas units (0-840)")
    hit.add_argument("--json", action="store_true", help="print JSON")
    hit.set_defaults(func=_hit)

    render = commands.add_parser(
        "render", help="draw a layer over the body art to a PNG", description="Render a layer."
    )
    render.add_argument("--out", required=True, metavar="FILE.png", help="PNG file to write")
    render.add_argument("--view", metavar="VIEW", help="anterior or posterior (default: both)")
    render.add_argument("--layer", default="muscles", metavar="LAYER", help=LAYERS_HELP)
    render.add_argument(
        "--force", action="store_true", help="replace an existing file that is not a PNG"
    )
    render.set_defaults(func=_render)


def _polygon(polygon: ZonePolygon) -> dict[str, Any]:
    return {
        "exterior": [list(p) for p in polygon.exterior],
        "holes": [[list(p) for p in h] for h in polygon.holes],
    }


def _site(site: TriggerSite) -> dict[str, Any]:
    def zones(entries: tuple[tuple[Any, ZonePolygon], ...]) -> list[dict[str, Any]]:
        return [{"view": view.value, **_polygon(polygon)} for view, polygon in entries]

    return {
        "id": site.id,
        "muscle": site.muscle,
        "name": site.name,
        "view": site.view.value,
        "x": site.x,
        "y": site.y,
        "side": site.side.value,
        "location": site.location,
        "referral": {
            "description": site.referral.description,
            "essential": zones(site.referral.essential),
            "spillover": zones(site.referral.spillover),
        },
        "safety": site.safety,
        "thorax_risk": site.thorax_risk,
        "confidence": site.confidence.value,
        "evidence": site.confidence.evidence,
        "citation": site.citation,
    }


def atlas_document(atlas: Atlas) -> dict[str, Any]:
    """Return the JSON contract of ``bodymap atlas --json``."""
    from bodymap.anatomy.rollups import MBM_AREAS, WPI_AREAS, WPI_REGIONS

    return {
        "views": [
            {"id": v.id.value, "width": v.width, "height": v.height, "art": v.art}
            for v in atlas.views.values()
        ],
        "muscles": [
            {
                "id": m.id,
                "name": m.name,
                "group": m.group,
                "layer": m.layer.value,
                "uberon": m.uberon,
                "fma": m.fma,
                "regions": [
                    {"view": r.view.value, "side": r.side.value, "layer": r.layer.value}
                    for r in atlas.regions_for_muscle(m.id)
                ],
            }
            for m in atlas.muscles.values()
        ],
        "sites": [_site(s) for s in atlas.sites.values()],
        "regions": [
            {
                "id": r.id,
                "name": r.name,
                "view": r.view.value,
                "side": r.side.value,
                "mbm": r.mbm,
                "wpi": r.wpi,
                **_polygon(r.polygon),
            }
            for r in atlas.surface_regions.values()
        ],
        "rollups": {
            "mbm_areas": {str(k): v for k, v in MBM_AREAS.items()},
            "wpi_areas": WPI_AREAS,
            "wpi_regions": {k: list(v) for k, v in WPI_REGIONS.items()},
        },
    }


def _summary(atlas: Atlas) -> str:
    lines = ["Views:"]
    for view in atlas.views.values():
        lines.append(
            f"  {view.id.value:<10} {view.width:g} x {view.height:g} units  art {view.art}"
        )
    deep = sum(1 for m in atlas.muscles.values() if m.layer.value == "deep")
    lines.append(
        f"Muscles: {len(atlas.muscles)} ({deep} on the deep layer), "
        f"{len(atlas.muscle_regions)} regions"
    )
    rows = {s.name.split(",")[0] for s in atlas.sites.values()}
    thorax = sum(1 for s in atlas.sites.values() if s.thorax_risk)
    from bodymap.anatomy.types import Confidence

    tags = [s.confidence for s in atlas.sites.values()]
    lines.append(
        f"Trigger-point sites: {len(atlas.sites)} ({len(rows)} catalogue rows, both sides); "
        f"{thorax} over the thorax; evidence: "
        + ", ".join(f"{tags.count(c)} {c.evidence} [{c.value}]" for c in Confidence)
    )
    per_view = {
        v.value: sum(1 for r in atlas.surface_regions.values() if r.view is v) for v in atlas.views
    }
    lines.append(
        "CHOIR regions: "
        + ", ".join(f"{count} {view}" for view, count in per_view.items())
        + " (roll up to MBM 35 areas and WPI 19 areas)"
    )
    return "\n".join(lines)


def _load() -> Atlas:
    from bodymap.anatomy.atlas import load_atlas

    return load_atlas()


def _show(args: argparse.Namespace) -> int:
    atlas = _load()
    if args.json:
        json.dump(atlas_document(atlas), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_summary(atlas) + "\n")
    return 0


def hit_document(hit: Hit, atlas: Atlas) -> dict[str, Any]:
    """Return the JSON contract of ``bodymap atlas hit --json``."""
    region = atlas.surface_regions.get(hit.region) if hit.region is not None else None
    nearest = (
        atlas.nearest_site(hit.view, hit.x, hit.y, NEAREST_SITE_DISTANCE)
        if hit.inside_body
        else None
    )
    return {
        "view": hit.view.value,
        "x": hit.x,
        "y": hit.y,
        "inside_body": hit.inside_body,
        "muscles": [
            {"id": m.muscle, "name": m.name, "side": m.side.value, "layer": m.layer.value}
            for m in hit.muscles
        ],
        "region": hit.region,
        "region_name": region.name if region else None,
        "nearest_site": nearest.id if nearest else None,
    }


def _hit(args: argparse.Namespace) -> int:
    if not (math.isfinite(args.x) and math.isfinite(args.y)):
        raise UsageError("X and Y must be finite numbers in atlas units")
    atlas = _load()
    document = hit_document(atlas.hit(args.view, args.x, args.y), atlas)
    if args.json:
        sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
        return 0
    where = f"{document['view']} ({args.x:g}, {args.y:g})"
    if not document["inside_body"]:
        sys.stdout.write(f"{where}: outside the body\n")
        return 0
    region = f"CHOIR {document['region']} {document['region_name']}" if document["region"] else "-"
    sys.stdout.write(f"{where}: region {region}\n")
    for index, muscle in enumerate(document["muscles"]):
        depth = "top " if index == 0 else "under"
        sys.stdout.write(f"  {depth} {muscle['name']} ({muscle['side']}, {muscle['layer']})\n")
    if not document["muscles"]:
        sys.stdout.write("  no charted muscle here\n")
    if document["nearest_site"]:
        sys.stdout.write(f"  nearest catalogue site: {document['nearest_site']}\n")
    return 0


def _render(args: argparse.Namespace) -> int:
    from bodymap.anatomy.hit_test import parse_view
    from bodymap.commands.arguments import database_file
    from bodymap.output_path import PNG, check_output

    check_output(args.out, PNG, database=database_file(args), force=args.force)
    atlas = _load()
    views = [parse_view(args.view)] if args.view else list(atlas.views)
    layer: str = args.layer
    if layer.startswith("referral:"):
        site_id = layer.split(":", 1)[1]
        if site_id not in atlas.sites:
            raise UsageError(f"unknown site {site_id!r}: see 'bodymap atlas --json' for site ids")
    elif layer not in ("muscles", "regions", "sites"):
        raise UsageError(f"unknown layer {layer!r}: use {LAYERS_HELP}")
    from bodymap.ui.atlas_render import render_to_file

    try:
        render_to_file(atlas, views, layer, args.out)
    except OSError as exc:
        raise BodyMapError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    sys.stdout.write(f"wrote {args.out}\n")
    return 0

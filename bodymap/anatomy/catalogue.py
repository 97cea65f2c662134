"""Loading and validating the trigger-point catalogue (assets/atlas/catalogue.json)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from bodymap.anatomy.asset_json import AtlasError, Node, load_document
from bodymap.anatomy.types import Confidence, ReferralPattern, SiteNeedling, TriggerSite
from bodymap.model import Side, View, ZonePolygon
from bodymap.model.catalog_lists import PatientPosition, Technique
from bodymap.model.needling import NEEDLE_LENGTH_MM

CATALOGUE_FORMAT = 1

#: Site ids read "<muscle>.<tag>.<side>", e.g. "gluteus_medius.tp2.left".
SITE_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+\.(left|right|midline)$")


def _zones(
    node: Node | None, views: Mapping[View, tuple[float, float]]
) -> tuple[tuple[View, ZonePolygon], ...]:
    if node is None:
        return ()
    zones: list[tuple[View, ZonePolygon]] = []
    for zone in node.items():
        view = zone.field("view").choice(View)
        if view not in views:
            raise zone.fail(f"view {view.value!r} is not in the atlas")
        zones.append((view, zone.polygon()))
    return tuple(zones)


def _referral(node: Node, views: Mapping[View, tuple[float, float]]) -> ReferralPattern:
    return ReferralPattern(
        essential=_zones(node.optional("essential"), views),
        spillover=_zones(node.optional("spillover"), views),
        description=node.field("description").text(),
    )


def _needling(node: Node) -> SiteNeedling:
    low, high = (
        item.number(NEEDLE_LENGTH_MM[0], NEEDLE_LENGTH_MM[1])
        for item in node.field("length_mm").items()
    )
    if low > high:
        raise node.field("length_mm").fail(f"the range {low:g}–{high:g} mm runs backwards")
    return SiteNeedling(
        length_mm=(low, high),
        position=node.field("position").choice(PatientPosition),
        technique=node.field("technique").choice(Technique),
        direction=node.field("direction").text(),
        at_risk=node.field("at_risk").text(),
    )


def _site(node: Node, views: Mapping[View, tuple[float, float]], muscles: set[str]) -> TriggerSite:
    site_id = node.field("id").text()
    if not SITE_ID_PATTERN.match(site_id):
        raise node.field("id").fail(f"{site_id!r} does not read <muscle>.<tag>.<side>")
    muscle = node.field("muscle").text()
    if muscle not in muscles:
        raise node.field("muscle").fail(f"muscle {muscle!r} is not in the atlas")
    side = node.field("side").choice(Side)
    if not site_id.startswith(f"{muscle}.") or not site_id.endswith(f".{side.value}"):
        raise node.field("id").fail(f"{site_id!r} must start with the muscle and end with the side")
    view = node.field("view").choice(View)
    if view not in views:
        raise node.field("view").fail(f"view {view.value!r} is not in the atlas")
    width, height = views[view]
    return TriggerSite(
        id=site_id,
        muscle=muscle,
        name=node.field("name").text(),
        view=view,
        x=node.field("x").number(0.0, width),
        y=node.field("y").number(0.0, height),
        side=side,
        location=node.field("location").text(),
        referral=_referral(node.field("referral"), views),
        safety=node.field("safety").text(),
        thorax_risk=node.field("thorax_risk").boolean(),
        confidence=node.field("confidence").choice(Confidence),
        citation=node.field("citation").text(),
        needling=_needling(node.field("needling")),
    )


def load_catalogue(
    path: Path, views: Mapping[View, tuple[float, float]], muscles: set[str]
) -> dict[str, TriggerSite]:
    """Read and validate the catalogue file.

    Args:
        path: the catalogue JSON file.
        views: each view's (width, height), to check coordinates.
        muscles: the ids of the atlas's muscles; every site must name one.

    Returns:
        The sites by id, in file order.

    Raises:
        AtlasError: naming the file and field of the first problem found.
    """
    root = load_document(path, CATALOGUE_FORMAT)
    sites: dict[str, TriggerSite] = {}
    for node in root.field("sites").items():
        site = _site(node, views, muscles)
        if site.id in sites:
            raise node.fail(f"duplicate site id {site.id!r}")
        sites[site.id] = site
    if not sites:
        raise AtlasError(f"atlas file {path}: the catalogue has no sites")
    return sites

"""A short quality summary of a build: counts, coverage, merged gaps, dropped fragments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shapely.geometry import Polygon, box
from shapely.ops import unary_union

if TYPE_CHECKING:
    from bodymap.anatomy.artwork.build import ViewBuild

# Trunk and limbs: below the chin, excluding hands (y > 409 near the arms) and feet (y > 772).
HEAD_BOTTOM = 121.0


def limb_trunk_area(sil: Polygon) -> Polygon:
    """The silhouette without head, hands and feet, where superficial muscle should tile."""
    hands = unary_union([box(60, 409, 120, 510), box(280, 409, 340, 510)])
    feet = box(0, 772, 400, 840)
    return sil.intersection(box(0, HEAD_BOTTOM, 400, 840)).difference(hands).difference(feet)


def coverage(build: ViewBuild) -> float:
    """Share of the trunk and limbs covered by superficial muscle regions."""
    area = limb_trunk_area(build.silhouette)
    polys = [
        Polygon(r["exterior"], r["holes"]) for r in build.regions if r["layer"] == "superficial"
    ]
    covered = unary_union(polys).intersection(area)
    return float(covered.area / area.area)


def summary(builds: list[ViewBuild]) -> str:
    """One line per view plus any notes from the resolver."""
    lines = []
    for b in builds:
        muscles = {r["muscle"] for r in b.regions}
        lines.append(
            f"{b.name}: {len(b.regions)} regions, {len(muscles)} muscles, "
            f"superficial coverage of trunk and limbs {coverage(b):.1%}"
        )
        lines.extend(f"  {note}" for note in b.half.notes)
    return "\n".join(lines)

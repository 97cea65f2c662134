"""Reverse lookup: which catalogue trigger-point sites could refer the pain drawn on a visit."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from bodymap.analysis.extent import painful_area_by_view, reported_zones
from bodymap.analysis.geometry import AtlasGeometry, AtlasLike, atlas_geometry
from bodymap.anatomy.types import SurfaceRegion
from bodymap.model import PainZone, Side, View
from bodymap.model.map_shapes import EMPTY

#: Pain in the spillover zone is weaker evidence than pain in the essential zone.
SPILLOVER_WEIGHT = 0.5
#: Weight of "how much of the drawn pain the pattern explains" against "how much of the
#: site's essential zone is painful"; both matter, explaining the drawing matters more.
COVER_WEIGHT = 0.6
#: Suggestions scoring below this (out of 100) are noise from a graze of a large pattern.
MIN_SCORE = 5.0


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A catalogue site whose referral pattern could explain the drawn pain."""

    site: str
    muscle: str
    name: str  # the site's display name
    side: Side
    score: float  # 0-100, higher is a better fit
    coverage: float  # share of the drawn area inside the site's referral pattern, 0-1
    essential_fill: float  # share of the site's essential zone that is painful, 0-1
    essential_region: int | None  # CHOIR segment where drawn pain and essential zone meet most
    reason: str

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the ``suggestions`` items of ``bodymap show --suggest``)."""
        return {
            "site": self.site,
            "muscle": self.muscle,
            "name": self.name,
            "side": self.side.value,
            "score": round(self.score, 1),
            "coverage": round(self.coverage, 3),
            "essential_fill": round(self.essential_fill, 3),
            "region": self.essential_region,
            "reason": self.reason,
        }


@dataclass(slots=True)
class _Overlap:
    essential: float = 0.0  # |drawn ∩ essential|
    pattern: float = 0.0  # |drawn ∩ (essential ∪ spillover)|


def _overlaps(geometry: AtlasGeometry, drawn: dict[View, BaseGeometry]) -> dict[int, _Overlap]:
    """Overlap of the drawn area with every referral pattern that reaches it."""
    overlaps: dict[int, _Overlap] = {}
    for view, shape in drawn.items():
        if view not in geometry.referral_tree or shape.is_empty:
            continue
        tree, indexes = geometry.referral_tree[view]
        # The exact predicate drops patterns whose box, but not shape, meets the drawing.
        hits = [indexes[int(k)] for k in tree.query(shape, predicate="intersects")]
        if not hits:
            continue
        shapely.prepare(shape)
        patterns = np.array([geometry.referrals[i].pattern[view] for i in hits], dtype=object)
        essentials = np.array(
            [geometry.referrals[i].essential.get(view, EMPTY) for i in hits],
            dtype=object,
        )
        pattern_area = shapely.area(shapely.intersection(patterns, shape))
        # Most patterns reach the drawing only with their spillover: skip those essentials.
        meets = shapely.intersects(shape, essentials)
        essential_area = np.zeros(len(hits))
        essential_area[meets] = shapely.area(shapely.intersection(essentials[meets], shape))
        for i, p_area, e_area in zip(hits, pattern_area, essential_area, strict=True):
            entry = overlaps.setdefault(i, _Overlap())
            entry.pattern += float(p_area)
            entry.essential += float(e_area)
    return overlaps


def _score(overlap: _Overlap, drawn_area: float, essential_area: float) -> tuple[float, float]:
    """Score 0-100 and the essential-zone fill of one site."""
    spill = max(0.0, overlap.pattern - overlap.essential)
    weighted_cover = (overlap.essential + SPILLOVER_WEIGHT * spill) / drawn_area
    fill = overlap.essential / essential_area if essential_area > 0 else 0.0
    fill = min(fill, 1.0)
    return 100.0 * (COVER_WEIGHT * weighted_cover + (1 - COVER_WEIGHT) * fill), fill


def region_phrase(region: SurfaceRegion) -> str:
    """A CHOIR segment as words in a sentence: "right cranium", "sole of the left foot"."""
    name = re.sub(r"\s*\((?:L|R|left|right)\)\s*$", "", region.name, flags=re.IGNORECASE)
    name = name.strip().lower()
    if name == "pubic":
        name = "pubic region"
    side = "" if region.side is Side.MIDLINE else f"{region.side.value} "
    if ", " in name:
        # "Foot, sole" reads better as "sole of the left foot".
        whole, part = name.split(", ", 1)
        return f"{part} of the {side}{whole}"
    return f"{side}{name}"


def _essential_regions(
    geometry: AtlasGeometry, site_index: int, drawn: dict[View, BaseGeometry]
) -> tuple[int, ...]:
    """CHOIR segments holding most of the drawn pain inside the site's essential zone.

    The largest one comes first; a second is added when it holds at least a third as much.
    """
    overlaps: list[tuple[float, int]] = []
    referral = geometry.referrals[site_index]
    for view, essential in referral.essential.items():
        shape = drawn.get(view)
        if shape is None or view not in geometry.views:
            continue
        meet = shapely.intersection(essential, shape)
        if meet.is_empty:
            continue
        shapes = geometry.view(view)
        candidates = shapes.region_tree.query(meet, predicate="intersects")
        areas = shapely.area(shapely.intersection(shapes.region_shapes[candidates], meet))
        overlaps.extend(
            (float(area), shapes.region_ids[int(k)])
            for k, area in zip(candidates, areas, strict=True)
            if area > 0
        )
    overlaps.sort(key=lambda o: (-o[0], o[1]))
    if not overlaps:
        return ()
    best = overlaps[0][0]
    return tuple(region for area, region in overlaps[:2] if area >= best / 3)


def _with_article(phrase: str) -> str:
    return phrase if phrase.startswith(("sole ", "top ", "back ", "palm ")) else f"the {phrase}"


def _reason(atlas: AtlasLike, coverage: float, fill: float, regions: tuple[int, ...]) -> str:
    text = f"covers {coverage:.0%} of the drawn area"
    if regions:
        names = " and ".join(
            _with_article(region_phrase(atlas.surface_regions[r])) for r in regions
        )
        return f"{text}; essential zone matches {names} ({fill:.0%} of it painful)"
    return f"{text}; only its spillover zone is painful"


def suggest_sites(
    atlas: AtlasLike, zones: Iterable[PainZone], *, limit: int = 10
) -> list[Suggestion]:
    """Rank catalogue trigger-point sites by how well their referral patterns explain the pain.

    A site scores high when its referral pattern (essential zone at full weight, spillover at
    half) covers the drawn pain and when much of its essential zone is painful: a zone drawn
    exactly as a site's essential zone scores 100.

    Args:
        atlas: The loaded atlas with its catalogue.
        zones: The visit's pain zones (both views); only patient-reported ones are matched.
        limit: How many suggestions to return at most.

    Returns:
        Suggestions best first (ties by site id); empty when nothing is drawn.
    """
    geometry = atlas_geometry(atlas)
    # Referral zones were drawn from points already charted: matching them would confirm itself.
    drawn = painful_area_by_view(atlas, reported_zones(zones))
    drawn = {v: s for v, s in drawn.items() if not s.is_empty}
    drawn_area = sum(float(s.area) for s in drawn.values())
    if drawn_area <= 0:
        return []
    ranked: list[tuple[float, str, int, float, float]] = []
    for index, overlap in _overlaps(geometry, drawn).items():
        referral = geometry.referrals[index]
        score, fill = _score(overlap, drawn_area, referral.essential_area)
        if score >= MIN_SCORE:
            ranked.append((-score, referral.site_id, index, overlap.pattern / drawn_area, fill))
    ranked.sort()
    suggestions: list[Suggestion] = []
    for negative_score, site_id, index, coverage, fill in ranked[:limit]:
        site = atlas.sites[site_id]
        regions = _essential_regions(geometry, index, drawn)
        suggestions.append(
            Suggestion(
                site=site_id,
                muscle=site.muscle,
                name=site.name,
                side=site.side,
                score=-negative_score,
                coverage=min(coverage, 1.0),
                essential_fill=fill,
                essential_region=regions[0] if regions else None,
                reason=_reason(atlas, min(coverage, 1.0), fill, regions),
            )
        )
    return suggestions

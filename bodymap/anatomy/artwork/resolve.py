"""Resolve drawn muscle shapes into exact, non-overlapping regions with shapely.

Work happens on the viewer's left half only; the caller mirrors the result, so both sides are
symmetric by construction. Steps follow atlas-method.md: reserved zones, priority subtraction,
trim to the silhouette, merge thin gaps into a neighbour, keep the largest piece.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import shapely
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from bodymap.anatomy.artwork.shapes import MIDLINE_X, polygon

HALF_PLANE = box(-10.0, -10.0, MIDLINE_X, 850.0)
GAP_HALF_WIDTH = 2.8  # gaps narrower than ~5.6 units are merged into a neighbour
GAP_MAX_AREA = 400.0
SIMPLIFY_TOLERANCE = 0.22

Spec = tuple[str, str]


@dataclass
class HalfView:
    """Resolved regions of one view's viewer-left half."""

    view: str
    silhouette: Polygon
    reserved: BaseGeometry
    superficial: dict[str, Polygon]
    deep: dict[str, Polygon]
    uncovered: BaseGeometry
    notes: list[str] = field(default_factory=list)


def largest_piece(geom: BaseGeometry) -> Polygon | None:
    """Return the largest polygon of a geometry, or None if it has no area."""
    polys = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon)]
    polys = [p for p in polys if p.area > 0]
    return max(polys, key=lambda p: p.area) if polys else None


def _carve(
    specs: Sequence[Spec], area: BaseGeometry, taken: BaseGeometry
) -> dict[str, BaseGeometry]:
    """Cut shapes in priority order: each keeps only what earlier shapes left free."""
    out: dict[str, BaseGeometry] = {}
    for muscle_id, spec in specs:
        shape = polygon(spec).intersection(area).difference(taken)
        if shape.area > 0:
            out[muscle_id] = shape
            taken = taken.union(shape)
    return out


def _merge_thin_gaps(
    regions: dict[str, BaseGeometry], gaps: BaseGeometry, notes: list[str]
) -> BaseGeometry:
    """Give each thin uncovered sliver to the muscle sharing its longest border."""
    kept = []
    merged = 0
    for piece in getattr(gaps, "geoms", [gaps]):
        if piece.area <= 0.01:
            continue
        thin = piece.buffer(-GAP_HALF_WIDTH).is_empty and piece.area < GAP_MAX_AREA
        best, best_len = None, 0.0
        if thin:
            edge = piece.boundary
            for muscle_id, shape in regions.items():
                shared = edge.intersection(shape.buffer(0.05)).length
                if shared > best_len:
                    best, best_len = muscle_id, shared
        if best is not None and best_len > 0.5:
            regions[best] = regions[best].union(piece)
            merged += 1
        else:
            kept.append(piece)
    notes.append(f"merged {merged} thin gaps")
    return unary_union(kept) if kept else Polygon()


def _single_pieces(regions: dict[str, BaseGeometry], notes: list[str]) -> dict[str, Polygon]:
    """Keep the largest piece of each region; hand stray fragments to a bordering muscle."""
    fragments: list[tuple[str, BaseGeometry]] = []
    kept: dict[str, BaseGeometry] = {}
    for muscle_id, geom in regions.items():
        piece = largest_piece(geom.buffer(0))
        if piece is None:
            notes.append(f"{muscle_id}: no area left")
            continue
        kept[muscle_id] = piece
        rest = geom.difference(piece)
        fragments.extend((muscle_id, g) for g in getattr(rest, "geoms", [rest]) if g.area > 0.05)
    for owner, fragment in fragments:
        best, best_len = None, 0.5
        for muscle_id, shape in kept.items():
            if muscle_id != owner:
                shared = fragment.boundary.intersection(shape.buffer(0.05)).length
                if shared > best_len:
                    best, best_len = muscle_id, shared
        if best is None:
            notes.append(f"{owner}: dropped a {fragment.area:.1f} sq unit fragment")
        else:
            kept[best] = kept[best].union(fragment)
    out: dict[str, Polygon] = {}
    for muscle_id, geom in kept.items():
        piece = largest_piece(geom.buffer(0))
        if piece is not None:
            out[muscle_id] = Polygon(piece.exterior, list(piece.interiors))
    return out


def resolve_half(
    view: str,
    full_silhouette: Polygon,
    reserved_specs: Sequence[Spec],
    superficial_specs: Sequence[Spec],
    deep_specs: Sequence[Spec],
    clipped_by_bone: Sequence[Spec] = (),
) -> HalfView:
    """Resolve one view's viewer-left half into superficial and deep regions.

    A deep entry may continue a superficial muscle where it passes under others (levator
    scapulae under the trapezius): its deep region then excludes the muscle's superficial part.
    ``clipped_by_bone`` pairs a deep muscle with bone that lies between it and the skin; the
    muscle is cut off that bone, so no click over the bone offers it.
    """
    notes: list[str] = []
    half = full_silhouette.intersection(HALF_PLANE)
    reserved = unary_union([polygon(s) for _, s in reserved_specs]).intersection(half)
    carved = _carve(superficial_specs, half, reserved)
    covered = unary_union([reserved, *carved.values()])
    uncovered = _merge_thin_gaps(carved, half.difference(covered), notes)
    superficial = _single_pieces(carved, notes)
    deep_carved = _carve(deep_specs, half, Polygon())
    for muscle_id, bone in clipped_by_bone:
        if muscle_id in deep_carved:
            deep_carved[muscle_id] = deep_carved[muscle_id].difference(polygon(bone))
    for muscle_id in set(deep_carved) & set(superficial):
        deep_carved[muscle_id] = deep_carved[muscle_id].difference(superficial[muscle_id])
    deep = _single_pieces(deep_carved, notes)
    return HalfView(view, half, reserved, superficial, deep, uncovered, notes)


def simplify_coverage(half: HalfView) -> None:
    """Simplify superficial borders together so shared edges stay identical; deep ones alone."""
    outside = HALF_PLANE.difference(half.silhouette)
    names = list(half.superficial)
    others = [half.reserved, half.uncovered, outside]
    pieces: list[BaseGeometry] = [half.superficial[n] for n in names]
    for geom in others:
        pieces.extend(g for g in getattr(geom, "geoms", [geom]) if g.area > 0)
    simplified = shapely.coverage_simplify(pieces, SIMPLIFY_TOLERANCE, simplify_boundary=False)
    for name, geom in zip(names, simplified[: len(names)], strict=True):
        fixed = largest_piece(shapely.set_precision(geom, 0.1))
        if fixed is not None:
            half.superficial[name] = fixed
    deep_names = list(half.deep)
    deep = shapely.coverage_simplify([half.deep[n] for n in deep_names], SIMPLIFY_TOLERANCE)
    for name, geom in zip(deep_names, deep, strict=True):
        fixed = largest_piece(shapely.set_precision(geom, 0.1))
        if fixed is not None:
            half.deep[name] = fixed


def as_multipolygon(geom: BaseGeometry) -> MultiPolygon:
    """Return the polygons of a geometry as a MultiPolygon."""
    polys = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon) and g.area > 0]
    return MultiPolygon(polys)

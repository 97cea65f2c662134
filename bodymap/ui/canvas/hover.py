"""The status-bar line that says what lies under the cursor: muscle, side, depth and area."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.anatomy.types import Hit

#: Deeper muscles named after the top one; more would not fit a status bar.
DEEPER_SHOWN = 2


def area_name(atlas: Atlas, region_id: int | None, with_side: bool) -> str:
    """The body area of a CHOIR region in words ("Neck" or "Neck, left"); "" when unknown."""
    region = atlas.surface_regions.get(region_id) if region_id is not None else None
    if region is None:
        return ""
    # Region names end in "(L)"/"(R)"; the side is spelled out instead, or left to the muscle.
    base = region.name.removesuffix(" (L)").removesuffix(" (R)")
    return f"{base}, {region.side.value}" if with_side else base


def describe_hit(atlas: Atlas, hit: Hit) -> str:
    """Describe ``hit`` in one short line; "" off the body.

    Examples: "Upper trapezius (left) · deeper: Splenius cervicis · Neck" and
    "Face, right — no charted muscle here".
    """
    if not hit.inside_body:
        return ""
    top = hit.top
    if top is None:
        area = area_name(atlas, hit.region, with_side=True) or hit.view.value.capitalize()
        return f"{area} — no charted muscle here"
    parts = [f"{top.name} ({top.side.value})"]
    # At the midline the same muscle of the other side can overlap: name it once.
    deeper = [m for m in hit.muscles[1:] if m.muscle != top.muscle][:DEEPER_SHOWN]
    if deeper:
        names = [m.name if m.side is top.side else f"{m.name} ({m.side.value})" for m in deeper]
        parts.append("deeper: " + ", ".join(names))
    area = area_name(atlas, hit.region, with_side=False)
    if area:
        parts.append(area)
    return " · ".join(parts)

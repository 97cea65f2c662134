"""The atlas: body views, muscle regions, CHOIR surface regions and the trigger-point catalogue.

``load_atlas()`` reads assets/atlas/body.json (art and muscle layer), regions.json (CHOIR
segments) and catalogue.json (trigger-point sites), validates them, and returns an immutable
:class:`Atlas`. It is cached because the window loads it on start-up and every view shares it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache, cached_property
from pathlib import Path

from bodymap.anatomy.asset_json import AtlasError, Node, guarded, load_document
from bodymap.anatomy.catalogue import load_catalogue
from bodymap.anatomy.hit_test import HitTester, parse_view
from bodymap.anatomy.rollups import CHOIR_SEGMENTS
from bodymap.anatomy.types import (
    Hit,
    Layer,
    Muscle,
    MuscleRegion,
    SurfaceRegion,
    TriggerSite,
    ViewInfo,
)
from bodymap.model import Side, View
from bodymap.model.views import VIEW_SPECS
from bodymap.resources import AssetError, asset_path

__all__ = ["Atlas", "AtlasError", "load_atlas", "load_atlas_files"]

BODY_FORMAT = 1
REGIONS_FORMAT = 1
BODY_ASSET = "atlas/body.json"
REGIONS_ASSET = "atlas/regions.json"
CATALOGUE_ASSET = "atlas/catalogue.json"


class Atlas:
    """Everything the app knows about the drawn body; immutable once loaded."""

    def __init__(
        self,
        views: dict[View, ViewInfo],
        muscles: dict[str, Muscle],
        muscle_regions: tuple[MuscleRegion, ...],
        surface_regions: dict[int, SurfaceRegion],
        sites: dict[str, TriggerSite] | Callable[[], dict[str, TriggerSite]],
    ) -> None:
        """Hold already validated parts; use :func:`load_atlas` to read them from the assets.

        ``sites`` may be a function that reads the catalogue on first use: the window does not
        need it to open, and it is a third of the atlas's load time.
        """
        self.views = views
        self.muscles = muscles
        self.muscle_regions = muscle_regions
        self.surface_regions = surface_regions
        self._sites_source = sites

    @cached_property
    def sites(self) -> dict[str, TriggerSite]:
        """Catalogue trigger-point sites by id (both sides)."""
        source = self._sites_source
        return source() if callable(source) else source

    @cached_property
    def _tester(self) -> HitTester:
        # Built on first use so that loading stays cheap on the window's start-up path.
        return HitTester(
            self.views, self.muscles, self.muscle_regions, self.surface_regions.values()
        )

    def hit(self, view: View | str, x: float, y: float) -> Hit:
        """Return the muscles (superficial first, with the patient's side) and CHOIR region there.

        Raises:
            UsageError: for an unknown view.
        """
        return self._tester.hit(view, x, y)

    def inside_body(self, view: View | str, x: float, y: float) -> bool:
        """Return whether (x, y) lies inside the body outline of ``view``."""
        return self._tester.inside_body(view, x, y)

    @cached_property
    def thorax_risk_ids(self) -> frozenset[str]:
        """Ids of the catalogue sites over the lung (pneumothorax risk) and of their muscles.

        This is the set the clinical-record rules take to decide when after-care advice is due
        and when needling both sides of the thorax needs a warning.
        """
        flagged = [site for site in self.sites.values() if site.thorax_risk]
        return frozenset([s.id for s in flagged] + [s.muscle for s in flagged])

    def sites_for_muscle(self, muscle_id: str) -> list[TriggerSite]:
        """Return the catalogue sites of a muscle (both sides), in catalogue order."""
        return [s for s in self.sites.values() if s.muscle == muscle_id]

    def nearest_site(
        self, view: View | str, x: float, y: float, max_distance: float
    ) -> TriggerSite | None:
        """Return the catalogue site in ``view`` nearest to (x, y) within ``max_distance``."""
        view = parse_view(view)
        best: TriggerSite | None = None
        best_distance = max_distance
        for site in self.sites.values():
            if site.view is view:
                distance = math.hypot(site.x - x, site.y - y)
                if distance <= best_distance:
                    best, best_distance = site, distance
        return best

    def muscle_name(self, muscle_id: str) -> str:
        """Return the display name of a muscle, or the id itself if the atlas does not know it."""
        muscle = self.muscles.get(muscle_id)
        return muscle.name if muscle else muscle_id

    def regions_for_muscle(self, muscle_id: str) -> list[MuscleRegion]:
        """Return the regions (every view and side) of one muscle."""
        return [r for r in self.muscle_regions if r.muscle == muscle_id]


def _view(node: Node) -> ViewInfo:
    view = node.field("id").choice(View)
    silhouette = tuple(p.polygon() for p in node.field("silhouette").items())
    if not silhouette:
        raise node.field("silhouette").fail("the silhouette has no polygon")
    art = node.field("art").text()
    try:
        asset_path(art)  # the window and the PDF draw it: fail here, naming the field
    except AssetError as exc:
        raise node.field("art").fail(str(exc)) from None
    spec = VIEW_SPECS[view]
    if art != spec.art:
        raise node.field("art").fail(f"the view table (model/views.py) names {spec.art!r}")
    width = node.field("width").number(1.0, 100000.0)
    height = node.field("height").number(1.0, 100000.0)
    if (width, height) != (spec.width, spec.height):
        raise node.field("width").fail(
            f"the view table (model/views.py) gives a {spec.width:g} x {spec.height:g} viewBox"
        )
    return ViewInfo(id=view, width=width, height=height, silhouette=silhouette, art=art)


def _muscle(node: Node) -> Muscle:
    return Muscle(
        id=node.field("id").text(),
        name=node.field("name").text(),
        group=node.field("group").text(),
        layer=node.field("layer").choice(Layer),
        uberon=node.optional_text("uberon"),
        fma=node.optional_text("fma"),
    )


def _muscle_region(
    node: Node, views: dict[View, ViewInfo], muscles: dict[str, Muscle]
) -> MuscleRegion:
    muscle = node.field("muscle").text()
    if muscle not in muscles:
        raise node.field("muscle").fail(f"muscle {muscle!r} is not listed under 'muscles'")
    view = node.field("view").choice(View)
    if view not in views:
        raise node.field("view").fail(f"view {view.value!r} is not listed under 'views'")
    return MuscleRegion(
        muscle=muscle,
        side=node.field("side").choice(Side),
        view=view,
        layer=node.field("layer").choice(Layer),
        polygon=node.polygon(),
    )


def _read_body(
    path: Path,
) -> tuple[dict[View, ViewInfo], dict[str, Muscle], tuple[MuscleRegion, ...]]:
    root = load_document(path, BODY_FORMAT)
    views: dict[View, ViewInfo] = {}
    for node in root.field("views").items():
        info = _view(node)
        if info.id in views:
            raise node.fail(f"view {info.id.value!r} appears twice")
        views[info.id] = info
    muscles: dict[str, Muscle] = {}
    for node in root.field("muscles").items():
        muscle = _muscle(node)
        if muscle.id in muscles:
            raise node.fail(f"muscle {muscle.id!r} appears twice")
        muscles[muscle.id] = muscle
    regions = tuple(_muscle_region(n, views, muscles) for n in root.field("regions").items())
    return views, muscles, regions


def _read_regions(path: Path, views: dict[View, ViewInfo]) -> dict[int, SurfaceRegion]:
    root = load_document(path, REGIONS_FORMAT)
    regions: dict[int, SurfaceRegion] = {}
    for node in root.field("regions").items():
        region_id = node.field("id").integer()
        segment = CHOIR_SEGMENTS.get(region_id)
        if segment is None:
            raise node.field("id").fail(f"{region_id} is not a CHOIR segment (101-136, 201-238)")
        if region_id in regions:
            raise node.fail(f"region {region_id} appears twice")
        if segment.view not in views:
            raise node.fail(f"view {segment.view.value!r} is not in the atlas")
        regions[region_id] = SurfaceRegion(
            id=region_id,
            name=segment.name,
            side=segment.side,
            view=segment.view,
            polygon=node.polygon(),
            mbm=segment.mbm,
            wpi=segment.wpi,
        )
    missing = sorted(CHOIR_SEGMENTS.keys() - regions.keys())
    if missing:
        raise AtlasError(f"atlas file {path}: CHOIR segments missing: {missing}")
    return regions


def load_atlas_files(
    body: Path, regions: Path, catalogue: Path, *, lazy_catalogue: bool = False
) -> Atlas:
    """Read and validate the three atlas files (not cached; tests and tools use this).

    With ``lazy_catalogue`` the catalogue is read on first use of :attr:`Atlas.sites` (its
    errors are then raised there, as the same AtlasError).

    Raises:
        AtlasError: naming the file and field of the first problem found.
    """
    views, muscles, muscle_regions = guarded(body, lambda: _read_body(body))
    surface = guarded(regions, lambda: _read_regions(regions, views))
    sizes = {v: (info.width, info.height) for v, info in views.items()}

    def read_sites() -> dict[str, TriggerSite]:
        return guarded(catalogue, lambda: load_catalogue(catalogue, sizes, set(muscles)))

    return Atlas(
        views, muscles, muscle_regions, surface, read_sites if lazy_catalogue else read_sites()
    )


@cache
def load_atlas() -> Atlas:
    """Return the application's atlas, read once from assets/atlas/ and then shared.

    Raises:
        AtlasError: if an atlas file is missing or malformed (the message names it).
    """
    try:
        paths = [asset_path(name) for name in (BODY_ASSET, REGIONS_ASSET, CATALOGUE_ASSET)]
    except AssetError as exc:
        raise AtlasError(str(exc)) from exc
    return load_atlas_files(*paths, lazy_catalogue=True)

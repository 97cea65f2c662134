"""The analyses on the shipped atlas: CHOIR segments, catalogue referral patterns."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import Polygon

from bodymap.analysis.extent import quantify
from bodymap.analysis.suggest import suggest_sites
from bodymap.anatomy.atlas import Atlas, load_atlas
from bodymap.model import PainZone
from bodymap.model.map_shapes import zone_shape


@pytest.fixture(scope="module")
def atlas() -> Atlas:
    return load_atlas()


def essential_zones(atlas: Atlas, site_id: str) -> list[PainZone]:
    site = atlas.sites[site_id]
    return [PainZone(view=view, polygons=(polygon,)) for view, polygon in site.referral.essential]


def test_each_choir_segment_drawn_counts_exactly_itself_and_its_share(atlas: Atlas) -> None:
    assert len(atlas.surface_regions) == 74
    for region_id, region in atlas.surface_regions.items():
        extent = quantify(atlas, [PainZone(view=region.view, polygons=(region.polygon,))])
        assert extent.choir_ids == (region_id,), region.name
        silhouette = zone_shape(atlas.views[region.view].silhouette)
        on_body = shapely.intersection(Polygon(region.polygon.exterior), silhouette).area
        # Zones within 0.05 units of the outline are taken as drawn (the canvas clipped them).
        assert extent.view(region.view).pain_area == pytest.approx(on_body, rel=1e-3)
        assert extent.view(region.view).percent == pytest.approx(
            100 * on_body / silhouette.area, rel=1e-3
        )
        assert extent.mbm_count == (0 if region.mbm is None else 1)
        assert extent.wpi_count == (0 if region.wpi is None else 1)


def test_whole_body_counts_every_segment(atlas: Atlas) -> None:
    zones = [PainZone(view=v, polygons=info.silhouette) for v, info in atlas.views.items()]
    extent = quantify(atlas, zones)
    assert extent.choir_count == 74
    assert extent.mbm_count == 31  # every MBM area but the jaws and groins (no CHOIR segment)
    assert extent.wpi_count == 19
    assert extent.generalised_pain
    assert extent.percent == pytest.approx(100.0, abs=0.01)


@pytest.mark.parametrize(
    "site_id",
    [
        "upper_trapezius.central.right",
        "sternocleidomastoid.sternal.left",
        "masseter.deep.right",
        "temporalis.middle.left",
        "quadratus_lumborum.superficial.left",
        "gluteus_medius.tp1.right",
        "gluteus_minimus.anterior.left",
        "extensor_digitorum.tp1.left",
        "soleus.distal.right",
        "tibialis_anterior.tp1.right",
    ],
)
def test_a_zone_drawn_as_a_site_essential_zone_ranks_that_site_first(
    atlas: Atlas, site_id: str
) -> None:
    suggestions = suggest_sites(atlas, essential_zones(atlas, site_id))
    assert suggestions[0].site == site_id
    assert suggestions[0].score == pytest.approx(100.0, abs=0.01)
    assert suggestions[1].score < suggestions[0].score - 1
    assert suggestions[0].reason.startswith("covers 100% of the drawn area; essential zone")


def test_every_site_is_first_or_tied_first_with_an_identical_pattern(atlas: Atlas) -> None:
    strictly_first = 0
    for site_id in atlas.sites:
        suggestions = suggest_sites(atlas, essential_zones(atlas, site_id))
        top = suggestions[0].score
        tied = [s.site for s in suggestions if s.score == pytest.approx(top, abs=1e-6)]
        assert site_id in tied, (site_id, suggestions[:3])
        strictly_first += len(tied) == 1
    # Ties are sites the catalogue gives the same essential zone (e.g. two points of a muscle).
    assert strictly_first >= 0.6 * len(atlas.sites)

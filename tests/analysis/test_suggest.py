from __future__ import annotations

import pytest

from bodymap.analysis.suggest import region_phrase, suggest_sites
from bodymap.model import Side
from tests.analysis.toy_atlas import A, P, ToyAtlas, rect, zone


def essential_zones(toy: ToyAtlas, site_id: str):
    return [zone(view, polygon) for view, polygon in toy.sites[site_id].referral.essential]


def test_nothing_drawn_suggests_nothing(toy: ToyAtlas) -> None:
    assert suggest_sites(toy, []) == []


@pytest.mark.parametrize(
    "site_id", ["temple.one.right", "chest.two.left", "back.three.left", "thigh.four.right"]
)
def test_a_zone_drawn_as_a_site_essential_zone_ranks_it_first(toy: ToyAtlas, site_id: str) -> None:
    suggestions = suggest_sites(toy, essential_zones(toy, site_id))
    assert suggestions[0].site == site_id
    assert suggestions[0].score == pytest.approx(100.0)
    assert suggestions[0].coverage == pytest.approx(1.0)
    assert suggestions[0].essential_fill == pytest.approx(1.0)
    assert all(s.score < suggestions[0].score for s in suggestions[1:])


def test_a_larger_pattern_containing_the_zone_ranks_below_the_exact_site(toy: ToyAtlas) -> None:
    suggestions = suggest_sites(toy, essential_zones(toy, "temple.one.right"))
    assert [s.site for s in suggestions] == ["temple.one.right", "big.five.right"]
    big = suggestions[1]
    # It explains all the drawn pain but only 7,200 of its 40,000 essential square units hurt.
    assert big.coverage == pytest.approx(1.0)
    assert big.essential_fill == pytest.approx(7_200 / 40_000)


def test_reason_is_readable_and_names_the_choir_segment(toy: ToyAtlas) -> None:
    (best, *_) = suggest_sites(toy, essential_zones(toy, "temple.one.right"))
    assert best.essential_region == 101
    assert best.reason == (
        "covers 100% of the drawn area; "
        "essential zone matches the right cranium (100% of it painful)"
    )
    assert best.muscle == "temple"
    assert best.side is Side.RIGHT


def test_pain_only_in_a_spillover_zone(toy: ToyAtlas) -> None:
    # The lower strip of 101 is spillover of the temple site and essential of the big one.
    suggestions = {s.site: s for s in suggest_sites(toy, [zone(A, rect(100, 150, 200, 220))])}
    temple = suggestions["temple.one.right"]
    assert temple.essential_region is None
    assert temple.reason == "covers 100% of the drawn area; only its spillover zone is painful"
    assert suggestions["big.five.right"].score > temple.score


def test_partial_cover_scores_between(toy: ToyAtlas) -> None:
    # Half the drawn area lies in the back site's essential zone, half outside any pattern.
    drawn = [zone(P, rect(110, 430, 190, 600)), zone(P, rect(270, 430, 290, 600 + 340))]
    (best,) = [s for s in suggest_sites(toy, drawn) if s.site == "back.three.left"]
    assert 0 < best.coverage < 1
    assert best.essential_fill == pytest.approx(1.0)
    assert 0 < best.score < 100


def test_limit_and_json(toy: ToyAtlas) -> None:
    everything = [zone(A, rect(100, 20, 300, 820)), zone(P, rect(100, 20, 300, 820))]
    suggestions = suggest_sites(toy, everything, limit=2)
    assert len(suggestions) == 2
    payload = suggestions[0].as_json()
    assert set(payload) >= {"site", "muscle", "score", "reason"}
    assert isinstance(payload["score"], float)


def test_region_phrase(toy: ToyAtlas) -> None:
    assert region_phrase(toy.surface_regions[109]) == "left chest"
    assert region_phrase(toy.surface_regions[218]) == "left lower back"


def test_region_phrase_reads_naturally() -> None:
    from bodymap.anatomy.rollups import CHOIR_SEGMENTS
    from bodymap.anatomy.types import SurfaceRegion
    from tests.analysis.toy_atlas import rect

    def phrase(region_id: int) -> str:
        segment = CHOIR_SEGMENTS[region_id]
        region = SurfaceRegion(
            region_id,
            segment.name,
            segment.side,
            segment.view,
            rect(0, 0, 1, 1),
            segment.mbm,
            segment.wpi,
        )
        return region_phrase(region)

    assert phrase(101) == "right cranium"
    assert phrase(237) == "sole of the left foot"
    assert phrase(230) == "back of the right hand"
    assert phrase(122) == "left pubic region"

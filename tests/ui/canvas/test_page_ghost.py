"""Chart page: opening a later visit ghosts the previous one, and the legend explains it."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import Side, TriggerPoint, View, Visit
from bodymap.storage import ChartRepository
from bodymap.ui.canvas.ghost import GhostState
from bodymap.ui.canvas.page import ChartPage


def test_previous_visit_shows_as_a_ghost_with_a_legend_entry(
    qtbot: QtBot,
    chart_page: ChartPage,
    repo: ChartRepository,
    atlas: Atlas,
    make_visit: Callable[..., Visit],
    visit: Visit,
) -> None:
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    assert visit.id is not None
    repo.add_trigger_point(
        TriggerPoint(
            visit_id=visit.id,
            view=site.view,
            x=site.x,
            y=site.y,
            muscle=site.muscle,
            side=site.side if site.side is not Side.MIDLINE else Side.LEFT,
        )
    )
    later = make_visit(day=8)
    assert later.id is not None
    chart_page.set_visit(later.id)
    assert chart_page.legend.ghost_shown
    (ring,) = chart_page.scene.ghost.point_items
    assert ring.state is GhostState.GONE  # nothing charted yet at the new visit

    chart_page.set_ghost_visible(False)
    assert not chart_page.legend.ghost_shown
    assert not ring.isVisible()
    chart_page.set_ghost_visible(True)
    assert ring.isVisible()

    chart_page.set_visit(visit.id)  # the first visit has no previous visit
    assert not chart_page.scene.has_ghost
    assert not chart_page.legend.ghost_shown

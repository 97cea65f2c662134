"""Two charts on two connections to one file, driven by real mouse and key events.

A sets tenderness 9 while B, which opened the visit before, drags the same marker: both are
kept. Both drag it: the second drop asks in place, and nothing is silently reverted.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import TriggerPoint, View, Visit
from bodymap.storage import ChartRepository
from bodymap.ui.canvas.page import ChartPage
from tests.ui import two_connections
from tests.ui.conftest import click_at, drag

# Each test runs on a SQLite file and on a PostgreSQL schema (when the server is set).
database_spec = two_connections.database_spec
repo = two_connections.repo
other_repo = two_connections.other_repo


@pytest.fixture
def point(repo: ChartRepository, atlas: Atlas, visit: Visit) -> TriggerPoint:
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    return repo.add_trigger_point(
        TriggerPoint(
            visit_id=visit.id,
            view=View.POSTERIOR,
            x=site.x,
            y=site.y,
            muscle=site.muscle,
            side=site.side,
            site=site.id,
            tenderness=3,
        )
    )


def _page(qtbot: QtBot, repo: ChartRepository, atlas: Atlas, visit_id: int) -> ChartPage:
    page = ChartPage(repo, atlas, QUndoStack())
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    page.set_visit(visit_id)
    page.view.fit_to_window()
    return page


def _at(point: TriggerPoint) -> tuple[View, float, float]:
    return (point.view, point.x, point.y)


def test_tenderness_in_a_and_a_move_in_b_are_both_kept(
    qtbot: QtBot,
    repo: ChartRepository,
    other_repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
    point: TriggerPoint,
) -> None:
    page_a = _page(qtbot, repo, atlas, visit.id or 0)
    page_b = _page(qtbot, other_repo, atlas, visit.id or 0)
    click_at(page_a.view, _at(point))  # select the marker in A
    spin = page_a.inspector._tenderness
    page_a.inspector.show()
    page_a.inspector.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page_a.inspector)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.selectAll()
    qtbot.keyClicks(spin, "9")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert repo.load_chart(visit.id or 0).trigger_points[0].tenderness == 9
    target = (View.POSTERIOR, point.x + 12.0, point.y + 10.0)
    drag(page_b.view, _at(point), target)  # B still shows tenderness 3
    stored = repo.load_chart(visit.id or 0).trigger_points[0]
    assert stored.tenderness == 9  # A's finding survived B's move
    assert (stored.x, stored.y) == pytest.approx(target[1:], abs=1.5)
    assert page_b.model.point(point.id or 0).tenderness == 9  # and B now shows it
    assert not page_b.conflict_bar.isVisible()


def test_the_same_marker_moved_in_both_windows_asks_in_place(
    qtbot: QtBot,
    repo: ChartRepository,
    other_repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
    point: TriggerPoint,
) -> None:
    page_a = _page(qtbot, repo, atlas, visit.id or 0)
    page_b = _page(qtbot, other_repo, atlas, visit.id or 0)
    a_target = (View.POSTERIOR, point.x + 12.0, point.y + 10.0)
    b_target = (View.POSTERIOR, point.x - 10.0, point.y + 14.0)
    drag(page_a.view, _at(point), a_target)
    drag(page_b.view, _at(point), b_target)
    bar = page_b.conflict_bar
    assert bar.isVisible()
    assert "Changed on another workstation" in bar.headline.text()
    stored = repo.load_chart(visit.id or 0).trigger_points[0]
    assert (stored.x, stored.y) == pytest.approx(a_target[1:], abs=1.5)  # A's move stands
    shown = page_b.model.point(point.id or 0)
    assert (shown.x, shown.y) == pytest.approx(a_target[1:], abs=1.5)  # B sees what is stored
    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)
    stored = repo.load_chart(visit.id or 0).trigger_points[0]
    assert (stored.x, stored.y) == pytest.approx(b_target[1:], abs=1.5)
    assert not bar.isVisible()

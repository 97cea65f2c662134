"""A save that fails is reported once, with the database's own reason."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.storage import ChartRepository, DatabaseError
from bodymap.ui.canvas.page import ChartPage
from tests.ui.conftest import click_at


def test_a_failed_save_says_why_once(
    qtbot: QtBot,
    chart_page: ChartPage,
    atlas: Atlas,
    repo: ChartRepository,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages: list[str] = []
    chart_page.message.connect(messages.append)

    def full_disk(_point: object) -> None:
        raise DatabaseError("chart.sqlite: database or disk is full")

    monkeypatch.setattr(repo, "add_trigger_point", full_disk)
    site = next(iter(atlas.sites.values()))
    click_at(chart_page.view, (site.view, site.x, site.y))
    assert chart_page.model.points == {}
    assert len(messages) == 1
    assert "database or disk is full" in messages[0]

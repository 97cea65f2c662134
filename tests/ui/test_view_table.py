"""Canvas, History and PDF lay out and caption the views from the view table alone.

Each test swaps in a throwaway table (model/views.py) and checks that every layer follows it:
that is what makes a new view (issue #17) its table row plus its art.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot
from reportlab.graphics.shapes import Drawing, Group, String

from bodymap.anatomy.atlas import Atlas
from bodymap.model import Side, View, Visit
from bodymap.model import views as view_table
from bodymap.model.map_content import MapContent, MapMarker
from bodymap.model.map_style import MarkerState
from bodymap.model.views import layout_views, view_modes
from bodymap.report.bodymap_drawing import NOTE_STYLE, BodyMapPainter
from bodymap.storage import ChartRepository
from bodymap.ui.canvas.chart_model import ChartModel
from bodymap.ui.canvas.constants import view_origin
from bodymap.ui.canvas.scene import BodyMapScene
from bodymap.ui.history.painting import BodyArt, MapPicture, PaintedMarker, render_map
from bodymap.ui.main_window import MainWindow
from tests.ui.conftest import click_at

FRONT = view_table.VIEW_SPECS[View.ANTERIOR]
BACK = view_table.VIEW_SPECS[View.POSTERIOR]


@pytest.fixture
def mirrored(monkeypatch: pytest.MonkeyPatch) -> None:
    """Back on the left, front on the right, every title new."""
    table = {
        View.POSTERIOR: replace(BACK, slot=0, title="Dorsum", long_title="Dorsum (test)"),
        View.ANTERIOR: replace(FRONT, slot=1, title="Ventrum", long_title="Ventrum (test)"),
    }
    monkeypatch.setattr(view_table, "VIEW_SPECS", table)


@pytest.fixture
def lateral_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """One view, captioned like a lateral view: no patient's side on either edge."""
    lateral = replace(BACK, slot=0, title="Side", long_title="Side (test)", left_of_viewer=None)
    monkeypatch.setattr(view_table, "VIEW_SPECS", {View.POSTERIOR: lateral})


def _scene_texts(scene: BodyMapScene) -> dict[str, float]:
    return {
        item.text(): item.scenePos().x()
        for item in scene.items()
        if isinstance(item, QGraphicsSimpleTextItem)
    }


def _pdf_strings(drawing: Drawing) -> list[tuple[str, float]]:
    """Every caption string with its x on the page, walking the groups' translations."""
    found: list[tuple[str, float]] = []

    def walk(node: Drawing | Group, dx: float) -> None:
        for child in node.contents:
            if isinstance(child, Group):
                walk(child, dx + (child.transform[4] if child.transform else 0.0))
            elif isinstance(child, String):
                found.append((child.text, dx + child.x))

    walk(drawing, 0.0)
    return found


def test_the_canvas_follows_the_table_and_a_click_stores_the_right_view_and_side(
    mirrored: None,
    main_window: Callable[..., MainWindow],
    atlas: Atlas,
    repo: ChartRepository,
    visit: Visit,
    qtbot: QtBot,
) -> None:
    assert layout_views() == (View.POSTERIOR, View.ANTERIOR)
    window = main_window()
    window.show_visit(visit.id or 0)
    page = window.chart_page
    page.view.fit_to_window()
    texts = _scene_texts(page.scene)
    assert texts["Dorsum (test)"] < texts["Ventrum (test)"]
    assert view_origin(View.POSTERIOR).x() == 0.0 < view_origin(View.ANTERIOR).x()
    assert [a.text() for a in window.actions_.view_modes.values()] == [
        "&Both views",
        BACK.menu_text,
        FRONT.menu_text,
    ]
    # A click on a right-side site of the (now left-hand) back view stores back + right.
    site = next(
        s for s in atlas.sites.values() if s.view is View.POSTERIOR and s.side is Side.RIGHT
    )
    click_at(page.view, (View.POSTERIOR, site.x, site.y))
    stored = repo.load_chart(visit.id or 0).trigger_points
    assert [(p.view, p.side, p.muscle) for p in stored] == [
        (View.POSTERIOR, Side.RIGHT, site.muscle)
    ]
    window.actions_.view_modes[View.ANTERIOR.value].trigger()
    assert window.views_shown() == {View.ANTERIOR}


def test_history_draws_the_views_in_table_order(mirrored: None, atlas: Atlas) -> None:
    marker = PaintedMarker(View.POSTERIOR, 200, 300, "1", QColor("#00ff00"), QColor("#00ff00"))
    content = MapPicture(markers=(marker,), titles=False)
    assert content.views == (View.POSTERIOR, View.ANTERIOR)
    image = render_map(BodyArt(atlas), content, QSize(200, 200)).toImage()
    green = [
        x
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).green() > 200 and image.pixelColor(x, y).red() < 60
    ]
    assert green
    assert max(green) < 100  # the back view's marker is in the left half now


def test_the_pdf_captions_and_orders_the_views_from_the_table(mirrored: None, atlas: Atlas) -> None:
    marker = MapMarker(1, View.POSTERIOR, 200, 300, MarkerState.ACTIVE, Side.LEFT)
    content = MapContent(markers=(marker,))
    drawing = BodyMapPainter(atlas).side_by_side(content, 400, 300, NOTE_STYLE)
    strings = _pdf_strings(drawing)
    x_of = {text: x for text, x in strings}
    assert x_of["Dorsum"] < x_of["Ventrum"]
    # Sides stay the patient's: the back view shows the patient's left on the viewer's left.
    back_letters = sorted((x, t) for t, x in strings if t in "LR" and x < 200)
    assert [t for _, t in back_letters] == ["L", "R"]


def test_a_view_without_sides_is_captioned_without_side_letters(
    lateral_only: None, qtbot: QtBot, atlas: Atlas
) -> None:
    assert view_modes() == ("both", "posterior")
    drawing = BodyMapPainter(atlas).side_by_side(MapContent(), 200, 300, NOTE_STYLE)
    assert [text for text, _ in _pdf_strings(drawing)] == ["Side"]
    scene = BodyMapScene(ChartModel(), atlas)
    assert set(_scene_texts(scene)) == {"Side (test)"}
    assert scene.full_rect() == QRectF(-20, -34, BACK.width + 40, BACK.height + 34)

"""The side comes from the drawing: a contradicting Side needs confirmation and is an override."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import Side, View, Visit
from bodymap.report.exporting import session_note_pdf
from bodymap.storage import ChartRepository
from bodymap.ui.canvas.page import ChartPage
from tests.ui.conftest import answer_next_question, click_at


def _place_left_point(chart_page: ChartPage, atlas: Atlas) -> int:
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR and s.side is Side.LEFT)
    click_at(chart_page.view, (View.POSTERIOR, site.x, site.y))
    (point,) = chart_page.model.points.values()
    assert point.side is Side.LEFT
    assert point.id is not None
    return point.id


def _choose_side(qtbot: QtBot, chart_page: ChartPage, key: Qt.Key) -> None:
    inspector = chart_page.inspector
    combo = inspector._side
    inspector.show()  # a floating dock here (no main window): make it the active window
    qtbot.waitUntil(combo.isVisible)
    inspector.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is inspector)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, key)


def test_a_side_against_the_drawn_half_needs_confirmation_and_is_stored_as_override(
    qtbot: QtBot, chart_page: ChartPage, atlas: Atlas, repo: ChartRepository, visit: Visit
) -> None:
    point_id = _place_left_point(chart_page, atlas)
    assert visit.id is not None
    asked = answer_next_question("No")
    _choose_side(qtbot, chart_page, Qt.Key.Key_Down)  # Left -> "Right"
    assert asked
    assert "drawn on the patient's left half" in asked[0]
    stored = next(tp for tp in repo.load_chart(visit.id).trigger_points if tp.id == point_id)
    assert (stored.side, stored.side_override) == (Side.LEFT, False)  # declined: unchanged
    assert chart_page.inspector._side.currentData() == Side.LEFT
    answer_next_question("Yes")
    _choose_side(qtbot, chart_page, Qt.Key.Key_Down)
    stored = next(tp for tp in repo.load_chart(visit.id).trigger_points if tp.id == point_id)
    assert (stored.side, stored.side_override) == (Side.RIGHT, True)
    note = chart_page.inspector._side_note
    assert note.isVisible()
    assert "override" in note.text()
    assert "left half" in note.text()


def test_the_override_is_printed_in_the_note(
    qtbot: QtBot,
    chart_page: ChartPage,
    atlas: Atlas,
    repo: ChartRepository,
    visit: Visit,
    tmp_path: Path,
) -> None:
    _place_left_point(chart_page, atlas)
    answer_next_question("Yes")
    _choose_side(qtbot, chart_page, Qt.Key.Key_Down)
    assert visit.id is not None
    out = tmp_path / "note.pdf"
    out.write_bytes(session_note_pdf(repo, atlas, visit.id))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)

    assert "Right (override)" in " ".join(text.split())

"""Charting from the keyboard alone: Ctrl+T by site or muscle, a zone by region, Tab, arrows.

Enter and Delete too, with the Marks list naming every mark.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import Side, View, Visit
from bodymap.storage import ChartRepository
from bodymap.ui.add_mark_dialog import ChoiceDialog
from bodymap.ui.main_window import MainWindow


def answer_dialog(qtbot: QtBot, typed: str, picks: int = 1) -> list[str]:
    """When the dialog opens, type ``typed``, take a suggestion (Down × picks, Enter), accept.

    Returns the list the field's chosen text is put in, for the test to check.
    """
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        # The dialog opens with the typing focus in its field, once the window is active.
        if not isinstance(dialog, ChoiceDialog) or not dialog.field.hasFocus():
            QTimer.singleShot(20, fill)
            return
        field = dialog.field
        qtbot.keyClicks(field, typed)
        popup = field.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        for _ in range(picks):
            qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        seen.append(field.text())
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    return seen


def focus_map(qtbot: QtBot, window: MainWindow) -> QWidget:
    view = window.chart_page.view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def test_chart_trigger_points_and_a_zone_with_keys_only(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    atlas: Atlas,
    visit: Visit,
) -> None:
    window = main_window()
    view = focus_map(qtbot, window)
    page = window.chart_page

    # A catalogue site: the point lands on the site, with its muscle and side.
    seen = answer_dialog(qtbot, "upper trapezius, central")
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.model.points) == 1)
    site = atlas.sites["upper_trapezius.central.right"]
    assert seen == [f"{site.name} — right (site)"]
    (first,) = page.model.points.values()
    assert (first.site, first.muscle, first.side, first.x, first.y) == (
        site.id,
        site.muscle,
        Side.RIGHT,
        site.x,
        site.y,
    )

    # A muscle by side and view: the point lands inside that muscle where the atlas draws it.
    focus_map(qtbot, window)  # a window manager gives the focus back after a dialog
    seen = answer_dialog(qtbot, "levator scapulae", picks=5)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.model.points) == 2)
    assert seen == ["Levator scapulae — left, posterior (muscle)"]
    second = max(page.model.points.values(), key=lambda p: p.number)
    assert (second.muscle, second.side, second.view) == (
        "levator_scapulae",
        Side.LEFT,
        View.POSTERIOR,
    )
    hit = atlas.hit(second.view, second.x, second.y)
    assert ("levator_scapulae", Side.LEFT) in {(m.muscle, m.side) for m in hit.muscles}

    # A zone by body region covers that region's polygon.
    focus_map(qtbot, window)
    seen = answer_dialog(qtbot, "neck (r)", picks=2)
    qtbot.keyClick(
        view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: len(page.model.zones) == 1)
    assert seen == ["Neck (R) — right, posterior"]
    (zone,) = page.model.zones.values()
    region = next(
        r
        for r in atlas.surface_regions.values()
        if (r.name, r.side, r.view) == ("Neck (R)", Side.RIGHT, View.POSTERIOR)
    )
    assert zone.polygons == (region.polygon,)

    # Tab walks the marks in order; the Marks list follows and names each one.
    marks = window.keyboard_charting.marks_dock
    focus_map(qtbot, window)
    page.scene.clearSelection()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert page.selected_ids() == ([first.id], [])
    assert marks.list.currentItem().text() == "Trigger point 1, upper trapezius, right, active"
    assert window.keyboard_charting.keyboard.frame.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert page.selected_ids() == ([second.id], [])
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert page.selected_ids() == ([], [zone.id])
    assert marks.names()[2].startswith("Pain zone 1, patient reported, posterior, intensity 5")

    # Arrows nudge the focused marker: three presses are one undo step.
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    undo_count = page.undo_stack.count()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    moved = page.model.point(second.id)
    assert (moved.x, moved.y) == (second.x, round(second.y + 3.0, 2))
    assert page.undo_stack.count() == undo_count + 1
    window.actions_.undo.trigger()
    assert (page.model.point(second.id).x, page.model.point(second.id).y) == (second.x, second.y)

    # Enter opens the inspector on the focused mark; its tenderness becomes part of the name.
    focus_map(qtbot, window)
    window.keyboard_charting.keyboard.focus_mark(("point", first.id))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.inspector.isAncestorOf(QApplication.focusWidget()))

    # Delete removes the focused mark, undoably.
    focus_map(qtbot, window)
    window.keyboard_charting.keyboard.focus_mark(("point", second.id))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert second.id not in page.model.points
    assert len(marks.names()) == 2
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert second.id in page.model.points

    stored = repo.load_chart(visit.id)
    assert [(p.muscle, p.side) for p in stored.trigger_points] == [
        ("upper_trapezius", Side.RIGHT),
        ("levator_scapulae", Side.LEFT),
    ]
    assert [z.polygons for z in stored.zones] == [(region.polygon,)]
    assert "3 marks" in view.accessibleDescription()


def test_unknown_text_is_refused_and_nothing_placed(
    qtbot: QtBot, main_window: Callable[..., MainWindow], visit: Visit
) -> None:
    window = main_window()
    view = focus_map(qtbot, window)
    errors: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChoiceDialog) or not dialog.field.hasFocus():
            QTimer.singleShot(20, fill)
            return
        qtbot.keyClicks(dialog.field, "nowhere muscle")
        dialog.field.completer().popup().hide()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        errors.append(dialog.error.text())
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)

    QTimer.singleShot(0, fill)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert errors
    assert "not in the list" in errors[0]
    assert window.chart_page.model.points == {}

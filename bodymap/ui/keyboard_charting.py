"""Keyboard charting in the main window: Add trigger point…, Add pain zone…, the Marks dock.

They sit on top of the map's own keys (see :mod:`bodymap.ui.canvas.keyboard`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from bodymap.ui.add_mark_dialog import add_point_dialog, add_zone_dialog
from bodymap.ui.canvas.editor import EditNotSavedError, EditRefusedError
from bodymap.ui.canvas.keyboard import MarkKeyboard, point_name
from bodymap.ui.canvas.keyboard_edits import add_region_zone, place_at_site, place_on_muscle
from bodymap.ui.canvas.marks_dock import MarksDock
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


class KeyboardCharting(QObject):
    """Owns the keyboard charting commands and the Marks dock of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        page = window.chart_page
        self._page = page
        self.keyboard = MarkKeyboard(page, self._open_inspector)
        self.marks_dock = MarksDock(page, self.keyboard, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.marks_dock)
        window.tabifyDockWidget(page.inspector, self.marks_dock)
        page.inspector.raise_()
        self.add_point = QAction(translate("KeyboardCharting", "Add &trigger point…"), window)
        self.add_point.setShortcut(QKeySequence("Ctrl+T"))
        self.add_point.setToolTip(
            translate(
                "KeyboardCharting", "Place a trigger point by catalogue site or muscle (Ctrl+T)"
            )
        )
        self.add_point.triggered.connect(self.ask_point)
        self.add_zone = QAction(translate("KeyboardCharting", "Add pain &zone by region…"), window)
        self.add_zone.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.add_zone.setToolTip(
            translate("KeyboardCharting", "Add a pain zone covering a body region (Ctrl+Shift+T)")
        )
        self.add_zone.triggered.connect(self.ask_zone)
        for action in (self.add_point, self.add_zone):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        menu = self._visit_menu()
        if menu is not None:
            menu.addSeparator()
            menu.addActions([self.add_point, self.add_zone])
        window._view_menu.addAction(self.marks_dock.toggleViewAction())
        page.model.chart_reset.connect(self.update_enabled)
        self.update_enabled()

    def _visit_menu(self) -> QMenu | None:
        for action in self._window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and action.text().replace("&", "") == "Visit":
                return menu
        return None

    def update_enabled(self) -> None:
        """Offer the commands only on an open, editable visit (not signed, not read-only)."""
        editable = not self._page.model.read_only
        self.add_point.setEnabled(editable)
        self.add_zone.setEnabled(editable)

    def _open_inspector(self) -> None:
        inspector = self._page.inspector
        inspector.show()
        inspector.raise_()
        inspector.widget().setFocus()
        inspector.focusNextChild()

    def _show_chart(self) -> None:
        self._window.tabs.setCurrentWidget(self._page)

    def ask_point(self) -> None:
        """Ask for a site or muscle and place a trigger point there (one undo step)."""
        if self._page.model.read_only:
            return
        dialog, choices = add_point_dialog(self._page.atlas, self._window)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        choice = choices[dialog.choice]
        editor = self._page.editor
        try:
            if choice.site_id is not None:
                point = place_at_site(editor, self._page.atlas.sites[choice.site_id])
            else:
                assert choice.muscle is not None
                assert choice.side is not None
                assert choice.view is not None
                point = place_on_muscle(editor, choice.muscle, choice.side, choice.view)
        except EditNotSavedError:
            return
        except EditRefusedError as exc:
            self._page.message.emit(str(exc))
            return
        self._show_chart()
        assert point.id is not None
        self.keyboard.focus_mark(("point", point.id))
        self._page.view.setFocus()
        self._page.message.emit(
            translate("KeyboardCharting", "Placed {point_name}").format(
                point_name=point_name(point, self._page.atlas)
            )
        )

    def ask_zone(self) -> None:
        """Ask for a body region and add a pain zone covering it (one undo step)."""
        if self._page.model.read_only:
            return
        dialog, choices = add_zone_dialog(self._page.atlas, self._window)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        try:
            zone = add_region_zone(self._page.editor, choices[dialog.choice])
        except EditNotSavedError:
            return
        except EditRefusedError as exc:
            self._page.message.emit(str(exc))
            return
        self._show_chart()
        assert zone.id is not None
        self.keyboard.focus_mark(("zone", zone.id))
        self._page.view.setFocus()
        self._page.message.emit(
            translate("KeyboardCharting", "Added a pain zone over {choice}").format(
                choice=dialog.choice
            )
        )

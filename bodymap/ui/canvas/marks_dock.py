"""The "Marks" dock: the chart's marks as an accessible list that mirrors the map.

Graphics items are not accessible objects, so a screen reader reads the marks here; choosing
a row focuses that mark on the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from bodymap.ui.canvas.keyboard import MarkKey, MarkKeyboard, point_name, zone_name
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.ui.canvas.page import ChartPage

_KEY_ROLE = Qt.ItemDataRole.UserRole


class MarksDock(QDockWidget):
    """Lists every mark of the open chart by its spoken name, in keyboard order."""

    def __init__(
        self, page: ChartPage, keyboard: MarkKeyboard, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("MarksDock", "Marks"), parent)
        self.setObjectName("MarksDock")
        self._page = page
        self._keyboard = keyboard
        self.list = QListWidget()
        self.list.setAccessibleName(translate("MarksDock", "Marks on the chart"))
        self.list.setAccessibleDescription(
            translate(
                "MarksDock",
                "Every trigger point and pain zone of the open visit; "
                "choosing one focuses it on the map",
            )
        )
        self.setWidget(self.list)
        self._syncing = False
        model = page.model
        for signal in (
            model.point_added,
            model.point_moved,
            model.point_changed,
            model.point_removed,
            model.zone_added,
            model.zone_changed,
            model.zone_removed,
        ):
            signal.connect(lambda _id: self.rebuild())
        model.chart_reset.connect(self.rebuild)
        self.list.currentItemChanged.connect(self._on_row)
        self.list.itemActivated.connect(lambda _item: page.view.setFocus())
        keyboard.focused.connect(self._show_focused)
        self.rebuild()

    def names(self) -> list[str]:
        """The rows' accessible names, top to bottom."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def rebuild(self) -> None:
        """Refill the list from the chart, keeping the focused mark's row current."""
        if not shiboken6.isValid(self.list):
            return
        model = self._page.model
        self._syncing = True
        try:
            self.list.clear()
            zone_number = 0
            for kind, mark_id in self._keyboard.marks():
                if kind == "point":
                    text = point_name(model.point(mark_id), self._page.atlas)
                else:
                    zone_number += 1
                    text = zone_name(model.zone(mark_id), zone_number)
                item = QListWidgetItem(text)
                item.setData(_KEY_ROLE, (kind, mark_id))
                self.list.addItem(item)
        finally:
            self._syncing = False
        self._show_focused(self._keyboard.current())
        count = self.list.count()
        self._page.view.setAccessibleDescription(
            translate(
                "MarksDock",
                "Body map with {count} mark{value}; Tab moves between them, arrows nudge a "
                "marker, Enter opens the inspector; the Marks list reads them",
            ).format(count=count, value="s" if count != 1 else "")
        )

    def _show_focused(self, key: object) -> None:
        if not shiboken6.isValid(self.list):
            return
        self._syncing = True
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                if item.data(_KEY_ROLE) == key:
                    self.list.setCurrentItem(item)
                    self._name_map(item.text())
                    return
            self.list.setCurrentRow(-1)
            self._name_map("")
        finally:
            self._syncing = False

    def _name_map(self, mark: str) -> None:
        """The map itself says which mark has the keyboard focus, so Tab on it is heard."""
        view = self._page.view
        name = (
            translate("BodyMapView", "Body map: {mark}").format(mark=mark)
            if mark
            else translate("BodyMapView", "Body map")
        )
        if view.accessibleName() != name:
            view.setAccessibleName(name)
            QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.NameChanged))

    def _on_row(self, item: QListWidgetItem | None) -> None:
        if self._syncing or item is None:
            return
        key: MarkKey = tuple(item.data(_KEY_ROLE))
        self._keyboard.focus_mark(key)

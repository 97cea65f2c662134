"""Keeps a main window in step with the theme and text size.

Icons are redrawn on a palette change; headings follow the system font; the toolbar drops its
tool names (icons and tooltips stay) rather than overflow, and the patients dock is wide enough
for a visit's date in the current font.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QToolBar, QToolButton

from bodymap.ui.theme import ThemeMode, apply_theme, theme_manager

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
_FONT_EVENTS = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)
#: Widest the patients dock is made for its content (a larger font cuts the list instead).
PATIENTS_DOCK_MOST = 300


class WindowTheme(QObject):
    """Event filter on ``window``: the painted icons follow the palette, headings the font.

    Args:
        window: the main window (its actions and patients dock carry painted icons).
        mode: the theme the user chose (applied unless the application already has one).
    """

    def __init__(self, window: MainWindow, mode: str) -> None:
        super().__init__(window)
        self._window = window
        self.set_mode(mode)
        self._ink = self._current_ink()
        window.installEventFilter(self)

    def set_mode(self, mode: str) -> None:
        """Switch the application to ``mode`` ("system", "light" or "dark")."""
        manager = theme_manager()
        if manager is None or manager.mode != ThemeMode(mode):
            apply_theme(mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Redraw icons when the palette changed; re-size headings when the font changed."""
        kind = event.type()
        if watched is self._window and kind in _PALETTE_EVENTS:
            ink = self._current_ink()
            if ink != self._ink:
                self._ink = ink
                self.redraw_icons()
        elif watched is self._window and kind in _FONT_EVENTS:
            manager = theme_manager()
            if kind == QEvent.Type.ApplicationFontChange and manager is not None:
                manager.refresh_fonts()
            self.fit()
        elif watched is self._window and kind == QEvent.Type.Resize:
            self.fit_toolbar()
        return False

    def fit(self) -> None:
        """Size the patients dock and the toolbar for the current font and window width."""
        window = self._window
        if not hasattr(window, "patients"):
            return  # still being built
        bold = QFont(window.font())
        bold.setBold(True)
        # A visit's date in bold, its status icon, a scroll bar and the list's margins.
        need = QFontMetrics(bold).horizontalAdvance("Wed 30 Sep 2026, 10:00") + 96
        window.patients.setMinimumWidth(min(max(need, 220), PATIENTS_DOCK_MOST))
        self.fit_toolbar()

    def fit_toolbar(self) -> None:
        """Tool names beside their icons when the toolbar fits, icons only when it would not."""
        window = self._window
        bar = window.findChild(QToolBar, "ChartToolBar")
        if bar is None or not hasattr(window, "actions_"):
            return
        buttons = [bar.widgetForAction(a) for a in window.actions_.tools.values()]
        tools = [b for b in buttons if isinstance(b, QToolButton)]
        for button in tools:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if bar.sizeHint().width() > window.width():
            for button in tools:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def redraw_icons(self) -> None:
        """Paint the tool and visit-status icons again in the current theme's inks."""
        from bodymap.ui.actions import redraw_icons
        from bodymap.ui.live_refresh import refresh_lists

        redraw_icons(self._window.actions_)
        refresh_lists(self._window.patients)

    @staticmethod
    def _current_ink() -> str:
        manager = theme_manager()
        return manager.table.icon_ink if manager is not None else ""

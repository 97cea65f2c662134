"""The chart toolbar: tools, brush width, view switch and zoom."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSpinBox, QToolBar, QToolButton, QWidget

from bodymap.ui.actions import WindowActions
from bodymap.ui.canvas.constants import BRUSH_WIDTH_RANGE
from bodymap.ui.i18n import translate


def build_chart_toolbar(window: QMainWindow, actions: WindowActions) -> tuple[QToolBar, QSpinBox]:
    """Create the toolbar and return it with its brush-width box."""
    bar = QToolBar(translate("Toolbar", "Chart tools"), window)
    bar.setObjectName("ChartToolBar")
    bar.setIconSize(QSize(22, 22))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setMovable(False)
    for action in actions.tools.values():
        bar.addAction(action)
    bar.addSeparator()
    label = QLabel(translate("Toolbar", " Brush "))
    bar.addWidget(label)
    width = QSpinBox()
    low, high = BRUSH_WIDTH_RANGE
    width.setRange(int(low), int(high))
    width.setSuffix(translate("Toolbar", " u"))  # atlas units
    width.setToolTip(
        translate("Toolbar", "Brush and eraser width in atlas units ([ and ] change it)")
    )
    width.setAccessibleName(translate("Toolbar", "Brush width"))
    bar.addWidget(width)
    spacer = QWidget()
    spacer.setFixedWidth(12)
    bar.addWidget(spacer)
    bar.addSeparator()
    for action in actions.view_modes.values():
        bar.addAction(action)
    bar.addSeparator()
    icon_only = (
        actions.zoom_out,
        actions.zoom_fit,
        actions.zoom_in,
        None,
        actions.undo,
        actions.redo,
    )
    for entry in icon_only:
        if entry is None:
            bar.addSeparator()
            continue
        bar.addAction(entry)
        button = bar.widgetForAction(entry)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return bar, width

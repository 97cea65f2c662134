"""Colours of the history and reference views, chosen to stay readable over the body art."""

from __future__ import annotations

from PySide6.QtGui import QColor

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import CarryStatus

# Text, grid, axis and panel colours come from the theme (bodymap/ui/theme.py).
SKIN = QColor("#f3e3d3")
OUTLINE = QColor("#8d6e63")
MARKER_TEXT = QColor("#ffffff")
ACCENT = QColor("#1f6fb2")

#: Change overlay: new pain warm red, resolved pain green, persisting pain amber.
NEW = QColor(211, 47, 47, 150)
RESOLVED = QColor(46, 160, 67, 140)
PERSISTING = QColor(245, 166, 35, 160)
NEW_INK = QColor("#b71c1c")
RESOLVED_INK = QColor("#1b7a35")
PERSISTING_INK = QColor("#b26a00")

STATUS_FILL = {
    CarryStatus.NEW: NEW,
    CarryStatus.RESOLVED: RESOLVED,
    CarryStatus.PERSISTING: PERSISTING,
}
STATUS_INK = {
    CarryStatus.NEW: NEW_INK,
    CarryStatus.RESOLVED: RESOLVED_INK,
    CarryStatus.PERSISTING: PERSISTING_INK,
}
STATUS_TEXT = {
    CarryStatus.NEW: QT_TRANSLATE_NOOP("Terms", "New"),
    CarryStatus.RESOLVED: QT_TRANSLATE_NOOP("Terms", "Resolved"),
    CarryStatus.PERSISTING: QT_TRANSLATE_NOOP("Terms", "Persisting"),
}

#: Referral ghost: essential zone stronger than spillover.
ESSENTIAL = QColor(198, 40, 40, 120)
SPILLOVER = QColor(198, 40, 40, 45)
ESSENTIAL_INK = QColor(150, 20, 20, 200)

#: Trend lines: the first series in a chart, then the second (e.g. pre- and post-treatment).
SERIES = (QColor("#1f6fb2"), QColor("#e07b39"), QColor("#6a4c93"), QColor("#2a9d8f"))
REFERENCE_BAND = QColor(46, 160, 67, 28)
REFERENCE_LINE = QColor("#2e7d32")

#: Heat map scale: from pale (rarely painful) to deep red (painful at every visit).
HEAT_STOPS = (QColor("#fff5eb"), QColor("#fdae6b"), QColor("#e6550d"), QColor("#a63603"))


def heat_color(share: float, alpha: int = 200) -> QColor:
    """Colour of a 0-1 share on the heat scale."""
    share = max(0.0, min(1.0, share))
    position = share * (len(HEAT_STOPS) - 1)
    index = min(int(position), len(HEAT_STOPS) - 2)
    t = position - index
    low, high = HEAT_STOPS[index], HEAT_STOPS[index + 1]
    color = QColor(
        round(low.red() + (high.red() - low.red()) * t),
        round(low.green() + (high.green() - low.green()) * t),
        round(low.blue() + (high.blue() - low.blue()) * t),
    )
    color.setAlpha(alpha)
    return color

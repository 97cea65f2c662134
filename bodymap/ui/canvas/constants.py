"""Z-order, colours, sizes and the one scene↔model coordinate conversion of the body map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from bodymap import preferences
from bodymap.model import View
from bodymap.model.map_style import MAP_STYLE
from bodymap.model.views import layout_views, view_spec

#: Horizontal space between two figures, in scene units.
VIEW_GAP = 60.0
#: Room above the figures for the view titles.
TITLE_HEIGHT = 34.0

# Z-order of everything drawn on the map, bottom to top.
Z_ART = 0.0
Z_REFERRAL = 7.0
Z_ZONE = 10.0
#: The previous visit's zones are outlines over the current ones, its points rings under them.
Z_GHOST_ZONE = 15.0
Z_LINK = 20.0
Z_GHOST_POINT = 25.0
Z_POINT = 30.0
Z_PREVIEW = 40.0
Z_LABEL = 50.0

#: Marker radius in device-independent pixels (markers keep their size at every zoom).
MARKER_RADIUS = 10.0
#: Default and allowed brush widths in atlas units.
BRUSH_WIDTH_DEFAULT = preferences.BRUSH_WIDTH_DEFAULT  # one source: the preferences validate it
BRUSH_WIDTH_RANGE = preferences.BRUSH_WIDTH_RANGE
#: A click this close (atlas units) to a catalogue site is taken as the site itself.
SITE_EXACT_DISTANCE = 2.0
#: Catalogue sites within this distance (atlas units) of a new marker are offered for snapping.
SITE_SNAP_DISTANCE = 14.0
#: Zoom limits as view scale factors.
ZOOM_RANGE = (0.2, 12.0)
ZOOM_STEP = 1.25

ACCENT = QColor("#1f6fb2")
# Marker colours come from the one map style the History and the PDF paint with too.
ACTIVE_FILL = QColor(MAP_STYLE.active_fill)
LATENT_FILL = QColor(MAP_STYLE.latent_fill)
MARKER_INK = QColor(MAP_STYLE.marker_ink)
RESOLVED_INK = QColor(MAP_STYLE.resolved_ink)
LINK_INK = QColor(MAP_STYLE.link_ink)
SELECTION_INK = QColor("#1f6fb2")
GHOST_INK = QColor("#5c6bc0")
REFERRAL_INK = QColor(MAP_STYLE.referral_ink)


def intensity_color(intensity: int) -> QColor:
    """Return the colour of a pain intensity 0-10 on the map's scale (clamped; MapStyle)."""
    return QColor(MAP_STYLE.intensity_hex(intensity))


def view_origin(view: View) -> QPointF:
    """Where ``view``'s atlas origin sits in the scene: figures left to right by layout slot.

    The layout never changes with the view mode, a hidden view is just hidden, so stored
    coordinates map to the same scene position in every mode.
    """
    x = 0.0
    for shown in layout_views():
        if shown is view:
            return QPointF(x, 0.0)
        x += view_spec(shown).width + VIEW_GAP
    raise KeyError(view)


def view_rect(view: View) -> QRectF:
    """Return the scene rectangle covered by one view's figure (its viewBox)."""
    origin = view_origin(view)
    spec = view_spec(view)
    return QRectF(origin.x(), origin.y(), spec.width, spec.height)


def model_to_scene(view: View, x: float, y: float) -> QPointF:
    """Convert a position in ``view``'s atlas units to scene coordinates."""
    origin = view_origin(view)
    return QPointF(origin.x() + x, origin.y() + y)


def scene_to_model(pos: QPointF) -> tuple[View, float, float] | None:
    """Convert a scene position to ``(view, x, y)`` in atlas units; None off every figure."""
    for view in layout_views():
        rect = view_rect(view)
        x = pos.x() - rect.x()
        y = pos.y() - rect.y()
        if 0.0 <= x <= rect.width() and 0.0 <= y <= rect.height():
            return view, x, y
    return None


#: Atlas units to centimetres: the figures are 800 units tall, scaled to an adult 1.70 m.
CM_PER_UNIT = 170.0 / 800.0
#: Atlas square units to square centimetres (a zone's area shown in cm²).
CM2_PER_UNIT2 = CM_PER_UNIT * CM_PER_UNIT

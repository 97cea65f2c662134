"""BodyMapScene: the body art plus one item per mark, kept in step with the ChartModel's signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from bodymap.model import View, VisitChart
from bodymap.model.map_content import map_marker, map_zone, referral_arrow
from bodymap.model.views import ViewSpec, layout_views, view_spec
from bodymap.resources import asset_path
from bodymap.ui.canvas.art_item import BodyArtItem
from bodymap.ui.canvas.chart_model import ChartModel
from bodymap.ui.canvas.constants import (
    REFERRAL_INK,
    TITLE_HEIGHT,
    Z_ART,
    Z_LABEL,
    Z_REFERRAL,
    model_to_scene,
    view_origin,
    view_rect,
)
from bodymap.ui.canvas.ghost import GhostLayer
from bodymap.ui.canvas.items import (
    LinkArrowItem,
    TriggerPointItem,
    ZoneItem,
    zone_path,
)
from bodymap.ui.i18n import term, translate

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.anatomy.types import TriggerSite


class BodyMapScene(QGraphicsScene):
    """The two body views side by side, with markers, zones, referral arrows and a ghost layer.

    Args:
        model: the chart this scene mirrors.
        atlas: gives each view's body art.
    """

    def __init__(self, model: ChartModel, atlas: Atlas) -> None:
        super().__init__()
        self.model = model
        self._points: dict[int, TriggerPointItem] = {}
        self._zones: dict[int, ZoneItem] = {}
        self._links: dict[int, LinkArrowItem] = {}
        self._referral: list[QGraphicsItem] = []
        self._rebuilding = False
        self._ghost_visible = True
        self.ghost = GhostLayer(self, atlas.muscle_name)
        self._visible_views = set(layout_views())
        self._decor: dict[View, list[QGraphicsItem]] = {v: [] for v in layout_views()}
        self._renderers: dict[View, QSvgRenderer] = {}
        self._add_art(atlas)
        self.setSceneRect(self.full_rect())
        self.setBackgroundBrush(QColor("#f7f8fa"))
        model.chart_reset.connect(self._rebuild)
        model.point_added.connect(self._on_point)
        model.point_moved.connect(self._on_point)
        model.point_changed.connect(self._on_point)
        model.point_removed.connect(self._on_point_removed)
        model.zone_added.connect(self._on_zone)
        model.zone_changed.connect(self._on_zone)
        model.zone_removed.connect(self._on_zone_removed)
        self._rebuild()

    # -- layout --------------------------------------------------------------------------------
    @staticmethod
    def full_rect() -> QRectF:
        """Scene rectangle holding every figure and its title."""
        rect = QRectF()
        for view in layout_views():
            rect = rect.united(view_rect(view))
        return rect.adjusted(-20, -TITLE_HEIGHT, 20, 0)

    @staticmethod
    def view_area(view: View) -> QRectF:
        """Scene rectangle of one figure with its title."""
        return view_rect(view).adjusted(-10, -TITLE_HEIGHT, 10, 0)

    def _add_art(self, atlas: Atlas) -> None:
        for view in layout_views():
            spec = view_spec(view)
            # One renderer per body drawing, shared by its item: the SVG is parsed once.
            renderer = QSvgRenderer(str(asset_path(atlas.views[view].art)), self)
            self._renderers[view] = renderer
            art = BodyArtItem(renderer)
            bounds = art.boundingRect()
            if bounds.width() > 0:
                art.setScale(spec.width / bounds.width())
            art.setPos(view_origin(view))
            art.setZValue(Z_ART)
            art.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(art)
            self._decor[view] = [art, *self._captions(spec)]

    def _captions(self, spec: ViewSpec) -> list[QGraphicsItem]:
        """The view's title and, unless it is a lateral view, the patient's side letters."""
        left_edge = view_origin(spec.key).x()
        title = self._label(
            term(spec.long_title), QFont("Sans Serif", 11, QFont.Weight.DemiBold), QColor("#37474f")
        )
        title.setPos(left_edge + (spec.width - title.boundingRect().width()) / 2, -TITLE_HEIGHT + 4)
        captions: list[QGraphicsItem] = [title]
        left, right = spec.left_of_viewer, spec.right_of_viewer
        if left is None or right is None:
            return captions
        side_font = QFont("Sans Serif", 10, QFont.Weight.Bold)
        for side, x in ((left, left_edge + 40), (right, left_edge + spec.width - 50)):
            label = self._label(side.value[0].upper(), side_font, QColor("#78909c"))
            label.setPos(x, -TITLE_HEIGHT + 5)
            label.setToolTip(
                translate("BodyMapScene", "Patient's {value}").format(value=term(side.value))
            )
            captions.append(label)
        return captions

    def _label(self, text: str, font: QFont, color: QColor) -> QGraphicsSimpleTextItem:
        label = QGraphicsSimpleTextItem(text)
        label.setFont(font)
        label.setBrush(color)
        label.setZValue(Z_LABEL)
        label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(label)
        return label

    def set_visible_views(self, views: set[View]) -> None:
        """Show only ``views`` (one figure or both); marks of hidden views hide too."""
        self._visible_views = set(views)
        for view, items in self._decor.items():
            for item in items:
                item.setVisible(view in views)
        self._rebuild()

    @property
    def visible_views(self) -> set[View]:
        """The views currently shown."""
        return set(self._visible_views)

    # -- items from the model ------------------------------------------------------------------
    def point_item(self, point_id: int) -> TriggerPointItem | None:
        """The marker of a trigger point, if shown."""
        return self._points.get(point_id)

    def zone_item(self, zone_id: int) -> ZoneItem | None:
        """The item of a zone, if shown."""
        return self._zones.get(zone_id)

    def link_item(self, zone_id: int) -> LinkArrowItem | None:
        """The referral arrow into a zone, if it has one."""
        return self._links.get(zone_id)

    def reset_point(self, point_id: int) -> None:
        """Put a marker back where the model has it (after a refused drag)."""
        self._on_point(point_id)

    def _rebuild(self) -> None:
        for store in (self._points, self._zones, self._links):
            for item in store.values():
                self.removeItem(item)
            store.clear()
        # Links are drawn once at the end rather than after every item (a 300-mark visit).
        self._rebuilding = True
        try:
            for zone_id in self.model.zones:
                self._on_zone(zone_id)
            for point_id in self.model.points:
                self._on_point(point_id)
        finally:
            self._rebuilding = False
        for zone_id in self.model.zones:
            self._refresh_link(zone_id, spread=False)
        self._spread_tags()
        self.ghost.follow(self.model.points.values())
        self.ghost.set_visible(self._ghost_visible, self._visible_views)

    def _on_point(self, point_id: int) -> None:
        point = self.model.points.get(point_id)
        if point is None:
            return
        item = self._points.get(point_id)
        if item is None:
            item = TriggerPointItem(point_id)
            self._points[point_id] = item
            self.addItem(item)
        item.show_marker(map_marker(point))
        item.setVisible(point.view in self._visible_views)
        self._refresh_links_from(point_id)
        if not self._rebuilding:
            self.ghost.follow(self.model.points.values())

    def _on_point_removed(self, point_id: int) -> None:
        item = self._points.pop(point_id, None)
        if item is not None:
            self.removeItem(item)
        self._refresh_links_from(point_id)
        self.ghost.follow(self.model.points.values())

    def _on_zone(self, zone_id: int) -> None:
        zone = self.model.zones.get(zone_id)
        if zone is None:
            return
        item = self._zones.get(zone_id)
        if item is None:
            item = ZoneItem(zone_id)
            self._zones[zone_id] = item
            self.addItem(item)
        item.show_zone(map_zone(zone))
        item.setVisible(zone.view in self._visible_views)
        if not self._rebuilding:
            self._refresh_link(zone_id)

    def _on_zone_removed(self, zone_id: int) -> None:
        item = self._zones.pop(zone_id, None)
        if item is not None:
            self.removeItem(item)
        self._refresh_link(zone_id)

    def _refresh_links_from(self, point_id: int) -> None:
        if self._rebuilding:
            return
        for zone in self.model.zones.values():
            if zone.source_point_id == point_id and zone.id is not None:
                self._refresh_link(zone.id)

    def _refresh_link(self, zone_id: int, spread: bool = True) -> None:
        zone = self.model.zones.get(zone_id)
        points = self.model.points
        source = points.get(zone.source_point_id) if zone and zone.source_point_id else None
        shown = (
            zone is not None
            and source is not None
            and zone.view in self._visible_views
            and source.view in self._visible_views
        )
        if not shown or zone is None or source is None:
            arrow = self._links.pop(zone_id, None)
            if arrow is not None:
                self.removeItem(arrow)
            return
        link = referral_arrow(zone, source)  # the arrow every map draws (anchor cached there)
        if link is None:
            return
        arrow = self._links.get(zone_id)
        if arrow is None:
            arrow = LinkArrowItem(zone_id)
            self._links[zone_id] = arrow
            self.addItem(arrow)
        arrow.show_arrow(link)
        if spread and not self._rebuilding:
            self._spread_tags()

    def _spread_tags(self) -> None:
        """Stack the "#n" tags of cross-view links that would print on top of each other."""
        placed: list[tuple[QPointF, int]] = []
        for zone_id in sorted(self._links):
            arrow = self._links[zone_id]
            anchor = arrow.tag_anchor
            if anchor is None:
                continue
            lift = 0
            while any(
                abs(anchor.x() - p.x()) < 24 and lift == other and abs(anchor.y() - p.y()) < 16
                for p, other in placed
            ):
                lift += 1
            arrow.set_tag_lift(lift)
            placed.append((anchor, lift))

    # -- catalogue referral overlay ------------------------------------------------------------
    def show_referral(self, site: TriggerSite | None) -> None:
        """Overlay a catalogue site's referral pattern (essential and spillover); None clears."""
        for item in self._referral:
            self.removeItem(item)
        self._referral = []
        if site is None:
            return
        for zones, alpha, style in (
            (site.referral.spillover, 0.10, Qt.PenStyle.DotLine),
            (site.referral.essential, 0.28, Qt.PenStyle.DashLine),
        ):
            for view, polygon in zones:
                item = QGraphicsPathItem(zone_path(view, (polygon,)))
                fill = QColor(REFERRAL_INK)
                fill.setAlphaF(alpha)
                pen = QPen(REFERRAL_INK, 1.2, style)
                pen.setCosmetic(True)
                item.setPen(pen)
                item.setBrush(fill)
                self._referral.append(item)
        ring = QGraphicsEllipseItem(-13, -13, 26, 26)
        ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        ring.setPos(model_to_scene(site.view, site.x, site.y))
        ring.setPen(QPen(REFERRAL_INK, 2.5))
        ring.setToolTip(site.name)
        self._referral.append(ring)
        for item in self._referral:
            item.setZValue(Z_REFERRAL)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(item)

    @property
    def referral_shown(self) -> bool:
        """True while a catalogue referral pattern is overlaid."""
        return bool(self._referral)

    # -- ghost of the previous visit -----------------------------------------------------------
    def set_ghost(self, chart: VisitChart | None) -> None:
        """Show ``chart`` (the previous visit) as the ghost overlay; None removes it."""
        self.ghost.set_chart(chart, self.model.points.values())
        self.ghost.set_visible(self._ghost_visible, self._visible_views)

    def set_ghost_visible(self, visible: bool) -> None:
        """Toggle the ghost overlay."""
        self._ghost_visible = visible
        self.ghost.set_visible(visible, self._visible_views)

    @property
    def ghost_visible(self) -> bool:
        """True while the ghost overlay is switched on (View ▸ Ghost of previous visit)."""
        return self._ghost_visible

    @property
    def has_ghost(self) -> bool:
        """True when a previous visit is loaded as a ghost."""
        return self.ghost.loaded

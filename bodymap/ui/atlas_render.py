"""Review renders of atlas layers (muscles, CHOIR regions, a site's referral) over the body art."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from shapely.geometry import Polygon
from shapely.ops import polylabel

from bodymap.anatomy.atlas import Atlas
from bodymap.anatomy.types import Layer, ViewInfo
from bodymap.model import Side, View, ZonePolygon
from bodymap.model.views import view_spec
from bodymap.resources import asset_path

SCALE = 2.0  # image pixels per atlas unit
TITLE_HEIGHT = 64.0
FOOTER_HEIGHT = 150.0
GAP = 40.0
_REGION_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948")


def _path(polygon: ZonePolygon) -> QPainterPath:
    # One addPolygon per ring: far fewer binding calls than moveTo/lineTo per point.
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in (polygon.exterior, *polygon.holes):
        outline = QPolygonF([QPointF(x, y) for x, y in ring])
        outline.append(QPointF(*ring[0]))
        path.addPolygon(outline)
    return path


def _hue(key: str) -> QColor:
    digest = hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).digest()
    return QColor.fromHsv(digest[0] * 360 // 256, 120 + digest[1] % 80, 200)


def _label_point(polygon: ZonePolygon) -> QPointF:
    shape = Polygon(polygon.exterior, polygon.holes)
    point = polylabel(shape, tolerance=0.5)
    return QPointF(point.x, point.y)


def _text(
    painter: QPainter, at: QPointF, text: str, size: float, colour: str = "#111", width: float = 120
) -> None:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    box = QRectF(at.x() - width / 2, at.y() - size, width, size * 2.4)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _draw_muscles(painter: QPainter, atlas: Atlas, view: View) -> None:
    regions = [r for r in atlas.muscle_regions if r.view is view]
    for region in regions:
        if region.layer is Layer.SUPERFICIAL:
            colour = _hue(region.muscle)
            colour.setAlpha(120)
            painter.setBrush(QBrush(colour))
            painter.setPen(QPen(QColor("#333"), 0.4))
            painter.drawPath(_path(region.polygon))
    for region in regions:
        if region.layer is Layer.DEEP:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#1b3a8c"), 0.9, Qt.PenStyle.DashLine))
            painter.drawPath(_path(region.polygon))
    for region in regions:
        if region.side is Side.RIGHT or region.polygon.area < 120:
            continue  # one label per muscle keeps the picture readable
        deep = region.layer is Layer.DEEP
        name = atlas.muscle_name(region.muscle).split(" (")[0].split(" /")[0]
        _text(painter, _label_point(region.polygon), name, 2.6, "#1b3a8c" if deep else "#111")
    _draw_sites(painter, atlas, view)


def _draw_sites(painter: QPainter, atlas: Atlas, view: View, radius: float = 1.6) -> None:
    for site in atlas.sites.values():
        if site.view is view:
            # Thorax-risk sites in red so the review shows where the lung lies beneath.
            colour = QColor("#c0172d") if site.thorax_risk else QColor("#1b3a8c")
            painter.setPen(QPen(QColor("#ffffff"), 0.6))
            painter.setBrush(QBrush(colour))
            painter.drawEllipse(QPointF(site.x, site.y), radius, radius)


def _draw_regions(painter: QPainter, atlas: Atlas, view: View) -> None:
    for region in atlas.surface_regions.values():
        if region.view is not view:
            continue
        colour = QColor(_REGION_COLOURS[region.id % len(_REGION_COLOURS)])
        colour.setAlpha(105)
        painter.setBrush(QBrush(colour))
        painter.setPen(QPen(QColor("#222"), 0.5))
        painter.drawPath(_path(region.polygon))
    for region in atlas.surface_regions.values():
        if region.view is view:
            side = "R" if region.side is Side.RIGHT else "L"
            _text(painter, _label_point(region.polygon), f"{region.id} {side}", 3.2)


def _draw_referral(painter: QPainter, atlas: Atlas, view: View, site_id: str) -> None:
    site = atlas.sites[site_id]
    painter.setPen(Qt.PenStyle.NoPen)
    spill = QColor("#e8743b")
    spill.setAlpha(90)
    painter.setBrush(QBrush(spill))
    for zone_view, polygon in site.referral.spillover:
        if zone_view is view:
            painter.drawPath(_path(polygon))
    core = QColor("#c0172d")
    core.setAlpha(190)
    painter.setBrush(QBrush(core))
    for zone_view, polygon in site.referral.essential:
        if zone_view is view:
            painter.drawPath(_path(polygon))
    if site.view is view:
        painter.setPen(QPen(QColor("#000"), 0.9))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(QPointF(site.x, site.y), 3.0, 3.0)
        painter.drawLine(QPointF(site.x - 2, site.y - 2), QPointF(site.x + 2, site.y + 2))
        painter.drawLine(QPointF(site.x - 2, site.y + 2), QPointF(site.x + 2, site.y - 2))


def _footer(atlas: Atlas, layer: str) -> str:
    if layer.startswith("referral:"):
        site = atlas.sites[layer.split(":", 1)[1]]
        flags = " - THORAX RISK" if site.thorax_risk else ""
        return (
            f"{site.name} ({site.side.value}) [{site.confidence.value}]{flags}\n"
            f"Referral: {site.referral.description}\n"
            f"Source ({site.confidence.evidence}): {site.citation}\n"
            "Dark red: essential zone; orange: spillover zone."
        )
    if layer == "regions":
        return "CHOIR Body Map segments (ids 101-136 front, 201-238 back); R/L = patient's side."
    if layer == "sites":
        return (
            "Trigger-point catalogue sites (both sides); red = thorax risk (lung beneath), "
            "blue = other sites."
        )
    return "Muscle layer: tinted = superficial, blue dashed = deep layer; dots = catalogue sites."


_APP: list[QApplication] = []  # keeps the application alive for later renders


def render_image(atlas: Atlas, views: Sequence[View], layer: str) -> QImage:
    """Draw ``layer`` over the body art of each view, side by side, with titles and a legend."""
    # A QApplication (not a QGuiApplication) so that widgets can still be made in this process.
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QApplication([]))
    infos = [atlas.views[v] for v in views]
    width = sum(i.width * SCALE for i in infos) + GAP * (len(infos) + 1)
    height = max(i.height for i in infos) * SCALE + TITLE_HEIGHT + FOOTER_HEIGHT
    image = QImage(int(width), int(height), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        _paint(painter, atlas, infos, layer, width, height)
    finally:
        painter.end()  # a painter left active on an image crashes Qt at exit
    return image


def _paint(
    painter: QPainter,
    atlas: Atlas,
    infos: Sequence[ViewInfo],
    layer: str,
    width: float,
    height: float,
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    left = GAP
    for info in infos:
        _text(
            painter,
            QPointF(left + info.width * SCALE / 2, 24),
            view_spec(info.id).orientation,
            13,
            width=info.width * SCALE,
        )
        letters = view_spec(info.id).side_letters
        if letters is not None:
            _text(painter, QPointF(left + 14, TITLE_HEIGHT + 40), letters[0], 16, "#888")
            _text(
                painter,
                QPointF(left + info.width * SCALE - 14, TITLE_HEIGHT + 40),
                letters[1],
                16,
                "#888",
            )
        target = QRectF(left, TITLE_HEIGHT, info.width * SCALE, info.height * SCALE)
        QSvgRenderer(str(asset_path(info.art))).render(painter, target)
        painter.save()
        painter.translate(left, TITLE_HEIGHT)
        painter.scale(SCALE, SCALE)
        _draw_layer(painter, atlas, info.id, layer)
        painter.restore()
        left += info.width * SCALE + GAP
    _draw_footer(painter, _footer(atlas, layer), width, height)


def _draw_layer(painter: QPainter, atlas: Atlas, view: View, layer: str) -> None:
    if layer == "muscles":
        _draw_muscles(painter, atlas, view)
    elif layer == "sites":
        _draw_sites(painter, atlas, view, radius=2.4)
    elif layer == "regions":
        _draw_regions(painter, atlas, view)
    else:
        _draw_referral(painter, atlas, view, layer.split(":", 1)[1])


def _draw_footer(painter: QPainter, text: str, width: float, height: float) -> None:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(11)
    painter.setFont(font)
    painter.setPen(QColor("#222"))
    box = QRectF(GAP, height - FOOTER_HEIGHT + 12, width - 2 * GAP, FOOTER_HEIGHT - 20)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), text)


def render_to_file(atlas: Atlas, views: Iterable[View], layer: str, out: str | Path) -> None:
    """Render to a PNG at ``out``, written to a temporary file first and renamed into place.

    Raises:
        OSError: if the file cannot be written.
    """
    target = Path(out)
    image = render_image(atlas, list(views), layer)
    handle, temp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", suffix=".png")
    os.close(handle)
    try:
        if not image.save(temp):  # the .png suffix selects the encoder
            raise OSError(f"Qt could not encode the PNG for {target}")
        os.chmod(temp, 0o644)  # mkstemp makes 0600; a review picture is meant to be shared
        os.replace(temp, target)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)

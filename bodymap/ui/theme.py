"""The one style table: every widget colour in a light and a dark variant, and the app stylesheet.

Widgets never name a colour. They take their colours from the QPalette (which this module fills
from the table) or carry a *role* (``set_role(label, "hint")``) that the application stylesheet
built here colours and sizes. Switching theme rebuilds the palette and the stylesheet once, so
every widget follows without being told. Font sizes are relative to the system font, so a 16 pt
desktop gets 16 pt forms with bigger headings. The map canvas keeps its own paper-like colours
(model/map_style.py): it is a drawing, the same on screen and in the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


class ThemeMode(StrEnum):
    """Which theme the window uses: the system's, or one forced by the user."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


#: The dynamic property the application stylesheet matches (``*[role="hint"]``).
ROLE_PROPERTY = "role"


@dataclass(frozen=True, slots=True)
class StyleTable:
    """Every colour a widget uses, as ``#rrggbb``; text/background pairs are ≥ 4.5:1 (WCAG AA)."""

    dark: bool
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    disabled_text: str
    #: Hints, secondary lines and dates beside a name.
    muted: str
    error: str
    success: str
    #: Draft status and caution text.
    warning: str
    accent: str
    rule: str
    icon_ink: str
    nav_background: str
    nav_text: str
    nav_selected: str
    nav_selected_text: str
    read_only_background: str
    read_only_text: str
    info_background: str
    info_text: str
    info_border: str
    notice_background: str
    notice_text: str
    notice_border: str
    danger_background: str
    danger_text: str
    danger_border: str
    ok_background: str
    ok_text: str
    ok_border: str
    alarm_background: str
    alarm_text: str
    card_background: str
    card_border: str
    #: Status icons: the signed tick and the draft pencil (ring, fill).
    signed_ink: str
    signed_fill: str
    draft_ink: str
    draft_fill: str

    def color(self, name: str) -> QColor:
        """The colour ``name`` (a field of this table) as a QColor."""
        return QColor(str(getattr(self, name)))


LIGHT = StyleTable(
    dark=False,
    window="#efefef",
    window_text="#1f2a33",
    base="#ffffff",
    alternate_base="#f4f6f8",
    text="#1f2a33",
    button="#e9ebee",
    highlight="#1f5f99",
    highlighted_text="#ffffff",
    link="#1a5fa8",
    placeholder="#5f6b76",
    disabled_text="#8a949e",
    muted="#56626d",
    error="#b3261e",
    success="#1b6e2e",
    warning="#7f5300",
    accent="#1f6fb2",
    rule="#c5ccd3",
    icon_ink="#37474f",
    nav_background="#e2e7ec",
    nav_text="#1f2a33",
    nav_selected="#1f5f99",
    nav_selected_text="#ffffff",
    read_only_background="#e6e9ec",
    read_only_text="#2b3137",
    info_background="#e8f0f8",
    info_text="#17324d",
    info_border="#b9c7d6",
    notice_background="#fff4ce",
    notice_text="#5c4400",
    notice_border="#e8d48a",
    danger_background="#fdecea",
    danger_text="#6b1a14",
    danger_border="#f1b9b3",
    ok_background="#e8f5e9",
    ok_text="#1b5e20",
    ok_border="#a5d6a7",
    alarm_background="#b71c1c",
    alarm_text="#ffffff",
    card_background="#f7f9fb",
    card_border="#d5dce2",
    signed_ink="#2e7d32",
    signed_fill="#e8f5e9",
    draft_ink="#b26a00",
    draft_fill="#fff3e0",
)

DARK = StyleTable(
    dark=True,
    window="#202428",
    window_text="#e4e7ea",
    base="#181b1e",
    alternate_base="#23272b",
    text="#e4e7ea",
    button="#2d3237",
    highlight="#2f6db0",
    highlighted_text="#ffffff",
    link="#8cc4ff",
    placeholder="#9aa4ae",
    disabled_text="#6f7880",
    muted="#a7b1ba",
    error="#ff8a80",
    success="#7fd68f",
    warning="#f2c462",
    accent="#64a8f0",
    rule="#3d444b",
    icon_ink="#d5dce2",
    nav_background="#2a2f34",
    nav_text="#e4e7ea",
    nav_selected="#2f6db0",
    nav_selected_text="#ffffff",
    read_only_background="#2b3035",
    read_only_text="#d3d8dd",
    info_background="#1e3246",
    info_text="#d9e8f6",
    info_border="#35506b",
    notice_background="#3b3114",
    notice_text="#ffe7a3",
    notice_border="#6b5a26",
    danger_background="#4a1f1c",
    danger_text="#ffd6d0",
    danger_border="#7a3530",
    ok_background="#1d3a22",
    ok_text="#c8efcf",
    ok_border="#2f6a3a",
    alarm_background="#b71c1c",
    alarm_text="#ffffff",
    card_background="#262b30",
    card_border="#3d444b",
    signed_ink="#7fd68f",
    signed_fill="#1d3a22",
    draft_ink="#f2c462",
    draft_fill="#3b3114",
)

#: Text/background pairs of the table that must reach 4.5:1 (checked by a test).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("window_text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("highlighted_text", "highlight"),
    ("link", "base"),
    ("muted", "window"),
    ("muted", "base"),
    ("error", "window"),
    ("error", "base"),
    ("success", "window"),
    ("warning", "window"),
    ("nav_text", "nav_background"),
    ("nav_selected_text", "nav_selected"),
    ("muted", "nav_background"),
    ("error", "nav_background"),
    ("read_only_text", "read_only_background"),
    ("info_text", "info_background"),
    ("muted", "info_background"),
    ("notice_text", "notice_background"),
    ("danger_text", "danger_background"),
    ("ok_text", "ok_background"),
    ("alarm_text", "alarm_background"),
    ("text", "card_background"),
    ("muted", "card_background"),
    ("placeholder", "base"),
    ("window_text", "button"),
)
#: Non-text marks (icons, status rings) need 3:1 against the window (WCAG 1.4.11).
GRAPHIC_PAIRS: tuple[tuple[str, str], ...] = (
    ("icon_ink", "window"),
    ("icon_ink", "button"),
    ("signed_ink", "base"),
    ("draft_ink", "base"),
)


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour (0 black to 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours, 1.0 to 21.0 (order does not matter)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def build_palette(table: StyleTable) -> QPalette:
    """A QPalette carrying the table's colours for every widget Qt draws itself."""
    palette = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: table.window,
        role.WindowText: table.window_text,
        role.Base: table.base,
        role.AlternateBase: table.alternate_base,
        role.Text: table.text,
        role.Button: table.button,
        role.ButtonText: table.window_text,
        role.BrightText: table.alarm_text,
        role.Highlight: table.highlight,
        role.HighlightedText: table.highlighted_text,
        role.Link: table.link,
        role.LinkVisited: table.link,
        role.PlaceholderText: table.placeholder,
        role.ToolTipBase: table.base,
        role.ToolTipText: table.text,
    }
    for color_role, value in pairs.items():
        palette.setColor(color_role, QColor(value))
    window = QColor(table.window)
    # Bevels for Fusion: lighter and darker shades of the window colour.
    palette.setColor(role.Light, window.lighter(160 if table.dark else 115))
    palette.setColor(role.Midlight, window.lighter(125 if table.dark else 108))
    palette.setColor(role.Mid, window.lighter(150) if table.dark else window.darker(130))
    palette.setColor(role.Dark, window.darker(150 if table.dark else 160))
    palette.setColor(role.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, color_role, QColor(table.disabled_text))
    palette.setColor(disabled, role.Highlight, QColor(table.rule))
    return palette


def _points(size: float) -> str:
    return f"{size:.1f}pt"


def build_stylesheet(table: StyleTable, body_points: float) -> str:
    """The application stylesheet: roles coloured from ``table``, sized from the body font."""
    t = table
    heading = _points(body_points * 1.3)
    title = _points(body_points * 1.15)
    box = "border-radius: 4px; padding: 8px 10px;"
    return f"""
*[role="hint"] {{ color: {t.muted}; }}
*[role="error"] {{ color: {t.error}; }}
*[role="error-strong"] {{ color: {t.error}; font-weight: 600; }}
*[role="success"] {{ color: {t.success}; }}
*[role="warning"] {{ color: {t.warning}; font-weight: 600; }}
*[role="heading"] {{ font-size: {heading}; font-weight: 600; }}
*[role="title"] {{ font-size: {title}; font-weight: 600; }}
*[role="empty-state"] {{ color: {t.muted}; font-size: {title}; }}
*[role="rule"] {{ color: {t.rule}; }}
*[role="info-box"] {{ background: {t.info_background}; color: {t.info_text};
    border: 1px solid {t.info_border}; {box} }}
*[role="notice-box"] {{ background: {t.notice_background}; color: {t.notice_text};
    border: 1px solid {t.notice_border}; {box} font-weight: 600; }}
*[role="notice-note"] {{ background: {t.notice_background}; color: {t.notice_text};
    border: 1px solid {t.notice_border}; {box} }}
*[role="danger-box"] {{ background: {t.danger_background}; color: {t.danger_text};
    border: 1px solid {t.danger_border}; {box} }}
*[role="ok-box"] {{ background: {t.ok_background}; color: {t.ok_text};
    border: 1px solid {t.ok_border}; {box} font-weight: 600; }}
*[role="alarm-box"] {{ background: {t.alarm_background}; color: {t.alarm_text};
    {box} font-weight: 600; }}
*[role="alarm-text"] {{ background: {t.alarm_background}; color: {t.alarm_text};
    font-weight: 600; padding: 0 6px; }}
*[role="ok-text"] {{ color: {t.success}; padding: 0 6px; }}
*[role="status-text"] {{ color: {t.muted}; padding: 0 6px; }}
*[role="card"] {{ background: {t.card_background}; color: {t.text};
    border: 1px solid {t.card_border}; {box} }}
*[role="info-bar"] {{ background: {t.info_background}; border-bottom: 1px solid {t.info_border}; }}
*[role="info-bar"] QLabel {{ color: {t.info_text}; }}
*[role="notice-bar"] {{ background: {t.notice_background};
    border-bottom: 1px solid {t.notice_border}; }}
*[role="notice-bar"] QLabel {{ color: {t.notice_text}; }}
*[role="alarm-bar"] {{ background: {t.alarm_background}; }}
*[role="alarm-bar"] QLabel {{ color: {t.alarm_text}; }}
*[role="danger-bar"] {{ background: {t.danger_background};
    border: 1px solid {t.danger_border}; border-radius: 4px; }}
*[role="danger-bar"] QLabel {{ color: {t.danger_text}; }}
QListWidget[role="sections"] {{ background: {t.nav_background}; color: {t.nav_text};
    padding-top: 6px; selection-background-color: {t.nav_selected};
    selection-color: {t.nav_selected_text}; }}
QListWidget[role="sections"]::item {{ padding: 7px 12px; }}
QListWidget[role="sections"]::item:selected {{ background: {t.nav_selected};
    color: {t.nav_selected_text}; }}
ScaleRow QToolButton {{ min-width: 22px; min-height: 22px; padding: 1px 2px;
    border: 1px solid {t.rule}; background: {t.base}; color: {t.text}; }}
ScaleRow QToolButton:checked {{ background: {t.highlight}; color: {t.highlighted_text};
    border-color: {t.highlight}; font-weight: 700; }}
ScaleRow QToolButton:hover:!checked {{ background: {t.alternate_base}; }}
ScaleRow QToolButton:disabled:!checked {{ color: {t.disabled_text};
    background: {t.read_only_background}; }}
ScaleRow:focus QToolButton {{ border-color: {t.accent}; }}
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"],
QAbstractSpinBox[readOnly="true"] {{ background: {t.read_only_background};
    color: {t.read_only_text}; }}
"""


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` a style role of the application stylesheet ("" removes it)."""
    if widget.property(ROLE_PROPERTY) == (role or None):
        return
    widget.setProperty(ROLE_PROPERTY, role or None)
    # A changed property is only seen by the stylesheet after the widget is polished again.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # A style change makes a label measure itself again (padding, border, font of the role).
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.updateGeometry()
    widget.update()


def body_points(app: QApplication) -> float:
    """The system (application) font size in points, from a pixel size if need be."""
    font = app.font()
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    return max(font.pixelSize(), 1) * 0.75


class ThemeManager(QObject):
    """Applies a theme to the application and re-applies it when the system theme changes."""

    #: Emitted with the new table after the palette and stylesheet changed.
    changed = Signal(object)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.mode = ThemeMode.SYSTEM
        self.table = LIGHT
        # The palette the platform gave before ours replaced it: the fallback system hint.
        self._system_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def system_is_dark(self) -> bool:
        """True when the desktop asks for a dark theme."""
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            return True
        if scheme == Qt.ColorScheme.Light:
            return False
        return self._system_dark

    def apply(self, mode: ThemeMode) -> StyleTable:
        """Use ``mode`` from now on: set the palette and stylesheet (and say so)."""
        self.mode = mode
        dark = mode is ThemeMode.DARK or (mode is ThemeMode.SYSTEM and self.system_is_dark())
        self.table = DARK if dark else LIGHT
        self._app.setPalette(build_palette(self.table))
        self._app.setStyleSheet(build_stylesheet(self.table, body_points(self._app)))
        self.changed.emit(self.table)
        return self.table

    def refresh_fonts(self) -> None:
        """Re-size the stylesheet's headings after the system font changed."""
        self._app.setStyleSheet(build_stylesheet(self.table, body_points(self._app)))

    def _on_scheme_changed(self, _scheme: object) -> None:
        if self.mode is ThemeMode.SYSTEM:
            self.apply(ThemeMode.SYSTEM)


def theme_manager() -> ThemeManager | None:
    """The application's theme manager, or None before a theme was applied."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    found = app.findChild(ThemeManager)
    return found if isinstance(found, ThemeManager) else None


def apply_theme(mode: ThemeMode | str) -> StyleTable:
    """Apply ``mode`` ("system", "light" or "dark") to the running application."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "apply_theme needs a QApplication"
    manager = theme_manager() or ThemeManager(app)
    return manager.apply(ThemeMode(mode))


def ensure_theme(mode: ThemeMode | str = ThemeMode.SYSTEM) -> StyleTable:
    """The current table, applying ``mode`` first if no theme was applied yet."""
    manager = theme_manager()
    if manager is None:
        return apply_theme(mode)
    return manager.table


def style_table() -> StyleTable:
    """The table in use (the light one before any theme was applied)."""
    manager = theme_manager()
    return manager.table if manager is not None else LIGHT


def colour(name: str) -> QColor:
    """The current theme's colour ``name`` (a :class:`StyleTable` field) as a QColor."""
    return style_table().color(name)


def hex_colour(name: str) -> str:
    """The current theme's colour ``name`` as ``#rrggbb`` (for rich-text spans)."""
    return str(getattr(style_table(), name))


TABLE_FIELDS = tuple(f.name for f in fields(StyleTable) if f.name != "dark")

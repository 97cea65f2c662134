"""Walk a window with the Tab key and Qt's accessibility interface, the way a keyboard user would.

`walk_tab_chain` presses Tab on whatever has the focus and records where it lands; it reports a
trap (focus stuck in one control for several presses while others are still unvisited) and the
focusable controls Tab never reached. `nameless_controls` lists focusable controls whose
accessible name is empty, and `duplicate_mnemonics` the Alt-letters used twice in one window or
one menu. Hidden widgets are left out: Qt ignores their shortcuts and Tab skips them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QWidget,
)

#: Presses on one control after which focus that has not moved counts as trapped.
TRAP_PRESSES = 3


@dataclass
class WalkReport:
    """Where Tab took the focus, and what went wrong on the way."""

    visited: list[QWidget] = field(default_factory=list)
    unvisited: list[QWidget] = field(default_factory=list)
    trap: str | None = None
    backward: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """One line per problem (empty: the walk passed)."""
        lines = [f"trap: {self.trap}"] if self.trap else []
        lines += [f"never reached by Tab: {describe(w)}" for w in self.unvisited]
        lines += [f"against reading order: {text}" for text in self.backward]
        return lines


def describe(widget: QWidget) -> str:
    """A readable handle for a widget in a failure message."""
    name = accessible_name(widget) or widget.objectName()
    parent = widget.parentWidget()
    trail = []
    while parent is not None and len(trail) < 3:
        trail.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} '{name}' in {'/'.join(trail)}"


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``.

    Qt on Linux reports a combo box's current text as its name and leaves the label to a
    relation, so a combo counts as named only by its own name or a label that is its buddy.
    """
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip() or _buddy_text(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def _buddy_text(widget: QWidget) -> str:
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.isVisible():
            return label.text().replace("&", "").strip()
    return ""


def focusable_widgets(window: QWidget) -> list[QWidget]:
    """Visible, enabled widgets of ``window`` that Tab can reach (focus proxies resolved)."""
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        if _inside_item_view_viewport(widget):
            continue  # an open cell editor belongs to its table
        area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if area.right() < 0 or area.bottom() < 0:
            continue  # parked above the window (a tab bar Qt keeps for later): never shown
        found.append(widget)
    return found


def _inside_item_view_viewport(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractItemView

    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractItemView) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _owner(widget: QWidget | None, focusable: set[QWidget]) -> QWidget | None:
    while widget is not None and widget not in focusable:
        widget = widget.parentWidget()
    return widget


def _radio_group(widget: QWidget) -> tuple[object, ...] | None:
    """Buttons of one exclusive group are one Tab stop (arrows move inside): its key."""
    if not isinstance(widget, QAbstractButton):
        return None
    group = widget.group()
    if group is not None and group.exclusive():
        return ("group", id(group))
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        return ("parent", id(widget.parentWidget()))
    return None


def _top_left(widget: QWidget, window: QWidget) -> tuple[int, int]:
    corner = widget.mapTo(window, QPoint(0, 0))
    return (corner.y(), corner.x())


def _stop(widget: QWidget) -> object:
    return _radio_group(widget) or widget


def _inner_presses(widget: QWidget) -> int:
    """Presses a standard Qt control keeps Tab for before it lets go (date sections)."""
    if isinstance(widget, QDateTimeEdit):
        return widget.sectionCount()
    return 0


def walk_tab_chain(
    window: QWidget,
    start: QWidget | None = None,
    inner_stops: Mapping[QWidget, int] | None = None,
) -> WalkReport:
    """Press Tab from ``start`` (the first focusable control) until every control was reached.

    The window must be shown and active. ``inner_stops`` allows a control that moves among its
    own parts with Tab (the map between its marks) that many presses before it must let go.
    Stops at a trap or after enough presses to go round the chain twice.
    """
    inner = dict(inner_stops or {})
    focusable = focusable_widgets(window)
    report = WalkReport()
    if not focusable:
        return report
    members = set(focusable)
    stops = {_stop(w) for w in focusable}
    seen_stops: set[object] = set()
    # From the top-left control, so the one step back up (the chain wrapping round) is never
    # taken before every control was reached.
    first = start or min(focusable, key=lambda w: _top_left(w, window))
    window.activateWindow()  # keys go to the active window's focus widget
    QApplication.processEvents()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen: list[QWidget] = []
    stuck_presses = 0
    for _press in range(2 * len(focusable) + 10 + sum(inner.values())):
        current = _owner(QApplication.focusWidget(), members)
        if current is not None and current not in seen:
            seen.append(current)
            seen_stops.add(_stop(current))
        if seen_stops >= stops:
            break
        target = QApplication.focusWidget()
        if target is None:
            report.trap = "focus left the window"
            break
        QTest.keyClick(target, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = _owner(QApplication.focusWidget(), members)
        if after is current and current is not None:
            stuck_presses += 1
            allowed = TRAP_PRESSES + inner.get(current, 0) + _inner_presses(current)
            if stuck_presses >= allowed:
                report.trap = f"Tab stays in {describe(current)}"
                break
        else:
            stuck_presses = 0
    report.visited = seen
    report.backward = reading_order_breaks(window, seen)
    reached_groups = {_radio_group(w) for w in seen} - {None}
    report.unvisited = [
        w for w in focusable if w not in seen and _radio_group(w) not in reached_groups
    ]
    return report


def _scope(widget: QWidget, window: QWidget) -> QWidget:
    """The page a control reads in: its scroll area, else its window."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return window


def reading_order_breaks(window: QWidget, order: list[QWidget]) -> list[str]:
    """Steps of ``order`` that jump back up on one page, other than into a column to the right."""
    breaks = []
    for before, after in zip(order, order[1:], strict=False):
        scope = _scope(before, window)
        if scope is not _scope(after, window) or isinstance(scope, QMainWindow):
            continue  # docks, toolbars and pages of a main window each read on their own
        a = QRect(before.mapTo(window, QPoint(0, 0)), before.size())
        b = QRect(after.mapTo(window, QPoint(0, 0)), after.size())
        # Going up is right only into a column to the right (a form's second column).
        if b.bottom() < a.top() and b.left() < a.right():
            breaks.append(f"{describe(before)} -> {describe(after)} (above it)")
    return breaks


def nameless_controls(window: QWidget) -> list[str]:
    """Focusable controls a screen reader would announce without a name."""
    return [describe(w) for w in focusable_widgets(window) if not accessible_name(w)]


def mnemonic(text: str) -> str | None:
    """The Alt-letter of a label text ("Pre&ferences" -> "f"), or None."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        following = text[index + 1]
        if following == "&":
            index += 2
            continue
        return following.lower() if following.strip() else None


def _mnemonic_owners(window: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every visible mnemonic of ``window`` outside its menus."""
    owners: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                owners.append((letter, f"menu {action.text()}"))
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            letter = mnemonic(widget.text())
            if letter:
                owners.append((letter, f"label {widget.text()}"))
        elif isinstance(widget, QAbstractButton):
            letter = mnemonic(widget.text())
            if letter:
                owners.append((letter, f"{type(widget).__name__} {widget.text()}"))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            letter = mnemonic(widget.title())
            if letter:
                owners.append((letter, f"group {widget.title()}"))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                letter = mnemonic(widget.tabText(index))
                if letter:
                    owners.append((letter, f"tab {widget.tabText(index)}"))
    return owners


def _menu_clashes(window: QWidget) -> list[str]:
    clashes: list[str] = []
    if not isinstance(window, QMainWindow):
        return clashes
    menus = [a.menu() for a in window.menuBar().actions()]
    for menu in menus:
        if not isinstance(menu, QMenu):
            continue
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible() and not action.isSeparator():
                letters[letter].append(action.text())
        clashes += [
            f"menu {menu.title()}: Alt+{k.upper()} on {', '.join(v)}"
            for k, v in letters.items()
            if len(v) > 1
        ]
    return clashes


def duplicate_mnemonics(window: QWidget) -> list[str]:
    """Alt-letters used twice among the visible controls of ``window``, or inside one menu."""
    letters: dict[str, list[str]] = defaultdict(list)
    for letter, where in _mnemonic_owners(window):
        letters[letter].append(where)
    clashes = [f"Alt+{k.upper()} on {', '.join(v)}" for k, v in letters.items() if len(v) > 1]
    return clashes + _menu_clashes(window)


def audit(
    window: QWidget,
    start: QWidget | None = None,
    inner_stops: Mapping[QWidget, int] | None = None,
) -> list[str]:
    """Every problem of the walk, names and letters of ``window`` as it is shown now."""
    return (
        walk_tab_chain(window, start, inner_stops).problems()
        + [f"no accessible name: {d}" for d in nameless_controls(window)]
        + [f"duplicate letter: {d}" for d in duplicate_mnemonics(window)]
    )

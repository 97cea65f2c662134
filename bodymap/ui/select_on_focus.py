"""Number boxes select their content when they get the focus, so typing replaces it.

A box showing "—" (not recorded) or a previous value then takes "7" typed into it: without the
selection Qt would append to "—" and refuse the keystroke silently. One application-wide hook on
focus changes covers every spin box, including ones created later.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

#: Applications the hook is connected to (by id), so it is connected once.
_connected: set[int] = set()


def _on_focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    spin = new if isinstance(new, QAbstractSpinBox) else None
    if spin is None and new is not None and isinstance(new.parentWidget(), QAbstractSpinBox):
        spin = new.parentWidget()  # type: ignore[assignment]
    if isinstance(spin, QAbstractSpinBox):
        # After the click that gave the focus has placed the cursor.
        QTimer.singleShot(0, spin.selectAll)


def install_select_on_focus() -> None:
    """Connect the hook to the running application's focus changes (once).

    A focus-change signal rather than an event filter: no Python runs for other events.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication) or id(app) in _connected:
        return
    app.focusChanged.connect(_on_focus_changed)
    _connected.add(id(app))

"""Read-only window: a second window on a SQLite file another window is writing to.

It says so in a banner and in the title, greys out every editing action (and keeps them grey
whatever else re-enables them), shows the chart and the record read-only, and its repository
refuses every write, so no path through the window can write. It follows the writer's changes
through the live refresh (``bodymap.ui.live_refresh``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from bodymap.storage import DatabaseError
from bodymap.ui.canvas.tools import ToolKind
from bodymap.ui.i18n import translate
from bodymap.ui.theme import set_role

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

TITLE_SUFFIX = " (read-only)"


class ReadOnlyMode:
    """Puts ``window`` in read-only mode because ``holder`` (e.g. "pid 4242") is writing."""

    def __init__(self, window: MainWindow, holder: str) -> None:
        self.window = window
        self.reason = (
            f"{window.repo.location} is open for writing in another BodyMap window ({holder})"
        )
        window.repo.set_write_check(self._refuse)
        self.banner = QLabel(
            translate(
                "ReadOnlyMode",
                "Read-only: this database is open for writing in another BodyMap window "
                "({holder}). You see its changes as they are saved; edit in that window.",
            ).format(holder=holder)
        )
        self.banner.setWordWrap(True)
        set_role(self.banner, "info-box")
        self.banner.setAccessibleName(translate("ReadOnlyMode", "read-only banner"))
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is not None:
            layout.insertWidget(0, self.banner)  # type: ignore[attr-defined]
        window.read_only_database = True
        window.title_suffix = TITLE_SUFFIX
        window.chart_page.model.locked = True
        window.chart_page.refresh_read_only()
        window.patients.new_visit_button.setEnabled(False)
        window.patients.new_visit_button.setVisible(False)
        self.actions = self.editing_actions()
        for action in self.actions:
            action.setEnabled(False)
            action.changed.connect(self._keep_disabled)
        window.refresh_title()

    def editing_actions(self) -> list[QAction]:
        """Every window action that would change the database."""
        actions = self.window.actions_
        edits = [
            actions.new_patient,
            actions.edit_patient,
            actions.archive_patient,
            actions.new_visit,
            actions.new_visit_from_previous,
            actions.delete,
            actions.snap,
            actions.undo,
            actions.redo,
        ]
        edits += [a for kind, a in actions.tools.items() if kind is not ToolKind.SELECT]
        return edits

    def _keep_disabled(self) -> None:
        for action in self.actions:
            if action.isEnabled():
                action.setEnabled(False)

    def _refuse(self) -> None:
        raise DatabaseError(self.reason)

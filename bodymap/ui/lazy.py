"""LazyPage: a tab page whose content is built the first time the tab is shown.

The Record and History pages pull in forms, analysis and charts that a clinician does not need
to see the patient list; building them on first use keeps start-up within its budget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

PageT = TypeVar("PageT", bound=QWidget)


class LazyPage(QWidget, Generic[PageT]):
    """Builds its page with ``factory`` on first show (or on :meth:`page`), inside a scroller.

    The scroller keeps a wide page from forcing the whole window wider than a laptop screen.
    """

    def __init__(self, factory: Callable[[], PageT], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: PageT | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> PageT | None:
        """The page if it was built, else None."""
        return self._page

    def page(self) -> PageT:
        """The page, built now if needed."""
        if self._page is None:
            self._page = self._factory()
            area = QScrollArea()
            area.setWidget(self._page)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls
            self._layout.addWidget(area)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        """Build on first show."""
        self.page()
        super().showEvent(event)

"""Render the main window to an image without a screen (for `bodymap screenshot` and docs)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from bodymap.errors import UsageError
from bodymap.ui.app import build_main_window, make_application
from bodymap.ui.main_window import MainWindow


def default_visit(window: MainWindow) -> int:
    """The latest visit of the first patient in the list.

    Raises:
        UsageError: when the database has no visit to show.
    """
    for patient in window.repo.list_patients():
        if patient.id is None:
            continue
        visits = window.repo.list_visits(patient.id)
        if visits and visits[-1].id is not None:
            return visits[-1].id
        break
    raise UsageError("the database has no visits to show; run 'bodymap demo' first")


def render_window(
    db_spec: str | None, visit_id: int | None, size: tuple[int, int], theme: str | None = None
) -> QImage:
    """Open the window on ``db_spec`` with ``visit_id`` selected and grab it at ``size``.

    ``theme`` ("light", "dark" or "system") overrides the user's preference for this picture.

    Raises:
        NotFoundError: for an unknown visit.
    """
    app = make_application()
    window = build_main_window(db_spec)
    if theme is not None:
        window.theme.set_mode(theme)  # a picture in that theme; the preference is not changed
    window.safety.close_backup = False  # type: ignore[attr-defined]  # a picture, not a session
    try:
        if visit_id is None:
            visit_id = default_visit(window)
        window.repo.get_visit(visit_id)  # NotFoundError (exit 2) for an unknown visit
        window.show()
        window.resize(*size)
        app.processEvents()
        if (window.width(), window.height()) != size:
            smallest = window.minimumSizeHint()
            raise UsageError(
                f"--size {size[0]}x{size[1]} is smaller than the window can be; use at least "
                f"{smallest.width()}x{smallest.height()}"
            )
        window.show_visit(visit_id)
        app.processEvents()
        window.chart_page.view.fit_to_window()
        app.processEvents()
        return window.grab().toImage()
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()

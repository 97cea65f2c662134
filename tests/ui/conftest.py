"""Fixtures and mouse helpers for the UI tests: a real repository, the atlas, and real events."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas, load_atlas
from bodymap.model import Clinician, Patient, Sex, View, Visit
from bodymap.storage import ChartRepository, open_repository
from bodymap.ui.canvas.constants import model_to_scene
from bodymap.ui.canvas.page import ChartPage
from bodymap.ui.canvas.view import BodyMapView
from bodymap.ui.main_window import MainWindow
from bodymap.ui.preferences import Preferences

ModelPos = tuple[View, float, float]


#: Where the ``main_window`` fixture saves the preferences (under the test's tmp_path).
PREFERENCES_FILE = "prefs.json"


def shown_texts(widget: QWidget) -> list[str]:
    """The text of every label ``widget`` shows (what the user reads there), in tree order."""
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def viewport_point(view: BodyMapView, model_pos: ModelPos) -> QPoint:
    """Map an atlas position to viewport pixels: model → scene → view."""
    return view.mapFromScene(model_to_scene(*model_pos))


def click_at(view: BodyMapView, model_pos: ModelPos) -> None:
    """Left-click the map at an atlas position, the way a clinician would."""
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, model_pos)
    )


def _move(view: BodyMapView, pos: QPoint) -> None:
    # qtbot.mouseMove carries no button state (pytest-qt #428): send a raw move with the
    # left button held so the view sees a real drag.
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def drag(
    view: BodyMapView,
    start: ModelPos,
    end: ModelPos,
    steps: int = 12,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press at ``start``, move in ``steps`` to ``end`` (same or other view), release."""
    path = [start]
    for i in range(1, steps + 1):
        t = i / steps
        if start[0] is end[0]:
            path.append(
                (start[0], start[1] + (end[1] - start[1]) * t, start[2] + (end[2] - start[2]) * t)
            )
    if start[0] is not end[0]:
        path.append(end)
    drag_along(view, path, modifier)


def drag_along(
    view: BodyMapView,
    path: list[ModelPos],
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press (with ``modifier`` held) at the first position, move through the rest, release."""
    points = [viewport_point(view, p) for p in path]
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, modifier, points[0])
    for point in points[1:]:
        _move(view, point)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=points[-1])


def answer_next_question(button_text: str) -> list[str]:
    """Click ``button_text`` in the next modal message box, as the clinician would.

    Returns a list that receives the question's text once it was answered.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return asked


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    return load_atlas()


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[ChartRepository]:
    repository = open_repository(str(tmp_path / "chart.sqlite"))
    yield repository
    repository.close()


@pytest.fixture
def clinician(repo: ChartRepository) -> Clinician:
    return repo.add_clinician(Clinician(name="Ana Ruiz", credentials="PT, DPT"))


@pytest.fixture
def patient(repo: ChartRepository) -> Patient:
    return repo.add_patient(
        Patient(
            name="Zoë Ñúñez-Łukasiewicz",
            chart_number="T-100",
            date_of_birth=date(1984, 5, 17),
            sex=Sex.FEMALE,
        )
    )


@pytest.fixture
def make_visit(
    repo: ChartRepository, patient: Patient, clinician: Clinician
) -> Callable[..., Visit]:
    def make(day: int = 1) -> Visit:
        assert patient.id is not None
        return repo.add_visit(
            Visit(
                patient_id=patient.id,
                clinician_id=clinician.id,
                started_at=datetime(2026, 10, day, 9, 30),
            )
        )

    return make


@pytest.fixture
def visit(make_visit: Callable[..., Visit]) -> Visit:
    return make_visit()


@pytest.fixture
def chart_page(qtbot: QtBot, repo: ChartRepository, atlas: Atlas, visit: Visit) -> ChartPage:
    page = ChartPage(repo, atlas, QUndoStack())
    qtbot.addWidget(page)
    page.resize(1100, 820)
    page.show()
    qtbot.waitExposed(page)
    page.set_visit(visit.id)
    page.view.fit_to_window()
    return page


@pytest.fixture
def main_window(
    qtbot: QtBot, repo: ChartRepository, atlas: Atlas, tmp_path: Path
) -> Callable[..., MainWindow]:
    """Factory: a shown main window on the test repository."""

    # Qt caches the settings folder per process: point it at this test's folder explicitly.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))

    def make(preferences: Preferences | None = None) -> MainWindow:
        window = MainWindow(repo, atlas, preferences or Preferences(), tmp_path / PREFERENCES_FILE)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make

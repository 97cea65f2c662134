"""Start-up: the application object and a database that cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bodymap.storage import ChartRepository
from bodymap.ui import app
from bodymap.ui.main_window import MainWindow


def test_application_is_named(qtbot: object) -> None:
    app.make_application()
    assert QCoreApplication.applicationName() == "BodyMap"
    assert QCoreApplication.organizationName() == "BodyMap"


def test_unopenable_database_shows_one_line_and_exits_1(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    missing = tmp_path / "no" / "such" / "folder" / "db.sqlite"
    assert app.run_gui(str(missing)) == 1
    assert len(shown) == 1
    assert "\n" not in shown[0]
    assert not missing.parent.exists()


def test_first_launch_offers_and_loads_the_demo_patients(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def answer_yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_yes))
    window = main_window()
    assert window.patients.patient_list.count() == 0
    assert app.offer_demo(window, repo)
    window.patients.reload_patients()
    assert window.patients.patient_list.count() >= 3
    assert window.chart_page.model.chart is not None
    assert window.chart_page.model.points  # a newcomer sees a real chart at once
    assert asked == ["Welcome to BodyMap"]
    # once there are patients, nothing is offered again
    assert not app.offer_demo(window, repo)
    assert len(asked) == 1


def test_no_display_is_one_clear_line_not_a_qt_abort(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bodymap.cli import run
    from bodymap.ui.app import display_problem

    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "darwin") is None
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert run([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no display" in err

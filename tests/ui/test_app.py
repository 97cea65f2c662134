"""Start-up: the application object and a database that cannot be opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from bodymap.ui import app


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

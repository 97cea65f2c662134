"""The window's backups, checks and read errors: no stale chart, one dialog, copies that count."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bodymap.model import Side, TriggerPoint, View, Visit
from bodymap.storage import ChartRepository
from bodymap.storage.backup import list_backups, take_backup
from bodymap.storage.errors import DatabaseDamagedError
from bodymap.ui.canvas.items import TriggerPointItem
from bodymap.ui.database_safety import DatabaseSafety
from bodymap.ui.main_window import MainWindow


class Dialogs:
    """Records message boxes instead of showing them (a modal box would block the test)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton):
        self.shown: list[tuple[str, str]] = []
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind, answer))

    def _record(self, kind: str, answer: QMessageBox.StandardButton) -> Callable[..., object]:
        def show(_parent: object, title: str, text: str, *_args: object) -> object:
            self.shown.append((kind, f"{title}: {text}"))
            return answer

        return staticmethod(show)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch, QMessageBox.StandardButton.No)


def with_point(repo: ChartRepository, visit: Visit) -> Visit:
    assert visit.id is not None
    repo.add_trigger_point(
        TriggerPoint(
            visit_id=visit.id,
            view=View.POSTERIOR,
            x=175,
            y=170,
            muscle="upper_trapezius",
            side=Side.LEFT,
        )
    )
    return visit


def test_a_read_error_clears_the_chart_and_says_so_once(
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    make_visit: Callable[..., Visit],
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = with_point(repo, make_visit(1))
    bad = with_point(repo, make_visit(8))
    other = with_point(repo, make_visit(15))
    window = main_window()
    safety = DatabaseSafety(window, reopen=lambda _spec: None)
    window.show_visit(good.id)  # type: ignore[arg-type]
    assert window.chart_page.model.chart is not None
    assert any(isinstance(i, TriggerPointItem) for i in window.chart_page.scene.items())
    load = repo.load_chart

    def failing(visit_id: int) -> object:
        if visit_id in (bad.id, other.id):
            raise DatabaseDamagedError(repo.database_file, "database disk image is malformed")
        return load(visit_id)

    monkeypatch.setattr(repo, "load_chart", failing)
    window.show_visit(bad.id)  # type: ignore[arg-type]
    assert window.chart_page.model.chart is None  # not the good visit's chart
    points = [i for i in window.chart_page.scene.items() if isinstance(i, TriggerPointItem)]
    assert points == []  # the good visit's trigger point is gone from the canvas
    window.show_visit(other.id)  # type: ignore[arg-type]
    assert window.chart_page.model.chart is None
    warnings = [text for kind, text in dialogs.shown if kind == "warning"]
    assert len(warnings) == 1
    assert "could not be read" in warnings[0]
    assert "Traceback" not in capsys.readouterr().err
    assert safety.path == repo.database_file


def test_back_up_now_and_closing_the_window_make_verified_backups(
    main_window: Callable[..., MainWindow], repo: ChartRepository, dialogs: Dialogs
) -> None:
    window = main_window()
    safety = DatabaseSafety(window, reopen=lambda _spec: None)
    database = repo.database_file
    assert database is not None
    safety.back_up_now.trigger()
    assert [b.reason for b in list_backups(database)] == ["manual"]
    assert dialogs.shown[0][0] == "information"
    window.close()
    assert sorted(b.reason for b in list_backups(database)) == ["close", "manual"]


def test_the_daily_backup_waits_for_idle_time_and_a_day(
    qtbot: QtBot, main_window: Callable[..., MainWindow], repo: ChartRepository
) -> None:
    window = main_window()
    safety = DatabaseSafety(window, reopen=lambda _spec: None)
    database = repo.database_file
    assert database is not None
    safety.backup_if_due()  # the user was just active: not now
    assert list_backups(database) == []
    safety._last_input -= 3600  # an hour without input
    with qtbot.waitSignal(safety.daily_done, timeout=10_000) as done:
        safety.backup_if_due()  # returns at once: the copy runs on its own thread
    assert done.args is not None
    assert done.args[0].startswith("Daily backup verified")
    assert [b.reason for b in list_backups(database)] == ["daily"]
    qtbot.waitUntil(lambda: "Daily backup verified" in window.statusBar().currentMessage())
    safety.backup_if_due()  # once a day at most
    assert safety._daily_thread is not None
    safety._daily_thread.join(5)
    assert len(list_backups(database)) == 1


def test_a_damaged_file_found_in_the_background_is_moved_aside_and_the_backup_restored(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    repo: ChartRepository,
    make_visit: Callable[..., Visit],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_point(repo, make_visit(1))
    database = repo.database_file
    assert database is not None
    backup = take_backup(database, "manual")
    window = main_window()
    reopened: list[str] = []
    safety = DatabaseSafety(window, reopen=reopened.append)
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    repo.close()
    data = bytearray(database.read_bytes())
    data[:100] = bytes(100)  # the header is gone
    database.write_bytes(bytes(data))
    thread = safety.start_background_check(budget=5)
    assert isinstance(thread, threading.Thread)
    thread.join(10)
    qtbot.waitUntil(lambda: bool(reopened), timeout=5000)
    assert reopened == [str(database)]
    assert dialogs.shown[0][0] == "critical"
    assert backup.path.name in dialogs.shown[0][1]
    (moved,) = database.parent.glob("chart.sqlite.corrupt-*[0-9]")
    assert moved.read_bytes()[:100] == bytes(100)
    assert database.read_bytes()[:16] == b"SQLite format 3\x00"

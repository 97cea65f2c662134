"""Issue 10 in the window: a tampered visit gets the red banner and is locked; the patient's
check runs in the background and never blocks; Tools › Verify records reports."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bodymap.anatomy.atlas import Atlas
from bodymap.model import View
from bodymap.model.verification import VerifyReport
from bodymap.storage import ChartRepository
from bodymap.ui import integrity as ui_integrity
from bodymap.ui.canvas.tools import ToolKind
from bodymap.ui.main_window import MainWindow
from bodymap.ui.preferences import Preferences
from tests.storage.tampering import TAMPERS, Signed
from tests.ui.conftest import click_at, shown_texts


@pytest.fixture
def window_on(qtbot: QtBot, atlas: Atlas, tmp_path: Path) -> Iterator:
    opened: list[tuple[MainWindow, ChartRepository]] = []
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))

    def make(signed: Signed) -> MainWindow:
        repo = signed.db.open()
        window = MainWindow(repo, atlas, Preferences(), tmp_path / "prefs.json")
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, repo))
        return window

    yield make
    for window, repo in opened:
        window.integrity.checker.wait()
        repo.close()


def _open_signed_visit(qtbot: QtBot, window: MainWindow, signed: Signed) -> None:
    window.show_visit(signed.visit_id)
    qtbot.waitUntil(lambda: window.chart_page.model.visit_id == signed.visit_id)


def _wait_for_patient_check(qtbot: QtBot, window: MainWindow) -> VerifyReport:
    qtbot.waitUntil(lambda: window.integrity.patient_report is not None, timeout=10_000)
    report = window.integrity.patient_report
    assert report is not None
    return report


@pytest.mark.parametrize("tamper", list(TAMPERS))
def test_tampered_visit_shows_the_banner_and_locks_the_tools(
    qtbot: QtBot, window_on, atlas: Atlas, signed: Signed, tamper: str
) -> None:
    sql, expected = TAMPERS[tamper]
    signed.db.drop_triggers()
    signed.db.raw(sql.format(visit=signed.visit_id))
    window = window_on(signed)
    _open_signed_visit(qtbot, window, signed)
    page = window.chart_page
    (banner,) = [text for text in shown_texts(page) if "INTEGRITY" in text]
    assert "INTEGRITY CHECK FAILED" in banner
    assert expected.replace("(", "").split()[0] in banner
    assert not any(
        action.isEnabled()
        for kind, action in window.actions_.tools.items()
        if kind is not ToolKind.SELECT
    )
    assert not window.actions_.export_note.isEnabled()
    # A click with the trigger-point tool adds nothing (even when the status says "draft").
    page.set_tool(ToolKind.TRIGGER_POINT)
    before = len(page.model.points)
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    click_at(page.view, (View.POSTERIOR, site.x, site.y))
    assert len(page.model.points) == before
    # The Record tab says it too, and offers no signing.
    window.tabs.setCurrentIndex(1)
    record = window.record_tab.built
    assert record is not None
    qtbot.waitUntil(record.banner.isVisible)
    assert "INTEGRITY CHECK FAILED" in record.banner.text()
    assert not record.sign_section.sign_controls.isVisible()
    # The background check of the patient agrees, and the status bar says so.
    report = _wait_for_patient_check(qtbot, window)
    assert not report.ok
    assert "Integrity check failed" in window.integrity.status.text()


def test_broken_audit_chain_shows_in_the_status_bar(
    qtbot: QtBot, window_on, signed: Signed
) -> None:
    sql, _expected = TAMPERS["sign_audit_deleted"]
    signed.db.drop_triggers()
    signed.db.raw(sql.format(visit=signed.visit_id))
    window = window_on(signed)
    _open_signed_visit(qtbot, window, signed)
    report = _wait_for_patient_check(qtbot, window)
    assert any(f"(visit {signed.visit_id})" in p for p in report.audit_problems)
    assert "Integrity check failed" in window.integrity.status.text()


def test_intact_records_verify_in_the_background(qtbot: QtBot, window_on, signed: Signed) -> None:
    window = window_on(signed)
    _open_signed_visit(qtbot, window, signed)
    assert _wait_for_patient_check(qtbot, window).ok
    assert window.integrity.status.text() == "✓ Records verified"
    assert not any("INTEGRITY" in text for text in shown_texts(window.chart_page))


def test_the_patient_check_never_blocks_the_window(
    qtbot: QtBot, window_on, signed: Signed, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = ui_integrity.verify_records

    def slow(repo, visit_ids=None, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(repo, visit_ids, **kwargs)

    monkeypatch.setattr(ui_integrity, "verify_records", slow)
    window = window_on(signed)
    _open_signed_visit(qtbot, window, signed)
    assert window.integrity.status.text() == "Checking records…"
    # While the check is stuck, the window still handles events: tabs switch and repaint.
    for index in (1, 2, 0):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert window.tabs.currentIndex() == index
    assert window.integrity.patient_report is None
    release.set()
    assert _wait_for_patient_check(qtbot, window).ok


def test_tools_verify_records_reports_every_problem(
    qtbot: QtBot, window_on, signed: Signed
) -> None:
    signed.db.drop_triggers()
    signed.db.raw(TAMPERS["assessment"][0].format(visit=signed.visit_id))
    window = window_on(signed)
    window.integrity.verify_action.trigger()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "VerifyResult") is not None, timeout=10_000
    )
    box = window.findChild(QMessageBox, "VerifyResult")
    assert isinstance(box, QMessageBox)
    assert "INTEGRITY CHECK FAILED" in box.text()
    assert f"visit {signed.visit_id}: signed content changed (soap.assessment)" in box.text()
    box.close()
    QApplication.processEvents()

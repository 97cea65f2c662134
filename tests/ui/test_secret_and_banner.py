"""Issue 10's small window items: Tools › Change signing secret… (real key events, what is
stored) and the patient banner of a visit set back to draft by hand."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from bodymap.anatomy.atlas import Atlas
from bodymap.storage import ChartRepository
from bodymap.ui.main_window import MainWindow
from bodymap.ui.preferences import Preferences
from bodymap.ui.secret_dialog import ChangeSecretDialog
from tests.storage.signing import TEST_SECRET
from tests.storage.tampering import TAMPERS, Signed

NEW_SECRET = "brand-new-secret"
sqlite_only = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


@pytest.fixture
def window(qtbot: QtBot, atlas: Atlas, tmp_path: Path, signed: Signed) -> Iterator[MainWindow]:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    repo = signed.db.open()
    main = MainWindow(repo, atlas, Preferences(), tmp_path / "prefs.json")
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.show_visit(signed.visit_id)
    qtbot.waitUntil(lambda: main.chart_page.model.visit_id == signed.visit_id)
    yield main
    main.integrity.checker.wait()
    repo.close()


def _stored(repo: ChartRepository, sql: str) -> list[object]:
    with repo.session_factory.begin() as session:
        return list(session.execute(text(sql)).scalars())


def _attempt(qtbot: QtBot, dialog: ChangeSecretDialog, current: str, new: str) -> None:
    for field, typed in ((dialog.current, current), (dialog.new, new), (dialog.repeat, new)):
        field.setFocus()
        qtbot.keyClicks(field, typed)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)


def _open_dialog(window: MainWindow) -> ChangeSecretDialog:
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert window.integrity.secret_action in tools.actions()
    window.integrity.secret_action.trigger()
    dialog = window.findChild(ChangeSecretDialog, "ChangeSecretDialog")
    assert isinstance(dialog, ChangeSecretDialog)
    assert dialog.isVisible()
    return dialog


@sqlite_only
def test_change_signing_secret_needs_the_current_one_and_is_audited(
    qtbot: QtBot, window: MainWindow, signed: Signed
) -> None:
    repo = window.repo
    clinician = signed.chart.clinician
    before = _stored(repo, "SELECT secret_hash FROM signing_secrets")
    dialog = _open_dialog(window)
    assert dialog.clinician.currentData() == clinician.id  # the open visit's clinician
    _attempt(qtbot, dialog, "not the secret", NEW_SECRET)
    assert dialog.isVisible()
    assert "not changed: wrong signing secret; 4 attempts left" in dialog.error.text()
    assert _stored(repo, "SELECT secret_hash FROM signing_secrets") == before
    [failed] = _stored(repo, "SELECT new_value FROM audit_log WHERE action = 'sign_failed'")
    assert json.loads(str(failed))["attempt"] == "change signing secret"
    # The length rule, then the repeat rule: refused before anything is tried.
    _attempt(qtbot, dialog, TEST_SECRET, "short")
    assert "at least 6 characters" in dialog.error.text()
    dialog.current.setFocus()
    qtbot.keyClicks(dialog.current, TEST_SECRET)
    qtbot.keyClicks(dialog.new, NEW_SECRET)
    qtbot.keyClicks(dialog.repeat, NEW_SECRET + "x")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "differ" in dialog.error.text()
    # The right current secret changes it: stored as argon2id, audited, the old one is gone.
    _attempt(qtbot, dialog, TEST_SECRET, NEW_SECRET)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [stored] = _stored(repo, "SELECT secret_hash FROM signing_secrets")
    assert PasswordHasher().verify(str(stored), NEW_SECRET)
    actions = _stored(repo, "SELECT action FROM audit_log WHERE table_name = 'signing_secrets'")
    assert actions == ["secret_set", "sign_failed", "secret_set"]
    assert "Signing secret changed" in window.statusBar().currentMessage()


@sqlite_only
def test_change_signing_secret_respects_the_lockout(
    qtbot: QtBot, window: MainWindow, signed: Signed
) -> None:
    dialog = _open_dialog(window)
    for _ in range(5):
        _attempt(qtbot, dialog, "guess", NEW_SECRET)
    assert "locked until" in dialog.error.text()
    _attempt(qtbot, dialog, TEST_SECRET, NEW_SECRET)  # even the right one, while locked
    assert dialog.isVisible()
    assert "not changed: signing as clinician" in dialog.error.text()
    [stored] = _stored(window.repo, "SELECT secret_hash FROM signing_secrets")
    assert PasswordHasher().verify(str(stored), TEST_SECRET)
    locks = _stored(window.repo, "SELECT action FROM audit_log WHERE action = 'sign_locked'")
    assert locks == ["sign_locked"]
    dialog.reject()


def test_banner_of_a_visit_set_back_to_draft_says_it_failed(
    qtbot: QtBot, atlas: Atlas, tmp_path: Path, signed: Signed
) -> None:
    signed.db.drop_triggers()
    signed.db.raw(TAMPERS["back_to_draft"][0].format(visit=signed.visit_id))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    repo = signed.db.open()
    main = MainWindow(repo, atlas, Preferences(), tmp_path / "prefs.json")
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    try:
        main.show_visit(signed.visit_id)
        qtbot.waitUntil(lambda: main.chart_page.model.visit_id == signed.visit_id)
        label = main.banner.visit_label.text()
        assert "integrity check failed" in label
        assert "draft" not in label
        # An intact draft of the same patient still says draft.
        main.show_visit(signed.draft_id)
        qtbot.waitUntil(lambda: main.chart_page.model.visit_id == signed.draft_id)
        assert "(draft)" in main.banner.visit_label.text()
    finally:
        main.integrity.checker.wait()
        repo.close()

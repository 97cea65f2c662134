"""Live view: another writer's commit shows within 2 s, without losing what is being typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.model import Clinician, Patient, TriggerPoint, View, Visit
from bodymap.storage import ChartRepository, open_repository
from bodymap.ui.app import build_main_window
from bodymap.ui.main_window import MainWindow
from bodymap.ui.record.soap import SoapSection
from tests.ui.conftest import click_at

WITHIN_MS = 2000


@pytest.fixture
def db(tmp_path: Path) -> Path:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    path = tmp_path / "live.sqlite"
    repo = open_repository(str(path))
    clinician = repo.add_clinician(Clinician(name="Ines Okafor"))
    patient = repo.add_patient(Patient(name="Ada Brook", chart_number="L-1"))
    repo.add_visit(
        Visit(
            patient_id=patient.id or 0,
            clinician_id=clinician.id,
            started_at=datetime(2026, 11, 30, 9, 0),
        )
    )
    repo.close()
    return path


def _open(qtbot: QtBot, db: Path) -> MainWindow:
    window = build_main_window(str(db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    patient = window.repo.list_patients()[0]
    window.show_visit(window.repo.list_visits(patient.id or 0)[0].id or 0)
    return window


def test_a_read_only_window_follows_the_writers_marks(qtbot: QtBot, db: Path, atlas) -> None:
    writer = _open(qtbot, db)
    reader = _open(qtbot, db)
    assert reader.read_only_mode is not None
    site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
    click_at(writer.chart_page.view, (View.POSTERIOR, site.x, site.y))
    assert len(writer.chart_page.model.points) == 1
    qtbot.waitUntil(lambda: len(reader.chart_page.model.points) == 1, timeout=WITHIN_MS)
    writer.repo.add_patient(Patient(name="Bea Cole", chart_number="L-2"))
    qtbot.waitUntil(lambda: reader.patients.patient_list.count() == 2, timeout=WITHIN_MS)


def test_another_writers_changes_arrive_and_the_note_being_typed_stays(
    qtbot: QtBot, db: Path, atlas
) -> None:
    window = _open(qtbot, db)
    visit_id = window.chart_page.model.visit_id or 0
    window.tabs.setCurrentWidget(window.record_tab)
    record = window.record_tab.built
    assert record is not None
    soap = record.section(SoapSection)
    assert isinstance(soap, SoapSection)
    record.go_to(record.sections.index(soap))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    subjective = soap.edits["subjective"]
    subjective.setFocus()
    qtbot.waitUntil(subjective.hasFocus)
    qtbot.keyClicks(subjective, "Pain eased after")  # still typing: focus stays here
    # Another workstation (a second connection) saves the Plan and places a point.
    other: ChartRepository = open_repository(str(db))
    try:
        seen = other.get_visit(visit_id)
        other.update_visit(replace(seen, plan="Home stretches daily"), base=seen)
        site = next(s for s in atlas.sites.values() if s.view is View.POSTERIOR)
        other.add_trigger_point(
            TriggerPoint(
                visit_id=visit_id,
                view=View.POSTERIOR,
                x=site.x,
                y=site.y,
                muscle=site.muscle,
                side=site.side,
                site=site.id,
            )
        )
    finally:
        other.close()
    qtbot.waitUntil(
        lambda: soap.edits["plan"].toPlainText() == "Home stretches daily", timeout=WITHIN_MS
    )
    qtbot.waitUntil(lambda: len(window.chart_page.model.points) == 1, timeout=WITHIN_MS)
    assert subjective.toPlainText() == "Pain eased after"  # the unsaved typing is intact
    assert subjective.hasFocus()

"""Input that is never lost: one-click 0-10 scales, typing into empty boxes, autosaved notes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from bodymap.model import Instrument, MeasureTiming
from bodymap.model.measures import NprsReading
from bodymap.storage import ChartRepository, open_repository
from bodymap.ui.record.measures import MeasuresSection
from tests.ui.record.conftest import chart_visit
from tests.ui.record.test_record_journey import open_view


def _nprs(repo: ChartRepository, visit_id: int) -> dict[tuple[str, MeasureTiming], float]:
    return {
        (m.label, m.timing): m.value
        for m in repo.load_chart(visit_id).measures
        if m.instrument is Instrument.NPRS
    }


def test_nprs_is_one_click_on_a_row_of_eleven_buttons_and_takes_typed_digits(
    qtbot: QtBot, repo: ChartRepository, atlas: object, charted_visit: int
) -> None:
    view = open_view(qtbot, repo, atlas, charted_visit)
    measures = view.section(MeasuresSection)
    assert isinstance(measures, MeasuresSection)
    view.go_to(view.sections.index(measures))
    before = measures.nprs.spins[(NprsReading.CURRENT, MeasureTiming.PRE)]
    assert [b.text() for b in before.buttons] == [str(n) for n in range(11)]
    qtbot.waitUntil(before.isVisible)
    qtbot.mouseClick(before.buttons[7], Qt.MouseButton.LeftButton)
    assert _nprs(repo, charted_visit) == {("current", MeasureTiming.PRE): 7.0}
    # Typed into the empty "after" row: a digit, then "1" "0" for ten.
    after = measures.nprs.spins[(NprsReading.CURRENT, MeasureTiming.POST)]
    after.setFocus()
    qtbot.waitUntil(after.hasFocus)
    qtbot.keyClicks(after, "3")
    assert _nprs(repo, charted_visit)[("current", MeasureTiming.POST)] == 3.0
    worst = measures.nprs.spins[(NprsReading.WORST_24H, MeasureTiming.PRE)]
    worst.setFocus()
    qtbot.waitUntil(worst.hasFocus)
    qtbot.keyClicks(worst, "10")
    assert _nprs(repo, charted_visit)[(NprsReading.WORST_24H.value, MeasureTiming.PRE)] == 10.0
    # A second click on the chosen number clears the reading.
    qtbot.mouseClick(before.buttons[7], Qt.MouseButton.LeftButton)
    assert ("current", MeasureTiming.PRE) not in _nprs(repo, charted_visit)


def test_a_number_box_showing_a_dash_takes_a_typed_value(
    qtbot: QtBot, repo: ChartRepository, atlas: object, charted_visit: int
) -> None:
    view = open_view(qtbot, repo, atlas, charted_visit)
    measures = view.section(MeasuresSection)
    assert isinstance(measures, MeasuresSection)
    view.go_to(view.sections.index(measures))
    row = measures.ppt.add_row(None)
    site = row.site.lineEdit()
    assert site is not None
    qtbot.waitUntil(site.isVisible)
    qtbot.mouseClick(site, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(site, "Upper trapezius")
    for spin, typed in zip(row.trials, ("3.5", "3.7", "3.6"), strict=True):
        assert spin.text() == "—"
        editor = spin.lineEdit()
        assert editor is not None
        # A click at the end of "—" would leave the cursor there; the box selects it instead.
        qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=QPoint(editor.width() - 4, 8))
        qtbot.waitUntil(lambda spin=spin: spin.lineEdit().selectedText() == "—")  # type: ignore[union-attr]
        qtbot.keyClicks(editor, typed)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        assert spin.value() == float(typed)
    stored = [m for m in repo.load_chart(charted_visit).measures if m.instrument is Instrument.PPT]
    assert [tuple(m.items) for m in stored] == [(3.5, 3.7, 3.6)]


_TYPIST = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from bodymap.anatomy.atlas import load_atlas
    from bodymap.storage import open_repository
    from bodymap.ui.record import RecordView
    from bodymap.ui.record.soap import SoapSection

    app = QApplication([])
    repo = open_repository(sys.argv[1])
    view = RecordView(repo, load_atlas())
    view.resize(1200, 800)
    view.show()
    view.activateWindow()
    view.set_visit(int(sys.argv[2]))
    soap = view.section(SoapSection)
    view.go_to(view.sections.index(soap))
    note = soap.edits["subjective"]
    note.setFocus()
    QTest.qWait(200)
    QTest.keyClicks(note, "Sharp pain behind the right shoulder blade")
    QTest.qWait(1000)  # one second after the last keystroke; focus never left the note
    print("typed", flush=True)
    while True:
        QTest.qWait(100)
    """
)


def test_soap_text_survives_kill_minus_9_one_second_after_typing(tmp_path: Path) -> None:
    db = tmp_path / "kill.sqlite"
    repo = open_repository(str(db))
    try:
        visit_id = chart_visit(repo)
    finally:
        repo.close()
    script = tmp_path / "typist.py"
    script.write_text(_TYPIST, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, str(script), str(db), str(visit_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and "typed" not in line:
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                break
        assert "typed" in line
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    repo = open_repository(str(db))
    try:
        subjective = repo.get_visit(visit_id).subjective
    finally:
        repo.close()
    assert subjective == "Sharp pain behind the right shoulder blade"

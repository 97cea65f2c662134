"""Launch budgets (issues 2 and 14): start to main window, and to a chart one can click.

Each launch is a fresh subprocess; times are from spawning it to the child reporting, on its
stdout, (1) "shown": the window is shown with the demo patient list filled, and (2) "chart": the
first patient's latest chart is painted on the canvas and the first hit-test (what the first
hover or click asks the atlas) has answered. Two baselines, measured in the same run and
interleaved with the app:
- plain: a PySide6 window and nothing else (QApplication, QMainWindow, a list), whole process.
  This is the fair baseline of issue 14: budget window shown <= 3x plain, chart <= 1 s.
- same imports: the plain window plus the libraries the app needs at start (Qt SVG (the
  renderer: the canvas paints its art from a pixmap, not through QtSvgWidgets), sqlite3,
  SQLAlchemy ORM + SQLite dialect, shapely, platformdirs); it isolates our own start-up work
  (issue 2's budget: <= 1 s and <= 2x). Alembic is imported only when a database needs
  migrating, so neither side imports it.

Run: /work/venv/bin/python benchmarks/bench_launch.py [ROUNDS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

APP = """
import sys
from PySide6.QtWidgets import QApplication
from bodymap.ui.app import build_main_window, make_application
app = make_application()
window = build_main_window(sys.argv[1])
window.show()
app.processEvents()
assert window.patients.patient_list.count() > 0, "no demo patients listed"
print("shown", flush=True)
from bodymap.model import View
window.chart_page.view.viewport().repaint()
assert window.chart_page.model.chart is not None, "no chart opened"
window.atlas.hit(View.ANTERIOR, 200.0, 300.0)
app.processEvents()
print("chart", flush=True)
"""

PLAIN = """
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow
app = QApplication([])
window = QMainWindow()
names = QListWidget()
names.addItems(["Patient A", "Patient B", "Patient C"])
window.setCentralWidget(names)
window.resize(1280, 800)
window.show()
app.processEvents()
print("shown", flush=True)
"""

BARE = """
import sqlite3, platformdirs, sqlalchemy, sqlalchemy.orm, sqlalchemy.dialects.sqlite, shapely
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow
app = QApplication([])
window = QMainWindow()
names = QListWidget()
names.addItems(["Patient A", "Patient B", "Patient C"])
window.setCentralWidget(names)
window.resize(1280, 800)
window.show()
app.processEvents()
print("shown", flush=True)
"""


def launch(code: str, *args: str, cache: str) -> list[float]:
    # Byte-code is cached (as for an installed app) in a private folder, not in the checkout.
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=cache
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=env, text=True
    )
    assert process.stdout is not None
    marks: list[float] = []
    lines: list[str] = []
    for line in process.stdout:  # one line per milestone, timed as it arrives
        marks.append(time.perf_counter() - start)
        lines.append(line.strip())
    process.wait()
    if not lines or lines[0] != "shown" or process.returncode != 0:
        raise SystemExit(f"launch failed (exit {process.returncode}): {lines!r}")
    return marks


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "demo.sqlite")
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        subprocess.run(
            [sys.executable, "-m", "bodymap", "--db", db, "demo"],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        cache = str(Path(folder) / "pycache")
        for code in (APP, PLAIN, BARE):  # warm the OS file cache and byte-code for all
            launch(code, db, cache=cache)
        shown, chart, plain, bare = [], [], [], []
        for _ in range(rounds):  # interleaved so all see the same machine load
            app_marks = launch(APP, db, cache=cache)
            shown.append(app_marks[0])
            chart.append(app_marks[1])
            plain.append(launch(PLAIN, cache=cache)[0])
            bare.append(launch(BARE, cache=cache)[0])
    shown_ms, chart_ms, plain_ms, bare_ms = (
        statistics.median(times) * 1000 for times in (shown, chart, plain, bare)
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"medians over {rounds} interleaved launches (load average {load}):")
    print(f"  plain PySide6 window (fair baseline):        {plain_ms:6.0f} ms")
    print(f"  bare window importing the app's libraries:   {bare_ms:6.0f} ms")
    print(
        f"  BodyMap window shown with demo patients:     {shown_ms:6.0f} ms  "
        f"{shown_ms / plain_ms:.2f}x plain (budget 3x) "
        f"{'OK' if shown_ms <= 3 * plain_ms else 'OVER'}; "
        f"{shown_ms / bare_ms:.2f}x same-imports (budget 2x) "
        f"{'OK' if shown_ms <= 2 * bare_ms else 'OVER'}"
    )
    print(
        f"  chart painted and first hit-test answered: {chart_ms:6.0f} ms  (budget 1000 ms) "
        f"{'OK' if chart_ms <= 1000 else 'OVER'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

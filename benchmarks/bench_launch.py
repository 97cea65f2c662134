"""Launch budget (issue 2): start to main window showing the demo patient list.

Each launch is a fresh subprocess; the time is from spawning it to the child reporting that the
window is shown with the patient list filled. The baseline, measured in the same run, is a bare
PySide6 window that imports the same libraries the app needs at start (Qt widgets + SVG, sqlite3,
SQLAlchemy with its ORM and SQLite dialect, shapely, platformdirs) and shows a list. Alembic is
imported only when a database needs migrating, so neither side imports it.
Budget: <= 1 s median and <= 2x the baseline.

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
"""

BARE = """
import sqlite3, platformdirs, sqlalchemy, sqlalchemy.orm, sqlalchemy.dialects.sqlite, shapely
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
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


def launch(code: str, *args: str, cache: str) -> float:
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
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait()
    if line.strip() != "shown" or process.returncode != 0:
        raise SystemExit(f"launch failed (exit {process.returncode}): {line!r}")
    return elapsed


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
        launch(APP, db, cache=cache)  # warm the OS file cache and byte-code for both
        launch(BARE, cache=cache)
        app_times, bare_times = [], []
        for _ in range(rounds):  # interleaved so both see the same machine load
            app_times.append(launch(APP, db, cache=cache))
            bare_times.append(launch(BARE, cache=cache))
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    ratio = app_ms / bare_ms
    verdict = "OK" if app_ms <= 1000 and ratio <= 2 else "OVER"
    print(
        f"launch to main window with demo patients: {app_ms:.0f} ms median over {rounds}; "
        f"bare PySide6 window with the same imports: {bare_ms:.0f} ms; ratio {ratio:.2f}x "
        f"(budget 1000 ms and 2x) {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

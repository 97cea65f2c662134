"""Clinic-scale budgets of issue 14: patient selection, the History tab and chart loading.

On the shared 40,000-visit database (``clinic_db.py``; built in /tmp on first use):
- the audit log's share of the file (budget 25%);
- selecting the 100-visit patient in the main window on the Chart, Record and History tabs,
  after History has been opened once (budget 50 ms on any tab; on History this is a patient it
  has shown before, so only revisions are read); baseline: the patient with the shortest
  course, selected the same way, interleaved;
- the History tab showing a patient for the first time: 100 visits (budget 200 ms) and 200
  visits (budget 400 ms), a fresh History page each time, set_patient + the repaint;
  baseline: the shortest course shown the same way;
- the 100-visit progress report in-process (budget 1.0 s); baseline: bench_report's bare
  ReportLab report of as many visits, interleaved;
- loading the 100-visit patient's charts: ``load_patient_charts`` against raw SQL fetching the
  same rows in the same run (budget 3x), the statement count (budget 10), and the old way
  (``load_chart`` per visit) for reference. With ``--pg URL`` the same on PostgreSQL, on a
  100-visit patient written there by the same builder.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_history.py [--repeat N] [--pg URL]
     [--only-data] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clinic_db import build, clinic_db, open_clinic  # noqa: E402
from sqlalchemy import Engine, event  # noqa: E402

SELECTS = {
    "visits": "SELECT * FROM visits WHERE patient_id = {p} ORDER BY started_at, id",
    "trigger_points": "SELECT * FROM trigger_points WHERE deleted_at IS NULL AND visit_id IN "
    "(SELECT id FROM visits WHERE patient_id = {p}) ORDER BY visit_id, number, id",
    "pain_zones": "SELECT * FROM pain_zones WHERE deleted_at IS NULL AND visit_id IN "
    "(SELECT id FROM visits WHERE patient_id = {p}) ORDER BY visit_id, id",
    "outcome_measures": "SELECT * FROM outcome_measures WHERE deleted_at IS NULL AND visit_id "
    "IN (SELECT id FROM visits WHERE patient_id = {p}) ORDER BY visit_id, id",
}


def median_ms(job: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None):
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def count_selects(job: Callable[[], object]) -> int:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        job()
    finally:
        event.remove(Engine, "before_cursor_execute", count)
    return sum(1 for s in seen if s.lstrip().upper().startswith("SELECT"))


def verdict(value: float, budget: float) -> str:
    return "ok" if value <= budget else "OVER"


def interleaved_ms(
    first: Callable[[], object], second: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Medians of two jobs run alternately, so both see the same machine load."""
    a, b = [], []
    for _ in range(repeat):
        for job, times in ((first, a), (second, b)):
            start = time.perf_counter()
            job()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)


def chart_loading(repo, patient_id: int, raw: Callable[[], object], repeat: int, where: str):
    ids = [v.id for v in repo.list_visits(patient_id)]
    for _ in range(2):  # warm both: statement caches, the OS page cache
        repo.load_patient_charts(patient_id)
        raw()
    bulk, bare = interleaved_ms(lambda: repo.load_patient_charts(patient_id), raw, 3 * repeat)
    one_by_one = median_ms(lambda: [repo.load_chart(v) for v in ids], max(3, repeat // 3))
    statements = count_selects(lambda: repo.load_patient_charts(patient_id))
    old_statements = count_selects(lambda: [repo.load_chart(v) for v in ids])
    ratio = bulk / bare
    print(
        f"{where}: load {len(ids)} charts {bulk:.1f} ms in {statements} queries; raw SQL, same "
        f"rows: {bare:.1f} ms; ratio {ratio:.2f}x (budget 3x, 10 queries) "
        f"{verdict(ratio, 3.0) if statements <= 10 else 'OVER'}"
    )
    print(
        f"{where}: one load_chart per visit (before): {one_by_one:.1f} ms, {old_statements} queries"
    )


def sqlite_raw(path: Path, patient_id: int) -> Callable[[], object]:
    connection = sqlite3.connect(path)

    def fetch() -> object:
        return [connection.execute(q.format(p=patient_id)).fetchall() for q in SELECTS.values()]

    return fetch


def audit_share(path: Path) -> None:
    """The audit log's share of the database file (budget 25%): its table and indexes' pages."""
    connection = sqlite3.connect(path)
    audit = connection.execute(
        "SELECT SUM(pgsize) FROM dbstat WHERE name IN "
        "(SELECT name FROM sqlite_master WHERE tbl_name = 'audit_log')"
    ).fetchone()[0]
    whole = connection.execute(
        "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"
    ).fetchone()[0]
    rows = connection.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    connection.close()
    share = audit / whole
    print(
        f"audit log: {audit / 1e6:.1f} MB ({rows:,} entries) of the {whole / 1e6:.0f} MB file: "
        f"{share:.1%} (budget 25%) {verdict(share, 0.25)}"
    )


def window_budgets(path: Path, repeat: int) -> None:
    from PySide6.QtWidgets import QApplication

    from bodymap.ui.app import build_main_window, make_application

    app = make_application()
    window = build_main_window(str(path))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    repo = window.repo
    patients = {v: open_clinic(path, v)[1] for v in (100, 200)}
    patient_list = window.patients.patient_list

    def select(patient_id: int | None) -> None:
        for row in range(patient_list.count()):
            if patient_list.item(row).data(0x0100) == patient_id:
                patient_list.setCurrentRow(row)
                break
        QApplication.processEvents()

    bench_ids = {p.id for p in patients.values()}
    courses = {
        p.id: len(repo.list_visits(p.id or 0))
        for p in repo.list_patients()
        if p.id not in bench_ids
    }
    # Baseline, same run: the patient with the shortest course (the issue: "as fast at visit 100 as
    # at visit 5"), selected and shown the same way.
    short = min((n, pid) for pid, n in courses.items() if n >= 2)
    other = next(pid for pid, n in courses.items() if pid != short[1] and n >= 2)
    target = patients[100].id
    window.tabs.setCurrentWidget(window.history_tab)  # History opened once, then elsewhere
    app.processEvents()
    select(target)
    select(short[1])
    for name, tab in (
        ("Chart", window.chart_page),
        ("Record", window.record_tab),
        ("History", window.history_tab),
    ):
        window.tabs.setCurrentWidget(tab)
        app.processEvents()
        times: dict[int | None, list[float]] = {target: [], short[1]: []}
        cpu: list[float] = []
        for _ in range(repeat):
            for patient_id in (target, short[1]):
                select(other)
                start, start_cpu = time.perf_counter(), time.thread_time()
                select(patient_id)
                times[patient_id].append((time.perf_counter() - start) * 1000)
                if patient_id == target:
                    cpu.append((time.thread_time() - start_cpu) * 1000)
        ms, base = statistics.median(times[target]), statistics.median(times[short[1]])
        print(
            f"select the 100-visit patient on the {name} tab: {ms:.1f} ms (budget 50 ms) "
            f"{verdict(ms, 50)}; a {short[0]}-visit patient: {base:.1f} ms; ratio {ms / base:.2f}x"
            f"; main thread CPU {statistics.median(cpu):.1f} ms"
        )

    base = first_show_ms(window, short[1], repeat)
    for visits, budget in ((100, 200.0), (200, 400.0)):
        ms = first_show_ms(window, patients[visits].id, repeat)
        print(
            f"History tab, first show of the {visits}-visit patient: {ms:.0f} ms "
            f"(budget {budget:.0f} ms) {verdict(ms, budget)}; the {short[0]}-visit patient: "
            f"{base:.0f} ms; ratio {ms / base:.2f}x"
        )
    window.close()


def progress_report(repo, patient_id: int, repeat: int) -> None:
    """The 100-visit progress report, in-process: read, quantify, compare, lay out the PDF.

    Baseline, interleaved: bench_report's bare ReportLab report of as many visits (the same
    embedded font, tables of Paragraph cells, two small figures per visit drawn as vectors,
    trend polylines; no database, no analysis, no text shaping).
    """
    from bench_report import _flat, bare_report, raw_shapes, realistic_chart

    from bodymap.analysis.geometry import atlas_geometry
    from bodymap.anatomy.atlas import load_atlas
    from bodymap.model import View
    from bodymap.report.exporting import progress_report_pdf
    from bodymap.report.fonts import register_fonts

    atlas = load_atlas()
    register_fonts()
    visits = len(repo.list_visits(patient_id))
    chart = realistic_chart(atlas)
    shapes = raw_shapes(atlas)
    rings = {
        v.value: [_flat(p.exterior) for z in chart.zones if z.view is v for p in z.polygons]
        for v in View
    }
    markers = {v.value: [(tp.x, tp.y) for tp in chart.trigger_points if tp.view is v] for v in View}
    progress_report_pdf(repo, atlas, patient_id)  # the atlas's one-off preparations
    bare_report(shapes, visits, rings, markers)

    def app() -> None:
        atlas_geometry(atlas).pain_cache.clear()  # nothing of this patient computed before
        progress_report_pdf(repo, atlas, patient_id)

    ms, bare = interleaved_ms(app, lambda: bare_report(shapes, visits, rings, markers), repeat)
    print(
        f"{visits}-visit progress report in-process: {ms / 1000:.2f} s (budget 1.0 s) "
        f"{verdict(ms, 1000)}; bare ReportLab report of {visits} visits: {bare / 1000:.2f} s; "
        f"ratio {ms / bare:.2f}x"
    )


def first_show_ms(window, patient_id: int, repeat: int) -> float:
    """A fresh History page showing the patient: set_patient and the repaint that follows."""
    from PySide6.QtWidgets import QApplication

    from bodymap.analysis.geometry import atlas_geometry
    from bodymap.ui.history import HistoryView
    from bodymap.ui.history.painting import BodyArt

    holder: list[HistoryView] = []
    # The body art is drawn once per size whatever the patient: a window that has shown its
    # History before has it, so the fresh pages share it (the patient's data is all new).
    art = BodyArt(window.atlas)

    def fresh() -> None:
        for view in holder:
            view.deleteLater()
        holder.clear()
        view = HistoryView(window.repo, window.atlas, art=art)
        view.resize(1280, 800)
        view.show()
        QApplication.processEvents()
        atlas_geometry(window.atlas).pain_cache.clear()  # nothing of this patient computed
        holder.append(view)

    def show() -> None:
        holder[0].set_patient(patient_id)
        holder[0].repaint()

    return median_ms(show, repeat, setup=fresh)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--pg", help="PostgreSQL URL (an empty database or schema to write to)")
    parser.add_argument(
        "--only-data", action="store_true", help="chart loading and the report, no window"
    )
    parser.add_argument("--db", type=Path, help="an existing clinic database (default: built)")
    args = parser.parse_args()
    path = args.db or clinic_db()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{path} ({path.stat().st_size / 1e6:.0f} MB); load average {load}")
    audit_share(path)
    repo, patient = open_clinic(path, 100)
    chart_loading(repo, patient.id or 0, sqlite_raw(path, patient.id or 0), args.repeat, "SQLite")
    progress_report(repo, patient.id or 0, max(3, args.repeat // 2))
    repo.close()
    if args.pg:
        pg_budgets(args.pg, args.repeat)
    if not args.only_data:
        window_budgets(path, args.repeat)
    print(f"load average at the end {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


def pg_budgets(url: str, repeat: int) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    from bodymap.storage import open_repository

    repo = open_repository(url)
    patient = repo.find_patient_by_chart_number("BENCH-100")
    if patient is None:
        repo.close()
        build(url, 100, quiet=True)
        repo = open_repository(url)
        patient = repo.find_patient_by_chart_number("BENCH-100")
    assert patient is not None
    assert patient.id is not None
    plain = make_url(url).set(drivername="postgresql")
    options = plain.query.get("options")
    dsn = plain.set(query={}).render_as_string(hide_password=False)
    connection = psycopg.connect(dsn, options=options) if options else psycopg.connect(dsn)

    def fetch() -> object:
        with connection.cursor() as cursor:
            rows = []
            for query in SELECTS.values():
                cursor.execute(query.format(p=patient.id))
                rows.append(cursor.fetchall())
            return rows

    chart_loading(repo, patient.id, fetch, repeat, "PostgreSQL")
    connection.close()
    repo.close()


if __name__ == "__main__":
    raise SystemExit(main())

"""Research CSV: one table per entity, a data dictionary, and a de-identified variant."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date
from pathlib import Path

import pytest

from bodymap.anatomy.atlas import load_atlas
from bodymap.cli import run
from bodymap.interop.research_csv import DICTIONARY, research_tables
from bodymap.model.bundle import Snapshot
from bodymap.storage import open_repository
from bodymap.storage.archive_read import read_snapshot


@pytest.fixture(scope="module")
def snapshot(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    copy = tmp_path_factory.mktemp("csv") / "demo.sqlite"
    shutil.copy(demo_file, copy)
    repo = open_repository(str(copy))
    try:
        return read_snapshot(repo)
    finally:
        repo.close()


def _read(folder: Path, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((folder / name).read_text(encoding="utf-8"))))


def test_tables_and_dictionary_are_written(demo_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    out = tmp_path / "tables"
    assert run(["--db", str(db), "csv", "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{t}.csv" for t in DICTIONARY] + ["data_dictionary.csv"])
    dictionary = _read(out, "data_dictionary.csv")
    for table, columns in DICTIONARY.items():
        rows = _read(out, f"{table}.csv")
        assert rows, table
        assert list(rows[0]) == [c[0] for c in columns]
        assert {d["column"] for d in dictionary if d["table"] == table} == set(rows[0])
    zones = _read(out, "zones.csv")
    assert all(z["choir_ids"] for z in zones)
    assert all(z["polygons_wkt"].startswith("MULTIPOLYGON (((") for z in zones)
    assert all(float(z["area"]) > 0 for z in zones)
    patients = _read(out, "patients.csv")
    assert {p["chart_number"] for p in patients} == {"DEMO-001", "DEMO-002", "DEMO-003"}
    assert len(_read(out, "visits.csv")) == 18


def test_deidentified_output_holds_no_name_chart_number_birth_date_or_visit_date(
    demo_file: Path, snapshot: Snapshot, tmp_path: Path
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    out = tmp_path / "deid"
    assert run(["--db", str(db), "csv", "--out", str(out), "--deidentify"]) == 0
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.iterdir()))
    forbidden: set[str] = set()
    for p in snapshot.patients:
        forbidden |= {p.name, p.chart_number, p.contact, *p.name.split()}
        if p.date_of_birth:
            forbidden |= {p.date_of_birth.isoformat(), p.date_of_birth.strftime("%d/%m/%Y")}
    for c in snapshot.clinicians:
        forbidden.add(c.name)
    for b in snapshot.visits:
        forbidden |= {b.visit.started_at.date().isoformat(), b.uuid}
        forbidden |= {tp.uuid or "" for tp in b.trigger_points}
    forbidden.discard("")
    leaked = sorted(f for f in forbidden if f in text)
    assert leaked == []
    # The maps stay: every trigger point and zone is there, with its position and regions.
    assert len(_read(out, "trigger_points.csv")) == sum(
        len([t for t in b.trigger_points if t.uuid not in b.deleted_at]) for b in snapshot.visits
    )
    assert all(z["polygons_wkt"] for z in _read(out, "zones.csv"))
    patients = _read(out, "patients.csv")
    assert all(p["birth_year"].isdigit() for p in patients)


def test_dates_shift_per_patient_keeping_intervals(snapshot: Snapshot) -> None:
    tables = research_tables(snapshot, load_atlas(), deidentify=True)
    header, *rows = tables["visits"]
    col = {name: n for n, name in enumerate(header)}
    by_patient: dict[str, list[list[str]]] = {}
    for row in rows:
        by_patient.setdefault(row[col["patient"]], []).append(row)
    for visits in by_patient.values():
        first = date.fromisoformat(visits[0][col["date"]])
        for row in visits:
            shifted = date.fromisoformat(row[col["date"]])
            assert (shifted - first).days == int(row[col["day"]])


def test_ages_over_89_are_aggregated(snapshot: Snapshot) -> None:
    from dataclasses import replace

    old = replace(snapshot.patients[0], date_of_birth=date(1920, 5, 1))
    aged = replace(snapshot, patients=(old, *snapshot.patients[1:]))
    tables = research_tables(aged, load_atlas(), deidentify=True, today=date(2026, 11, 27))
    header, first, *_ = tables["patients"]
    row = dict(zip(header, first, strict=True))
    assert (row["birth_year"], row["age_90_or_over"]) == ("", "true")
    visits = [dict(zip(tables["visits"][0], r, strict=True)) for r in tables["visits"][1:]]
    assert {v["age"] for v in visits if v["patient"] == row["patient"]} == {"90+"}


def test_out_must_be_a_folder(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    a_file = tmp_path / "file.txt"
    a_file.write_text("keep me", encoding="utf-8")
    assert run(["--db", str(db), "csv", "--out", str(a_file)]) == 1
    assert a_file.read_text(encoding="utf-8") == "keep me"
    assert "not a folder" in capsys.readouterr().err

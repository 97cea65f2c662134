"""Budget: ``bodymap verify`` on 40,000 signed visits in under 30 s (issue 10).

The database is built in a temporary folder from the demo's signed visits, which are real
(charted, recorded and signed through the app, with their audit trails): their rows are copied
with fresh ids by bulk INSERT … SELECT until there are N visits, each copy gets its own patient
copy, its audit entries (appended through the hash chain) and a signature computed by the same
code that signs. The guard triggers are dropped for the copy and restored after it.

Baseline, measured in the same run on the same file: plain sqlite3 reading the same columns,
grouping them per visit, hashing each visit's JSON with hashlib and re-hashing the audit chain —
the work of a check without BodyMap's layers.

(``benchmarks/clinic_db.py``, the shared 40,000-visit builder, seals the visits it signs too;
this script keeps its own builder because copying the demo's signed visits in bulk is several
times faster, and it was written while the shared builder did not run.)

Run: python benchmarks/bench_verify.py [--visits N] [--rounds R] [--dir DIR [--reuse]]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Connection, inspect, text  # noqa: E402

from bodymap.demo import load_demo  # noqa: E402
from bodymap.model import integrity as fmt  # noqa: E402
from bodymap.model.signature_formats import CURRENT  # noqa: E402
from bodymap.storage import open_repository  # noqa: E402
from bodymap.storage.audit_chain import HASHED, append_entries  # noqa: E402
from bodymap.storage.engine import open_engine  # noqa: E402
from bodymap.storage.guard_triggers import create_guard_triggers, drop_guard_triggers  # noqa: E402
from bodymap.storage.integrity_read import content_documents, identity  # noqa: E402
from bodymap.storage.signatures import SIGNATURES  # noqa: E402
from bodymap.storage.verify import verify_records  # noqa: E402

#: Columns that point at another copied row: (table referred to).
REFERENCES = {
    "patient_id": "patients",
    "visit_id": "visits",
    "prefilled_from_visit_id": "visits",
    "source_point_id": "trigger_points",
    "trigger_point_id": "trigger_points",
}
COPIED = (
    "patients",
    "visits",
    "trigger_points",
    "pain_zones",
    "outcome_measures",
    "screenings",
    "consents",
    "needling_records",
    "adverse_events",
    "record_flags",
    "plans",
    "bilateral_thorax",
    "addenda",
)


def _max_ids(connection: Connection) -> dict[str, int]:
    return {
        t: int(connection.execute(text(f"SELECT coalesce(max(id), 0) FROM {t}")).scalar() or 0)
        for t in COPIED
    }


def build(path: Path, visits: int) -> int:
    """Create the database at ``path`` with about ``visits`` signed visits; return the count."""
    repo = open_repository(str(path))
    try:
        load_demo(repo, today=date(2026, 11, 27))
    finally:
        repo.close()
    engine, _url = open_engine(str(path))
    try:
        with engine.begin() as connection:
            return _copy(connection, visits)
    finally:
        engine.dispose()


def _copy(connection: Connection, wanted: int) -> int:
    drop_guard_triggers(connection)
    templates = [
        int(v)
        for v in connection.execute(text("SELECT id FROM visits WHERE status = 'signed'")).scalars()
    ]
    copies = max(0, -(-(wanted - len(templates)) // len(templates)))
    offsets = _max_ids(connection)
    connection.execute(text("CREATE TEMP TABLE nums (k INTEGER PRIMARY KEY)"))
    connection.execute(
        text("INSERT INTO nums (k) VALUES (:k)"), [{"k": k} for k in range(1, copies + 1)]
    )
    in_templates = f"({','.join(str(t) for t in templates)})"
    for table in COPIED:
        columns = [c["name"] for c in inspect(connection).get_columns(table)]
        select = []
        for name in columns:
            if name == "id":
                select.append(f"id + n.k * {offsets[table]}")
            elif name in REFERENCES:
                select.append(f"{name} + n.k * {offsets[REFERENCES[name]]}")
            elif name == "uuid":  # unique per copy, still shaped as a UUID
                select.append("substr(uuid, 1, 24) || printf('%012d', n.k)")
            else:
                select.append(name)
        if table == "patients":
            where = f"id IN (SELECT patient_id FROM visits WHERE id IN {in_templates})"
        elif table == "visits":
            where = f"id IN {in_templates}"
        else:
            where = f"visit_id IN {in_templates}"
        connection.execute(
            text(
                f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(select)} "
                f"FROM {table}, nums n WHERE {where}"
            )
        )
    _copy_audit(connection, templates, copies, offsets)
    _sign_copies(connection, templates)
    create_guard_triggers(connection)
    return int(connection.execute(text("SELECT count(*) FROM visit_signatures")).scalar() or 0)


def _copy_audit(
    connection: Connection, templates: list[int], copies: int, offsets: dict[str, int]
) -> None:
    columns = [c for c in HASHED if c != "id"]
    rows = connection.execute(
        text(
            f"SELECT {', '.join(columns)} FROM audit_log WHERE visit_id IN "
            f"({','.join(str(t) for t in templates)}) AND action != 'signature' ORDER BY id"
        )
    ).all()
    batch: list[dict[str, Any]] = []
    for k in range(1, copies + 1):
        for row in rows:
            entry = dict(zip(columns, row, strict=True))
            entry["visit_id"] += k * offsets["visits"]
            entry["record_id"] += k * offsets.get(entry["table_name"], 0)
            batch.append(entry)
        if len(batch) > 50_000:
            append_entries(connection, batch)
            batch = []
    append_entries(connection, batch)


def _sign_copies(connection: Connection, templates: list[int]) -> None:
    signed = connection.execute(
        text(
            "SELECT id, signed_by, signed_at FROM visits WHERE status = 'signed' AND id NOT IN "
            "(SELECT visit_id FROM visit_signatures) ORDER BY id"
        )
    ).all()
    docs = content_documents(connection, [int(r[0]) for r in signed])
    rows, entries = [], []
    people: dict[tuple[int, int], dict[str, Any]] = {}
    for visit_id, signer, signed_at in signed:
        doc = docs[int(visit_id)]
        key = (doc["visit"]["patient_id"], int(signer))
        if key not in people:
            people[key] = identity(connection, *key)
        doc["identity"] = people[key]
        digest = fmt.document_hash(doc)
        rows.append(
            {
                "visit_id": visit_id,
                "signed_by": signer,
                "signed_at": signed_at,
                "format_version": fmt.FORMAT_VERSION,
                "content_hash": digest,
                "content": fmt.canonical_bytes(doc).decode("utf-8"),
                "identity": fmt.canonical_bytes(doc["identity"]).decode("utf-8"),
            }
        )
        entries.append(
            {
                "at": datetime.now(),
                "actor_id": signer,
                "visit_id": visit_id,
                "table_name": "visit_signatures",
                "record_id": visit_id,
                "action": "signature",
                "field": None,
                "old_value": None,
                "new_value": json.dumps(
                    {"content_hash": digest, "format": fmt.FORMAT_VERSION}, sort_keys=True
                ),
            }
        )
    connection.execute(SIGNATURES.insert(), rows)
    append_entries(connection, entries)


def _bare_moment(value: str) -> str:
    if value.endswith(".000000"):
        return f"{value[:10]}T{value[11:19]}"
    return f"{value[:10]}T{value[11:]}"


def _bare_documents(db: sqlite3.Connection, lo: int, hi: int) -> dict[int, dict[str, Any]]:
    """Visits ``lo``..``hi`` as canonical documents: the same columns, booleans and times."""
    docs: dict[int, dict[str, Any]] = {}
    visit_names = [f for f, _k in CURRENT.visit]
    soap_names = [f for f, _k in CURRENT.soap]
    query = f"SELECT {', '.join(visit_names + soap_names)} FROM visits WHERE id BETWEEN ? AND ?"
    for row in db.execute(query, (lo, hi)).fetchall():
        visit = dict(zip(visit_names, row, strict=False))
        for name in ("started_at", "signed_at"):
            if visit[name] is not None:
                visit[name] = _bare_moment(visit[name])
        doc: dict[str, Any] = {
            "format": CURRENT.version,
            "visit": visit,
            "soap": dict(zip(soap_names, row[len(visit_names) :], strict=True)),
        }
        for key, (_table, _fields, single) in CURRENT.sections.items():
            doc[key] = None if single else []
        docs[row[0]] = doc
    for key, (table, fields, single) in CURRENT.sections.items():
        cols = [f for f, _k in fields]
        bools = [f for f, k in fields if k == "b"]
        times = [f for f, k in fields if k == "t"]
        query = (
            f"SELECT {', '.join(cols)}, visit_id FROM {table} WHERE visit_id BETWEEN ? AND ? "
            "ORDER BY visit_id, id"
        )
        for row in db.execute(query, (lo, hi)).fetchall():
            item = dict(zip(cols, row, strict=False))
            for name in bools:
                item[name] = bool(item[name])
            for name in times:
                if item[name] is not None:
                    item[name] = _bare_moment(item[name])
            if single:
                docs[row[-1]][key] = item
            else:
                docs[row[-1]][key].append(item)
    return docs


def _bare_chain(db: sqlite3.Connection) -> int:
    """Re-hash every audit entry with the chain's framing; count those that follow."""
    previous, intact = "0" * 64, 0
    query = f"SELECT {', '.join(HASHED)}, prev_hash, row_hash FROM audit_log ORDER BY id"
    cursor = db.execute(query)
    while rows := cursor.fetchmany(5000):
        for row in rows:
            fields = [
                "-" if v is None else f"{len(v)}:{v}"
                for v in (row[4], row[6], row[7], row[8], row[9])
            ]
            actor = "-" if row[2] is None else row[2]
            visit = "-" if row[3] is None else row[3]
            body = (
                f"{previous}\n{row[0]}|{_bare_moment(row[1])}|{actor}|{visit}|{fields[0]}|"
                f"{row[5]}|{fields[1]}|{fields[2]}|{fields[3]}|{fields[4]}"
            )
            digest = hashlib.sha256(body.encode()).hexdigest()
            intact += digest == row[11] and row[10] == previous
            previous = row[11]
    return intact


def bare_check(path: Path) -> tuple[int, int]:
    """The baseline: the same check with sqlite3, json and hashlib only, and nothing less.

    It reads the same columns (rounds of 1,000 visits), normalises booleans and times as the
    format does, adds each signature's identity snapshot, hashes the canonical JSON and compares
    with the stored hash, reads the signing audit entries and addenda as the check does, and
    re-hashes the whole audit chain with its framing. Returns (visits matching their signature,
    audit entries that follow their predecessor): the run asserts both are all of them.
    """
    db = sqlite3.connect(path)
    try:
        ids = [row[0] for row in db.execute("SELECT id FROM visits ORDER BY id")]
        signing = db.execute(
            "SELECT visit_id, table_name, record_id, action, new_value FROM audit_log "
            "WHERE action IN ('sign', 'signature', 'addendum')"
        ).fetchall()
        audited = {row[0]: json.loads(row[4]) for row in signing if row[3] == "signature"}
        matched = 0
        for start in range(0, len(ids), 1000):
            lo, hi = ids[start], ids[min(start + 999, len(ids) - 1)]
            docs = _bare_documents(db, lo, hi)
            signatures = db.execute(
                "SELECT visit_id, signed_by, signed_at, format_version, content_hash, identity "
                "FROM visit_signatures WHERE visit_id BETWEEN ? AND ?",
                (lo, hi),
            ).fetchall()
            db.execute(
                "SELECT id, visit_id, author_id, created_at, text, content_hash FROM addenda "
                "WHERE visit_id BETWEEN ? AND ?",
                (lo, hi),
            ).fetchall()
            for visit_id, _by, _at, _format, content_hash, identity in signatures:
                doc = {**docs[visit_id], "identity": json.loads(identity)}
                text = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                digest = hashlib.sha256(text.encode()).hexdigest()
                matched += digest == content_hash == audited[visit_id]["content_hash"]
        return matched, _bare_chain(db)
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=40_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--reuse", action="store_true", help="keep DIR/clinic.sqlite if built")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench_verify_"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "clinic.sqlite"
    if args.reuse and path.exists():
        signed = (
            sqlite3.connect(path).execute("SELECT count(*) FROM visit_signatures").fetchone()[0]
        )
        print(f"reusing {signed} signed visits at {path}")
    else:
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        signed = build(path, args.visits)
        print(f"built {signed} signed visits in {time.perf_counter() - started:.1f} s at {path}")
    repo = open_repository(str(path))
    ours, bare, ours_cpu, bare_cpu = [], [], [], []  # wall and CPU seconds
    try:
        for _ in range(args.rounds):
            t0, c0 = time.perf_counter(), time.process_time()
            report = verify_records(repo)
            ours.append(time.perf_counter() - t0)
            ours_cpu.append(time.process_time() - c0)
            t0, c0 = time.perf_counter(), time.process_time()
            matched, intact = bare_check(path)
            bare.append(time.perf_counter() - t0)
            bare_cpu.append(time.process_time() - c0)
            assert (matched, intact) == (signed, report.audit_entries), (matched, intact)
    finally:
        repo.close()
    assert report.ok, report.problems[:5]
    t0 = time.perf_counter()
    cli = subprocess.run(
        [sys.executable, "-m", "bodymap", "--db", str(path), "verify"],
        capture_output=True,
        text=True,
        check=False,
    )
    cli_seconds = time.perf_counter() - t0
    ours_median, bare_median = statistics.median(ours), statistics.median(bare)
    print(report.summary())
    print(f"verify_records: median {ours_median:.2f} s over {args.rounds} rounds")
    print(f"bare sqlite3 + hashlib baseline: median {bare_median:.2f} s")
    print(f"ratio {ours_median / bare_median:.2f}x")
    cpu, bare_cpu_median = statistics.median(ours_cpu), statistics.median(bare_cpu)
    print(f"CPU: verify_records {cpu:.2f} s, baseline {bare_cpu_median:.2f} s")
    print(f"load average {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} CPUs")
    print(f"bodymap verify (whole process, exit {cli.returncode}): {cli_seconds:.2f} s")
    print(f"  {cli.stdout.strip().splitlines()[-1]}")
    return 0 if ours_median < 30 and cli.returncode == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

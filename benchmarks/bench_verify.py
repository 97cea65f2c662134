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

Run: python benchmarks/bench_verify.py [--visits N] [--rounds R] [--dir DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
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


def bare_check(path: Path) -> int:
    """The baseline: the same reads and hashes with sqlite3 and hashlib only."""
    db = sqlite3.connect(path)
    try:
        docs: dict[int, dict[str, Any]] = {}
        names = [f for f, _k in CURRENT.visit + CURRENT.soap]
        for row in db.execute(f"SELECT {', '.join(names)} FROM visits ORDER BY id"):
            docs[row[0]] = {"visit": dict(zip(names, row, strict=True))}
        for key, (table, fields, _single) in CURRENT.sections.items():
            cols = [f for f, _k in fields]
            query = f"SELECT visit_id, {', '.join(cols)} FROM {table} ORDER BY visit_id, id"
            for row in db.execute(query):
                docs[row[0]].setdefault(key, []).append(dict(zip(cols, row[1:], strict=True)))
        stored = dict(db.execute("SELECT visit_id, content_hash FROM visit_signatures"))
        hashed = 0
        for visit_id, doc in docs.items():
            digest = hashlib.sha256(
                json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
            ).hexdigest()
            hashed += digest == stored.get(visit_id)  # never equal: only the work counts
        previous = "0" * 64
        for row in db.execute(f"SELECT {', '.join(HASHED)} FROM audit_log ORDER BY id"):
            body = "|".join(map(str, row))
            previous = hashlib.sha256(f"{previous}\n{body}".encode()).hexdigest()
        return len(docs)
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=40_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench_verify_"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "clinic.sqlite"
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    signed = build(path, args.visits)
    print(f"built {signed} signed visits in {time.perf_counter() - started:.1f} s at {path}")
    repo = open_repository(str(path))
    ours, bare = [], []
    try:
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            report = verify_records(repo)
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            bare_check(path)
            bare.append(time.perf_counter() - t0)
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
    print(f"bodymap verify (whole process, exit {cli.returncode}): {cli_seconds:.2f} s")
    print(f"  {cli.stdout.strip().splitlines()[-1]}")
    return 0 if ours_median < 30 and cli.returncode == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

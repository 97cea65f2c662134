"""Reading signed visits as canonical documents (see ``bodymap.model.integrity``).

Plain Core selects of the format's own column lists (no ORM, no type processing), so signing,
checking and migration 0003 all read exactly the same values, and thousands of visits load in
one query per table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Select, column, select, table

from bodymap.model import integrity as fmt
from bodymap.model.signature_formats import CURRENT, SignatureFormat

#: Largest IN list sent at once (SQLite's bound-parameter limit is far above it).
_CHUNK = 500


def _select(name: str, columns: Iterable[str]) -> tuple[Any, Select[Any]]:
    tab = table(name, *(column(c) for c in columns))
    return tab, select(*tab.c)


def _rows(
    connection: Connection, name: str, columns: Sequence[str], key: str, ids: Sequence[int] | None
) -> Iterator[Sequence[Any]]:
    tab, query = _select(name, columns)
    query = query.order_by(tab.c.id) if key == "id" else query.order_by(tab.c[key], tab.c.id)
    if ids is None:
        yield from connection.execute(query).fetchall()
        return
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield from connection.execute(query.where(tab.c[key].in_(chunk))).fetchall()


def content_documents(
    connection: Connection, visit_ids: Sequence[int] | None, form: SignatureFormat = CURRENT
) -> dict[int, dict[str, Any]]:
    """The signed content of each visit in format ``form`` (identity not included), by visit id.

    ``visit_ids=None`` reads every visit (the whole-database check). Migration 0006 reads in
    format 1: the columns later formats add do not exist yet at that point of the chain.
    """
    visit_fields = form.visit + form.soap
    convert = fmt.converters(visit_fields)
    split = len(form.visit)
    names = [name for name, _kind in visit_fields]
    docs: dict[int, dict[str, Any]] = {}
    for raw in _rows(connection, "visits", names, "id", visit_ids):
        row = fmt.row_dict(convert, raw)
        doc: dict[str, Any] = {
            "format": form.version,
            "visit": dict(list(row.items())[:split]),
            "soap": dict(list(row.items())[split:]),
        }
        for key, (_table, _fields, single) in form.sections.items():
            doc[key] = None if single else []
        docs[row["id"]] = doc
    for key, (name, fields, single) in form.sections.items():
        convert = fmt.converters(fields)
        columns = ["visit_id", *(f for f, _kind in fields)]
        for raw in _rows(connection, name, columns, "visit_id", visit_ids):
            owner = docs.get(int(raw[0]))
            if owner is None:
                continue
            row = fmt.row_dict(convert, raw[1:])
            if single:
                owner[key] = row
            else:
                owner[key].append(row)
    return docs


def identity(
    connection: Connection, patient_id: int, clinician_id: int, form: SignatureFormat = CURRENT
) -> dict[str, Any]:
    """Who the patient and the signer are now: the snapshot a new signature keeps."""
    found: dict[str, Any] = {}
    for key, name, fields, row_id in (
        ("patient", "patients", form.patient, patient_id),
        ("clinician", "clinicians", form.clinician, clinician_id),
    ):
        tab, query = _select(name, [f for f, _kind in fields])
        raw = connection.execute(query.where(tab.c.id == row_id)).first()
        found[key] = fmt.row_dict(fmt.converters(fields), raw) if raw is not None else None
    return found


def addenda(connection: Connection, visit_ids: Sequence[int] | None) -> dict[int, list[Any]]:
    """Each visit's addenda, oldest first, as (id, canonical mapping, stored hash) triples.

    Every format hashes the same addendum fields (a test holds them equal): an addendum chains to
    its signature whatever that signature's format.
    """
    fields = CURRENT.addendum
    convert = fmt.converters(fields)
    names = ["id", *(f for f, _kind in fields), "content_hash"]
    found: dict[int, list[Any]] = {}
    for raw in _rows(connection, "addenda", names, "visit_id", visit_ids):
        row = fmt.row_dict(convert, raw[1:-1])
        found.setdefault(row["visit_id"], []).append((int(raw[0]), row, raw[-1]))
    return found

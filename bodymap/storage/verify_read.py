"""The verify fast path: signed visits read in bulk as canonical documents, lightly normalised.

``integrity_read.content_documents`` normalises every value by its field kind (``int()``,
``float()``, date-time parsing…): exact on any input, and what signing uses. Checking 40,000
visits that way spends most of its time converting values that the driver already returns in
their canonical type. Here only the kinds a driver returns differently are converted (booleans
stored as 0/1, date-times and dates as text or Python objects); everything else is hashed as
read. This is safe because a signed document holds canonical values only: if the lightly
normalised document hashes to the signed hash, the exact one does too. When it does not, the
caller re-reads that one visit exactly before deciding (``verify._check_signature``), so the
outcome and the field names reported never depend on the fast path.

One query per table per round of visits, plain rows into dicts (no ORM objects).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, text

from bodymap.model import integrity as fmt
from bodymap.model.signature_formats import CURRENT, Fields


def _moment(value: Any) -> Any:
    # SQLAlchemy's SQLite text form "YYYY-MM-DD HH:MM:SS.ffffff", in isoformat's spelling.
    if type(value) is str and len(value) == 26 and value[10] == " " and value[19] == ".":
        if value.endswith(".000000"):
            return f"{value[:10]}T{value[11:19]}"
        return f"{value[:10]}T{value[11:]}"
    if type(value) is datetime and value.tzinfo is None:
        return value.isoformat()
    return fmt.normalise("t", value)


def _day(value: Any) -> Any:
    if type(value) is str:
        return value  # a valid stored date is already "YYYY-MM-DD"; anything else won't match
    if type(value) is date:
        return value.isoformat()
    return fmt.normalise("d", value)


#: The kinds converted on the fast path; the others are hashed as the driver returns them.
_LIGHT: dict[str, Callable[[Any], Any]] = {"b": bool, "t": _moment, "d": _day}


def _plan(fields: Fields) -> tuple[list[str], list[tuple[str, Callable[[Any], Any]]]]:
    names = [name for name, _kind in fields]
    return names, [(name, _LIGHT[kind]) for name, kind in fields if kind in _LIGHT]


def _where(key: str, visit_ids: Sequence[int], whole: bool) -> tuple[str, dict[str, Any]]:
    if whole:  # the whole-database check goes in id ranges: no long IN lists
        return f"{key} BETWEEN :lo AND :hi", {"lo": visit_ids[0], "hi": visit_ids[-1]}
    return f"{key} IN :ids", {"ids": list(visit_ids)}


def _select(connection: Connection, sql: str, params: dict[str, Any]) -> Any:
    statement = text(sql)
    if "ids" in params:
        statement = statement.bindparams(bindparam("ids", expanding=True))
    return connection.execute(statement, params)


def _convert(row: dict[str, Any], light: list[tuple[str, Callable[[Any], Any]]]) -> None:
    for name, fn in light:
        value = row[name]
        if value is not None:
            row[name] = fn(value)


def quick_documents(
    connection: Connection, visit_ids: Sequence[int], *, whole: bool = False
) -> dict[int, dict[str, Any]]:
    """The current-format documents of ``visit_ids`` (sorted), lightly normalised, by visit.

    ``whole`` says ``visit_ids`` are consecutive ids of the whole-database check, read by range.
    """
    if not visit_ids:
        return {}
    visit_names, visit_light = _plan(CURRENT.visit)
    soap_names = [name for name, _kind in CURRENT.soap]
    where, params = _where("id", visit_ids, whole)
    sql = f"SELECT {', '.join(visit_names + soap_names)} FROM visits WHERE {where}"
    sections = [(key, single) for key, (_t, _f, single) in CURRENT.sections.items()]
    docs: dict[int, dict[str, Any]] = {}
    split = len(visit_names)
    for raw in _select(connection, sql, params).fetchall():
        visit = dict(zip(visit_names, raw, strict=False))
        _convert(visit, visit_light)
        doc = {
            "format": CURRENT.version,
            "visit": visit,
            "soap": dict(zip(soap_names, raw[split:], strict=True)),
        }
        for key, single in sections:
            doc[key] = None if single else []
        docs[visit["id"]] = doc
    where, params = _where("visit_id", visit_ids, whole)
    for key, (table, fields, single) in CURRENT.sections.items():
        names, light = _plan(fields)
        # visit_id last: zip() stops at the fields, so no slicing of each row.
        sql = (
            f"SELECT {', '.join(names)}, visit_id FROM {table} WHERE {where} ORDER BY visit_id, id"
        )
        for raw in _select(connection, sql, params).fetchall():
            owner = docs.get(raw[-1])
            if owner is None:
                continue
            row = dict(zip(names, raw, strict=False))
            for name, fn in light:
                value = row[name]
                if value is not None:
                    row[name] = fn(value)
            if single:
                owner[key] = row
            else:
                owner[key].append(row)
    return docs

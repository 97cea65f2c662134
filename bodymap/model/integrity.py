"""The canonical form of a signed visit, its SHA-256, and the field-level difference of two.

Plain Python: storage reads the rows and hands them here as raw values (whatever the database
driver returns: SQLite gives date-times as text and booleans as 0/1, PostgreSQL gives Python
objects); :func:`normalise` turns each into one canonical value by the field's declared kind, so
the same record hashes the same on both engines.

Which columns each signature format covers is in ``bodymap.model.signature_formats``: a column
added by a later migration is not covered by older signatures (and does not break them);
covering it takes a new format beside the old ones, because a stored signature is verified with
the format it was made with.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from bodymap.model.signature_formats import CURRENT, Fields

#: The format new signatures and addenda are made with (see ``signature_formats``).
FORMAT_VERSION = CURRENT.version
#: What an addendum chains to when its visit has no signature (never the case in the app).
GENESIS_HASH = "0" * 64


def _datetime(value: Any) -> str:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=None).isoformat()


def _date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    return (
        value.isoformat() if isinstance(value, date) else date.fromisoformat(str(value)).isoformat()
    )


def _json(value: Any) -> Any:
    # JSON columns are text on both engines: hashed as stored. Parsing and re-encoding polygons
    # would cost more than the rest of a visit together, and say nothing the text does not.
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "i": int,
    "f": float,
    "b": bool,
    "s": str,
    "t": _datetime,
    "d": _date,
    "j": _json,
}


def _converted(fn: Callable[[Any], Any], value: Any) -> Any:
    try:
        return fn(value)
    except (TypeError, ValueError, OverflowError):
        # Not a value BodyMap stores (a raw tool wrote it): kept visible, so it is named as a
        # changed field instead of stopping the check.
        return f"unreadable: {value!r}"


def normalise(kind: str, value: Any) -> Any:
    """One stored value as its canonical JSON value (None stays None)."""
    return None if value is None else _converted(_CONVERT[kind], value)


def converters(fields: Fields) -> list[tuple[str, Callable[[Any], Any]]]:
    """(name, converter) pairs for :func:`row_dict`, looked up once per table."""
    return [(name, _CONVERT[kind]) for name, kind in fields]


def row_dict(
    convert: list[tuple[str, Callable[[Any], Any]]], values: Iterable[Any]
) -> dict[str, Any]:
    """A row's raw values (in ``fields`` order) as its canonical mapping."""
    return {
        name: None if value is None else _converted(fn, value)
        for (name, fn), value in zip(convert, values, strict=True)
    }


#: One encoder for every document (json.dumps would build a new one per call).
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def canonical_bytes(document: Mapping[str, Any]) -> bytes:
    """The one byte string of ``document``: sorted keys, no spaces, UTF-8, shortest float repr."""
    return _CANONICAL.encode(document).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` as 64 lowercase hex digits."""
    return hashlib.sha256(data).hexdigest()


def document_hash(document: Mapping[str, Any]) -> str:
    """The content hash of a signed visit's canonical document."""
    return sha256_hex(canonical_bytes(document))


def addendum_hash(previous: str, addendum: Mapping[str, Any]) -> str:
    """An addendum's hash, chained to the signature's (or the previous addendum's) hash."""
    return sha256_hex(previous.encode("ascii") + b"\n" + canonical_bytes(addendum))


def short_hash(full: str) -> str:
    """The form printed on paper: the first 16 hex digits in groups of four."""
    return " ".join(full[i : i + 4] for i in range(0, 16, 4))


def differences(signed: Any, current: Any, path: str = "") -> list[str]:
    """Field paths where ``current`` differs from ``signed``, e.g. ``trigger_points[3].tenderness``.

    List sections hold rows keyed by ``id``: ``[N]`` names the row with id N, so an added or
    removed row is named once rather than shifting every later index.
    """
    if isinstance(signed, dict) and isinstance(current, dict):
        found: list[str] = []
        for key in sorted(signed.keys() | current.keys()):
            sub = f"{path}.{key}" if path else key
            if key not in signed or key not in current:
                found.append(sub)
            else:
                found += differences(signed[key], current[key], sub)
        return found
    if _is_rows(signed) and _is_rows(current):
        before = {row["id"]: row for row in signed}
        after = {row["id"]: row for row in current}
        found = []
        for key in sorted(before.keys() | after.keys()):
            sub = f"{path}[{key}]"
            if key not in before or key not in after:
                found.append(sub)
            else:
                found += differences(before[key], after[key], sub)
        return found
    return [] if signed == current else [path or "(document)"]


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(r, dict) and "id" in r for r in value)

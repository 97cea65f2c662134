"""The lossless archive: export records to one JSON file, import them all or nothing.

Export is deterministic: records in local-id (creation) order, keys sorted, floats in Python's
shortest round-trip form, no time stamp, so export -> import into an empty database -> export
gives the same bytes. Import checks the file against the JSON Schema, then builds every record
through the model, compares records already stored (by uuid) and writes the rest through the
storage's guarded session in one transaction. See docs/archive.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bodymap.errors import BodyMapError
from bodymap.interop.archive_json import clinician_json, patient_json, snapshot_json, visit_json
from bodymap.interop.archive_output import read_archive_file
from bodymap.interop.archive_parse import ArchiveError, parse_snapshot
from bodymap.interop.archive_schema import SCHEMA_FILE
from bodymap.model.bundle import Snapshot

if TYPE_CHECKING:
    from bodymap.storage.base import RepositoryBase

#: Conflicts listed in full before the rest are counted.
MAX_LISTED = 20


class ArchiveConflictError(BodyMapError):
    """Records of the archive are stored here with different content; nothing was imported."""

    def __init__(self, differences: list[str]) -> None:
        shown = differences[:MAX_LISTED]
        more = len(differences) - len(shown)
        lines = [f"  {d}" for d in shown] + ([f"  … and {more} more"] if more else [])
        super().__init__(
            f"{_count(len(differences), 'difference')} with records already stored; nothing "
            "was imported:\n" + "\n".join(lines)
        )
        self.differences = differences


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote and what it found already present and identical."""

    clinicians: int
    patients: int
    visits: int
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        """One line for the CLI and the window."""
        added = (
            f"imported {_count(self.visits, 'visit')}, {_count(self.patients, 'patient')}, "
            f"{_count(self.clinicians, 'clinician')}"
        )
        same = sum(self.skipped.values())
        if not same:
            return added
        parts = ", ".join(_count(n, kind) for kind, n in self.skipped.items() if n)
        return f"{added}; already present and identical, skipped: {parts}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def archive_text(snapshot: Snapshot) -> str:
    """The archive document of ``snapshot`` as text (UTF-8, sorted keys, one trailing newline)."""
    return _dumps(snapshot_json(snapshot))


def _dumps(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def export_archive(repo: RepositoryBase, patient_ids: Collection[int] | None = None) -> bytes:
    """The archive of the given patients (None: every patient and clinician) as UTF-8 bytes."""
    from bodymap.storage.archive_read import read_snapshot

    return archive_text(read_snapshot(repo, patient_ids)).encode("utf-8")


# --- import -----------------------------------------------------------------------------------


@cache
def _schema() -> dict[str, Any]:
    return dict(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


@cache
def _validator() -> Any:
    """The pure-Python jsonschema validator of the shipped schema (fallback and tests)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema())


@cache
def _fast_validator() -> Any:
    """jsonschema-rs for the same shipped schema, or None when it is not installed.

    Pure-Python jsonschema needs about 0.1 s per visit (an hour for a clinic's 40,000 visits);
    jsonschema-rs checks the same schema some 50 times faster.
    """
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - installed with BodyMap; kept as a fallback
        return None
    return jsonschema_rs.validator_for(_schema())


def schema_error(document: Any) -> tuple[list[Any], str] | None:
    """The first place where ``document`` breaks the schema (path, message), or None."""
    fast = _fast_validator()
    if fast is not None:
        if fast.is_valid(document):
            return None
        error = next(iter(fast.iter_errors(document)))
        return list(error.instance_path), str(error.message)
    from jsonschema.exceptions import best_match

    found = best_match(_validator().iter_errors(document))
    return None if found is None else (list(found.absolute_path), found.message)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        raise ArchiveError(f"key {twice!r} appears twice in one object")
    return result


def _refuse_constant(name: str) -> Any:
    raise ArchiveError(f"{name} is not a number JSON allows")


def _location(path: Collection[Any], document: Any) -> str:
    """A JSON path as ``visits[3] (uuid).zones[0].x``, naming each record by its uuid."""
    text, node = "", document
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else str(step)
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(node, dict) and isinstance(node.get("uuid"), str) and len(text) < 200:
            text += f" ({node['uuid'][:36]})"
    return text or "the file"


def load_document(data: bytes) -> dict[str, Any]:
    """Decode and schema-check an archive file; ArchiveError (one line) if it is not valid."""
    try:
        text = data.decode("utf-8")
        document = json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant
        )
        del text
    except UnicodeDecodeError as exc:
        raise ArchiveError(f"not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ArchiveError(
            f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise ArchiveError(f"not a readable archive: {str(exc).splitlines()[0][:200]}") from None
    if not isinstance(document, dict) or document.get("format") != "bodymap-archive":
        raise ArchiveError('not a BodyMap archive (no "format": "bodymap-archive")')
    try:
        error = schema_error(document)
    except RecursionError:
        raise ArchiveError("nested too deeply to be an archive") from None
    if error is not None:
        path, message = error
        message = " ".join(message.split())
        message = message if len(message) <= 160 else message[:157] + "..."
        raise ArchiveError(f"{_location(path, document)}: {message}")
    return document


def _strip_local(value: Any) -> Any:
    """A record's JSON without the ids that are only local to one database."""
    if isinstance(value, dict):
        return {k: _strip_local(v) for k, v in value.items() if k not in ("local_id", "record_id")}
    if isinstance(value, list):
        return [_strip_local(v) for v in value]
    return value


def differences(path: str, stored: Any, incoming: Any) -> Iterator[str]:
    """Each place where ``incoming`` differs from ``stored``, as ``path: stored → incoming``."""
    if isinstance(stored, dict) and isinstance(incoming, dict):
        for key in sorted(stored.keys() | incoming.keys()):
            yield from differences(f"{path}.{key}", stored.get(key), incoming.get(key))
    elif isinstance(stored, list) and isinstance(incoming, list) and len(stored) == len(incoming):
        for n, (a, b) in enumerate(zip(stored, incoming, strict=True)):
            yield from differences(f"{path}[{n}]", a, b)
    elif stored != incoming:
        yield f"{path}: stored {_short(stored)}, archive {_short(incoming)}"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 60 else text[:59] + "…"


def _compare(
    stored: Snapshot, incoming: Mapping[str, list[tuple[int, dict[str, Any]]]]
) -> tuple[dict[str, int], list[str]]:
    """Stored ids of records present identically, and every difference of conflicting ones.

    ``incoming`` holds, by kind, the archive's records (with their place) whose uuid is stored.
    """
    present: dict[str, int] = {}
    diffs: list[str] = []
    stored_json = {
        **{c.uuid: (c.id, clinician_json(c)) for c in stored.clinicians},
        **{p.uuid: (p.id, patient_json(p)) for p in stored.patients},
    }
    clinicians = {c.id: c.uuid for c in stored.clinicians if c.id and c.uuid}
    patients = {p.id: p.uuid for p in stored.patients if p.id and p.uuid}
    visits = {b.visit.id: b.uuid for b in stored.visits if b.visit.id}
    for b in stored.visits:
        data = visit_json(b, patients[b.visit.patient_id], clinicians, visits)
        stored_json[b.uuid] = (b.visit.id, data)
    for kind in ("clinicians", "patients", "visits"):
        for n, record in incoming[kind]:
            found = stored_json.get(record["uuid"])
            if found is None:
                continue
            where = f"{kind}[{n}] ({record['uuid']})"
            found_diffs = list(differences(where, _strip_local(found[1]), _strip_local(record)))
            if found_diffs:
                diffs += found_diffs
            elif found[0] is not None:
                present[record["uuid"]] = found[0]
    return present, diffs


def import_archive(repo: RepositoryBase, data: bytes) -> ImportResult:
    """Import an archive file's content all or nothing.

    Raises:
        ArchiveError: the file is not valid (message names the record and field).
        ArchiveConflictError: records are stored with different content.
        DatabaseError: the database refused the write (nothing was written).
    """
    source = "sha256:" + hashlib.sha256(data).hexdigest()
    return _import_document(repo, load_document(data), source)


def import_archive_file(repo: RepositoryBase, path: Path) -> ImportResult:
    """Import the archive file at ``path``; its text is released as soon as it is parsed.

    Raises:
        BodyMapError: the file cannot be read; and as :func:`import_archive`.
    """
    data = read_archive_file(path)
    source = "sha256:" + hashlib.sha256(data).hexdigest()
    document = load_document(data)
    del data  # a clinic's archive is GBs: keep only what is still needed
    return _import_document(repo, document, source)


def _import_document(repo: RepositoryBase, document: dict[str, Any], source: str) -> ImportResult:
    from bodymap.storage.archive_read import read_matching
    from bodymap.storage.archive_write import write_snapshot

    snapshot = parse_snapshot(document)
    stored = read_matching(
        repo,
        [c.uuid for c in snapshot.clinicians if c.uuid],
        [p.uuid for p in snapshot.patients if p.uuid],
        [b.uuid for b in snapshot.visits],
    )
    known: set[str | None] = {c.uuid for c in stored.clinicians}
    known |= {p.uuid for p in stored.patients} | {b.uuid for b in stored.visits}
    incoming = {
        kind: [(n, r) for n, r in enumerate(document[kind]) if r["uuid"] in known]
        for kind in ("clinicians", "patients", "visits")
    }
    document.clear()  # the parsed JSON is no longer needed: the model records hold it all
    present, diffs = _compare(stored, incoming)
    if diffs:
        raise ArchiveConflictError(diffs)
    counts = write_snapshot(repo, snapshot, present, source)
    skipped = {
        "clinician": sum(1 for c in snapshot.clinicians if c.uuid in present),
        "patient": sum(1 for p in snapshot.patients if p.uuid in present),
        "visit": sum(1 for b in snapshot.visits if b.uuid in present),
    }
    return ImportResult(counts.clinicians, counts.patients, counts.visits, skipped)

"""``bodymap audit VISIT``: print a visit's audit trail (who changed what, when), oldest first.

The ``--json`` output is a list of objects with the keys ``when`` (ISO 8601), ``who`` (the
clinician's name, or "system"), ``who_id``, ``action``, ``table``, ``record_id``, ``field``
(null for whole-record entries), ``old`` and ``new`` (JSON values, null when absent).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from bodymap.commands.arguments import open_database, visit_id
from bodymap.errors import NotFoundError
from bodymap.model.audit import stored_value

if TYPE_CHECKING:
    from bodymap.model.audit import AuditEntry

#: Longest old/new value shown in the text table; the JSON output is never shortened.
VALUE_WIDTH = 48
HEADERS = ("WHEN", "WHO", "ACTION", "TABLE", "FIELD", "OLD → NEW")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``audit`` command."""
    audit = subparsers.add_parser(
        "audit", help="print a visit's audit trail (when, who, what, old → new), oldest first"
    )
    audit.add_argument("visit", metavar="VISIT", type=visit_id, help="visit id")
    audit.add_argument("--json", action="store_true", help="print JSON instead of a table")
    audit.set_defaults(func=run_audit)


def run_audit(args: argparse.Namespace) -> int:
    """Print the audit trail of one visit; NotFoundError (exit 2) for an unknown visit."""
    from bodymap.storage.verify import verify_records

    repo = open_database(args)
    try:
        repo.get_visit(args.visit)
        entries = repo.audit_log(args.visit)
        names = {c.id: c.name for c in repo.list_clinicians()}
        problems = verify_records(repo, [args.visit]).problems
    except NotFoundError:
        raise NotFoundError(
            f"no visit with id {args.visit} (see 'bodymap visits PATIENT')"
        ) from None
    finally:
        repo.close()
    # The trail is evidence, so it is printed either way; a failed check is said and exits 1.
    for problem in problems:
        sys.stderr.write(f"bodymap: INTEGRITY CHECK FAILED: {problem}\n")
    if args.json:
        data = [entry_json(e, names) for e in entries]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 1 if problems else 0
    sys.stdout.write(audit_text(args.visit, entries, names))
    return 1 if problems else 0


def _who(entry: AuditEntry, names: dict[int | None, str]) -> str:
    if entry.who is None:
        return "system"
    # A clinician is never deleted, but keep the id readable if the name is unknown.
    return names.get(entry.who, f"clinician {entry.who}")


def entry_json(entry: AuditEntry, names: dict[int | None, str]) -> dict[str, Any]:
    """One audit entry as in ``bodymap audit --json``."""
    return {
        "when": entry.when.isoformat(timespec="seconds"),
        "who": _who(entry, names),
        "who_id": entry.who,
        "action": entry.action.value,
        "table": entry.table,
        "record_id": entry.record_id,
        "field": entry.field,
        "old": stored_value(entry.old),
        "new": stored_value(entry.new),
    }


#: Snapshot keys left out of the text table: they repeat the TABLE column or say nothing.
_SNAPSHOT_NOISE = frozenset({"id", "visit_id", "deleted_at"})


def _readable(text: str) -> str:
    """A record snapshot as "key=value, ..." without empty values; other values unchanged."""
    value = stored_value(text)
    if not isinstance(value, dict):
        return text
    shown = (
        f"{key}={json.dumps(item, ensure_ascii=False)}"
        for key, item in value.items()
        if key not in _SNAPSHOT_NOISE and item not in (None, "", [], {})
    )
    return ", ".join(shown) or "(empty)"


def _short(text: str | None) -> str:
    if text is None:
        return "-"
    one_line = " ".join(_readable(text).split())
    if len(one_line) <= VALUE_WIDTH:
        return one_line
    return one_line[: VALUE_WIDTH - 1] + "…"


def _change(entry: AuditEntry) -> str:
    if entry.old is None:
        return _short(entry.new)
    if entry.new is None:
        return f"{_short(entry.old)} → -"
    return f"{_short(entry.old)} → {_short(entry.new)}"


def audit_text(visit_id: int, entries: list[AuditEntry], names: dict[int | None, str]) -> str:
    """The audit trail as an aligned table, oldest first, with a one-line heading."""
    if not entries:
        return f"Visit {visit_id}: no audit entries.\n"
    rows = [
        (
            e.when.isoformat(sep=" ", timespec="seconds"),
            _who(e, names),
            e.action.value,
            f"{e.table} #{e.record_id}",
            e.field or "-",
            _change(e),
        )
        for e in entries
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(HEADERS)]
    count = f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}"
    lines = [f"Audit trail of visit {visit_id} ({count}, oldest first)"]
    for row in (HEADERS, tuple("-" * w for w in widths), *rows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"

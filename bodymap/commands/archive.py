"""``bodymap archive export`` and ``bodymap archive import``: the lossless JSON archive.

The format is documented in docs/archive.md, with its JSON Schema in docs/archive.schema.json
(also shipped in the package). Storage and jsonschema are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bodymap.commands.arguments import database_file, find_patient, open_database
from bodymap.errors import UsageError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``archive export`` and ``archive import``."""
    archive = subparsers.add_parser(
        "archive",
        help="export or import the lossless JSON archive (patients, visits, records, audit)",
        description="Move records between BodyMap databases without losing anything: "
        "patients, clinicians, visits with their chart, clinical record, signatures, addenda "
        "and audit trail. Format: docs/archive.md.",
    )
    actions = archive.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write patients (or --all) to an archive file",
        description="Write the chosen patients with everything they hold, and the clinicians "
        "their records name, to one JSON file. The same database always gives the same bytes.",
    )
    export.add_argument("patients", metavar="PATIENT", nargs="*", help="patient id or chart number")
    export.add_argument("--all", action="store_true", help="every patient and clinician")
    export.add_argument(
        "--out",
        required=True,
        metavar="FILE.json",
        type=Path,
        help="the archive to write (a new file, or an existing JSON file)",
    )
    export.add_argument(
        "--force", action="store_true", help="replace an existing file even if it is not JSON"
    )
    export.set_defaults(func=run_export)
    load = actions.add_parser(
        "import",
        help="add an archive's records to the database, all or nothing",
        description="Check the file (schema, then the model's rules), skip records already "
        "stored identically, refuse records stored with different content (listing what "
        "differs), and write the rest in one transaction. Signed visits stay signed.",
    )
    load.add_argument("file", metavar="FILE.json", type=Path, help="the archive to import")
    load.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    """Write the archive of the chosen patients, or of everything with ``--all``."""
    from bodymap.interop.archive import export_archive
    from bodymap.interop.archive_output import JSON_FILE
    from bodymap.report.atomic import check_writable, write_atomic

    if args.all == bool(args.patients):
        raise UsageError("name PATIENT(s) or give --all (not both)")
    database = database_file(args)
    check_writable(args.out, JSON_FILE, database=database, force=args.force)
    repo = open_database(args)
    try:
        ids = None if args.all else sorted({find_patient(repo, p).id or 0 for p in args.patients})
        data = export_archive(repo, ids)
    finally:
        repo.close()
    write_atomic(args.out, data, JSON_FILE, database=database, force=args.force)
    sys.stdout.write(f"wrote {args.out}\n")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Import an archive file; on any error nothing is written."""
    from bodymap.interop.archive import import_archive_file
    from bodymap.interop.archive_output import check_archive_file
    from bodymap.interop.archive_parse import ArchiveError

    check_archive_file(args.file)  # an unreadable file fails before the database is opened
    repo = open_database(args)
    try:
        result = import_archive_file(repo, args.file)
    except ArchiveError as exc:
        raise ArchiveError(f"{args.file}: {exc}") from None
    finally:
        repo.close()
    sys.stdout.write(f"{args.file}: {result.summary}\n")
    return 0

"""``bodymap csv --out DIR [--deidentify]``: research tables and their data dictionary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bodymap.commands.arguments import database_file, open_database
from bodymap.errors import BodyMapError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``csv`` command."""
    command = subparsers.add_parser(
        "csv",
        help="write research tables (one CSV per entity) and a data dictionary",
        description="Write patients, visits, trigger points, zones (with CHOIR / Michigan Body "
        "Map ids and area), measures and needling as CSV files, with data_dictionary.csv. "
        "--deidentify drops names, contact, chart numbers and free text, replaces record ids "
        "by pseudonyms, shifts visit dates by a secret offset per patient, reduces the date "
        "of birth to the year (ages over 89 as 90+) and keeps the body maps.",
    )
    command.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        type=Path,
        help="folder to write into (created if missing)",
    )
    command.add_argument(
        "--deidentify",
        action="store_true",
        help="HIPAA Safe Harbor style de-identification (see docs/interop.md)",
    )
    command.add_argument(
        "--force",
        action="store_true",
        help="replace existing files of the same names even if not CSV",
    )
    command.set_defaults(func=run_csv)


def run_csv(args: argparse.Namespace) -> int:
    """Write every table; each file appears complete or not at all."""
    from bodymap.anatomy.atlas import load_atlas
    from bodymap.interop.research_csv import files, research_tables
    from bodymap.output_path import OutputKind
    from bodymap.report.atomic import check_writable, write_atomic
    from bodymap.storage.archive_read import read_snapshot

    folder: Path = args.out
    if folder.exists() and not folder.is_dir():
        raise BodyMapError(f"cannot write into {folder}: it is not a folder")
    if not folder.parent.is_dir():
        raise BodyMapError(f"cannot write into {folder}: folder {folder.parent} does not exist")
    database = database_file(args)
    repo = open_database(args)
    try:
        tables = research_tables(read_snapshot(repo), load_atlas(), deidentify=args.deidentify)
    finally:
        repo.close()
    folder.mkdir(exist_ok=True)
    written = []
    for name, data in files(tables, args.deidentify):
        kind = OutputKind("CSV table", ".csv", data.split(b",", 1)[0])
        check_writable(folder / name, kind, database=database, force=args.force)
        write_atomic(folder / name, data, kind, database=database, force=args.force)
        written.append(name)
    rows = sum(len(t) - 1 for t in tables.values())
    sys.stdout.write(f"wrote {len(written)} files ({rows} rows) to {folder}\n")
    return 0

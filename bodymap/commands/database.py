"""``bodymap init PATH`` (start a new database) and ``bodymap check`` (is the file healthy?)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bodymap.commands.arguments import database_file
from bodymap.errors import BodyMapError, UsageError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``init`` and ``check``."""
    init = subparsers.add_parser(
        "init",
        help="start a new, empty database at PATH",
        description="Create a new BodyMap database file at PATH (readable by you only). Other "
        "commands refuse a missing file, so a typo in --db never starts an empty database.",
    )
    init.add_argument("path", metavar="PATH", type=Path, help="the new database file")
    init.set_defaults(func=run_init)

    check = subparsers.add_parser(
        "check",
        help="check the database for damage and broken links",
        description="Run SQLite's integrity_check and foreign_key_check and report in plain "
        "words. Exit status 0 when healthy, 1 when something is wrong.",
    )
    check.set_defaults(func=run_check_command)


def run_init(args: argparse.Namespace) -> int:
    """Create and migrate a new database at PATH; an existing database is left as it is."""
    from bodymap.storage import open_repository

    path = Path(args.path).expanduser().absolute()
    if path.exists() and path.is_file() and path.stat().st_size > 0:
        raise BodyMapError(f"{path}: a file is there already; init only starts a new database")
    open_repository(str(path), create=True).close()
    sys.stdout.write(f"created {path}\n")
    return 0


def run_check_command(args: argparse.Namespace) -> int:
    """Report whether the database file is healthy."""
    from bodymap.storage.check import check_database

    path = database_file(args)
    if path is None:
        raise UsageError("check works on a SQLite file; PostgreSQL checks itself (see docs)")
    if not path.is_file():
        raise UsageError(f"{path}: no database here")
    if path.stat().st_size == 0:
        raise UsageError(f"{path}: is an empty file, not a database")
    report = check_database(path)
    for line in report.lines():
        sys.stdout.write(line + "\n")
    return 0 if report.healthy else 1

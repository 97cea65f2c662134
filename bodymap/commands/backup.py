"""``bodymap backup``, ``bodymap backups`` and ``bodymap restore``: verified copies of a database.

A database is its file plus its ``-wal``: copying the file alone can lose the last writes, so
``backup`` is the way to copy one (SQLite's online backup API, checked before it counts).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bodymap.commands.arguments import database_file, database_spec, open_database
from bodymap.errors import UsageError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``backup``, ``backups`` and ``restore``."""
    backup = subparsers.add_parser(
        "backup",
        help="make a verified backup of the database (the way to copy one)",
        description="Copy the database with SQLite's online backup API while it stays in use, "
        "check the copy with integrity_check and keep it in backups/ beside the database "
        "(rotated: the last 10, one a day for 7 days, one a week for 4 weeks). With --out, "
        "write the copy to a new file instead. For PostgreSQL this runs pg_dump.",
    )
    backup.add_argument("--out", metavar="FILE", type=Path, help="write the backup to FILE (new)")
    backup.set_defaults(func=run_backup)

    listing = subparsers.add_parser(
        "backups", help="list the database's backups, newest first", description="List backups."
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument(
        "--check", action="store_true", help="check each backup again with integrity_check"
    )
    listing.set_defaults(func=run_backups)

    restore = subparsers.add_parser(
        "restore",
        help="put a backup in place of the database (the current file is moved aside)",
        description="Check the backup, move the current database and its -wal/-shm aside as "
        "NAME.before-restore-YYYYMMDD-HHMMSS (never deleted) and put a copy of the backup in "
        "its place. Close the window first.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    restore.set_defaults(func=run_restore)


def _sqlite_database(args: argparse.Namespace) -> Path:
    path = database_file(args)
    if path is None:
        raise UsageError("this command works on a SQLite database file; for PostgreSQL see docs")
    return path


def run_backup(args: argparse.Namespace) -> int:
    """Back up the database, verified, into backups/ or to ``--out``."""
    from bodymap.output_path import SQLITE_BACKUP, check_output
    from bodymap.storage.backup_postgres import dump_spec, is_server_spec

    spec = database_spec(args)
    if is_server_spec(spec):
        assert spec is not None  # is_server_spec said so
        if args.out is None:
            raise UsageError("a PostgreSQL backup needs --out FILE (pg_dump's custom format)")
        out = check_output(args.out, SQLITE_BACKUP)
        dump_spec(spec, out)
        sys.stdout.write(f"wrote {out} (pg_dump custom format; restore with pg_restore)\n")
        return 0
    database = _sqlite_database(args)
    open_database(args).close()  # refuses a missing, damaged or foreign file; migrates
    from bodymap.storage.backup import copy_verified, take_backup

    if args.out is not None:
        out = check_output(args.out, SQLITE_BACKUP, database=database)
        copy_verified(database, out)
        sys.stdout.write(f"wrote {out} ({out.stat().st_size:,} bytes, verified)\n")
        return 0
    made = take_backup(database, "manual")
    sys.stdout.write(f"wrote {made.path} ({made.size:,} bytes, verified)\n")
    return 0


def run_backups(args: argparse.Namespace) -> int:
    """List the backups of the database: time, size, verified."""
    from bodymap.storage.backup import list_backups
    from bodymap.storage.files import run_check

    database = _sqlite_database(args)
    rows = []
    for backup in list_backups(database):
        verified = True  # a backup gets its name only after integrity_check passed
        if args.check:
            try:
                verified = not run_check(backup.path, "integrity_check")
            except Exception:  # noqa: BLE001 - any failure to read means not verified
                verified = False
        rows.append((backup, verified))
    if args.json:
        document = [
            {
                "path": str(b.path),
                "taken_at": b.taken_at.isoformat(),
                "reason": b.reason,
                "size": b.size,
                "verified": verified,
            }
            for b, verified in rows
        ]
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
        return 0
    if not rows:
        sys.stdout.write(f"no backups of {database} yet (make one with 'bodymap backup')\n")
        return 0
    sys.stdout.write(f"{'TAKEN':<19}  {'REASON':<9}  {'SIZE':>12}  VERIFIED  FILE\n")
    for b, verified in rows:
        sys.stdout.write(
            f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.reason:<9}  {b.size:>12,}  "
            f"{'yes' if verified else 'NO':<8}  {b.path.name}\n"
        )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Restore a backup over the database; the current file is moved aside, not deleted."""
    from bodymap.storage.backup import restore_backup
    from bodymap.write_lock import refuse_if_window_writes

    database = _sqlite_database(args)
    refuse_if_window_writes(database)  # a window writing to it would keep the old file open
    source = Path(args.file).expanduser().absolute()
    if source == database.absolute():
        raise UsageError(f"{source} is the database itself; name a backup file")
    previous = restore_backup(source, database)
    moved = f"; the previous database was moved to {previous}" if previous else ""
    sys.stdout.write(f"restored {source} to {database}{moved}\n")
    return 0

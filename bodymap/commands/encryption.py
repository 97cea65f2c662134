"""``bodymap encrypt`` / ``bodymap decrypt``: convert a database file to or from SQLCipher.

A verified backup is taken first. The passphrase comes from ``$BODYMAP_PASSPHRASE`` or is asked
twice on the terminal; after encrypting it is kept in the OS keyring when there is one.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from bodymap.commands.arguments import database_file, open_database
from bodymap.errors import UsageError

MIN_PASSPHRASE = 8


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``encrypt`` and ``decrypt``."""
    encrypt = subparsers.add_parser(
        "encrypt",
        help="encrypt the database file with SQLCipher (a backup is taken first)",
        description="Encrypt the database in place with SQLCipher. The passphrase is read from "
        "$BODYMAP_PASSPHRASE or asked; it is kept in the OS keyring when there is one. Close "
        "the window first. Needs: pip install 'bodymap[encryption]'.",
    )
    encrypt.set_defaults(func=run_encrypt)
    decrypt = subparsers.add_parser(
        "decrypt",
        help="turn an encrypted database back into a plain SQLite file (backup first)",
        description="Decrypt the database in place (its passphrase from $BODYMAP_PASSPHRASE "
        "or the keyring). Close the window first.",
    )
    decrypt.set_defaults(func=run_decrypt)


def _path(args: argparse.Namespace) -> Path:
    from bodymap.write_lock import refuse_if_window_writes

    path = database_file(args)
    if path is not None:
        refuse_if_window_writes(path)  # never convert a file a window is writing to
    if path is None:
        raise UsageError(
            "encryption at rest is for SQLite files; PostgreSQL encrypts on the server"
        )
    return path


def _new_passphrase() -> str:
    from bodymap.storage.encryption import PASSPHRASE_ENV

    given = os.environ.get(PASSPHRASE_ENV)
    if given is None:
        if not sys.stdin.isatty():
            raise UsageError(f"give the passphrase in ${PASSPHRASE_ENV} (no terminal to ask on)")
        given = getpass.getpass("New passphrase: ")
        if getpass.getpass("Once more: ") != given:
            raise UsageError("the two passphrases differ; nothing was changed")
    if len(given) < MIN_PASSPHRASE:
        raise UsageError(f"the passphrase must be at least {MIN_PASSPHRASE} characters")
    return given


def run_encrypt(args: argparse.Namespace) -> int:
    """Back up, then encrypt the database in place."""
    from bodymap.storage.backup import take_backup
    from bodymap.storage.encryption import convert, has_sqlite_header, remember_key

    path = _path(args)
    open_database(args).close()  # a BodyMap database, healthy and at head
    if not has_sqlite_header(path):
        raise UsageError(f"{path}: is encrypted already")
    key = _new_passphrase()
    backup = take_backup(path, "encrypt")
    convert(path, key=key, encrypt=True)
    kept = "kept in the OS keyring" if remember_key(path, key) else "not stored anywhere: keep it"
    sys.stdout.write(
        f"encrypted {path} (passphrase {kept}); the unencrypted backups in "
        f"{backup.path.parent} are still readable: delete them once you have checked it\n"
    )
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    """Back up (encrypted), then decrypt the database in place."""
    from bodymap.storage.backup import take_backup
    from bodymap.storage.encryption import convert, has_sqlite_header, require_key

    path = _path(args)
    if has_sqlite_header(path):
        raise UsageError(f"{path}: is not encrypted")
    key = require_key(path)
    open_database(args).close()
    take_backup(path, "decrypt")
    convert(path, key=key, encrypt=False)
    sys.stdout.write(f"decrypted {path}; it is now a plain SQLite file\n")
    return 0

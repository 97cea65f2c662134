"""Encryption at rest with SQLCipher: the key, recognising an encrypted file, converting one.

The key comes from ``$BODYMAP_PASSPHRASE`` (scripts, tests), else from the OS keyring (service
``BodyMap``, one entry per database path), else the user is asked (the window) or told how to
give it (the CLI). ``sqlcipher3`` is an optional dependency: ``pip install 'bodymap[encryption]'``.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from bodymap.storage.errors import DatabaseError

PASSPHRASE_ENV = "BODYMAP_PASSPHRASE"
KEYRING_SERVICE = "BodyMap"
SQLITE_HEADER = b"SQLite format 3\x00"
_SUFFIXES = (".sqlite", ".sqlite3", ".db", ".db3", ".bodymap")


class DatabaseLockedError(DatabaseError):
    """The database is encrypted and no key (or the wrong one) was given."""


def sqlcipher() -> Any:
    """The ``sqlcipher3`` module, or a one-line error saying how to install it."""
    try:
        import sqlcipher3  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise DatabaseError(
            "encryption needs SQLCipher: pip install 'bodymap[encryption]'"
        ) from None
    return sqlcipher3


def has_sqlite_header(path: Path) -> bool:
    """True if ``path`` starts with the plain SQLite header."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def looks_encrypted(path: Path) -> bool:
    """True if ``path`` could be a SQLCipher database: whole pages, random-looking first bytes.

    A SQLCipher file starts with a 16-byte random salt and has no plain header; a damaged file
    (zeroed header, truncated mid-page) does not look like that, so it is moved aside instead.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    if size < 1024 or size % 1024 or head.startswith(SQLITE_HEADER):
        return False
    return len(set(head[:16])) >= 8 and len(set(head[16:64])) >= 16


def _keyring_entries(path: Path) -> list[str]:
    """Keyring user names to try for ``path``; a backup uses its database's entry."""
    names = [str(path.absolute())]
    if path.parent.name == "backups":
        stem = path.name.split("-", 1)[0] if "-" in path.name else path.stem
        names += [str(path.parent.parent.absolute() / f"{stem}{s}") for s in _SUFFIXES]
    return names


def stored_key(path: Path) -> str | None:
    """The key of ``path`` from ``$BODYMAP_PASSPHRASE`` or the OS keyring, if either has it."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    try:
        import keyring

        for name in _keyring_entries(path):
            key = keyring.get_password(KEYRING_SERVICE, name)
            if key:
                return str(key)
    except Exception:  # noqa: BLE001 - no keyring daemon, locked keyring…: just no key
        return None
    return None


def remember_key(path: Path, key: str) -> bool:
    """Keep ``key`` in the OS keyring for ``path``; False when there is no usable keyring."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, str(path.absolute()), key)
    except Exception:  # noqa: BLE001 - the fail backend, no daemon…
        return False
    return True


#: SQLCipher logs a failed key to stderr by default; the user gets one line from us instead
QUIET = "PRAGMA cipher_log_level = NONE"


def quote_key(key: str) -> str:
    """``key`` as an SQL string literal for ``PRAGMA key`` / ``ATTACH … KEY``."""
    return "'" + key.replace("'", "''") + "'"


def key_opens(path: Path, key: str) -> bool:
    """True if ``key`` decrypts ``path`` (its schema can be read)."""
    module = sqlcipher()
    connection = module.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.execute(QUIET)
        connection.execute(f"PRAGMA key = {quote_key(key)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def require_key(path: Path) -> str:
    """The key that opens the encrypted ``path``.

    Raises:
        DatabaseLockedError: no key is available, or the one found does not open the file.
    """
    key = stored_key(path)
    if key is None:
        raise DatabaseLockedError(
            f"{path}: is encrypted; give its passphrase in ${PASSPHRASE_ENV} "
            "(or keep it in the OS keyring: 'bodymap encrypt' does)"
        )
    if not key_opens(path, key):
        raise DatabaseLockedError(f"{path}: the passphrase does not open it (or it is damaged)")
    return key


def _export(source: Path, target: Path, source_key: str | None, target_key: str) -> None:
    """Copy every table, index, trigger and the user_version into the new file ``target``."""
    from bodymap.storage.files import PRIVATE_FILE_MODE, private_umask

    module = sqlcipher()
    with private_umask():
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)
    connection = module.connect(str(source))
    try:
        connection.execute(QUIET)
        if source_key is not None:
            connection.execute(f"PRAGMA key = {quote_key(source_key)}")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute(
            f"ATTACH DATABASE ? AS converted KEY {quote_key(target_key)}", (str(target),)
        )
        connection.execute("SELECT sqlcipher_export('converted')")
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        connection.execute(f"PRAGMA converted.user_version = {int(version)}")
        connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()


def convert(path: Path, *, key: str, encrypt: bool) -> None:
    """Encrypt (or decrypt) the database file ``path`` in place, verified before it replaces.

    The caller takes a backup first. The converted copy is written beside the file, checked
    with ``integrity_check`` and renamed over it; the old -wal/-shm were folded in and removed.

    Raises:
        DatabaseError: the conversion or its check failed; the original is left as it was.
    """
    from bodymap.storage.files import run_check, side_files

    module = sqlcipher()
    temp = path.with_name(f".{path.name}.converting")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()  # our own leftover
    try:
        _export(path, temp, None if encrypt else key, key if encrypt else "")
        problems = run_check(temp, "integrity_check", key=key if encrypt else None)
    except module.DatabaseError as exc:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise DatabaseError(f"{path}: cannot be converted ({exc})") from None
    if problems:
        temp.unlink()
        raise DatabaseError(f"{path}: the converted copy failed its check ({problems[0]})")
    for side in side_files(path):
        if side.stat().st_size == 0 or side.name.endswith("-shm"):
            side.unlink()  # checkpointed above: nothing of the old file is left in them
    if side_files(path):
        temp.unlink()
        raise DatabaseError(f"{path}: is in use (its -wal is not empty); close BodyMap first")
    os.replace(temp, path)

"""The one guard every written file passes: an output can never destroy a record.

Used by ``export``, ``report``, ``backup``, ``screenshot``, ``atlas render`` and the window's
save dialogs. A target is accepted only when it is a new path, or an existing regular file that
already holds the kind of document being written (``--force`` lifts that last rule only). The
open database, its ``-wal``/``-shm``/``-journal``, any SQLite file and anything in a backups
folder are refused always: no flag turns a database into a PDF.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from bodymap.errors import BodyMapError, UsageError

#: name of the folder beside a database that holds its backups (see bodymap.storage.backup)
BACKUPS_FOLDER = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"
#: a WAL file starts with one of these two big-endian magic numbers
WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
#: the longest single file name most file systems accept (bytes)
NAME_MAX = 255


@dataclass(frozen=True)
class OutputKind:
    """A kind of document: what it is called, its suffix and the bytes it starts with."""

    name: str
    suffix: str
    magic: bytes


PDF = OutputKind("PDF", ".pdf", b"%PDF-")
PNG = OutputKind("PNG", ".png", b"\x89PNG\r\n\x1a\n")
SQLITE_BACKUP = OutputKind("database backup", ".sqlite", SQLITE_MAGIC)


class OutputRefusedError(BodyMapError):
    """The chosen output would overwrite something that must not be lost."""


def _head(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError:
        return b""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _protected(target: Path, database: Path | None) -> str | None:
    """Why ``target`` may never be written, or None."""
    resolved = Path(os.path.realpath(target))
    if database is not None:
        db = Path(os.path.realpath(database))
        candidates = [db, *(Path(f"{db}{suffix}") for suffix in SIDE_SUFFIXES)]
        if resolved in candidates or any(_same_file(target, c) for c in candidates):
            return "it is the open database or one of its side files"
        backups = db.parent / BACKUPS_FOLDER
        if resolved.parent == backups:
            return "it is in the database's backups folder"
    for suffix in SIDE_SUFFIXES:
        if resolved.name.endswith(suffix):
            base = resolved.with_name(resolved.name[: -len(suffix)])
            if _head(base, len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                return "it belongs to a database"
    head = _head(resolved, len(SQLITE_MAGIC))
    if head == SQLITE_MAGIC:
        return "it is a database"
    if head[:4] in WAL_MAGICS:
        return "it is a database's write-ahead log"
    return None


def check_output(
    path: str | os.PathLike[str],
    kind: OutputKind,
    *,
    database: Path | None = None,
    force: bool = False,
) -> Path:
    """Return ``path`` as a Path if ``kind`` may be written there; otherwise one clear line.

    Args:
        path: the output the user chose.
        kind: what will be written; an existing file must already start with its magic bytes.
        database: the open SQLite database file, if any (it, its side files and its backups
            folder are refused).
        force: allow replacing an existing regular file of another kind.

    Raises:
        OutputRefusedError: the target would destroy data or is not a place for a file.
        BodyMapError: the path is too long or its folder is missing or not writable.
    """
    target = Path(path).expanduser()
    name = target.name
    if not name or name in (".", ".."):
        raise UsageError(f"cannot write {target}: name a file, not a folder")
    if len(os.fsencode(name)) > NAME_MAX:
        raise BodyMapError(
            f"cannot write {name[:40]}…: the file name is longer than {NAME_MAX} bytes"
        )
    if len(os.fsencode(str(target))) > 4000:
        raise BodyMapError(f"cannot write {name[:40]}…: the path is too long")
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise BodyMapError(f"cannot write {target}: {exc.strerror or exc}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputRefusedError(f"cannot write {target}: it is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise OutputRefusedError(
                f"cannot write {target}: it is not a regular file (a pipe, socket or device)"
            )
    reason = _protected(target, database)
    if reason is not None:
        raise OutputRefusedError(f"refusing to write {target}: {reason}")
    has_content = info is not None and info.st_size > 0
    if has_content and not force and _head(target, len(kind.magic)) != kind.magic:
        raise OutputRefusedError(
            f"refusing to replace {target}: it exists and is not a {kind.name} "
            "(use --force to replace it)"
        )
    folder = target.parent
    if not folder.is_dir():
        raise BodyMapError(f"cannot write {target}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BodyMapError(f"cannot write {target}: folder {folder} is not writable")
    return target

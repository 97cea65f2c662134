"""Atomic file writing: a PDF appears complete under its name, or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from bodymap.errors import BodyMapError


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, with one line, when ``path`` cannot receive a file.

    Called before a long render so the user is not kept waiting for a certain failure;
    ``write_atomic`` checks again (the folder may change meanwhile).

    Raises:
        BodyMapError: when the path is a folder, its folder is missing or not writable.
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise BodyMapError(f"cannot write {target}: it is a folder")
    if not folder.is_dir():
        raise BodyMapError(f"cannot write {target}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BodyMapError(f"cannot write {target}: folder {folder} is not writable")
    return target


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    The rename is atomic on one file system, so a reader (or a crash) never sees a half-written
    document, and an existing file is only replaced once the new one is complete.

    Args:
        path: the target file.
        data: the complete file content.

    Returns:
        The target path.

    Raises:
        BodyMapError: one line naming the path when the folder is missing or not writable.
    """
    target = check_writable(path)
    folder = target.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise BodyMapError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); a report is an ordinary user document.
        os.chmod(temp_name, 0o666 & ~_current_umask())
        os.replace(temp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise BodyMapError(f"cannot write {target}: {exc.strerror or exc}") from exc
        raise
    return target

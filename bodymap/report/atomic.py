"""Atomic file writing: a document appears complete under its name, or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from bodymap.errors import BodyMapError
from bodymap.output_path import PDF, OutputKind, check_output

#: exported documents hold patient data: readable by their owner only (POSIX)
PRIVATE_FILE_MODE = 0o600


def check_writable(
    path: str | os.PathLike[str],
    kind: OutputKind = PDF,
    *,
    database: Path | None = None,
    force: bool = False,
) -> Path:
    """Fail early, with one line, when ``path`` cannot safely receive a ``kind`` document.

    Called before a long render so the user is not kept waiting for a certain failure;
    ``write_atomic`` checks again (the folder may change meanwhile). See
    :func:`bodymap.output_path.check_output` for what is refused.

    Raises:
        BodyMapError: when the path is refused, its folder is missing or not writable.
    """
    return check_output(path, kind, database=database, force=force)


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes,
    kind: OutputKind = PDF,
    *,
    database: Path | None = None,
    force: bool = False,
) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    The rename is atomic on one file system, so a reader (or a crash) never sees a half-written
    document, and an existing file is only replaced once the new one is complete. The file is
    created 0600: it carries patient data.

    Returns:
        The target path.

    Raises:
        BodyMapError: one line naming the path when it is refused or cannot be written.
    """
    target = check_writable(path, kind, database=database, force=force)
    folder = target.parent
    try:
        prefix = f".{target.name[:60]}."  # the temporary name must fit NAME_MAX too
        handle, temp_name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=folder)
    except OSError as exc:
        raise BodyMapError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, PRIVATE_FILE_MODE)
        os.replace(temp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise BodyMapError(f"cannot write {target}: {exc.strerror or exc}") from exc
        raise
    return target

"""Archive files on disk: the output kind for the write guard, and a careful read."""

from __future__ import annotations

from pathlib import Path

from bodymap.errors import BodyMapError
from bodymap.output_path import OutputKind

#: An existing file may be replaced by an archive only if it already holds JSON.
JSON_FILE = OutputKind("JSON file", ".json", b"{")
#: Largest archive read (bytes); a clinic's 40,000 visits take well under 1 GB.
MAX_ARCHIVE_BYTES = 4 * 1024**3


def check_archive_file(path: Path) -> None:
    """Fail with one line naming ``path`` unless it is a readable file of acceptable size."""
    try:
        if not path.is_file():
            raise BodyMapError(f"cannot read {path}: not a file")
        if path.stat().st_size > MAX_ARCHIVE_BYTES:
            raise BodyMapError(f"cannot read {path}: larger than {MAX_ARCHIVE_BYTES} bytes")
        with path.open("rb"):
            pass
    except OSError as exc:
        raise BodyMapError(f"cannot read {path}: {exc.strerror or exc}") from None


def read_archive_file(path: Path) -> bytes:
    """The bytes of an archive file; one line naming the path when it cannot be read."""
    check_archive_file(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BodyMapError(f"cannot read {path}: {exc.strerror or exc}") from None

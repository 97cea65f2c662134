"""`bodymap screenshot`: render the main window offscreen with a visit open and save it as PNG."""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from bodymap.commands.arguments import database_file, visit_id
from bodymap.errors import BodyMapError, UsageError
from bodymap.output_path import PNG, check_output
from bodymap.terminal import printable

_SIZE = re.compile(r"^(\d{1,6})x(\d{1,6})$")
SIZE_RANGE = (640, 7680)
THEMES = ("light", "dark", "system")


def register(subparsers: Any) -> None:
    """Add the ``screenshot`` subcommand."""
    parser = subparsers.add_parser(
        "screenshot",
        help="save a PNG of the main window with a visit open",
        description="Render the main window offscreen (no display needed) with a visit open "
        "and save it as a PNG.",
    )
    parser.add_argument("--out", required=True, metavar="FILE.png", help="PNG file to write")
    parser.add_argument(
        "--visit",
        type=visit_id,
        metavar="VISIT",
        help="visit id (default: latest of first patient)",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace an existing file that is not a PNG"
    )
    parser.add_argument("--size", default="1280x800", metavar="WxH", help="window size in pixels")
    parser.add_argument(
        "--theme",
        choices=THEMES,
        help="render in the light or dark theme (default: the user's preference)",
    )
    parser.set_defaults(func=handle)


def parse_size(text: str) -> tuple[int, int]:
    """Parse "WxH" into pixels, each from 640 to 7680.

    Raises:
        UsageError: for a malformed or out-of-range size.
    """
    match = _SIZE.match(text.strip().lower())
    low, high = SIZE_RANGE
    if match is None:
        raise UsageError(f"--size must look like 1280x800 (width x height in pixels), got {text!r}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (low <= width <= high and low <= height <= high):
        raise UsageError(f"--size width and height must be from {low} to {high} pixels, got {text}")
    return width, height


def handle(args: argparse.Namespace) -> int:
    """Render the window and write the PNG (temp file + rename)."""
    from bodymap.commands.arguments import database_spec

    size = parse_size(args.size)
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise UsageError(f"--out must name a .png file, got {printable(out.name[:80])}")
    check_output(out, PNG, database=database_file(args), force=args.force)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not _has_display() else "")
    if not os.environ["QT_QPA_PLATFORM"]:
        del os.environ["QT_QPA_PLATFORM"]
    from bodymap.ui.screenshots import render_window

    image = render_window(database_spec(args), args.visit, size, args.theme)
    handle_fd, temp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.stem}-", suffix=".png")
    os.close(handle_fd)
    try:
        if not image.save(temp):  # the format follows the .png suffix
            raise BodyMapError(f"cannot write {out}: saving the PNG failed")
        os.chmod(temp, 0o600)  # a screenshot shows a patient's chart
        os.replace(temp, out)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    sys.stdout.write(f"wrote {out} ({size[0]}x{size[1]})\n")
    return 0


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))

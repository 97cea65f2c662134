"""Run the body-art generator: ``python -m bodymap.anatomy.artwork [--assets DIR]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bodymap.anatomy.artwork.build import write_all
from bodymap.anatomy.artwork.report import summary


def main(argv: list[str] | None = None) -> int:
    """Generate body.json and both SVGs, then print a short quality summary."""
    parser = argparse.ArgumentParser(prog="python -m bodymap.anatomy.artwork")
    default = Path(__file__).resolve().parents[3] / "assets"
    parser.add_argument("--assets", type=Path, default=default, help="assets folder to write")
    args = parser.parse_args(argv)
    builds = write_all(args.assets)
    sys.stdout.write(summary(builds) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Regenerate assets/atlas/regions.json and catalogue.json from body.json.

Run ``python -m bodymap.anatomy.regionsgen`` after the art's body.json changes.
"""

from __future__ import annotations

import sys

from bodymap.anatomy.regionsgen.build import generate


def main() -> int:
    """Write both files and print a one-line summary of each."""
    for line in generate():
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

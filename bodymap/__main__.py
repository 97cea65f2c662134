"""Entry point: ``bodymap`` opens the window; ``bodymap COMMAND`` runs a headless command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run BodyMap with ``argv`` (default: the process arguments) and return the exit code."""
    from bodymap.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())

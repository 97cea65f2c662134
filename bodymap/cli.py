"""Argument parsing and dispatch of the headless commands; no Qt is imported on these paths."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from bodymap import __version__
from bodymap.commands.arguments import database_spec
from bodymap.errors import BodyMapError
from bodymap.model.errors import ValidationError

#: Modules under ``bodymap.commands`` that each expose ``register(subparsers)``.
#: Each sets ``func`` on its parser; command modules import heavy libraries lazily.
COMMAND_MODULES: tuple[str, ...] = (
    "demo",
    "listing",
    "screenshot",
    "atlas",
    "export",
    "audit",
)

__all__ = ["build_parser", "database_spec", "run"]

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"bodymap: {message} (see 'bodymap --help')\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every available subcommand registered."""
    parser = _Parser(
        prog="bodymap",
        description="BodyMap: chart trigger points, pain zones and dry-needling visits. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"bodymap {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $BODYMAP_DB, else the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"bodymap.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"bodymap.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def run(argv: Sequence[str]) -> int:
    """Parse ``argv``, run the command and return its exit code; user errors print one line."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler: Handler | None = getattr(args, "func", None)
    try:
        if handler is None:
            from bodymap.ui.app import run_gui

            return run_gui(database_spec(args))
        return handler(args)
    except ValidationError as exc:
        sys.stderr.write(f"bodymap: invalid value: {exc}\n")
        return 2
    except BodyMapError as exc:
        sys.stderr.write(f"bodymap: {exc}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("bodymap: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0

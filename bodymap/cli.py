"""Argument parsing and dispatch of the headless commands; no Qt is imported on these paths."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from bodymap import __version__
from bodymap.commands.arguments import database_spec
from bodymap.errors import BodyMapError, UsageError
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
    "database",
    "backup",
    "encryption",
    "archive",
    "fhir",
    "research",
    "verify",
)

__all__ = ["build_parser", "database_spec", "run"]

Handler = Callable[[argparse.Namespace], int]


class _CommandLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"bodymap: {message} (see 'bodymap --help')\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every available subcommand registered."""
    parser = _CommandLineParser(
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
    parser.add_argument(
        "--lang",
        metavar="LANGUAGE",
        help="interface language of the window, screenshots and PDFs, e.g. 'de' "
        "(default: $LANGUAGE, $LC_ALL, $LC_MESSAGES or $LANG, else English)",
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_CommandLineParser
    )
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"bodymap.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"bodymap.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


#: arguments that name files: bytes that are not UTF-8 are legitimate there (surrogateescape)
PATH_ARGUMENTS = frozenset({"db", "out", "file", "path", "folder"})


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """A text argument that is not valid UTF-8 (a lone surrogate) is a usage error, one line."""
    from bodymap.terminal import printable

    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS or not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            option = name.replace("_", "-").upper()
            raise UsageError(f"{option} is not valid text (UTF-8): {printable(value)}") from None


def _with_escaped_output(handler: Handler, args: argparse.Namespace) -> int:
    """Run ``handler`` with control characters in its output escaped (see bodymap.terminal)."""
    from bodymap.terminal import EscapingStream

    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout = EscapingStream(stdout)
    sys.stderr = EscapingStream(stderr)
    try:
        return handler(args)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _choose_language(args: argparse.Namespace) -> None:
    """Set the interface language from ``--lang`` or the environment (see bodymap.i18n)."""
    import os

    from bodymap.i18n import choose_language, set_language

    try:
        set_language(choose_language(args.lang, os.environ))
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def run(argv: Sequence[str]) -> int:
    """Parse ``argv``, run the command and return its exit code; user errors print one line."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler: Handler | None = getattr(args, "func", None)
    try:
        _choose_language(args)
        if handler is None:
            from bodymap.ui.app import run_gui

            return run_gui(database_spec(args))
        _refuse_undecodable(args)
        return _with_escaped_output(handler, args)
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

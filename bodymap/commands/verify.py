"""``bodymap verify [VISIT]``: check signed visits against their signatures, and the audit chain.

Prints one line per problem, naming the visit and what differs, then a summary line such as
"18 signed visits verified; audit chain intact (412 entries)". Exit 0 when everything holds,
1 otherwise. With VISIT only that visit is checked (the whole audit chain still is).
"""

from __future__ import annotations

import argparse
import sys

from bodymap.commands.arguments import open_database, visit_id
from bodymap.errors import NotFoundError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``verify`` command."""
    verify = subparsers.add_parser(
        "verify",
        help="check every signed visit (or one) and the audit chain; exit 1 on any problem",
        description="Recompute each signed visit's content hash and compare it with its "
        "signature, check addenda and the hash-chained audit log. One line per problem, then "
        "a summary line; exit 0 when all holds, 1 otherwise.",
    )
    verify.add_argument("visit", metavar="VISIT", type=visit_id, nargs="?", help="visit id")
    verify.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    """Check and report; exit 1 when anything fails."""
    from bodymap.storage.verify import verify_records

    repo = open_database(args)
    try:
        if args.visit is not None:
            try:
                repo.get_visit(args.visit)
            except NotFoundError:
                raise NotFoundError(
                    f"no visit with id {args.visit} (see 'bodymap visits PATIENT')"
                ) from None
        report = verify_records(repo, None if args.visit is None else [args.visit])
    finally:
        repo.close()
    for problem in report.problems:
        sys.stdout.write(problem + "\n")
    sys.stdout.write(report.summary() + "\n")
    return 0 if report.ok else 1

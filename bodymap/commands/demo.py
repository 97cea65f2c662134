"""``bodymap demo``: add the demo clinician and patients (nothing is added twice)."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``demo`` command."""
    parser = subparsers.add_parser(
        "demo", help="fill the database with realistic demo patients (safe to run twice)"
    )
    parser.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    """Load the demo patients into the database named by --db / $BODYMAP_DB / the default."""
    from bodymap.anatomy.atlas import load_atlas
    from bodymap.commands.arguments import open_database
    from bodymap.demo import load_demo

    atlas = load_atlas()
    repo = open_database(args, create=True)  # 'demo' may start a new database
    try:
        result = load_demo(repo, atlas)
        location = repo.location
    finally:
        repo.close()
    if result.patients_added:
        sys.stdout.write(
            f"Added {result.patients_added} demo patients with {result.visits_added} visits "
            f"to {location}\n"
        )
    if result.already_present:
        sys.stdout.write(f"Already present, left unchanged: {', '.join(result.already_present)}\n")
    if result.missing_sites:
        sys.stderr.write(
            "bodymap: the atlas has no catalogue site for "
            f"{', '.join(result.missing_sites)}; those points were left out\n"
        )
    return 0

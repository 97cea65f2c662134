"""``bodymap export VISIT --out FILE.pdf`` and ``bodymap report PATIENT --out FILE.pdf``.

ReportLab, the atlas and the storage layer are imported inside the handlers so that
``bodymap --help`` stays fast.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from bodymap.commands.arguments import database_file, find_patient, open_database, visit_id
from bodymap.terminal import printable

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DEFAULT_CLINIC = "BodyMap clinic"  # the preferences' default when nothing was chosen


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` (session note) and ``report`` (progress report) commands."""
    note = subparsers.add_parser(
        "export",
        help="write a visit's session note as a PDF",
        description="Write the session note of one visit (body maps, trigger points, record, "
        "measures, signature) as a PDF. The file appears complete or not at all.",
    )
    note.add_argument("visit", metavar="VISIT", type=visit_id, help="visit id")
    _add_common(note)
    note.set_defaults(func=run_export)

    report = subparsers.add_parser(
        "report",
        help="write a patient's progress report as a PDF",
        description="Write a progress report over a date range: trends with the minimal "
        "clinically important change, pain extent and a body map per visit, trigger points "
        "per muscle, first versus last visit.",
    )
    report.add_argument("patient", metavar="PATIENT", help="patient id or chart number")
    report.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        type=_iso_date,
        help="first day to include (YYYY-MM-DD; default: the first visit)",
    )
    report.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        type=_iso_date,
        help="last day to include (YYYY-MM-DD; default: the last visit)",
    )
    _add_common(report)
    report.set_defaults(func=run_report)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf",
        type=Path,
        help="the PDF to write: a new file, or an existing PDF (replaced atomically)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace an existing file even if it is not a PDF (never a database or backup)",
    )
    parser.add_argument(
        "--clinic",
        default=None,
        metavar="NAME",
        help="clinic name printed at the top (default: the one set in the app's Preferences, "
        f"else {DEFAULT_CLINIC!r})",
    )


def _clinic_name(args: argparse.Namespace) -> str:
    """``--clinic`` if given, else the clinic name saved in the user's preferences."""
    if args.clinic is not None:
        return str(args.clinic)
    from bodymap.preferences import load_preferences  # plain JSON: no Qt on this path

    return load_preferences().clinic_name


def _thresholds() -> dict[str, str]:
    """The reference threshold chosen per instrument in the user's preferences."""
    from bodymap.preferences import load_preferences

    return load_preferences().thresholds


def _iso_date(text: str) -> date:
    # date.fromisoformat also takes 20261101 and 2026-W44-1; the help promises YYYY-MM-DD only.
    try:
        if not _ISO_DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a date written YYYY-MM-DD, got {printable(text)}"
        ) from None


def run_export(args: argparse.Namespace) -> int:
    """Render and write one visit's session note."""
    from bodymap.anatomy.atlas import load_atlas
    from bodymap.report.atomic import check_writable, write_atomic
    from bodymap.report.exporting import session_note_pdf

    database = database_file(args)
    check_writable(args.out, database=database, force=args.force)
    repo = open_database(args)
    try:
        repo.get_visit(args.visit)  # an unknown visit is a usage error, whatever the atlas
        data = session_note_pdf(repo, load_atlas(), args.visit, clinic_name=_clinic_name(args))
    finally:
        repo.close()
    write_atomic(args.out, data, database=database, force=args.force)
    sys.stdout.write(f"wrote {args.out}\n")
    return 0


def run_report(args: argparse.Namespace) -> int:
    """Render and write a patient's progress report."""
    from bodymap.anatomy.atlas import load_atlas
    from bodymap.report.atomic import check_writable, write_atomic
    from bodymap.report.exporting import progress_report_pdf

    database = database_file(args)
    check_writable(args.out, database=database, force=args.force)
    repo = open_database(args)
    try:
        patient_id = find_patient(repo, args.patient).id
        assert patient_id is not None  # stored patients always have one
        data = progress_report_pdf(
            repo,
            load_atlas(),
            patient_id,
            start=args.start,
            end=args.end,
            clinic_name=_clinic_name(args),
            thresholds=_thresholds(),
        )
    finally:
        repo.close()
    write_atomic(args.out, data, database=database, force=args.force)
    sys.stdout.write(f"wrote {args.out}\n")
    return 0

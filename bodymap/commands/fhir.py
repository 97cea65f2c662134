"""``bodymap fhir VISIT --out bundle.json`` / ``bodymap fhir --patient PATIENT --out ...``.

Writes a FHIR R4 collection Bundle (see bodymap.interop.fhir and docs/interop.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bodymap.commands.arguments import database_file, find_patient, open_database, visit_id
from bodymap.errors import UsageError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``fhir`` command."""
    fhir = subparsers.add_parser(
        "fhir",
        help="write a visit (or --patient's visits) as a FHIR R4 Bundle for an EMR",
        description="Write a FHIR R4 collection Bundle: Patient, Practitioner, Encounter, an "
        "Observation per outcome measure, trigger point and pain area, a Procedure per "
        "needling record and, for signed visits, the signed session note as a PDF "
        "DocumentReference.",
    )
    fhir.add_argument("visit", metavar="VISIT", type=visit_id, nargs="?", help="visit id")
    fhir.add_argument("--patient", metavar="PATIENT", help="every visit of this patient")
    fhir.add_argument(
        "--out",
        required=True,
        metavar="FILE.json",
        type=Path,
        help="the bundle to write (a new file, or an existing JSON file)",
    )
    fhir.add_argument(
        "--force", action="store_true", help="replace an existing file even if it is not JSON"
    )
    fhir.add_argument(
        "--clinic",
        default=None,
        metavar="NAME",
        help="clinic name on the session notes (default: from Preferences)",
    )
    fhir.set_defaults(func=run_fhir)


def run_fhir(args: argparse.Namespace) -> int:
    """Build and write the bundle."""
    from bodymap.anatomy.atlas import load_atlas
    from bodymap.interop.archive_output import JSON_FILE
    from bodymap.interop.fhir_export import bundle_bytes, patient_bundle, visit_bundle
    from bodymap.preferences import load_preferences
    from bodymap.report.atomic import check_writable, write_atomic

    if (args.visit is None) == (args.patient is None):
        raise UsageError("name a VISIT or give --patient PATIENT (one of them)")
    clinic = args.clinic if args.clinic is not None else load_preferences().clinic_name
    database = database_file(args)
    check_writable(args.out, JSON_FILE, database=database, force=args.force)
    repo = open_database(args)
    try:
        atlas = load_atlas()
        if args.visit is not None:
            repo.get_visit(args.visit)
            document = visit_bundle(repo, atlas, args.visit, clinic)
        else:
            patient_id = find_patient(repo, args.patient).id or 0
            document = patient_bundle(repo, atlas, patient_id, clinic)
    finally:
        repo.close()
    write_atomic(args.out, bundle_bytes(document), JSON_FILE, database=database, force=args.force)
    sys.stdout.write(f"wrote {args.out} ({len(document['entry'])} resources)\n")
    return 0

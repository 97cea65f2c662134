"""Argument types and look-ups shared by the headless commands."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from bodymap.errors import NotFoundError

if TYPE_CHECKING:
    from bodymap.model import Patient
    from bodymap.storage import ChartRepository


def visit_id(text: str) -> int:
    """Argparse type for VISIT: a positive whole number."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"VISIT must be a visit id (a whole number), got {text!r}")
    return int(text)


def database_spec(args: argparse.Namespace) -> str | None:
    """Return the database the user asked for (``--db`` or ``$BODYMAP_DB``), None for default."""
    spec: str | None = getattr(args, "db", None) or os.environ.get("BODYMAP_DB") or None
    return spec


def open_database(args: argparse.Namespace) -> ChartRepository:
    """Open the repository named by ``--db`` / ``$BODYMAP_DB`` (SQLAlchemy imported only now)."""
    from bodymap.storage import open_repository

    return open_repository(database_spec(args))


def find_patient(repo: ChartRepository, key: str) -> Patient:
    """The patient with id ``key`` (digits) or, failing that, chart number ``key``.

    Raises:
        NotFoundError: when neither matches.
    """
    if key.isdigit():
        try:
            return repo.get_patient(int(key))
        except NotFoundError:
            pass
    patient = repo.find_patient_by_chart_number(key) if key.strip() else None
    if patient is None:
        raise NotFoundError(f"no patient with id or chart number {key!r} (see 'bodymap patients')")
    return patient

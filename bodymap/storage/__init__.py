"""Storage: SQLAlchemy mapping, migrations and the repository; the only package using SQLAlchemy."""

from __future__ import annotations

from bodymap.storage.errors import DatabaseError, DatabaseTooNewError, SignedVisitError
from bodymap.storage.repository import ChartRepository, open_repository

__all__ = [
    "ChartRepository",
    "DatabaseError",
    "DatabaseTooNewError",
    "SignedVisitError",
    "open_repository",
]

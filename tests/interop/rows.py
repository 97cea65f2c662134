"""Test helper: how many rows each table of a SQLite database holds (to prove nothing changed)."""

from __future__ import annotations

import sqlite3

from bodymap.storage import ChartRepository


def row_counts(repo: ChartRepository) -> dict[str, int]:
    with sqlite3.connect(repo.location) as db:
        tables = [
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name != "alembic_version"
        ]
        return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

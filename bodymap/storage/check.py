"""``bodymap check`` / Tools › Check database: integrity and foreign keys, in plain words."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from bodymap.storage.files import foreign_key_problems, run_check

#: at most this many problems are listed; the count says if there are more
SHOWN = 10


@dataclass(frozen=True)
class CheckReport:
    """The outcome of checking one database file."""

    path: Path
    damage: list[str] = field(default_factory=list)
    broken_links: list[str] = field(default_factory=list)
    unreadable: str | None = None

    @property
    def healthy(self) -> bool:
        """True if SQLite found nothing wrong."""
        return self.unreadable is None and not self.damage and not self.broken_links

    def lines(self) -> list[str]:
        """The report in plain words, one finding a line."""
        if self.healthy:
            return [
                f"{self.path} is healthy: every page and index checked, "
                "every record's links point to an existing record"
            ]
        lines = []
        if self.unreadable is not None:
            lines.append(f"{self.path} is damaged: it cannot be read ({self.unreadable})")
        if self.damage:
            lines.append(f"{self.path} is damaged: SQLite found {len(self.damage)} problem(s):")
            lines.extend(f"  {problem}" for problem in self.damage[:SHOWN])
        if self.broken_links:
            lines.append(f"{len(self.broken_links)} record(s) point to a record that is missing:")
            lines.extend(f"  {problem}" for problem in self.broken_links[:SHOWN])
        lines.append(
            "Restore the newest backup ('bodymap backups', then 'bodymap restore FILE'); "
            "the damaged file is kept beside it"
        )
        return lines


def check_database(path: Path) -> CheckReport:
    """Run ``integrity_check`` and ``foreign_key_check`` on ``path`` (read-only)."""
    try:
        damage = run_check(path, "integrity_check") or []
        links = foreign_key_problems(path)
    except sqlite3.DatabaseError as exc:
        return CheckReport(path, unreadable=str(exc))
    return CheckReport(path, damage=damage, broken_links=links)

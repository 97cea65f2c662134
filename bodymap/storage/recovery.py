"""What happens to a damaged database file: moved aside, never deleted, a backup offered."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bodymap.storage.backup import Backup, newest_backup
from bodymap.storage.errors import DatabaseDamagedError
from bodymap.storage.files import move_aside


@dataclass(frozen=True)
class Recovery:
    """A damaged file moved aside: where it went and the newest verified backup, if any."""

    damaged: Path
    moved_to: Path
    reason: str
    backup: Backup | None

    def message(self) -> str:
        """One line for the terminal: what happened and what to do next."""
        text = f"{self.damaged} is damaged ({self.reason}); moved aside to {self.moved_to.name}"
        if self.backup is None:
            return f"{text}; no backup was found beside it"
        return (
            f"{text}; newest verified backup: {self.backup.path} "
            f"({self.backup.taken_at:%Y-%m-%d %H:%M}); restore it with "
            f"'bodymap --db {self.damaged} restore {self.backup.path}'"
        )


def recover(error: DatabaseDamagedError) -> Recovery:
    """Move the damaged file of ``error`` (and its -wal/-shm) aside; find the newest backup."""
    damaged = Path(str(error.path))
    moved = move_aside(damaged, "corrupt")
    return Recovery(damaged, moved, error.reason, newest_backup(damaged))

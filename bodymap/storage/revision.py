"""Developer tool: write a new migration by comparing the tables to a database at head.

Usage: ``python -m bodymap.storage.revision "add screening" --rev-id 0002_screening``
(see bodymap/storage/README.md). Not used at runtime.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy.engine import URL

from bodymap.storage.engine import create_database_engine
from bodymap.storage.migrate import alembic_config, upgrade_to_head


def main(argv: list[str] | None = None) -> int:
    """Autogenerate a migration for the difference between tables.py and the current head."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message", help="what the migration does, e.g. 'add screening'")
    parser.add_argument("--rev-id", help="revision id, e.g. 0002_screening (default: random)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        engine = create_database_engine(URL.create("sqlite", database=str(Path(folder, "h.db"))))
        upgrade_to_head(engine)
        with engine.begin() as connection:
            command.revision(
                alembic_config(connection),
                message=args.message,
                autogenerate=True,
                rev_id=args.rev_id,
            )
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

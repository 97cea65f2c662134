"""``bodymap backup`` for a PostgreSQL database: ``pg_dump`` when installed, else how to."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from bodymap.storage.errors import DatabaseError
from bodymap.storage.files import PRIVATE_FILE_MODE, private_umask


def libpq_url(url: URL) -> str:
    """The URL as libpq reads it: plain ``postgresql://`` and no password (that goes in env)."""
    plain = URL.create(
        "postgresql",
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return plain.render_as_string(hide_password=False)


def pg_dump(url: URL, out: Path) -> Path:
    """Dump the database to ``out`` in pg_dump's custom format (restore with pg_restore).

    Raises:
        DatabaseError: pg_dump is not installed (the message says how) or it failed.
    """
    program = shutil.which("pg_dump")
    command = f"pg_dump --format=custom --file={out} '{libpq_url(url)}'"
    if program is None:
        raise DatabaseError(
            "pg_dump is not installed; install the PostgreSQL client tools (for example "
            f"'apt install postgresql-client') and run: {command}"
        )
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    temp = out.with_name(f".{out.name}.part")
    with private_umask():
        result = subprocess.run(  # noqa: S603 - fixed program, arguments as a list
            [program, "--format=custom", f"--file={temp}", libpq_url(url)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode != 0:
        temp.unlink(missing_ok=True)
        reason = (result.stderr.strip().splitlines() or ["unknown error"])[-1]
        raise DatabaseError(f"pg_dump failed: {reason}")
    os.chmod(temp, PRIVATE_FILE_MODE)
    os.rename(temp, out)
    return out


def is_server_spec(spec: str | None) -> bool:
    """True if ``spec`` names a database server (not a SQLite file)."""
    return spec is not None and "://" in spec and not spec.startswith("sqlite")


def dump_spec(spec: str, out: Path) -> Path:
    """``pg_dump`` the server database named by the user's ``spec`` to ``out``."""
    from bodymap.storage.engine import database_url

    url = database_url(spec)
    if url.get_backend_name() != "postgresql":
        raise DatabaseError(f"{url.get_backend_name()}: backups are made for SQLite and PostgreSQL")
    return pg_dump(url, out)

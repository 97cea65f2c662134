"""The shared output guard: an output may never replace a database, a backup or a stranger."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bodymap.errors import BodyMapError
from bodymap.output_path import PDF, PNG, OutputRefusedError, check_output

PDF_BYTES = b"%PDF-1.4\n%old report\n"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()  # before the side files are stood in for below (shm is memory-mapped)
    (tmp_path / "clinic.sqlite-wal").write_bytes(b"")
    (tmp_path / "clinic.sqlite-shm").write_bytes(b"")
    return path


def test_a_new_path_and_an_existing_pdf_are_accepted(tmp_path: Path, database: Path) -> None:
    assert check_output(tmp_path / "new.pdf", PDF, database=database) == tmp_path / "new.pdf"
    old = tmp_path / "old.pdf"
    old.write_bytes(PDF_BYTES)
    assert check_output(old, PDF, database=database) == old
    empty = tmp_path / "empty.pdf"
    empty.touch()
    assert check_output(empty, PDF) == empty


@pytest.mark.parametrize("name", ["clinic.sqlite", "clinic.sqlite-wal", "clinic.sqlite-shm"])
def test_the_open_database_and_its_side_files_are_refused_even_with_force(
    tmp_path: Path, database: Path, name: str
) -> None:
    with pytest.raises(OutputRefusedError, match="open database"):
        check_output(tmp_path / name, PDF, database=database, force=True)


def test_a_hard_link_or_symlink_to_the_database_is_refused(tmp_path: Path, database: Path) -> None:
    os.link(database, tmp_path / "alias.pdf")
    (tmp_path / "sym.pdf").symlink_to(database)
    for name in ("alias.pdf", "sym.pdf"):
        with pytest.raises(OutputRefusedError):
            check_output(tmp_path / name, PDF, database=database, force=True)


def test_any_sqlite_file_and_the_backups_folder_are_refused(tmp_path: Path, database: Path) -> None:
    other = tmp_path / "elsewhere.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(OutputRefusedError, match="is a database"):
        check_output(other, PDF, force=True)
    backups = tmp_path / "backups"
    backups.mkdir()
    with pytest.raises(OutputRefusedError, match="backups folder"):
        check_output(backups / "note.pdf", PDF, database=database, force=True)


def test_another_kind_of_file_needs_force(tmp_path: Path) -> None:
    text = tmp_path / "letter.txt"
    text.write_text("Dear colleague")
    with pytest.raises(OutputRefusedError, match="not a PDF.*--force"):
        check_output(text, PDF)
    assert check_output(text, PDF, force=True) == text
    png = tmp_path / "pic.png"
    png.write_bytes(PDF_BYTES)
    with pytest.raises(OutputRefusedError, match="not a PNG"):
        check_output(png, PNG)


def test_folders_fifos_and_devices_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (tmp_path, fifo, Path("/dev/null")):
        with pytest.raises(OutputRefusedError):
            check_output(target, PDF, force=True)


def test_overlong_names_and_missing_folders_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(BodyMapError, match="longer than 255 bytes") as long:
        check_output(tmp_path / ("a" * 321 + ".pdf"), PDF)
    assert "\n" not in str(long.value)
    assert len(str(long.value)) < 120
    with pytest.raises(BodyMapError, match="does not exist"):
        check_output(tmp_path / "missing" / "x.pdf", PDF)

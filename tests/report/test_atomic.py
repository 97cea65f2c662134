"""Atomic writing: complete files or nothing, and one clear line when the path is wrong."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bodymap.errors import BodyMapError
from bodymap.report.atomic import write_atomic


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_writes_and_replaces(out: Path) -> None:
    target = out / "note.pdf"
    write_atomic(target, b"%PDF-first")
    write_atomic(target, b"%PDF-second")
    assert target.read_bytes() == b"%PDF-second"
    assert os.listdir(out) == ["note.pdf"]  # no temporary file left behind


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_documents_are_private_to_their_owner(out: Path) -> None:
    target = write_atomic(out / "note.pdf", b"%PDF-x")
    assert target.stat().st_mode & 0o777 == 0o600


def test_missing_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(BodyMapError, match="does not exist") as info:
        write_atomic(tmp_path / "nope" / "note.pdf", b"x")
    assert "\n" not in str(info.value)


def test_target_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(BodyMapError, match="it is a folder"):
        write_atomic(tmp_path, b"x")


def test_failed_write_leaves_the_old_file_and_no_temp(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "note.pdf"
    target.write_bytes(b"%PDF-good")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(BodyMapError, match="No space left on device"):
        write_atomic(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-good"
    assert os.listdir(out) == ["note.pdf"]

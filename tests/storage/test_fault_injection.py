"""Fault injection: kill -9 while writing, and a full disk. No acknowledged write is ever lost."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bodymap.errors import BodyMapError
from bodymap.model import Patient
from bodymap.storage import open_repository
from bodymap.storage.errors import DatabaseError
from bodymap.storage.files import run_check

CYCLES = 100  # the benchmark runs 1,000 (benchmarks/bench_durability.py)


def _writer(path: Path, cycle: int, ack: int) -> None:
    """In a forked child: write patients through the repository, acknowledging each commit."""
    try:
        repo = open_repository(str(path), create=False)
        for n in range(1_000_000):
            repo.add_patient(Patient(name=f"c{cycle}-w{n}", notes="x" * 200))
            os.write(ack, f"c{cycle}-w{n}\n".encode())  # only after the commit returned
    finally:
        os._exit(0)


def kill_cycles(path: Path, cycles: int, seed: int = 12) -> set[str]:
    """Fork a writer, kill -9 it after a few acknowledged writes, ``cycles`` times."""
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    for cycle in range(cycles):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _writer(path, cycle, write_end)
        os.close(write_end)
        wanted = rng.randint(1, 3)
        buffer = b""
        while buffer.count(b"\n") < wanted:
            ready, _, _ = select.select([read_end], [], [], 10)
            assert ready, "the writer stopped acknowledging"
            chunk = os.read(read_end, 4096)
            assert chunk, "the writer exited"
            buffer += chunk
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while chunk := os.read(read_end, 4096):  # acks written before the kill landed
            buffer += chunk
        os.close(read_end)
        acknowledged |= {line for line in buffer.decode().splitlines() if line}
    return acknowledged


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_9_loses_no_acknowledged_write(tmp_path: Path) -> None:
    path = tmp_path / "durable.sqlite"
    open_repository(str(path)).close()
    acknowledged = kill_cycles(path, CYCLES)
    assert len(acknowledged) >= CYCLES
    repo = open_repository(str(path), create=False)
    try:
        stored = {p.name for p in repo.list_patients(include_archived=True)}
    finally:
        repo.close()
    assert acknowledged <= stored
    assert run_check(path, "integrity_check") == []


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs, where the system lets us mount one (root in a permissive container)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_one_line_and_keeps_every_acknowledged_write(
    small_disk: Path, tmp_path: Path
) -> None:
    from bodymap.report.atomic import write_atomic

    path = small_disk / "clinic.sqlite"
    repo = open_repository(str(path))
    written: list[str] = []

    def fill() -> None:
        for n in range(10_000):
            repo.add_patient(Patient(name=f"p{n}", notes="y" * 4000))
            written.append(f"p{n}")  # acknowledged: the commit returned

    with pytest.raises(DatabaseError, match="full") as full:
        fill()
    assert "\n" not in str(full.value)
    repo.close()
    assert len(written) > 10
    repo = open_repository(str(path), create=False)
    stored = {p.name for p in repo.list_patients(include_archived=True)}
    repo.close()
    assert set(written) <= stored
    assert run_check(path, "quick_check") == []
    filler = small_disk / "filler"
    with filler.open("wb") as handle:  # take whatever room is left
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    with pytest.raises(BodyMapError, match="No space left") as refused:
        write_atomic(small_disk / "note.pdf", b"%PDF-" + b"z" * 400_000)
    assert "\n" not in str(refused.value)
    assert not (small_disk / "note.pdf").exists()
    assert not [p for p in small_disk.iterdir() if p.name.endswith(".part")]

"""SQLCipher at rest: an encrypted database opens only with its key; no name in its bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bodymap.cli import run
from bodymap.storage import open_repository
from bodymap.storage.backup import list_backups
from bodymap.storage.encryption import PASSPHRASE_ENV, DatabaseLockedError, looks_encrypted

pytest.importorskip("sqlcipher3")
KEY = "correct horse battery"
NAMES = ("Zoë Ñúñez-Łukasiewicz", "Mehmet Öztürk-Brennan", "Aoife Ní Bhriain-Søndergaard")


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "demo.sqlite"
    assert run(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    return db


def visits_json(db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(["--db", str(db), "visits", "DEMO-001", "--json"]) == 0
    visits = json.loads(capsys.readouterr().out)
    shown = []
    for visit in visits[:2]:  # each open derives the key (slow by design): two will do
        assert run(["--db", str(db), "show", str(visit["id"]), "--json"]) == 0
        shown.append(capsys.readouterr().out)
    return "".join(shown)


def test_encrypt_hides_every_name_and_opens_only_with_the_key(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = visits_json(demo, capsys)
    monkeypatch.setenv(PASSPHRASE_ENV, KEY)
    assert run(["--db", str(demo), "encrypt"]) == 0
    assert "encrypted" in capsys.readouterr().out
    data = demo.read_bytes()
    assert looks_encrypted(demo)
    for name in NAMES:
        assert name.encode() not in data
        assert name.split()[0].encode() not in data
    assert visits_json(demo, capsys) == before  # with the key: the same record
    # a backup of an encrypted database is encrypted too, and verified
    assert run(["--db", str(demo), "backup"]) == 0
    capsys.readouterr()
    manual = [b for b in list_backups(demo) if b.reason == "manual"][0]
    assert all(name.encode() not in manual.path.read_bytes() for name in NAMES)
    assert run(["--db", str(demo), "backups", "--json", "--check"]) == 0
    assert all(b["verified"] for b in json.loads(capsys.readouterr().out))
    monkeypatch.setenv(PASSPHRASE_ENV, "wrong passphrase")
    with pytest.raises(DatabaseLockedError, match="does not open"):
        open_repository(str(demo))
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert run(["--db", str(demo), "patients"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "is encrypted" in err
    assert demo.exists()  # an encrypted file is never mistaken for a damaged one
    assert not list(demo.parent.glob("*.corrupt-*"))
    monkeypatch.setenv(PASSPHRASE_ENV, KEY)
    assert run(["--db", str(demo), "decrypt"]) == 0
    assert "decrypted" in capsys.readouterr().out
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert demo.read_bytes()[:16] == b"SQLite format 3\x00"
    assert visits_json(demo, capsys) == before


def test_encrypt_needs_a_passphrase_of_eight_characters(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "short")
    assert run(["--db", str(demo), "encrypt"]) == 2
    assert "at least 8" in capsys.readouterr().err
    assert demo.read_bytes()[:16] == b"SQLite format 3\x00"

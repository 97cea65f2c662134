"""`bodymap screenshot`: a real PNG of the window, and one-line errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from bodymap.cli import run
from bodymap.commands.screenshot import parse_size
from bodymap.errors import UsageError
from bodymap.model import Visit
from bodymap.storage import ChartRepository


def test_parse_size() -> None:
    assert parse_size("1280x800") == (1280, 800)
    assert parse_size(" 1920X1080 ") == (1920, 1080)
    for bad in ("1280", "12x8", "abcxdef", "100000x800", "300x300"):
        with pytest.raises(UsageError, match="--size"):
            parse_size(bad)


def test_screenshot_writes_the_window_with_the_visit(
    qtbot: object,
    repo: ChartRepository,
    visit: Visit,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "window.png"
    db = repo.location
    code = run(["--db", db, "screenshot", "--out", str(out), "--size", "1400x860"])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 860)
    assert not list(tmp_path.glob(".window-*"))  # the temp file was renamed, not left behind
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--visit", "999"], "999"),
        (["--size", "10x10"], "--size"),
        (["--size", "700x700"], "smaller than the window"),
    ],
)
def test_bad_visit_or_size_is_one_line_and_exit_2(
    qtbot: object,
    repo: ChartRepository,
    visit: Visit,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.png"
    code = run(["--db", repo.location, "screenshot", "--out", str(out), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()

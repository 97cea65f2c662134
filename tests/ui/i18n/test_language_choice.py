"""Choosing the language: --lang, then LANGUAGE / LC_ALL / LC_MESSAGES / LANG, then English."""

from __future__ import annotations

from pathlib import Path

import pytest

from bodymap.cli import run
from bodymap.i18n import choose_language, current_language, is_right_to_left, term, translate


@pytest.mark.parametrize(
    ("option", "environ", "expected"),
    [
        ("de", {"LANG": "fr_FR.UTF-8"}, "de"),
        ("de-AT", {}, "de_AT"),
        (None, {"LANG": "de_DE.UTF-8"}, "de_DE"),
        (None, {"LANGUAGE": "xx:de", "LANG": "en_GB.UTF-8"}, "de"),  # first one we have
        (None, {"LC_ALL": "de_CH@euro", "LANG": "en_US.UTF-8"}, "de_CH"),
        (None, {"LANG": "C.UTF-8"}, "en"),
        (None, {}, "en"),
    ],
)
def test_language_comes_from_the_option_then_the_environment(
    option: str | None, environ: dict[str, str], expected: str
) -> None:
    assert choose_language(option, environ) == expected


def test_a_bad_lang_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = run(["--lang", "../../etc", "--db", str(tmp_path / "x.sqlite"), "patients"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert "--lang" in err


def test_lang_from_the_environment_reaches_the_qt_free_lookup(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert run(["init", str(tmp_path / "x.sqlite")]) == 0
    assert current_language() == "de_DE"
    assert term("Right") == "Rechts"  # de_DE falls back to the German catalogue
    assert translate("Terms", "Trigger points") == "Triggerpunkte"
    assert translate("Terms", "not in any catalogue") == "not in any catalogue"


def test_right_to_left_languages() -> None:
    assert is_right_to_left("he")
    assert is_right_to_left("ar_EG")
    assert not is_right_to_left("de")


def test_a_right_to_left_language_mirrors_the_window(qapp: object) -> None:
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from bodymap.ui.i18n import install_language, number

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        install_language(app, "he")
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        install_language(app, "de")
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert QLocale().decimalPoint() == ","
        assert number(3.5, 2) == "3,50"
    finally:
        install_language(app, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert number(3.5, 2) == "3.50"

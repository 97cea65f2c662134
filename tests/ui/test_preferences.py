"""Preferences: typed defaults, tolerant loading, atomic saving."""

from __future__ import annotations

import json
from pathlib import Path

from bodymap.ui.preferences import Preferences, load_preferences, preferences_path, save_preferences


def test_missing_or_corrupt_file_gives_defaults(tmp_path: Path) -> None:
    assert load_preferences(tmp_path / "none.json") == Preferences()
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_preferences(broken) == Preferences()


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "prefs.json"
    prefs = Preferences(view_mode="posterior", brush_width=22.0, show_ghost=False)
    save_preferences(prefs, path)
    assert load_preferences(path) == prefs


def test_wrong_types_and_ranges_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "prefs.json"
    path.write_text(
        json.dumps({"view_mode": "sideways", "brush_width": 5000, "show_ghost": "yes", "x": 1}),
        encoding="utf-8",
    )
    prefs = load_preferences(path)
    assert prefs.view_mode == "both"
    assert prefs.brush_width == 80.0
    assert prefs.show_ghost is True


def test_default_path_is_in_the_config_folder() -> None:
    assert "config" in str(preferences_path())
    assert preferences_path().name == "preferences.json"


def test_clinic_name_and_clinician_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "prefs.json"
    prefs = Preferences(clinic_name="  Clínica Sur  ").with_clinician("/data/a.sqlite", 3)
    assert prefs.clinic_name == "Clínica Sur"
    save_preferences(prefs, path)
    loaded = load_preferences(path)
    assert loaded == prefs
    assert loaded.clinician_for("/data/a.sqlite") == 3
    assert loaded.clinician_for("/data/b.sqlite") is None
    assert loaded.with_clinician("/data/a.sqlite", None).clinician_for("/data/a.sqlite") is None


def test_bad_clinic_name_and_clinician_map_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "prefs.json"
    path.write_text(
        json.dumps({"clinic_name": "   ", "charting_as": {"a": "x", "b": 2, "c": True}}),
        encoding="utf-8",
    )
    prefs = load_preferences(path)
    assert prefs.clinic_name == "BodyMap clinic"
    assert prefs.charting_as == {"b": 2}


def test_plain_module_and_canvas_agree_on_brush_widths() -> None:
    from bodymap import preferences as plain
    from bodymap.ui.canvas import constants

    assert plain.BRUSH_WIDTH_DEFAULT == constants.BRUSH_WIDTH_DEFAULT
    assert plain.BRUSH_WIDTH_RANGE == constants.BRUSH_WIDTH_RANGE
    assert Preferences().brush_width == constants.BRUSH_WIDTH_DEFAULT

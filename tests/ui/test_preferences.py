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

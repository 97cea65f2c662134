"""Typed user preferences, kept in a JSON file under the platform config folder.

Window geometry and dock layout live in QSettings; these are the choices a user makes on purpose.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from bodymap.ui.canvas.constants import BRUSH_WIDTH_DEFAULT, BRUSH_WIDTH_RANGE

VIEW_MODE_CHOICES = ("both", "anterior", "posterior")


@dataclass(frozen=True, slots=True)
class Preferences:
    """What the user chose; every field has a default and a description."""

    view_mode: str = field(
        default="both", metadata={"help": "Body views shown: both, anterior or posterior"}
    )
    brush_width: float = field(
        default=BRUSH_WIDTH_DEFAULT, metadata={"help": "Brush and eraser width in atlas units"}
    )
    show_ghost: bool = field(
        default=True, metadata={"help": "Show the previous visit as a faint overlay"}
    )
    show_legend: bool = field(default=True, metadata={"help": "Show the legend on the map"})
    clinic_name: str = field(
        default="BodyMap clinic", metadata={"help": "Clinic name printed on PDF notes"}
    )

    def __post_init__(self) -> None:
        if self.view_mode not in VIEW_MODE_CHOICES:
            object.__setattr__(self, "view_mode", "both")
        low, high = BRUSH_WIDTH_RANGE
        width = float(self.brush_width) if isinstance(self.brush_width, int | float) else low
        object.__setattr__(self, "brush_width", min(max(width, low), high))


def preferences_path() -> Path:
    """The preferences file in the user's config folder."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("BodyMap", appauthor=False)) / "preferences.json"


def load_preferences(path: Path | None = None) -> Preferences:
    """Read preferences; a missing or unreadable file gives the defaults (never an error).

    Unknown keys are ignored and values of the wrong type fall back to their default, so a file
    edited by hand or written by another version never stops the app from starting.
    """
    path = path or preferences_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    defaults = Preferences()
    values = {}
    for item in fields(Preferences):
        value = raw.get(item.name, getattr(defaults, item.name))
        expected = type(getattr(defaults, item.name))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        values[item.name] = value if isinstance(value, expected) else getattr(defaults, item.name)
    return Preferences(**values)


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Write preferences atomically (temp file + rename); failures are silently skipped.

    Preferences are a convenience: a read-only config folder must not stop charting.
    """
    path = path or preferences_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".preferences-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(asdict(preferences), stream, indent=2)
        os.replace(temp, path)
    except OSError:
        return

"""Typed user preferences, kept in a JSON file under the platform config folder (no Qt).

Window geometry and dock layout live in QSettings; these are the choices a user makes on purpose.
The command line reads them too (the clinic name printed on PDFs), so this module stays plain.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from bodymap.model.views import ALL_VIEWS_MODE, view_modes

#: Window theme: follow the desktop, or force light or dark.
THEME_CHOICES = ("system", "light", "dark")
#: Brush and eraser width in atlas units (the canvas uses the same numbers).
BRUSH_WIDTH_DEFAULT = 14.0
BRUSH_WIDTH_RANGE = (2.0, 80.0)
DEFAULT_CLINIC_NAME = "BodyMap clinic"
#: Longest clinic name accepted (it is printed in a PDF header line).
CLINIC_NAME_MAX = 120


@dataclass(frozen=True, slots=True)
class Preferences:
    """What the user chose; every field has a default and a description."""

    view_mode: str = field(
        default=ALL_VIEWS_MODE,
        metadata={"help": f"Body views shown: {', '.join(view_modes())}"},
    )
    brush_width: float = field(
        default=BRUSH_WIDTH_DEFAULT, metadata={"help": "Brush and eraser width in atlas units"}
    )
    show_ghost: bool = field(
        default=True, metadata={"help": "Show the previous visit as a faint overlay"}
    )
    show_legend: bool = field(default=True, metadata={"help": "Show the legend on the map"})
    clinic_name: str = field(
        default=DEFAULT_CLINIC_NAME, metadata={"help": "Clinic name printed on PDF notes"}
    )
    theme: str = field(default="system", metadata={"help": "Window theme: system, light or dark"})
    # Keyed by database: a clinician id means nothing in another database, and charting under
    # someone else's id would put the wrong name in the audit log.
    charting_as: dict[str, int] = field(
        default_factory=dict,
        metadata={"help": "The current clinician's id for each database location"},
    )
    # Instrument -> threshold id of bodymap.model.thresholds; a missing one uses the default.
    thresholds: dict[str, str] = field(
        default_factory=dict,
        metadata={"help": "Reference threshold (MCID or MDC) chosen for each outcome measure"},
    )

    def __post_init__(self) -> None:
        if self.view_mode not in view_modes():
            object.__setattr__(self, "view_mode", ALL_VIEWS_MODE)
        if self.theme not in THEME_CHOICES:
            object.__setattr__(self, "theme", "system")
        low, high = BRUSH_WIDTH_RANGE
        width = float(self.brush_width) if isinstance(self.brush_width, int | float) else low
        object.__setattr__(self, "brush_width", min(max(width, low), high))
        name = self.clinic_name.strip() if isinstance(self.clinic_name, str) else ""
        object.__setattr__(self, "clinic_name", name[:CLINIC_NAME_MAX] or DEFAULT_CLINIC_NAME)
        clean = {
            key: value
            for key, value in dict(self.charting_as).items()
            if isinstance(key, str) and isinstance(value, int) and not isinstance(value, bool)
        }
        object.__setattr__(self, "charting_as", clean)
        picked = {
            key: value
            for key, value in dict(self.thresholds).items()
            if isinstance(key, str) and isinstance(value, str)
        }
        object.__setattr__(self, "thresholds", picked)

    def clinician_for(self, database: str) -> int | None:
        """The clinician chosen for ``database`` (a repository location), or None."""
        return self.charting_as.get(database)

    def with_clinician(self, database: str, clinician_id: int | None) -> Preferences:
        """A copy with ``clinician_id`` as the current clinician of ``database`` (None: unset)."""
        chosen = dict(self.charting_as)
        if clinician_id is None:
            chosen.pop(database, None)
        else:
            chosen[database] = clinician_id
        return replace(self, charting_as=chosen)


def preferences_path() -> Path:
    """The preferences file in the user's config folder."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("BodyMap", appauthor=False)) / "preferences.json"


def _coerce(value: Any, default: Any) -> Any:
    """``value`` if it has the type of ``default`` (ints accepted for floats), else ``default``."""
    expected = type(default)
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if expected is not bool and isinstance(value, bool):
        return default
    return value if isinstance(value, expected) else default


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
    values = {
        item.name: _coerce(raw.get(item.name), getattr(defaults, item.name))
        for item in fields(Preferences)
    }
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
            json.dump(asdict(preferences), stream, indent=2, ensure_ascii=False)
        os.replace(temp, path)
    except OSError:
        return

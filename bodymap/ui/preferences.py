"""Re-exports the plain preferences module for the window code that imports it from here."""

from __future__ import annotations

from bodymap.preferences import (
    BRUSH_WIDTH_DEFAULT,
    BRUSH_WIDTH_RANGE,
    DEFAULT_CLINIC_NAME,
    THEME_CHOICES,
    Preferences,
    load_preferences,
    preferences_path,
    save_preferences,
)

__all__ = [
    "BRUSH_WIDTH_DEFAULT",
    "BRUSH_WIDTH_RANGE",
    "DEFAULT_CLINIC_NAME",
    "THEME_CHOICES",
    "Preferences",
    "load_preferences",
    "preferences_path",
    "save_preferences",
]

"""The one gateway to files under the top-level ``assets/`` folder."""

from __future__ import annotations

from functools import cache
from pathlib import Path, PurePosixPath


class AssetError(ValueError):
    """An asset name is invalid or names no file."""


@cache
def assets_root() -> Path:
    """Return the folder holding the assets, installed (in the wheel) or in a source checkout."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "assets", package_dir.parent / "assets"):
        if candidate.is_dir():
            return candidate
    raise AssetError("BodyMap's assets folder is missing; reinstall the application")


def asset_path(name: str) -> Path:
    """Return the path of the asset ``name`` (a relative, forward-slash path).

    Raises:
        AssetError: if ``name`` is absolute, climbs out with ``..``, or names no file.
    """
    pure = PurePosixPath(name)
    if not name or pure.is_absolute() or ".." in pure.parts or "\\" in name:
        raise AssetError(f"invalid asset name {name!r}: use a relative path inside assets/")
    path = assets_root().joinpath(*pure.parts)
    if not path.exists():
        raise AssetError(f"asset {name!r} not found in {assets_root()}")
    return path


def read_text(name: str) -> str:
    """Return the UTF-8 text of the asset ``name``."""
    return asset_path(name).read_text(encoding="utf-8")

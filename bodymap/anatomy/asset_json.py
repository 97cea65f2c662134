"""Strict readers for the atlas JSON assets: every problem names the file and the field."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from bodymap.errors import BodyMapError
from bodymap.model import Ring, ValidationError, ZonePolygon

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class AtlasError(BodyMapError):
    """An atlas asset file is missing or malformed; the message names the file and the field."""


def read_json(path: Path) -> Any:
    """Return the parsed JSON of ``path``.

    Raises:
        AtlasError: if the file cannot be read or is not valid JSON.
    """
    try:
        with path.open("rb") as handle:
            return json.load(handle)
    except OSError as exc:
        raise AtlasError(f"cannot read atlas file {path}: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AtlasError(f"atlas file {path} is not valid JSON: {exc}") from exc


class Node:
    """A value inside a JSON document, with its path for error messages."""

    __slots__ = ("file", "path", "value")

    def __init__(self, file: Path, path: str, value: Any) -> None:
        self.file = file
        self.path = path
        self.value = value

    def fail(self, message: str) -> AtlasError:
        """Return an AtlasError about this node (the caller raises it)."""
        where = self.path or "document"
        return AtlasError(f"atlas file {self.file}: {where}: {message}")

    def _child(self, key: str | int, value: Any) -> Node:
        path = f"{self.path}[{key}]" if isinstance(key, int) else f"{self.path}.{key}".lstrip(".")
        return Node(self.file, path, value)

    def field(self, key: str) -> Node:
        """Return the required member ``key`` of this object."""
        if not isinstance(self.value, dict):
            raise self.fail("expected an object")
        if key not in self.value:
            raise self.fail(f"missing field {key!r}")
        return self._child(key, self.value[key])

    def optional(self, key: str) -> Node | None:
        """Return the member ``key`` of this object, or None when absent or null."""
        if not isinstance(self.value, dict):
            raise self.fail("expected an object")
        value = self.value.get(key)
        return None if value is None else self._child(key, value)

    def items(self) -> Iterator[Node]:
        """Iterate over the elements of this array."""
        if not isinstance(self.value, list):
            raise self.fail("expected an array")
        for index, value in enumerate(self.value):
            yield self._child(index, value)

    def text(self) -> str:
        """Return this value as a non-empty string."""
        if not isinstance(self.value, str) or not self.value.strip():
            raise self.fail("expected a non-empty string")
        return self.value

    def optional_text(self, key: str) -> str | None:
        """Return the string member ``key``, or None when absent or null."""
        node = self.optional(key)
        return None if node is None else node.text()

    def number(self, low: float = -math.inf, high: float = math.inf) -> float:
        """Return this value as a finite number within [low, high]."""
        value = self.value
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise self.fail("expected a finite number")
        if not low <= value <= high:
            raise self.fail(f"{value} is outside the allowed range {low:g}..{high:g}")
        return float(value)

    def integer(self) -> int:
        """Return this value as an integer."""
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self.fail("expected an integer")
        return self.value

    def boolean(self) -> bool:
        """Return this value as a boolean."""
        if not isinstance(self.value, bool):
            raise self.fail("expected true or false")
        return self.value

    def choice(self, enum: type[E]) -> E:
        """Return this value as a member of ``enum``."""
        try:
            return enum(self.text())
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise self.fail(f"{self.value!r} is not one of: {allowed}") from None

    def ring(self) -> Ring:
        """Return this value as a ring of [x, y] number pairs (the model checks finiteness)."""
        if isinstance(self.value, list):
            try:
                # Fast path for thousands of points: "+ 0.0" rejects strings, None and lists.
                return tuple((x + 0.0, y + 0.0) for x, y in self.value)
            except (TypeError, ValueError):
                pass  # fall through to word the error for the offending point
        for point in self.items():
            pair = point.value
            if not isinstance(pair, list) or len(pair) != 2:
                raise point.fail("expected an [x, y] pair")
            point._child(0, pair[0]).number()
            point._child(1, pair[1]).number()
        raise self.fail("expected a list of [x, y] pairs")

    def polygon(self) -> ZonePolygon:
        """Return this object (with ``exterior`` and ``holes``) as a ZonePolygon."""
        exterior = self.field("exterior").ring()
        holes_node = self.optional("holes")
        holes = tuple(h.ring() for h in holes_node.items()) if holes_node else ()
        try:
            return ZonePolygon(exterior, holes)
        except ValidationError as exc:
            raise self.fail(str(exc)) from None


def load_document(path: Path, expected_format: int) -> Node:
    """Read ``path`` and check its ``format`` version; return the root node.

    Raises:
        AtlasError: if the file is unreadable, not JSON, or of another format version.
    """
    root = Node(path, "", read_json(path))
    version = root.field("format").integer()
    if version != expected_format:
        raise root.fail(f"format {version} is not supported (this version reads {expected_format})")
    return root


def guarded(path: Path, build: Callable[[], T]) -> T:
    """Run ``build`` and turn stray type/key/value errors into an AtlasError naming ``path``."""
    try:
        return build()
    except AtlasError:
        raise
    except (TypeError, KeyError, ValueError, IndexError) as exc:
        raise AtlasError(f"atlas file {path} is malformed: {exc}") from exc

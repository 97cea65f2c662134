"""Fuzzed archives: truncated, wrong types, unknown keys, huge values, duplicate ids.

Whatever the file, an import ends in a BodyMapError (one line for a bad file) or a complete
import; never another exception, never a partial import.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap.errors import BodyMapError
from bodymap.interop.archive import import_archive
from bodymap.interop.archive_parse import ArchiveError
from bodymap.storage import ChartRepository, open_repository
from tests.interop.rows import row_counts

FUZZ = settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def small_archive(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """One signed demo visit: every record kind, small enough to fuzz quickly."""
    from bodymap.interop.archive import export_archive

    copy = tmp_path_factory.mktemp("fuzz-src") / "demo.sqlite"
    shutil.copy(demo_file, copy)
    repo = open_repository(str(copy))
    try:
        document = json.loads(export_archive(repo, [2]))
    finally:
        repo.close()
    # The second visit: signed, with a screening prefilled from the first (dropped, so unset).
    visit = document["visits"][1]
    visit["record"]["screening"]["prefilled_from_visit"] = None
    document["visits"] = [visit]
    return json.dumps(document, sort_keys=True).encode()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Any:
    repo = open_repository(str(tmp_path_factory.mktemp("fuzz-dst") / "target.sqlite"))
    yield repo
    repo.close()


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _replace(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    node = document
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return document


def _attempt(repo: ChartRepository, data: bytes) -> None:
    before = row_counts(repo)
    message = ""
    try:
        import_archive(repo, data)
    except ArchiveError as exc:
        message = str(exc)
    except BodyMapError:
        message = "refused"
    if message:
        assert "\n" not in message
        assert row_counts(repo) == before


JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
HUGE = st.sampled_from(
    [10**30, -(10**30), 1e308, -1e308, 2**63, "x" * 200_000, [0] * 200_001, 1e-320]
)


@FUZZ
@given(cut=st.floats(min_value=0.0, max_value=1.0, exclude_max=True))
def test_truncated_files(small_archive: bytes, target: ChartRepository, cut: float) -> None:
    data = small_archive[: int(len(small_archive) * cut)]
    with pytest.raises(ArchiveError):
        import_archive(target, data)
    assert row_counts(target)["visits"] == 0


@FUZZ
@given(pick=st.integers(min_value=0), junk=JUNK)
def test_wrong_types(small_archive: bytes, target: ChartRepository, pick: int, junk: Any) -> None:
    document = json.loads(small_archive)
    paths = _paths(document)
    _attempt(target, json.dumps(_replace(document, paths[pick % len(paths)], junk)).encode())


@FUZZ
@given(pick=st.integers(min_value=0), key=st.text(min_size=1, max_size=8), value=JUNK)
def test_unknown_keys(
    small_archive: bytes, target: ChartRepository, pick: int, key: str, value: Any
) -> None:
    document = json.loads(small_archive)
    objects = [p for p in _paths(document) if isinstance(_get(document, p), dict)]
    node = _get(document, objects[pick % len(objects)])
    if key in node:
        return
    node[key] = value
    before = row_counts(target)
    with pytest.raises(ArchiveError, match="Additional properties|unexpected"):
        import_archive(target, json.dumps(document).encode())
    assert row_counts(target) == before


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


@FUZZ
@given(pick=st.integers(min_value=0), huge=HUGE)
def test_huge_values(small_archive: bytes, target: ChartRepository, pick: int, huge: Any) -> None:
    document = json.loads(small_archive)
    leaves = [p for p in _paths(document) if p and not isinstance(_get(document, p), dict | list)]
    _attempt(target, json.dumps(_replace(document, leaves[pick % len(leaves)], huge)).encode())


@FUZZ
@given(source=st.integers(min_value=0), dest=st.integers(min_value=0))
def test_duplicate_ids(
    small_archive: bytes, target: ChartRepository, source: int, dest: int
) -> None:
    document = json.loads(small_archive)
    ids = [p for p in _paths(document) if p and p[-1] == "uuid"]
    a, b = ids[source % len(ids)], ids[dest % len(ids)]
    if a == b:
        return
    _replace(document, b, _get(document, a))
    before = row_counts(target)
    # Either the duplicate itself or a reference it broke is named.
    with pytest.raises(ArchiveError, match="also used by|in the file"):
        import_archive(target, json.dumps(document).encode())
    assert row_counts(target) == before


def test_duplicate_local_ids_of_one_kind(small_archive: bytes, target: ChartRepository) -> None:
    document = json.loads(small_archive)
    points = document["visits"][0]["trigger_points"]
    points[1]["local_id"] = points[0]["local_id"]
    with pytest.raises(ArchiveError, match=r"trigger_points\[1\]: local_id .* also used by"):
        import_archive(target, json.dumps(document).encode())


def test_nesting_deeper_than_any_archive(target: ChartRepository) -> None:
    with pytest.raises(ArchiveError):
        import_archive(target, b"[" * 100_000 + b"]" * 100_000)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe",
        b"null",
        b"[]",
        b'{"format": "other"}',
        b'{"a": 1, "a": 2}',
        b'{"format": "bodymap-archive", "x": NaN}',
    ],
)
def test_not_an_archive(target: ChartRepository, data: bytes) -> None:
    with pytest.raises(ArchiveError):
        import_archive(target, data)

from __future__ import annotations

import pytest

from tests.analysis.toy_atlas import ToyAtlas


@pytest.fixture
def toy() -> ToyAtlas:
    return ToyAtlas()

"""The Record tab loads at once while another connection holds the database's write lock."""

from __future__ import annotations

import time
from pathlib import Path

from bodymap.storage import ChartRepository
from bodymap.ui.record import RecordView
from bodymap.ui.record.soap import SoapSection
from tests.write_lock import holding_write_lock

#: Far below SQLite's busy timeout (5 s): a load this fast did not wait for the lock.
NO_WAIT_S = 2.0


def test_record_view_loads_while_another_writer_holds_the_lock(
    qtbot, repo: ChartRepository, atlas, charted_visit: int, tmp_path: Path
) -> None:
    view = RecordView(repo, atlas)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    with holding_write_lock(tmp_path / "record.sqlite"):
        start = time.perf_counter()
        view.set_visit(charted_visit)
        elapsed = time.perf_counter() - start
        assert "Zoë" in view.header.text()
        assert view.section(SoapSection).has_visit
        assert view.sign_section.blockers  # the sign check read the record too
    assert elapsed < NO_WAIT_S

"""The audit log stores changed fields only; a creation's record is recovered when read."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from bodymap.model.audit import AuditAction
from bodymap.storage import ChartRepository
from tests.storage.conftest import Chart, square
from tests.storage.signing import sign_complete_visit


def stored_payloads(db_path: Path) -> list[tuple[str, str, str | None, str | None]]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(
            "SELECT table_name, action, old_value, new_value FROM audit_log ORDER BY id"
        ).fetchall()


def test_a_creation_stores_no_copy_of_the_row(db_path: Path, chart: Chart) -> None:
    created = [row for row in stored_payloads(db_path) if row[1] == "create"]
    assert {row[0] for row in created} >= {"visits", "trigger_points", "pain_zones"}
    assert all(old is None and new is None for _t, _a, old, new in created)


def test_the_record_as_created_comes_back_after_later_changes(
    repo: ChartRepository, chart: Chart, db_path: Path
) -> None:
    before = {e.table: json.loads(e.new or "") for e in repo.audit_log(chart.visit.id or 0)}
    repo.set_actor(chart.clinician.id)
    repo.update_trigger_point(replace(chart.point, tenderness=2, notes="eased"))
    repo.update_zone(replace(chart.zone, polygons=(square(10, 10),), intensity=3))
    repo.delete_zone(chart.zone.id or 0)
    repo.restore_zone(chart.zone.id or 0)
    sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
    entries = repo.audit_log(chart.visit.id or 0)
    created = {e.table: json.loads(e.new or "") for e in entries if e.action is AuditAction.CREATE}
    for table in ("visits", "trigger_points", "pain_zones", "outcome_measures"):
        assert created[table] == before[table]
    assert created["trigger_points"]["tenderness"] == 7
    assert created["pain_zones"]["polygons"][0]["exterior"][0] == [150.0, 40.0]
    assert created["pain_zones"]["deleted_at"] is None
    assert created["visits"]["status"] == "draft"
    # ...while the log itself holds only what changed.
    updates = [r for r in stored_payloads(db_path) if r[1] == "update"]
    assert ("trigger_points", "update", "7", "2") in updates
    assert all(r[3] is None for r in stored_payloads(db_path) if r[1] == "create")

"""Every change to a visit's data is written to the audit log, with who, what and old → new."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bodymap.model.audit import AuditAction
from bodymap.storage import ChartRepository, SignedVisitError
from tests.storage.conftest import Chart, fill_chart, square
from tests.storage.signing import sign_complete_visit


def test_creation_is_audited_with_a_snapshot(repo: ChartRepository, chart: Chart) -> None:
    entries = repo.audit_log(chart.visit.id or 0)
    assert [(e.action, e.table) for e in entries] == [
        (AuditAction.CREATE, "visits"),
        (AuditAction.CREATE, "trigger_points"),
        (AuditAction.CREATE, "pain_zones"),
        (AuditAction.CREATE, "outcome_measures"),
    ]
    point_entry = entries[1]
    assert point_entry.record_id == chart.point.id
    assert point_entry.old is None
    snapshot = json.loads(point_entry.new or "")
    assert snapshot["muscle"] == "upper_trapezius"
    assert snapshot["tenderness"] == 7
    zone_snapshot = json.loads(entries[2].new or "")
    assert zone_snapshot["polygons"][0]["exterior"][0] == [150.0, 40.0]  # JSON, not JSON-in-text
    assert all(e.who is None and e.actor_label == "system" for e in entries)


def test_updates_record_field_old_and_new(repo: ChartRepository, chart: Chart) -> None:
    repo.set_actor(chart.clinician.id)
    repo.update_trigger_point(replace(chart.point, tenderness=3, notes="eased ✓"))
    repo.update_visit(replace(chart.visit, plan="Stretch daily"))
    entries = repo.audit_log(chart.visit.id or 0)[4:]
    changes = {(e.table, e.field): (e.old, e.new) for e in entries}
    assert changes == {
        ("trigger_points", "tenderness"): ("7", "3"),
        ("trigger_points", "notes"): ('""', '"eased ✓"'),
        ("visits", "plan"): ('""', '"Stretch daily"'),
    }
    assert {e.action for e in entries} == {AuditAction.UPDATE}
    assert {e.who for e in entries} == {chart.clinician.id}
    assert entries[0].when <= entries[-1].when


def test_no_entry_for_a_no_op_update(repo: ChartRepository, chart: Chart) -> None:
    before = len(repo.audit_log(chart.visit.id or 0))
    repo.update_zone(chart.zone)
    assert len(repo.audit_log(chart.visit.id or 0)) == before


def test_delete_restore_and_sign(repo: ChartRepository, chart: Chart) -> None:
    repo.set_actor(chart.clinician.id)
    repo.delete_zone(chart.zone.id or 0)
    repo.restore_zone(chart.zone.id or 0)
    sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
    delete, restore, no_events, sign, signature = repo.audit_log(chart.visit.id or 0)[-5:]
    assert (no_events.action, no_events.table) == (AuditAction.CREATE, "record_flags")
    assert (delete.action, delete.table, delete.record_id) == (
        AuditAction.DELETE,
        "pain_zones",
        chart.zone.id,
    )
    assert delete.old == "null"
    assert json.loads(delete.new or "")
    assert restore.action is AuditAction.RESTORE
    assert restore.new == "null"
    assert sign.action is AuditAction.SIGN
    assert json.loads(sign.new or "")["signed_by"] == chart.clinician.id
    assert sign.who == chart.clinician.id
    assert (signature.action, signature.table) == (AuditAction.SIGNATURE, "visit_signatures")
    assert len(json.loads(signature.new or "")["content_hash"]) == 64


def test_refused_change_leaves_no_entry(repo: ChartRepository, chart: Chart) -> None:
    sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
    count = len(repo.audit_log(chart.visit.id or 0))
    with pytest.raises(SignedVisitError):
        repo.add_zone(replace(chart.zone, id=None, polygons=(square(1, 1),)))
    assert len(repo.audit_log(chart.visit.id or 0)) == count


def test_entries_are_kept_per_visit(repo: ChartRepository, chart: Chart) -> None:
    other = fill_chart(repo)
    assert {e.visit_id for e in repo.audit_log(other.visit.id or 0)} == {other.visit.id}
    assert len(repo.audit_log(chart.visit.id or 0)) == 4

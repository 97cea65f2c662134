"""What a window counts as the user's change, and how "Keep mine" re-bases it on theirs."""

from __future__ import annotations

from dataclasses import replace

from bodymap.model.record import AdverseEvent
from bodymap.ui.record.versioned import changes, others_changed, rebased

BASE = AdverseEvent(
    id=7,
    uuid="0b8e6a4e-3f1d-4c55-9a7e-2d0c6f1e9b10",
    row_version=3,
    visit_id=1,
    event_type="bruising",
    action_taken="Ice",
)


def test_changes_are_the_fields_edited_ids_and_versions_never_count() -> None:
    mine = replace(BASE, row_version=9, time_course="2 days")
    assert changes(BASE, mine) == {"time_course": "2 days"}
    assert changes(BASE, replace(BASE, id=8, uuid=None)) == {}


def test_keep_mine_puts_only_my_fields_over_theirs() -> None:
    mine = replace(BASE, action_taken="Pressure")
    theirs = replace(BASE, row_version=4, action_taken="Ice 10 min", notes="Resolved")
    kept = rebased(theirs, BASE, mine)
    assert (kept.action_taken, kept.notes, kept.row_version) == ("Pressure", "Resolved", 4)


def test_others_changed_ignores_my_own_fields() -> None:
    mine = replace(BASE, action_taken="Pressure")
    assert not others_changed(BASE, mine, replace(mine, row_version=4))
    assert others_changed(BASE, mine, replace(mine, notes="Resolved"))

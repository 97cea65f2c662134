"""A signed visit is read-only in the storage layer itself, whatever path a write takes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bodymap.model import VisitStatus
from bodymap.model.audit import AuditAction
from bodymap.storage import ChartRepository, DatabaseError, SignedVisitError
from bodymap.storage.record_repository import RecordRepository
from bodymap.storage.tables import TriggerPointRow, VisitRow
from tests.storage.conftest import Chart, make_point
from tests.storage.signing import sign_complete_visit

Write = Callable[[ChartRepository, Chart], Any]

#: Every repository method that writes a visit or its marks, applied to the signed chart.
WRITES: dict[str, Write] = {
    "update_visit": lambda r, c: r.update_visit(replace(c.visit, subjective="edited later")),
    "sign_visit": lambda r, c: RecordRepository(r, frozenset()).sign_visit(
        c.visit.id or 0, c.clinician.id or 0, "any secret"
    ),
    "add_trigger_point": lambda r, c: r.add_trigger_point(make_point(c.visit.id)),
    "update_trigger_point": lambda r, c: r.update_trigger_point(replace(c.point, x=1.0)),
    "delete_trigger_point": lambda r, c: r.delete_trigger_point(c.point.id or 0),
    "add_zone": lambda r, c: r.add_zone(replace(c.zone, id=None)),
    "update_zone": lambda r, c: r.update_zone(replace(c.zone, intensity=1)),
    "delete_zone": lambda r, c: r.delete_zone(c.zone.id or 0),
    "add_measure": lambda r, c: r.add_measure(replace(c.measure, id=None)),
    "update_measure": lambda r, c: r.update_measure(replace(c.measure, value=2)),
    "delete_measure": lambda r, c: r.delete_measure(c.measure.id or 0),
}


@pytest.fixture
def signed(repo: ChartRepository, chart: Chart) -> Chart:
    visit = sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
    return replace(chart, visit=visit)


@pytest.mark.parametrize("method", sorted(WRITES))
def test_every_repository_write_is_refused(
    repo: ChartRepository, signed: Chart, method: str
) -> None:
    before = repo.load_chart(signed.visit.id or 0)
    audit_before = repo.audit_log(signed.visit.id or 0)
    with pytest.raises(SignedVisitError, match=f"visit {signed.visit.id} is signed"):
        WRITES[method](repo, signed)
    assert repo.load_chart(signed.visit.id or 0) == before
    assert repo.audit_log(signed.visit.id or 0) == audit_before


def test_restore_on_signed_visit_is_refused(repo: ChartRepository, chart: Chart) -> None:
    repo.delete_zone(chart.zone.id or 0)
    sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
    with pytest.raises(SignedVisitError):
        repo.restore_zone(chart.zone.id or 0)
    assert repo.load_chart(chart.visit.id or 0).zones == ()


def test_moving_a_point_into_a_signed_visit_is_refused(repo: ChartRepository, chart: Chart) -> None:
    draft = repo.add_visit(replace(chart.visit, id=None, started_at=datetime(2026, 12, 1)))
    point = repo.add_trigger_point(make_point(draft.id))
    sign_complete_visit(repo, chart.visit.id or 0, chart.clinician.id or 0)
    with pytest.raises(SignedVisitError):
        repo.update_trigger_point(replace(point, visit_id=chart.visit.id))


def test_draft_visits_stay_writable_next_to_signed_ones(
    repo: ChartRepository, signed: Chart
) -> None:
    draft = repo.add_visit(replace(signed.visit, id=None, status=VisitStatus.DRAFT, signed_at=None))
    assert repo.add_zone(replace(signed.zone, id=None, visit_id=draft.id, source_point_id=None))


def _raw_write(repo: ChartRepository, change: Callable[[Session], None]) -> None:
    with repo.session_factory.begin() as session:
        change(session)


def _move_point(session: Session, point_id: int) -> None:
    row = session.get(TriggerPointRow, point_id)
    assert row is not None
    row.x = 5.0


def _unsign(session: Session, visit_id: int) -> None:
    visit = session.get(VisitRow, visit_id)
    assert visit is not None
    visit.status = "draft"  # un-signing is a change to a signed visit too


def _add_point(session: Session, visit_id: int) -> None:
    session.add(
        TriggerPointRow(
            visit_id=visit_id,
            number=9,
            view="anterior",
            x=1.0,
            y=1.0,
            muscle="m",
            side="left",
            activity="active",
            twitch="none",
        )
    )


def _hard_delete(session: Session, point_id: int) -> None:
    session.delete(session.get(TriggerPointRow, point_id))


def test_raw_orm_session_write_is_refused(repo: ChartRepository, signed: Chart) -> None:
    point_id, visit_id = signed.point.id or 0, signed.visit.id or 0
    changes: list[Callable[[Session], None]] = [
        lambda s: _move_point(s, point_id),
        lambda s: _unsign(s, visit_id),
        lambda s: _add_point(s, visit_id),
        lambda s: _hard_delete(s, point_id),
    ]
    for change in changes:
        with pytest.raises(SignedVisitError):
            _raw_write(repo, change)
    assert repo.load_chart(visit_id).trigger_points == (signed.point,)
    assert repo.get_visit(visit_id).is_signed


def test_bulk_orm_writes_on_visit_data_are_refused(repo: ChartRepository, signed: Chart) -> None:
    with repo.session_factory() as session, pytest.raises(DatabaseError, match="bulk writes"):
        session.execute(update(TriggerPointRow).values(x=1.0))
    with repo.session_factory() as session:
        xs = session.scalars(select(TriggerPointRow.x)).all()
    assert xs == [signed.point.x]


def _sign_directly(session: Session, visit_id: int) -> None:
    visit = session.get(VisitRow, visit_id)
    assert visit is not None
    visit.status = "signed"
    visit.signed_at = datetime(2026, 10, 5, 12, 0)


def test_signing_without_the_record_rules_is_refused(repo: ChartRepository, chart: Chart) -> None:
    # The chart has no adverse-event statement, so the rules would block it; a session that
    # sets the status itself must not be a way around them.
    visit_id = chart.visit.id or 0
    assert not hasattr(repo, "sign_visit")
    with pytest.raises(DatabaseError, match="RecordRepository.sign_visit"):
        _raw_write(repo, lambda s: _sign_directly(s, visit_id))
    with pytest.raises(DatabaseError, match="RecordRepository.sign_visit"):
        _raw_write(repo, lambda s: _add_signed_visit(s, chart.patient.id or 0))
    assert [v.status for v in repo.list_visits(chart.patient.id or 0)] == [VisitStatus.DRAFT]
    assert AuditAction.SIGN not in {e.action for e in repo.audit_log(visit_id)}


def _add_signed_visit(session: Session, patient_id: int) -> None:
    session.add(VisitRow(patient_id=patient_id, started_at=datetime(2026, 12, 2), status="signed"))

"""Test helper: sign a charted visit the only way the app can, through the record rules."""

from __future__ import annotations

from bodymap.model import Visit
from bodymap.model.rules import ThoraxRisk
from bodymap.storage import ChartRepository
from bodymap.storage.record_repository import RecordRepository

#: The signing secret tests give every clinician.
TEST_SECRET = "test-secret-1"


def sign_complete_visit(
    repo: ChartRepository,
    visit_id: int,
    clinician_id: int,
    thorax_risk: ThoraxRisk = frozenset(),
) -> Visit:
    """Record "no adverse events" (unless events are recorded), then sign through the rules.

    A visit charted without needling lacks only the adverse-event statement; anything else
    still missing makes ``RecordRepository.sign_visit`` raise SignBlockedError, as in the app.

    Args:
        repo: the open chart repository holding the visit.
        visit_id: the draft visit to sign.
        clinician_id: the signing clinician.
        thorax_risk: thorax-risk muscle/site ids for the sign rules.

    The clinician gets the test secret (``TEST_SECRET``) first if they have none.

    Returns:
        The signed visit.
    """
    records = RecordRepository(repo, thorax_risk)
    if not records.list_adverse_events(visit_id):
        records.set_no_adverse_events(visit_id)
    ensure_secret(records, clinician_id)
    return records.sign_visit(visit_id, clinician_id, TEST_SECRET)


def ensure_secret(records: RecordRepository, clinician_id: int) -> str:
    """Give ``clinician_id`` the test signing secret unless they have one; return it."""
    if not records.has_signing_secret(clinician_id):
        records.set_signing_secret(clinician_id, TEST_SECRET)
    return TEST_SECRET

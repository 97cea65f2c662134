"""A clinic-sized benchmark database: ~400 patients, 40,000 visits, built once and reused.

Every benchmark that needs clinic scale calls :func:`clinic_db` and gets the path of a SQLite
file in /tmp (built on first use, about a minute or two; rebuilt when the schema head or this
builder changes). The content is realistic and written the way the app writes it:

- patients and the clinician through ``ChartRepository``;
- visits, trigger points at catalogue sites, referred-pain and patient-drawn zones, outcome
  measures (NPRS, PPT, NDI/ODI, PSFS) and the clinical record (screening prefilled from the
  previous visit, course consent reconfirmed, needling of the active points, adverse events or
  the explicit "none", plan) as the storage's own row classes, filled by the storage's own
  model→row mapping, in the repository's guarded session: the signed-visit guard and the audit
  hook run on every flush, exactly as for a clinician's edits;
- the Objective text is written after the marks (an audited update, as the window does);
- every visit but each patient's latest is signed through the guard's signing door
  (``mark_sign_checked``), after the sign rules (``check_signable``) have passed on the first
  visit of every patient (the others follow the same pattern), and sealed as ``sign_visit``
  seals it (``write_signature``: content hash, identity snapshot, audit entry). The signing
  secret is the one step left out: it proves a person, not data.

What makes it fast is batching, not short cuts: one transaction per patient and one flush per
row kind instead of one transaction per mark. Patients with exactly 100 and 200 visits carry the
chart numbers ``BENCH-100`` and ``BENCH-200``.

Use from a benchmark::

    from clinic_db import clinic_db, open_clinic   # benchmarks/ is on sys.path
    path = clinic_db()                              # /tmp/bodymap-clinic-40000.sqlite
    repo, patient_100 = open_clinic(path, visits=100)

Or build one directly (another size, another place, or a PostgreSQL URL)::

    python benchmarks/clinic_db.py [--visits 40000] [--out PATH_OR_URL] [--force]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a source checkout

from sqlalchemy import inspect, select  # noqa: E402

from bodymap.anatomy.atlas import load_atlas  # noqa: E402
from bodymap.anatomy.thorax import thorax_risk_rule  # noqa: E402
from bodymap.demo import DEMO_CLINICIAN, find_site  # noqa: E402
from bodymap.demo.cases import CASES, DemoCase  # noqa: E402
from bodymap.demo.record import fill_record  # noqa: E402
from bodymap.model import (  # noqa: E402
    Activity,
    CarryStatus,
    Depth,
    Instrument,
    MeasureTiming,
    PainZone,
    Patient,
    Sex,
    TriggerPoint,
    TwitchResponse,
    Visit,
    ZoneKind,
)
from bodymap.model.measures import (  # noqa: E402
    NprsReading,
    PsfsAssessment,
    ndi_measure,
    nprs_measure,
    odi_measure,
    ppt_measure,
)
from bodymap.storage import (  # noqa: E402
    ChartRepository,
    mapping,
    open_repository,
)
from bodymap.storage.guard import mark_sign_checked  # noqa: E402
from bodymap.storage.migrate import head_revision, load_table_modules  # noqa: E402
from bodymap.storage.record_repository import RecordRepository  # noqa: E402
from bodymap.storage.record_signing import check_signable  # noqa: E402
from bodymap.storage.record_tables import (  # noqa: E402
    ConsentRow,
    NeedlingRow,
    PlanRow,
    RecordFlagsRow,
    ScreeningRow,
)
from bodymap.storage.signatures import write_signatures  # noqa: E402
from bodymap.storage.tables import (  # noqa: E402
    OutcomeMeasureRow,
    PainZoneRow,
    TriggerPointRow,
    VisitRow,
)

TOTAL_VISITS = 40_000
PATIENTS = 400
PATIENTS_PER_TRANSACTION = 20
#: Bump when the content changes, so cached files are rebuilt.
BUILDER_VERSION = 3  # 3: signed visits are sealed (issue 10)
#: Record tables other features add later, copied like the rest when they exist.
_EXTRA_RECORD_ROWS: tuple[type[Any], ...] = ()
FIRST_NAMES = (
    "Ana",
    "Björn",
    "Chidi",
    "Dana",
    "Émile",
    "Farah",
    "Goran",
    "Hana",
    "Ikaika",
    "Jun",
    "Kofi",
    "Leila",
    "Mateo",
    "Nia",
    "Oskar",
    "Priya",
    "Quinn",
    "Rūta",
    "Sven",
    "Tomás",
)
LAST_NAMES = (
    "Abara",
    "Brennan",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fujita",
    "García",
    "Horvat",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Müller",
    "Nakamura",
    "O'Neill",
    "Petrov",
    "Quispe",
    "Rossi",
    "Søndergaard",
    "Takahashi",
)


def course_lengths(
    total: int = TOTAL_VISITS, patients: int = PATIENTS, seed: int = 14
) -> list[int]:
    """Visits per patient: one of 200 and several of 100 first, the rest spread to ``total``."""
    rng = random.Random(seed)
    fixed = [200, 100, 100, 100] if total >= 1000 else [min(total, 100)]
    rest = patients - len(fixed) if total >= 1000 else 0
    remaining = total - sum(fixed)
    if rest <= 0:
        return fixed
    weights = [rng.uniform(0.1, 1.9) for _ in range(rest)]
    scale = remaining / sum(weights)
    lengths = [max(2, min(190, round(w * scale))) for w in weights]
    lengths[-1] += remaining - sum(lengths)  # exact total
    return fixed + [n for n in lengths if n > 0]


def default_path(total: int = TOTAL_VISITS) -> Path:
    """Where the shared file lives: /tmp, keyed on size, schema head and builder version."""
    return Path(os.environ.get("TMPDIR", "/tmp")) / f"bodymap-clinic-{total}.sqlite"


def _stamp(total: int) -> str:
    return f"{head_revision()} v{BUILDER_VERSION} {total}"


def clinic_db(total: int = TOTAL_VISITS, path: Path | None = None, quiet: bool = False) -> Path:
    """Path of the clinic database, built if it is missing or was built by another version."""
    target = path or default_path(total)
    stamp_file = target.with_suffix(".stamp")
    stamp = _stamp(total)
    if target.exists() and stamp_file.exists() and stamp_file.read_text() == stamp:
        return target
    for stale in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    # per-process name: two benchmarks building at once must not write the same file
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    build(str(partial), total, quiet=quiet)
    partial.replace(target)
    stamp_file.write_text(stamp)
    return target


def open_clinic(path: Path, visits: int) -> tuple[ChartRepository, Patient]:
    """Open the clinic database and return the benchmark patient with ``visits`` visits."""
    repo = open_repository(str(path))
    patient = repo.find_patient_by_chart_number(f"BENCH-{visits}")
    if patient is None:
        raise SystemExit(f"{path}: no patient BENCH-{visits}")
    return repo, patient


def build(spec: str, total: int = TOTAL_VISITS, quiet: bool = False) -> None:
    """Write a clinic of ``total`` visits into the (new, empty) database ``spec``."""
    start = time.perf_counter()
    atlas = load_atlas()
    repo = open_repository(spec)
    records = RecordRepository(repo, thorax_risk=thorax_risk_rule(atlas.thorax_risk_ids))
    clinician = repo.add_clinician(DEMO_CLINICIAN)
    repo.set_actor(clinician.id)
    lengths = course_lengths(total)
    today = date(2026, 11, 30)
    done = 0
    for first in range(0, len(lengths), PATIENTS_PER_TRANSACTION):
        with repo.batch():  # a few large transactions: commits (fsyncs) dominate otherwise
            for index in range(first, min(len(lengths), first + PATIENTS_PER_TRANSACTION)):
                visits = lengths[index]
                case = CASES[index % len(CASES)]
                number = f"BENCH-{visits}" if index < 2 else f"CLINIC-{index:04d}"
                patient = repo.add_patient(_patient(case, index, number))
                with repo.transaction() as session:
                    _write_course(
                        session,
                        records,
                        atlas,
                        case,
                        patient.id or 0,
                        clinician.id or 0,
                        visits,
                        today,
                    )
                done += visits
        if not quiet:
            rate = done / (time.perf_counter() - start)
            print(
                f"  {index + 1}/{len(lengths)} patients, {done} visits ({rate:.0f}/s)", flush=True
            )
    repo.close()


def _patient(case: DemoCase, index: int, number: str) -> Patient:
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    last = LAST_NAMES[(index // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return replace(
        case.patient,
        name=f"{first} {last}-{index:03d}",
        chart_number=number,
        sex=Sex.FEMALE if index % 2 == 0 else Sex.MALE,
        date_of_birth=date(1950 + index % 50, 1 + index % 12, 1 + index % 28),
    )


def _lerp(start: float, end: float, t: float) -> float:
    return start + (end - start) * t


def _split(total: int, count: int, high: int) -> tuple[int, ...]:
    return tuple(min(high, total // count + (1 if i < total % count else 0)) for i in range(count))


def _write_course(
    session: Any,
    records: Any,
    atlas: Any,
    case: DemoCase,
    patient_id: int,
    clinician_id: int,
    count: int,
    today: date,
) -> None:
    """One patient's course, one flush per row kind; the hooks guard and audit every row."""
    sites = [find_site(atlas, p) for p in case.points]
    interval = 7 if count <= 100 else 5
    first_day = today - timedelta(days=interval * (count - 1))
    visits: list[VisitRow] = []
    for k in range(count):
        t = k / max(1, count - 1)
        stage = 0 if t < 0.34 else 1 if t < 0.75 else 2
        started = datetime.combine(first_day + timedelta(days=interval * k), clock(9 + k % 8))
        visit = Visit(
            patient_id=patient_id,
            clinician_id=clinician_id,
            started_at=started,
            subjective=case.subjective[stage],
            assessment=case.assessment[stage],
            plan=case.plan,
        )
        visits.append(VisitRow(status="draft", **mapping.visit_values(visit)))
    session.add_all(visits)
    session.flush()

    # Trigger points: active ones are needled and get their referral zones.
    treated: list[list[tuple[TriggerPointRow, Any, Any]]] = [[] for _ in visits]
    for k, visit in enumerate(visits):
        t = k / max(1, count - 1)
        # A course with flare-ups: points come back latent or active now and then.
        flare = k % 23 in (5, 6)
        n = 0
        for point, site in zip(case.points, sites, strict=True):
            if site is None or (t >= point.gone_from and not flare):
                continue
            active = t < point.latent_from or flare
            n += 1
            row = TriggerPointRow(
                **mapping.trigger_point_values(
                    TriggerPoint(
                        visit_id=visit.id,
                        number=n,
                        view=site.view,
                        x=site.x,
                        y=site.y,
                        muscle=site.muscle,
                        side=site.side,
                        site=site.id,
                        activity=Activity.ACTIVE if active else Activity.LATENT,
                        familiar_pain=active,
                        twitch=TwitchResponse.MANY if t < 0.3 else TwitchResponse.FEW,
                        tenderness=max(1, round(point.tenderness * (1 - 0.6 * t))),
                        carry=CarryStatus.NEW if k == 0 else CarryStatus.PERSISTING,
                    )
                )
            )
            session.add(row)
            if active:
                treated[k].append((row, site, point))
    session.flush()

    rows: list[Any] = []
    # The first visit's record goes through the demo's own code and the record repository
    # (so it follows the current safety rules); later visits carry that record forward.
    first = visits[0]
    first_treated = [(mapping.trigger_point_from_row(r), s, d) for r, s, d in treated[0]]
    next_day = first.started_at.date() + timedelta(days=interval) if count > 1 else None
    fill_record(
        records,
        case,
        mapping.visit_from_row(first),
        first_treated,
        clinician_id,
        next_day,
        0,
        True,
    )
    for k, visit in enumerate(visits):
        t = k / max(1, count - 1)
        nprs = max(1, round(_lerp(*case.nprs, t)) + (2 if k % 23 in (5, 6) else 0))
        for point_row, site, _demo in treated[k]:
            for view, polygon in site.referral.essential:
                zone = PainZone(
                    visit_id=visit.id,
                    view=view,
                    polygons=(polygon,),
                    kind=ZoneKind.REFERRED,
                    intensity=max(1, nprs - 1),
                    quality=case.quality,
                    depth=Depth.DEEP,
                    source_point_id=point_row.id,
                )
                rows.append(PainZoneRow(**mapping.zone_values(zone)))
        primary = sites[0]
        if primary is not None:
            for view, polygon in primary.referral.essential:
                zone = PainZone(
                    visit_id=visit.id,
                    view=view,
                    polygons=(polygon,),
                    kind=ZoneKind.PATIENT_REPORTED,
                    intensity=nprs,
                    quality=case.quality,
                    depth=Depth.DEEP,
                    notes="Patient's drawing of the usual pain",
                )
                rows.append(PainZoneRow(**mapping.zone_values(zone)))
        rows += [
            OutcomeMeasureRow(**mapping.measure_values(replace(m, visit_id=visit.id)))
            for m in _measures(case, primary, t, nprs)
        ]
        if k > 0:
            rows += _copied_record(session, visits[0].id, visit.id, treated[0], treated[k])
        # The Objective is written after charting, as the window does (an audited update).
        active = len(treated[k])
        visit.objective = f"Active trigger points: {active}. NPRS {nprs}/10 before treatment."
    session.add_all(rows)
    session.flush()

    # Sign all but the latest visit; the sign rules are checked on the first two of the course.
    for visit in visits[: min(2, count - 1)]:
        check_signable(session, visit, records.thorax_risk)
    signed_at = datetime.combine(today, clock(18))
    for visit in visits[:-1]:
        mark_sign_checked(session, visit.id)
        visit.status = "signed"
        visit.signed_at = min(signed_at, visit.started_at + timedelta(hours=1))
        visit.signed_by = clinician_id
    session.flush()
    signings = [(v.id, clinician_id, v.signed_at) for v in visits[:-1] if v.signed_at]
    write_signatures(session.connection(), signings, clinician_id)


def _measures(case: DemoCase, site: Any, t: float, nprs: int) -> list[Any]:
    post = max(0, nprs - 2)
    measures = [
        nprs_measure(NprsReading.CURRENT, nprs, MeasureTiming.PRE),
        nprs_measure(NprsReading.WORST_24H, min(10, nprs + 2), MeasureTiming.PRE),
        nprs_measure(NprsReading.CURRENT, post, MeasureTiming.POST),
    ]
    if site is not None:
        for timing, gain in ((MeasureTiming.PRE, 0.0), (MeasureTiming.POST, 0.3)):
            mean = round(_lerp(*case.ppt, t) + gain, 1)
            trials = (round(mean - 0.1, 2), mean, round(mean + 0.1, 2))
            measures.append(ppt_measure(site.id, trials, site.side, timing))
    if case.disability is not None:
        instrument, start, end = case.disability
        if instrument is Instrument.NDI:
            measures.append(ndi_measure(_split(round(_lerp(start, end, t)), 10, 5)))
        else:
            measures.append(odi_measure(_split(round(_lerp(start, end, t) / 2), 10, 5)))
    if case.psfs:
        scores = tuple(round(_lerp(2 + i, 9 - i % 2, t)) for i in range(len(case.psfs)))
        measures.append(
            PsfsAssessment(version="1.0", activities=case.psfs, scores=scores).to_measure()
        )
    return measures


#: Columns a carried-forward copy does not take from the first visit's row.
_OWN_COLUMNS = frozenset({"id", "uuid", "visit_id", "row_version", "prefilled_from_visit_id"})


_TEMPLATES: dict[int, list[tuple[type[Any], int | None, dict[str, Any]]]] = {}


def _record_template(
    session: Any, first_id: int
) -> list[tuple[type[Any], int | None, dict[str, Any]]]:
    """The first visit's record rows as column values (read once per course)."""
    if first_id not in _TEMPLATES:
        load_table_modules()
        template = []
        for cls in (ScreeningRow, ConsentRow, PlanRow, NeedlingRow, *_EXTRA_RECORD_ROWS):
            for source in session.scalars(select(cls).where(cls.visit_id == first_id)):
                values = {
                    attr.key: getattr(source, attr.key)
                    for attr in inspect(source).mapper.column_attrs
                    if attr.key not in _OWN_COLUMNS
                }
                template.append((cls, getattr(source, "trigger_point_id", None), values))
        _TEMPLATES.clear()  # one course at a time
        _TEMPLATES[first_id] = template
    return _TEMPLATES[first_id]


def _copied_record(
    session: Any, first_id: int, visit_id: int, first_points: list[Any], points: list[Any]
) -> list[Any]:
    """The first visit's record rows for a later visit: screening prefilled from it, consent
    reconfirmed, the needling of points treated again (matched by number), no adverse event.

    Copied column by column, so columns added to these tables later are carried too.
    """
    copies: list[Any] = []
    number_to_row = {row.number: row for row, _s, _d in points}
    for cls, source_point, source_values in _record_template(session, first_id):
        values = dict(source_values, visit_id=visit_id)
        if cls is ScreeningRow:
            values["prefilled_from_visit_id"] = first_id
        if cls is ConsentRow and "reconfirmed_this_visit" in values:
            values["reconfirmed_this_visit"] = True
        if cls is NeedlingRow:
            first_number = next(
                (r.number for r, _s, _d in first_points if r.id == source_point), None
            )
            target = number_to_row.get(first_number)
            if target is None:
                continue  # that point is not treated at this visit
            values["trigger_point_id"] = target.id
        copies.append(cls(**values))
    copies.append(RecordFlagsRow(visit_id=visit_id, no_adverse_events=True))
    return copies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=TOTAL_VISITS)
    parser.add_argument("--out", help="database file or URL (default: the shared /tmp file)")
    parser.add_argument("--force", action="store_true", help="rebuild the shared file")
    args = parser.parse_args()
    start = time.perf_counter()
    if args.out and "://" in args.out:
        build(args.out, args.visits)
        where = args.out
    else:
        target = Path(args.out) if args.out else default_path(args.visits)
        if args.force:
            target.with_suffix(".stamp").unlink(missing_ok=True)
        where = str(clinic_db(args.visits, target))
    print(f"{where}: ready in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

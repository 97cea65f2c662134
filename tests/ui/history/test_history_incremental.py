"""History reads and computes only what changed, and only while it is in front."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine, event

from bodymap.model import Patient, Visit
from bodymap.ui.history import HistoryView
from tests.ui.history.conftest import add_course, rect


def statements_during(action) -> list[str]:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        action()
    finally:
        event.remove(Engine, "before_cursor_execute", count)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def shown_view(qtbot, repo, atlas) -> HistoryView:
    view = HistoryView(repo, atlas)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def test_showing_the_same_patient_again_reads_revisions_and_recomputes_nothing(
    qtbot, repo, toy
) -> None:
    patient = add_course(repo, visits=5)
    view = shown_view(qtbot, repo, toy)
    first = statements_during(lambda: view.set_patient(patient.id))
    assert len(first) <= 9  # patient, revisions, then the charts in a constant number
    view.grab()  # each visit's map and pain area are made when its item is first painted
    assert view.extents.computed == 5
    items = [view.timeline.item(i) for i in range(view.timeline.count())]
    again = statements_during(lambda: view.set_patient(patient.id))
    assert len(again) == 2  # the patient and the visits' revisions, nothing else
    view.grab()
    assert view.extents.computed == 5
    assert [view.timeline.item(i) for i in range(view.timeline.count())] == items  # untouched


def test_an_edited_visit_is_the_only_one_reloaded_and_recomputed(qtbot, repo, toy) -> None:
    patient = add_course(repo, visits=5)
    view = shown_view(qtbot, repo, toy)
    view.set_patient(patient.id)
    view.grab()
    view.compare(1, 3)
    edited = view.charts[2]
    zone = edited.zones[0]
    repo.update_zone(replace(zone, polygons=(rect(100, 40, 300, 400),)))
    view.refresh()
    view.grab()
    assert view.extents.computed == 6  # only the edited visit again
    assert view.charts[2].zones[0].polygons == (rect(100, 40, 300, 400),)
    assert view.charts[1] is not edited
    assert view.charts[0].visit.id == edited.visit.id - 2
    selected = sorted(view.timeline.row(i) for i in view.timeline.selectedItems())
    assert selected == [1, 3]  # the compared pair is kept
    # A new visit appears at its place in time, alone computed.
    repo.add_visit(
        Visit(
            patient_id=patient.id or 0,
            started_at=view.charts[-1].visit.started_at.replace(year=2027),
        )
    )
    view.refresh()
    view.grab()
    assert len(view.charts) == 6
    assert view.extents.computed == 7


def test_a_renamed_patient_shows_the_new_name_without_recomputing(qtbot, repo, toy) -> None:
    patient = add_course(repo, visits=3)
    view = shown_view(qtbot, repo, toy)
    view.set_patient(patient.id)
    view.grab()
    renamed: Patient = repo.update_patient(replace(patient, name="Zoë Ñúñez"))
    view.set_patient(patient.id)
    assert view.patient == renamed
    assert {c.patient.name for c in view.charts} == {"Zoë Ñúñez"}
    view.grab()
    assert view.extents.computed == 3


def test_history_is_left_alone_while_another_tab_is_in_front(
    qtbot, main_window, repo, visit
) -> None:
    window = main_window()
    window.tabs.setCurrentWidget(window.history_tab)
    history = window.history_tab.built
    assert history is not None
    assert history.patient is not None
    first_patient = history.patient
    window.tabs.setCurrentWidget(window.chart_page)
    other = repo.add_patient(Patient(name="Ada Second", chart_number="T-2"))
    repo.add_visit(Visit(patient_id=other.id or 0, started_at=visit.started_at))
    window.patients.reload_patients(select_id=other.id)
    assert window.patients.current_patient_id() == other.id
    assert history.patient == first_patient  # not read while hidden
    window.tabs.setCurrentWidget(window.history_tab)
    assert history.patient is not None
    assert history.patient.id == other.id


def test_the_body_art_is_rendered_once_per_size_not_per_thumbnail(qtbot, repo, atlas) -> None:
    patient = add_course(repo, visits=7)
    view = shown_view(qtbot, repo, atlas)
    view.set_patient(patient.id)
    view.timeline.grab()
    # 7 thumbnails of two views share one rendering per view and size.
    assert view.timeline.count() == 7
    assert view.art.renders == 2
    view.grab()  # the compared pair's maps: one more size
    first = view.art.renders
    assert first <= 6
    view.set_patient(None)
    view.set_patient(patient.id)
    view.grab()
    assert view.art.renders == first


def test_a_long_course_draws_only_the_visits_in_view(qtbot, repo, toy) -> None:
    patient = add_course(repo, visits=7)
    for _ in range(2):  # 21 visits: more than the strip shows at once
        start = repo.list_visits(patient.id or 0)[-1].started_at
        for k in range(7):
            repo.add_visit(
                Visit(patient_id=patient.id or 0, started_at=start.replace(year=start.year + 1 + k))
            )
    view = shown_view(qtbot, repo, toy)
    view.resize(700, 800)
    view.set_patient(patient.id)
    view.grab()
    assert view.timeline.count() == 21
    assert 0 < view.extents.computed < 21

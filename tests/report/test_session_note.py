"""The session note PDF: text read back with pypdf, vector maps, pages, metadata."""

from __future__ import annotations

from dataclasses import replace

from bodymap.model import VisitChart
from bodymap.report.session_note import SessionNoteRenderer
from bodymap.report.visit_summary import RecordSections, build_visit_summary
from tests.report.conftest import PATIENT_NAME, TinyAtlas, make_chart
from tests.report.pdf_text import flat_text, image_count, page_texts, read_pdf


def render(atlas: TinyAtlas, chart: VisitChart, record: RecordSections | None = None) -> bytes:
    summary = build_visit_summary(
        chart, muscle_name=atlas.muscle_name, record=record, clinic_name="Clínica Łódź"
    )
    return SessionNoteRenderer(atlas).render(summary)


def test_note_prints_patient_muscles_measures_and_footer(
    tiny_atlas: TinyAtlas, chart: VisitChart, record: RecordSections
) -> None:
    data = render(tiny_atlas, chart, record)
    assert data.startswith(b"%PDF")
    text = flat_text(data)
    assert PATIENT_NAME in text  # the embedded TTF carries ë, Ñ, ú, ñ and Ł
    assert "Clínica Łódź" in text
    assert "MRN-00417" in text
    assert "9 Mar 1984" in text
    assert "12 Nov 2026, 09:30" in text
    for muscle in ("Upper trapezius", "Levator scapulae", "Sternocleidomastoid", "Gluteus medius"):
        assert muscle in text
    for value in (
        "NPRS",
        "6/10",
        "3/10",
        "\u22123 points",
        "Pressure pain threshold",
        "2.1 kg/cm² (206 kPa)",
        "+0.5 kg/cm²",
        "Neck Disability Index",
        "13/50 (26%)",
    ):
        assert value in text
    assert "Page 1 of" in text
    assert "Generated" in text
    assert "0.25 × 40 mm, deep dynamic" in text
    assert "Dry-needling procedure" in text
    assert "2 insertions, 6 twitches" in text
    assert "2 in / 1 out \u2013 COUNT MISMATCH" in text
    assert "Bruising" in text
    assert "Upper trapezius stretch" in text
    assert "Patient phoned: soreness settled." in text  # addendum
    assert "Subjective" in text
    assert "worse at the desk" in text


def test_every_page_has_page_x_of_y(tiny_atlas: TinyAtlas) -> None:
    data = render(tiny_atlas, make_chart(points=60))
    pages = page_texts(data)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text


def test_metadata(tiny_atlas: TinyAtlas, chart: VisitChart) -> None:
    meta = read_pdf(render(tiny_atlas, chart)).metadata
    assert meta is not None
    assert meta.title == f"Session note \u2013 {PATIENT_NAME} \u2013 12 Nov 2026"
    assert meta.author == "Ana Ruiz, PT, DPT"
    assert meta.subject == "Dry-needling session note, Clínica Łódź"
    assert meta.creator is not None
    assert meta.creator.startswith("BodyMap")


def test_body_map_is_vector(tiny_atlas: TinyAtlas, chart: VisitChart) -> None:
    data = render(tiny_atlas, chart)
    assert image_count(data) == 0
    # The figure is drawn as paths: the first page's content stream and the forms it places
    # (the silhouette and muscle outlines are written once and reused) fill polygons.
    page = read_pdf(data).pages[0]
    content = page.get_contents()
    assert content is not None
    streams = [content.get_data()]
    forms = page["/Resources"].get("/XObject", {})
    streams += [forms[name].get_object().get_data() for name in forms]
    assert len(streams) > 1, "the body figure is placed as a reused form"
    assert b" Do" in streams[0]
    assert sum(s.count(b" l ") + s.count(b" l\n") for s in streams) > 50


def test_long_note_spills_over_with_table_header_repeated(tiny_atlas: TinyAtlas) -> None:
    data = render(tiny_atlas, make_chart(points=80))
    pages = page_texts(data)
    table_pages = [t for t in pages if "Levator scapulae" in t]
    assert len(table_pages) >= 2
    for text in table_pages:
        assert "Muscle" in text
        assert "Needling" in text
        assert "Twitch" in text
    flat = flat_text(data)
    assert " 80 " in flat  # the last trigger point made it into the table


def test_draft_is_marked_and_signed_note_has_signature(tiny_atlas: TinyAtlas) -> None:
    draft = flat_text(render(tiny_atlas, make_chart()))
    assert "DRAFT" in draft
    assert "not signed" in draft
    signed = flat_text(render(tiny_atlas, make_chart(signed=True)))
    assert "DRAFT" not in signed
    assert "Electronically signed by Ana Ruiz, PT, DPT on 12 Nov 2026, 10:15" in signed


def test_adverse_events_none_is_explicit(tiny_atlas: TinyAtlas, chart: VisitChart) -> None:
    assert "None recorded." in flat_text(render(tiny_atlas, chart))
    explicit = render(tiny_atlas, chart, RecordSections(no_adverse_events=True))
    assert "No adverse events." in flat_text(explicit)


def test_empty_visit_still_renders(tiny_atlas: TinyAtlas, chart: VisitChart) -> None:
    empty = replace(chart, trigger_points=(), zones=(), measures=())
    text = flat_text(render(tiny_atlas, empty))
    assert "No trigger points or pain zones were charted" in text
    assert "No outcome measures recorded." in text


def test_user_text_with_markup_characters_prints_literally(
    tiny_atlas: TinyAtlas, chart: VisitChart
) -> None:
    visit = replace(chart.visit, subjective="pain <5/10> & better")
    text = flat_text(render(tiny_atlas, replace(chart, visit=visit)))
    assert "pain <5/10> & better" in text


def test_font_is_embedded_truetype(tiny_atlas: TinyAtlas, chart: VisitChart) -> None:
    reader = read_pdf(render(tiny_atlas, chart))
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    dejavu = [f for f in fonts if "DejaVuSans" in str(f["/BaseFont"])]
    # Regular and bold are both used on the first page, each as an embedded TrueType subset.
    assert len(dejavu) == 2
    for font in dejavu:
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
        assert "/ToUnicode" in font  # so text can be searched and extracted

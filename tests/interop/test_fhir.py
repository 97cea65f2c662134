"""FHIR bundles of the demo validate as R4 (fhir.resources.R4B), with honest codes only."""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError

from bodymap.anatomy.atlas import Atlas, load_atlas
from bodymap.cli import run
from bodymap.interop.fhir import VisitData, bundle
from bodymap.interop.fhir_codes import MUSCLE_SNOMED, NPRS_LOINC
from bodymap.interop.fhir_export import patient_bundle, visit_data
from bodymap.storage import ChartRepository, open_repository


@pytest.fixture(scope="module")
def demo(
    demo_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ChartRepository, Atlas, dict[int, list[VisitData]]]]:
    copy = tmp_path_factory.mktemp("fhir") / "demo.sqlite"
    shutil.copy(demo_file, copy)
    repo = open_repository(str(copy))
    atlas = load_atlas()
    by_patient = {
        p.id or 0: [
            visit_data(repo, atlas, v.id or 0, "Clínica Sur") for v in repo.list_visits(p.id or 0)
        ]
        for p in repo.list_patients()
    }
    yield repo, atlas, by_patient
    repo.close()


def _codings(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "system" in node and "code" in node:
            yield node
        for value in node.values():
            yield from _codings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _codings(value)


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("reference"), str):
            yield node["reference"]
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def _check(document: dict[str, Any]) -> Bundle:
    parsed = Bundle.model_validate(document)
    urls = {entry["fullUrl"] for entry in document["entry"]}
    assert set(_references(document)) <= urls  # every reference resolves inside the bundle
    ids = [entry["resource"]["id"] for entry in document["entry"]]
    assert len(ids) == len(set(ids))
    return parsed


def test_every_demo_visit_and_patient_bundle_validates(
    demo: tuple[ChartRepository, Atlas, dict[int, list[VisitData]]],
) -> None:
    _repo, atlas, by_patient = demo
    visits = 0
    for data in by_patient.values():
        for one in data:
            _check(bundle([one], atlas))
            visits += 1
        whole = _check(bundle(data, atlas))
        kinds = {e.resource.get_resource_type() for e in whole.entry}  # type: ignore[union-attr]
        assert kinds == {
            "Patient",
            "Practitioner",
            "Encounter",
            "Observation",
            "Procedure",
            "DocumentReference",
        }
    assert visits == 18


def test_codes_are_only_those_with_a_source(
    demo: tuple[ChartRepository, Atlas, dict[int, list[VisitData]]],
) -> None:
    _repo, atlas, by_patient = demo
    document = bundle([d for data in by_patient.values() for d in data], atlas)
    loinc = {c["code"] for c in _codings(document) if c["system"] == "http://loinc.org"}
    assert loinc == {NPRS_LOINC[0]}
    snomed = {c["code"] for c in _codings(document) if c["system"] == "http://snomed.info/sct"}
    assert snomed
    assert snomed <= {code for code, _ in MUSCLE_SNOMED.values()}
    nprs = [
        e["resource"]
        for e in document["entry"]
        if e["resource"].get("code", {}).get("coding", [{}])[0].get("code") == "72514-3"
    ]
    assert nprs
    assert all(0 <= o["valueQuantity"]["value"] <= 10 for o in nprs)
    choir = [c for c in _codings(document) if c["system"].endswith("choir-body-map")]
    assert choir
    assert all(101 <= int(c["code"]) <= 238 for c in choir)


def test_signed_visits_carry_their_note_as_pdf_and_drafts_do_not(
    demo: tuple[ChartRepository, Atlas, dict[int, list[VisitData]]],
) -> None:
    _repo, atlas, by_patient = demo
    for data in by_patient.values():
        for one in data:
            documents = [
                e["resource"]
                for e in bundle([one], atlas)["entry"]
                if e["resource"]["resourceType"] == "DocumentReference"
            ]
            if one.chart.visit.is_signed:
                [document] = documents
                pdf = base64.b64decode(document["content"][0]["attachment"]["data"])
                assert pdf.startswith(b"%PDF-")
                assert document["docStatus"] == "final"
            else:
                assert documents == []


def test_the_validator_refuses_what_r4_does_not_have(
    demo: tuple[ChartRepository, Atlas, dict[int, list[VisitData]]],
) -> None:
    _repo, atlas, by_patient = demo
    document = bundle(by_patient[1][:1], atlas)
    encounter = next(
        e["resource"] for e in document["entry"] if e["resource"]["resourceType"] == "Encounter"
    )
    encounter["class"] = [encounter["class"]]  # R5's shape of Encounter.class
    with pytest.raises(ValidationError):
        Bundle.model_validate(document)


def test_patient_bundle_of_a_patient_without_visits(
    demo: tuple[ChartRepository, Atlas, dict[int, list[VisitData]]],
) -> None:
    from bodymap.model import Patient

    repo, atlas, _ = demo
    lonely = repo.add_patient(Patient(name="No Visits Yet", chart_number="NV-1"))
    document = patient_bundle(repo, atlas, lonely.id or 0, "Clínica Sur")
    assert [e["resource"]["resourceType"] for e in document["entry"]] == ["Patient"]
    _check(document)


def test_cli_writes_a_visit_and_a_patient_bundle(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    out = tmp_path / "visit.json"
    assert run(["--db", str(db), "fhir", "1", "--out", str(out)]) == 0
    _check(json.loads(out.read_text(encoding="utf-8")))
    assert run(["--db", str(db), "fhir", "--patient", "DEMO-003", "--out", str(out)]) == 0
    _check(json.loads(out.read_text(encoding="utf-8")))
    capsys.readouterr()
    assert run(["--db", str(db), "fhir", "--out", str(out)]) == 2
    assert "VISIT" in capsys.readouterr().err
    assert run(["--db", str(db), "fhir", "99", "--out", str(tmp_path / "x.json")]) == 2
    assert not (tmp_path / "x.json").exists()

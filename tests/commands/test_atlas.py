"""``bodymap atlas``: the JSON contract, hit, render and one-line errors."""

from __future__ import annotations

import json

import pytest

from bodymap.cli import run


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_atlas_json_contract(capsys):
    assert run(["atlas", "--json"]) == 0
    document = _json(capsys)
    views = {v["id"]: v for v in document["views"]}
    assert set(views) == {"anterior", "posterior"}
    assert (views["anterior"]["width"], views["anterior"]["height"]) == (400, 840)
    assert all({"id", "name"} <= m.keys() for m in document["muscles"])
    assert len(document["muscles"]) >= 45
    for site in document["sites"]:
        assert {"id", "muscle", "view", "x", "y", "side"} <= site.keys()
        assert site["view"] in views
        assert site["side"] in ("left", "right", "midline")
        tag = {"S": "sourced", "S-2": "secondary", "R": "unreviewed"}[site["confidence"]]
        assert site["evidence"] == tag
        assert site["citation"].strip()
    assert {s["evidence"] for s in document["sites"]} == {"sourced", "secondary", "unreviewed"}
    ids = sorted(r["id"] for r in document["regions"])
    assert ids == [*range(101, 137), *range(201, 239)]
    assert all(r["view"] in views for r in document["regions"])


def test_atlas_summary_is_readable(capsys):
    assert run(["atlas"]) == 0
    out = capsys.readouterr().out
    assert "Trigger-point sites:" in out
    assert "secondary [S-2]" in out
    assert "unreviewed [R]" in out
    assert "CHOIR regions: 36 anterior, 38 posterior" in out


def test_hit_json_contract(capsys):
    assert run(["atlas", "hit", "posterior", "228", "404", "--json"]) == 0
    document = _json(capsys)
    assert document["muscles"][0] == {
        "id": "gluteus_maximus",
        "name": "Gluteus maximus",
        "side": "right",
        "layer": "superficial",
    }
    assert "piriformis" in [m["id"] for m in document["muscles"]]
    assert document["region"] == 224


def test_hit_outside_the_body_is_empty(capsys):
    assert run(["atlas", "hit", "anterior", "3", "3", "--json"]) == 0
    document = _json(capsys)
    assert document["muscles"] == []
    assert document["region"] is None
    assert run(["atlas", "hit", "anterior", "3", "3"]) == 0
    assert "outside the body" in capsys.readouterr().out


def test_hit_text_names_side_and_region(capsys):
    assert run(["atlas", "hit", "anterior", "165", "200"]) == 0
    out = capsys.readouterr().out
    assert "CHOIR 108 Chest (R)" in out
    assert "Pectoralis major (right, superficial)" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["atlas", "hit", "lateral", "1", "2"], "unknown view 'lateral'"),
        (["atlas", "hit", "anterior", "nan", "2"], "finite"),
        (["atlas", "render", "--out", "x.png", "--view", "side"], "unknown view 'side'"),
        (["atlas", "render", "--out", "x.png", "--layer", "bones"], "unknown layer 'bones'"),
        (
            ["atlas", "render", "--out", "x.png", "--layer", "referral:nope.tp1.left"],
            "unknown site",
        ),
    ],
)
def test_usage_errors_are_one_line_exit_2(capsys, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_render_writes_a_png(tmp_path, capsys):
    folder = tmp_path / "renders"
    folder.mkdir()
    out = folder / "referral.png"
    argv = ["atlas", "render", "--out", str(out), "--view", "anterior"]
    assert run([*argv, "--layer", "referral:scalenes.tp1.left"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert list(folder.iterdir()) == [out]  # the temporary file was renamed, not left behind


@pytest.mark.parametrize("layer", ["muscles", "regions", "sites"])
def test_render_every_plain_layer(tmp_path, capsys, layer):
    out = tmp_path / f"{layer}.png"
    assert run(["atlas", "render", "--out", str(out), "--view", "posterior", "--layer", layer]) == 0
    assert out.stat().st_size > 10_000
    assert f"wrote {out}" in capsys.readouterr().out


def test_render_to_an_unwritable_place_is_exit_1(tmp_path, capsys):
    out = tmp_path / "missing-folder" / "x.png"
    assert run(["atlas", "render", "--out", str(out), "--layer", "regions"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bodymap: cannot write")
    assert err.count("\n") == 1

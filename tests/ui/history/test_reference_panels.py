from __future__ import annotations

from PySide6.QtCore import Qt

from bodymap.ui.reference import ReferencePanel, SuggestionsPanel
from tests.analysis.toy_atlas import ToyAtlas, zone
from tests.ui.conftest import shown_texts


def essential(toy: ToyAtlas, site_id: str):
    return [zone(view, polygon) for view, polygon in toy.sites[site_id].referral.essential]


def test_reference_lists_every_site_and_search_filters(qtbot, toy: ToyAtlas) -> None:
    panel = ReferencePanel(toy)
    qtbot.addWidget(panel)
    assert sorted(panel.visible_sites()) == sorted(toy.sites)
    panel.search.setText("chest")
    assert panel.visible_sites() == ["chest.two.left"]
    panel.search.setText("test referral temple")  # words from the muscle and referral text
    assert panel.visible_sites() == ["temple.one.right"]
    panel.search.setText("no such muscle")
    assert panel.visible_sites() == []
    panel.search.clear()
    assert len(panel.visible_sites()) == len(toy.sites)


def test_selecting_a_site_requests_its_referral_and_shows_details(qtbot, toy: ToyAtlas) -> None:
    panel = ReferencePanel(toy)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.referral_requested) as blocker:
        panel.show_site("back.three.left")
    assert blocker.args == ["back.three.left"]
    text = panel.details.text()
    assert "unreviewed" in text  # the toy catalogue is tagged R
    assert "Needling safety" in text
    preview = panel.preview.content
    assert len(preview.areas) == 2  # spillover, then essential
    assert preview.markers[0].x == toy.sites["back.three.left"].x


def test_selecting_a_muscle_ghosts_its_first_site(qtbot, toy: ToyAtlas) -> None:
    panel = ReferencePanel(toy)
    qtbot.addWidget(panel)
    muscle_item = panel.tree.topLevelItem(0)
    with qtbot.waitSignal(panel.referral_requested) as blocker:
        panel.tree.setCurrentItem(muscle_item)
    assert toy.sites[blocker.args[0]].muscle == "back"
    assert "trigger-point sites" in panel.details.text()


def test_suggestions_rank_the_drawn_site_first_and_click_highlights(qtbot, toy: ToyAtlas) -> None:
    panel = SuggestionsPanel(toy)
    qtbot.addWidget(panel)
    assert panel.list.count() == 0
    assert any("Draw the patient's pain" in text for text in shown_texts(panel))
    panel.set_zones(essential(toy, "chest.two.left"))
    assert panel.suggestions[0].site == "chest.two.left"
    first = panel.list.item(0)
    plain = first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert plain.startswith("1. Chest site (left) — score 100")
    assert "essential zone matches the left chest" in plain
    assert first.text() == ""  # only the label draws: no doubled text on the selected row
    panel.show()
    qtbot.waitExposed(panel)
    centre = panel.list.visualItemRect(first).center()
    with qtbot.waitSignal(panel.site_highlight_requested) as blocker:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["chest.two.left"]
    assert first.isSelected()
    assert first.text() == ""


def test_reference_dock_shows_each_sites_citation_and_evidence_tag(qtbot) -> None:
    from bodymap.anatomy.atlas import load_atlas

    panel = ReferencePanel(load_atlas())
    qtbot.addWidget(panel)
    panel.show_site("gluteus_maximus.tp1.right")
    text = panel.details.text()
    assert "Source:" in text
    assert "brainscape.com" in text
    assert "Evidence: <b>secondary</b>" in text
    panel.show_site("upper_trapezius.central.left")
    assert "NAMTPT" in panel.details.text()
    assert "Evidence: <b>sourced</b>" in panel.details.text()
    panel.show_site("subscapularis.tp1.right")
    assert "no public copy checked" in panel.details.text()
    assert "Evidence: <b>unreviewed</b>" in panel.details.text()

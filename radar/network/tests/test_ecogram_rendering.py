"""The ecogram picture: valid XML, one node per tie, each quality drawn its own way,
every text escaped, and nothing the Content Security Policy would block."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from radar.network.ecogram import EcogramTie, render_ecogram, render_legend
from radar.network.models import NetworkTie

SVG = "{http://www.w3.org/2000/svg}"
Quality = NetworkTie.Quality
Kind = NetworkTie.Kind


@pytest.fixture(autouse=True)
def english():
    """The labels are checked in the source language, whatever an earlier test activated."""
    with translation.override("en"):
        yield


def _tie(name="Oma Jeanne", quality=Quality.SUPPORTS, kind=Kind.RELATIVE, **extra):
    return EcogramTie(name=name, kind=kind, quality=quality, **extra)


def _draw(ties, name="Gezin Janssens", members=("Marie", "Lotte")):
    markup = render_ecogram(household_name=name, member_names=list(members), ties=ties)
    return markup, ET.fromstring(str(markup))  # noqa: S314 - our own markup, under test


def _tie_groups(root):
    return [g for g in root.iter(f"{SVG}g") if g.get("data-quality")]


def test_the_ecogram_is_valid_svg_with_one_node_per_tie():
    ties = [_tie(f"Persoon {i}", quality=list(Quality)[i % 4]) for i in range(7)]

    _markup, root = _draw(ties)

    assert root.tag == f"{SVG}svg"
    assert len(_tie_groups(root)) == 7
    assert root.find(f"{SVG}title").text == "Ecogram of Gezin Janssens"


def test_strains_and_supports_are_drawn_differently():
    _markup, root = _draw([_tie("Oma", Quality.SUPPORTS), _tie("Buurman", Quality.STRAINS)])

    supports, strains = _tie_groups(root)
    support_line = supports.find(f"{SVG}line")
    strain_line = strains.find(f"{SVG}polyline")
    assert supports.get("data-quality") == "supports" and strains.get("data-quality") == "strains"
    assert support_line is not None and supports.find(f"{SVG}polyline") is None
    assert strain_line is not None, "a straining tie is a zigzag"
    assert support_line.get("stroke") != strain_line.get("stroke")
    assert len(strain_line.get("points").split()) > 4


def test_both_and_neutral_are_dashed_in_their_own_pattern():
    _markup, root = _draw([_tie("A", Quality.BOTH), _tie("B", Quality.NEUTRAL)])

    both, neutral = (g.find(f"{SVG}line") for g in _tie_groups(root))
    assert both.get("stroke-dasharray") and neutral.get("stroke-dasharray")
    assert both.get("stroke-dasharray") != neutral.get("stroke-dasharray")


def test_names_are_escaped():
    name = "<script>alert(1)</script> & Zonen"
    markup, root = _draw(
        [_tie(name, relation='"oom" <b>', member_name="Lien & Co")], name="Gezin <Dupont> & Fils"
    )

    assert "<script>" not in markup and "<b>" not in markup
    texts = "".join(root.itertext())
    assert "<script>alert(1)</script> &" in texts
    assert '"oom" <b>' in texts
    assert "Gezin <Dupont> & Fils" in texts
    assert not list(root.iter(f"{SVG}script"))


def test_control_characters_do_not_break_the_xml():
    _markup, root = _draw([_tie("Bel\x07gië\x1b")])

    assert "België" in "".join(root.itertext())


def test_no_style_attributes_or_elements_under_the_strict_csp():
    markup, root = _draw([_tie(quality=q) for q in Quality])

    assert "style=" not in markup
    assert not list(root.iter(f"{SVG}style"))
    assert not [el for el in root.iter() if any(a.startswith("on") for a in el.attrib)]


def test_the_legend_shows_every_quality_and_kind():
    _markup, root = _draw([])

    legend = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "legend")
    labels = {t.text for t in legend.iter(f"{SVG}text")}
    assert {str(q.label) for q in Quality} <= labels
    assert {str(k.label) for k in Kind} <= labels


def test_pages_show_the_legend_apart_at_a_readable_size():
    """On a phone the picture shrinks to a third: its own legend would be 5 px type. Pages
    draw the ecogram without it and show render_legend() at the size of the text."""
    markup = render_ecogram(household_name="Gezin Janssens", member_names=[], ties=[], legend=False)
    root = ET.fromstring(str(markup))  # noqa: S314 - our own markup, under test
    assert not [g for g in root.iter(f"{SVG}g") if g.get("class") == "legend"]

    legend = ET.fromstring(str(render_legend()))  # noqa: S314 - our own markup, under test
    labels = {t.text for t in legend.iter(f"{SVG}text")}
    assert {str(q.label) for q in Quality} <= labels
    assert {str(k.label) for k in Kind} <= labels
    assert {float(t.get("font-size")) for t in legend.iter(f"{SVG}text")} == {14.0}
    assert legend.get("width") == "300"  # drawn at its own size, never scaled down
    assert "style=" not in str(render_legend())


def test_an_empty_ecogram_shows_the_family_and_says_so():
    _markup, root = _draw([])

    assert _tie_groups(root) == []
    assert "Nobody written down yet." in "".join(root.itertext())
    assert "Marie" in "".join(root.itertext())


@pytest.mark.parametrize("count", [1, 12, 13, 30, 45])
def test_any_number_of_ties_fits_inside_the_picture(count):
    _markup, root = _draw([_tie(f"Persoon {i}") for i in range(count)])

    width, height = (float(v) for v in root.get("viewBox").split()[2:])
    groups = _tie_groups(root)
    assert len(groups) == count
    for group in groups:
        node = group.find(f"{SVG}circle")
        assert 0 < float(node.get("cx")) < width and 0 < float(node.get("cy")) < height


def test_professionals_are_squares_and_provided_ties_say_where_they_come_from():
    _markup, root = _draw(
        [_tie("CAW Kempen", kind=Kind.PROFESSIONAL, source="via referral", relation="budget")]
    )

    (group,) = _tie_groups(root)
    assert group.find(f"{SVG}rect") is not None
    assert group.get("data-source") == "via referral"
    assert "via referral" in "".join(group.itertext())

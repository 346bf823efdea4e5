"""The ecogram page: the picture, a small form, htmx add and remove; refusals."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from radar.network.models import NetworkTie
from radar.network.tests.factories import NetworkTieFactory, StrainingTieFactory

HTMX = {"HX-Request": "true"}


def _svg(html: str) -> ET.Element:
    start, end = html.index("<svg"), html.index("</svg>") + len("</svg>")
    return ET.fromstring(html[start:end])  # noqa: S314 - our own markup, under test


def _tie_count(html: str) -> int:
    return len(
        [g for g in _svg(html).iter("{http://www.w3.org/2000/svg}g") if g.get("data-quality")]
    )


def test_the_ecogram_page_shows_the_picture_and_the_ties(client_for, outreacher, household):
    NetworkTieFactory(household=household, name="Oma Jeanne")
    StrainingTieFactory(household=household, name="Buurman Karel")

    response = client_for(outreacher).get(reverse("network:ecogram", args=[household.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert _tie_count(html) == 2
    assert "Buurman Karel" in html and 'name="name"' in html
    assert " style=" not in html


def test_a_tie_is_added_with_htmx_and_the_picture_comes_back(client_for, outreacher, household):
    url = reverse("network:tie_add", args=[household.pk])
    data = {"name": "Juf <Anja>", "kind": "professional", "relation": "leerkracht",
            "quality": "supports"}  # fmt: skip

    response = client_for(outreacher).post(url, data, headers=HTMX)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="ecogram-editor">')
    assert _tie_count(html) == 1
    assert "Juf &lt;Anja&gt;" in html and "<Anja>" not in html
    assert NetworkTie.objects.get().household == household


def test_a_tie_is_added_without_javascript_too(client_for, outreacher, household):
    url = reverse("network:tie_add", args=[household.pk])

    response = client_for(outreacher).post(url, {"name": "Oma", "kind": "relative",
                                                 "quality": "strains"})  # fmt: skip

    assert response.status_code == 302
    assert response["Location"] == reverse("network:ecogram", args=[household.pk])
    assert NetworkTie.objects.get().quality == "strains"


def test_a_tie_without_a_name_comes_back_with_the_error(client_for, outreacher, household):
    url = reverse("network:tie_add", args=[household.pk])

    response = client_for(outreacher).post(url, {"kind": "relative", "quality": "supports"},
                                           headers=HTMX)  # fmt: skip

    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert not NetworkTie.objects.exists()


def test_a_tie_with_a_member_of_another_family_is_refused(
    client_for, outreacher, household, other_household
):
    url = reverse("network:tie_add", args=[household.pk])
    data = {"name": "Oma", "kind": "relative", "quality": "supports",
            "member": other_household.members.get().pk}  # fmt: skip

    response = client_for(outreacher).post(url, data)

    assert response.status_code == 200
    assert not NetworkTie.objects.exists()
    assert "Youssef" not in response.content.decode()


def test_a_tie_is_removed_with_htmx(client_for, outreacher, household):
    tie = NetworkTieFactory(household=household)
    url = reverse("network:tie_remove", args=[household.pk, tie.pk])

    response = client_for(outreacher).post(url, headers=HTMX)

    assert response.status_code == 200
    assert _tie_count(response.content.decode()) == 0
    assert not NetworkTie.objects.exists()


def test_a_tie_is_edited_and_can_leave_the_picture(client_for, outreacher, household):
    tie = NetworkTieFactory(household=household, name="Oma Jeanne")
    url = reverse("network:tie_edit", args=[household.pk, tie.pk])
    client = client_for(outreacher)

    assert client.get(url).status_code == 200
    response = client.post(url, {"name": "Oma Jeanne", "kind": "relative", "quality": "both"})

    assert response.status_code == 302
    tie.refresh_from_db()
    assert (tie.quality, tie.is_active) == ("both", False)
    page = client.get(reverse("network:ecogram", args=[household.pk])).content.decode()
    assert _tie_count(page) == 0
    assert "Oma Jeanne" in page.split("<details>")[1]


def test_another_teams_tie_is_not_found(client_for, outreacher, household, other_household):
    theirs = NetworkTieFactory(household=other_household)
    client = client_for(outreacher)

    crossed = reverse("network:tie_remove", args=[household.pk, theirs.pk])
    other = reverse("network:ecogram", args=[other_household.pk])

    assert client.post(crossed).status_code == 404
    assert client.get(other).status_code == 404
    assert NetworkTie.objects.filter(pk=theirs.pk).exists()


@pytest.mark.parametrize("role", ["partner", "policy", "administrator"])
def test_roles_without_named_families_are_refused(client_for, role, household, request):
    client = client_for(request.getfixturevalue(role))

    assert client.get(reverse("network:ecogram", args=[household.pk])).status_code == 403
    data = {"name": "X", "kind": "relative", "quality": "supports"}
    assert client.post(reverse("network:tie_add", args=[household.pk]), data).status_code == 403
    assert not NetworkTie.objects.exists()


def test_the_dossier_shows_the_ecogram_and_links_to_it(client_for, outreacher, household):
    NetworkTieFactory(household=household, name="Oma Jeanne")

    response = client_for(outreacher).get(reverse("households:detail", args=[household.pk]))

    html = response.content.decode()
    assert _tie_count(html) == 1
    assert reverse("network:ecogram", args=[household.pk]) in html


def test_ties_from_a_provider_are_drawn_and_listed_but_not_editable(
    client_for, outreacher, household, monkeypatch
):
    from radar.network import selectors
    from radar.network.ecogram import EcogramTie

    provided = EcogramTie(name="CAW Kempen", kind="professional", quality="supports",
                          source="via referral")  # fmt: skip
    monkeypatch.setattr(selectors, "extra_ties", [lambda h: [provided]])

    response = client_for(outreacher).get(reverse("network:ecogram", args=[household.pk]))

    html = response.content.decode()
    assert _tie_count(html) == 1
    assert "CAW Kempen" in html and "via referral" in html
    assert "/edit/" not in html.split('id="ecogram-editor"')[1]
    assert "/remove/" not in html

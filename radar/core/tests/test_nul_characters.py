"""A NUL character in a query string (`?q=%00`) is a clear 400 on every page and endpoint,
in the user's language. PostgreSQL refuses NUL in text, so these searches used to end in a
500 there ("PostgreSQL text fields cannot contain NUL (0x00) bytes")."""

import pytest


@pytest.mark.parametrize(
    "url",
    [
        "/households/?q=%00",
        "/households/?q=Jan%00ssens",
        "/households/export.csv?q=%00",
        "/organisations/?q=%00",
        "/households/?%00=1",
    ],
)
def test_a_nul_character_in_a_page_address_is_a_clear_400(client_for, outreacher, url):
    response = client_for(outreacher).get(url)

    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Het webadres bevat een teken dat niet toegelaten is (NUL)" in html


@pytest.mark.parametrize(
    "url",
    [
        "/api/households/?q=%00",
        "/api/organisations/?q=%00",
        "/api/organisations/?domain=%00",
        "/api/referrals/?status=%00",
    ],
)
def test_a_nul_character_in_an_api_address_is_a_json_400(client_for, outreacher, url):
    outreacher.language = "fr"
    outreacher.save()

    response = client_for(outreacher).get(url)

    assert response.status_code == 400
    assert response.json() == {
        "detail": "L'adresse web contient un caractère non autorisé (NUL). Supprimez-le et "
        "réessayez."
    }


def test_a_search_without_nul_still_finds_the_family(client_for, outreacher, household):
    response = client_for(outreacher).get("/households/?q=Janssens")

    assert response.status_code == 200
    assert "Gezin Janssens" in response.content.decode()

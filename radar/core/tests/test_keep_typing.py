"""The server's side of keeping what was typed (docs/decisions/0010-keep-typing.md).

A form sent after the session expired leads, after logging in, back to the page it was typed
on; logging out tells the browser to forget the drafts; every page gives radar.js the user
and the texts it needs. The browser side is in test_browser_drafts.py.
"""

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from radar.accounts.tests.factories import OutreacherFactory

FORM_PAGE = "/households/7/contacts/new/?type=home_visit"


def test_a_form_sent_after_the_session_expired_returns_to_its_page_after_login(db):
    response = Client().post(
        "/households/7/network/ties/new/",
        {"name": "x"},
        HTTP_REFERER=f"http://testserver{FORM_PAGE}",
    )

    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/households/7/contacts/new/%3Ftype%3Dhome_visit"


@pytest.mark.parametrize(
    "referer",
    [
        "",  # no Referer: the URL the form was sent to
        "https://elsewhere.example/households/7/",  # another site: never followed
        "http://testserver/login/",  # the login page itself: no loop back to it
        "javascript:alert(1)",
    ],
)
def test_without_a_usable_referer_a_form_returns_to_the_url_it_was_sent_to(db, referer):
    headers = {"HTTP_REFERER": referer} if referer else {}

    response = Client().post("/households/7/contacts/new/", {"note": "x"}, **headers)

    assert response["Location"] == "/login/?next=/households/7/contacts/new/"


def test_a_page_asked_for_is_where_login_leads_whatever_the_referer(db):
    response = Client().get("/households/7/", HTTP_REFERER="http://testserver/households/")

    assert response["Location"] == "/login/?next=/households/7/"


def test_an_htmx_form_sent_after_the_session_expired_gets_401(db):
    response = Client().post(
        "/households/7/network/ties/new/", HTTP_HX_REQUEST="true", HTTP_REFERER="http://testserver/"
    )

    assert response.status_code == 401


def test_logging_out_tells_the_browser_to_forget_the_drafts(client_for, outreacher):
    client = client_for(outreacher)

    response = client.post("/logout/")

    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"storage"'
    assert client.get("/").status_code == 302  # logged out indeed


def test_logging_out_still_needs_a_post(client_for, outreacher):
    assert client_for(outreacher).get("/logout/").status_code == 405


def test_every_page_tells_the_script_whose_drafts_to_keep(client_for, team_north):
    user = OutreacherFactory(pk=1234, teams=[team_north], language="nl")

    page = client_for(user).get("/").content.decode()

    assert ' data-user="1234"' in page  # never "1.234": the key must not depend on the language
    assert "data-clear-drafts" in page  # the logout form
    with translation.override("nl"):
        for text in [
            "Your unsaved text was restored. Check it, then save.",
            "No connection: your text is kept on this device; try again.",
            "Discard",
        ]:
            assert gettext(text) != text
            assert gettext(text) in page


def test_the_login_page_keeps_no_draft_and_names_no_user(db):
    page = Client().get("/login/").content.decode()

    assert "data-user" not in page
    assert "data-no-draft" in page
    assert 'data-login-url="/login/"' in page

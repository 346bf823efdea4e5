"""Every page: a strict Content Security Policy, no caching of personal data, login
required; and login throttling against password guessing."""

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from radar.accounts.tests.factories import PASSWORD
from radar.core.middleware import PUBLIC_URL_NAMES

CONVERTER_VALUES = {"int": "1", "dbid": "1", "str": "x", "slug": "x", "path": "x", "uuid": "0" * 32}


def page_paths(patterns=None, prefix=""):
    """Every page of the site as (url name, path), with 1 for each id. The admin (its own
    login) and the API (401/403 instead of a redirect, tested in test_api) are left out."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if not isinstance(entry.pattern, RoutePattern):
            continue  # regex routes: the admin and the API router
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if route.startswith(("admin/", "api/")):
                continue
            yield from page_paths(entry.url_patterns, route)
        elif isinstance(entry, URLPattern) and not route.startswith(("admin/", "api/")):
            path = re.sub(
                r"<(?:(\w+):)?\w+>", lambda m: CONVERTER_VALUES[m.group(1) or "str"], route
            )
            yield entry.name, "/" + path


PAGES = sorted(set(page_paths()))
PRIVATE_PAGES = [(name, path) for name, path in PAGES if name not in PUBLIC_URL_NAMES]


def test_the_site_has_pages_to_check():
    names = {name for name, _ in PRIVATE_PAGES}
    assert {"dashboard", "list", "detail", "edit"} <= names


@pytest.mark.parametrize(("name", "path"), PRIVATE_PAGES, ids=[p for _, p in PRIVATE_PAGES])
def test_an_anonymous_visitor_is_sent_to_the_login_page(db, name, path):
    response = Client().get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/?next=")


@pytest.mark.parametrize(("name", "path"), PRIVATE_PAGES, ids=[p for _, p in PRIVATE_PAGES])
def test_an_anonymous_post_is_sent_to_the_login_page_too(db, name, path):
    response = Client().post(path, {})
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_an_anonymous_htmx_request_gets_401_not_a_login_page(db, household):
    response = Client().get("/households/", headers={"HX-Request": "true"})
    assert response.status_code == 401


def test_the_login_page_is_public(db):
    assert Client().get("/login/").status_code == 200


def assert_strict_headers(response):
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "no-store" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_the_login_page_sends_strict_headers(db):
    assert_strict_headers(Client().get("/login/"))


@pytest.mark.parametrize(
    "path",
    ["/", "/households/", "/households/{pk}/", "/households/{pk}/edit/", "/api/households/"],
)
def test_pages_with_personal_data_send_strict_headers(client_for, outreacher, household, path):
    response = client_for(outreacher).get(path.format(pk=household.pk))
    assert response.status_code == 200
    assert_strict_headers(response)


def test_refusals_send_strict_headers_too(client_for, other_outreacher, household):
    response = client_for(other_outreacher).get(f"/households/{household.pk}/")
    assert response.status_code == 404
    assert_strict_headers(response)


def test_pages_have_no_inline_scripts_or_styles(client_for, outreacher, household):
    """With the policy above, inline code would not run: the pages must not need it."""
    for path in ("/", "/households/", f"/households/{household.pk}/", "/login/"):
        html = client_for(outreacher).get(path).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert "<style" not in html, path
        assert not re.search(r"\son[a-z]+=", html), path
        assert ' style="' not in html, path


def login(client, username, password):
    return client.post("/login/", {"username": username, "password": password})


def is_logged_in(client):
    return "_auth_user_id" in client.session


def test_the_right_password_logs_in(outreacher):
    client = Client()
    response = login(client, "outreacher", PASSWORD)
    assert response.status_code == 302
    assert is_logged_in(client)


def test_a_wrong_password_is_refused(outreacher):
    client = Client()
    response = login(client, "outreacher", "wrong")
    assert response.status_code == 200
    assert not is_logged_in(client)


def test_after_five_wrong_passwords_even_the_right_one_is_refused(outreacher, team_lead):
    client = Client()
    for _ in range(4):
        assert login(client, "outreacher", "guess").status_code == 200
    # The fifth failure locks the account at once and already shows the lockout page.
    assert login(client, "outreacher", "guess").status_code == 429
    assert not is_logged_in(client)

    locked = login(client, "outreacher", PASSWORD)

    assert locked.status_code == 429  # django-axes: Too Many Requests, the lockout page
    assert not is_logged_in(client)
    assert_strict_headers(locked)
    # Another worker, from the same computer, can still log in.
    other = Client()
    assert login(other, "team_lead", PASSWORD).status_code == 302
    assert is_logged_in(other)


def test_four_wrong_passwords_do_not_lock_the_account(outreacher):
    client = Client()
    for _ in range(4):
        login(client, "outreacher", "guess")
    assert login(client, "outreacher", PASSWORD).status_code == 302
    assert is_logged_in(client)

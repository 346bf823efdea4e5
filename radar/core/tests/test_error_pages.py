"""Radar's own error pages (templates/400.html, 403.html, 404.html, 500.html): in the user's
language with the right <html lang>, never Django's technical pages, also under `make run`.
The 500 page renders without a request context and without the database."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import RequestFactory
from django.utils import translation

from radar.core.views import server_error

BASE_DIR = Path(__file__).resolve().parents[3]

DATABASE_DOWN = mock.patch(
    "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
    side_effect=OperationalError("the database is down"),
)


def test_an_unknown_page_is_radars_404_in_the_users_language(client_for, outreacher):
    outreacher.language = "fr"
    outreacher.save()

    response = client_for(outreacher).get("/households/does-not-exist/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Introuvable" in html
    assert "URLconf" not in html  # not Django's technical page with every URL


def test_a_page_the_role_may_not_see_is_radars_403_in_the_users_language(client_for, policy):
    policy.language = "nl"
    policy.save()

    response = client_for(policy).get("/households/")

    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Geen toegang" in html


def test_a_server_error_is_radars_500_in_the_browsers_language_without_the_database(
    client_for, outreacher
):
    client = client_for(outreacher)
    client.raise_request_exception = False

    with DATABASE_DOWN:
        response = client.get("/households/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Une erreur s'est produite" in html
    assert "Traceback" not in html


def test_the_500_page_needs_no_request_context_and_no_query(db, django_assert_num_queries):
    request = RequestFactory().get("/")

    with django_assert_num_queries(0), translation.override("nl"):
        response = server_error(request)

    assert response.status_code == 500
    assert '<html lang="nl">' in response.content.decode()


def test_the_500_page_falls_back_to_a_bare_page_when_its_template_fails():
    broken = mock.patch("radar.core.views.loader.get_template", side_effect=ValueError("broken"))
    with broken, translation.override("nl"):
        response = server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    assert "<h1>Er is iets misgegaan</h1>" in response.content.decode()


def test_a_bad_request_page_is_radars_400(client, db):
    response = client.get("/login/", {"next": "x"}, HTTP_HOST="bad host")

    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Ongeldige aanvraag" in html


@pytest.mark.parametrize(
    "environment, technical",
    [({"RADAR_LOCAL": "1"}, False), ({"RADAR_LOCAL": "1", "DEBUG": "1"}, True)],
    ids=["make run", "DEBUG=1 make run"],
)
def test_make_run_serves_radars_404_and_the_static_files(tmp_path, environment, technical):
    """`make run` (RADAR_LOCAL=1, no SECRET_KEY, no DEBUG) serves Radar's 404 and the static
    files; Django's technical 404 only with DEBUG=1. No database is needed for either."""
    code = (
        "import django; django.setup(); from django.test import Client; "
        "c = Client(HTTP_HOST='localhost'); "
        "r = c.get('/static/radar/radar.css'); print(r.status_code); "
        "r = c.get('/static/no-such-file.css', HTTP_ACCEPT_LANGUAGE='fr'); "
        "print(r.status_code, 'URLconf' in r.content.decode(), "
        "'<html lang=\"fr\">' in r.content.decode())"
    )
    keep = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL"}}
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env={
            **keep,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "RADAR_DATA_DIR": str(tmp_path),
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    static, page = result.stdout.splitlines()
    assert static == "200"
    assert page == ("404 True False" if technical else "404 False True")

"""The health check: for the load balancer and monitoring, without login or personal data."""

from unittest import mock

from django.db import OperationalError
from django.test import Client


def test_healthz_answers_200_json_without_login(db):
    response = Client().get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_is_never_cached(db):
    response = Client().get("/healthz")
    assert "no-store" in response["Cache-Control"]


def test_healthz_only_answers_get(db):
    assert Client().post("/healthz").status_code == 405


DATABASE_DOWN = mock.patch(
    "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
    side_effect=OperationalError("the database is down"),
)


def test_healthz_answers_503_when_the_database_is_down(db):
    with DATABASE_DOWN:
        response = Client(raise_request_exception=False).get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}


def test_healthz_answers_503_when_the_database_is_down_also_with_a_session_cookie(
    client_for, outreacher
):
    """The session and the logged-in user are read from the database before any view."""
    client = client_for(outreacher)
    client.raise_request_exception = False

    with DATABASE_DOWN:
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}

"""The health check: for the load balancer and monitoring, without login or personal data."""

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

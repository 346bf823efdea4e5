"""The language switch (accounts:language): saves the user's language and goes back."""

from radar.accounts.models import User


def test_the_language_is_saved_and_the_worker_goes_back(client_for, outreacher):
    response = client_for(outreacher).post(
        "/accounts/language/", {"language": "fr", "next": "/households/"}
    )

    assert response.status_code == 302 and response["Location"] == "/households/"
    assert response.cookies["django_language"].value == "fr"
    assert User.objects.get(pk=outreacher.pk).language == "fr"


def test_a_next_that_is_no_path_on_this_site_goes_to_the_dashboard(client_for, outreacher):
    client = client_for(outreacher)
    # "3119" and "households:list" were taken for view names: a 500 (NoReverseMatch).
    for next_url in ("3119", "households:list", "//evil.example/", "https://evil.example/", ""):
        response = client.post("/accounts/language/", {"language": "nl", "next": next_url})

        assert response.status_code == 302, next_url
        assert response["Location"] == "/", next_url


def test_an_unknown_language_changes_nothing(client_for, outreacher):
    response = client_for(outreacher).post(
        "/accounts/language/", {"language": "x" * 1000, "next": "/"}
    )

    assert response.status_code == 302
    assert "django_language" not in response.cookies
    assert User.objects.get(pk=outreacher.pk).language == "nl"

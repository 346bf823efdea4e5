"""POST /api/rights/check, through the view (the URL include is added in config/urls.py)."""

from rest_framework.test import APIRequestFactory, force_authenticate

from radar.rights.api import RightsCheckView
from radar.rights.tests.situations import single_adult

factory = APIRequestFactory()


def post(body, user=None):
    request = factory.post("/api/rights/check", body, format="json")
    if user is not None:
        force_authenticate(request, user=user)
    return RightsCheckView.as_view()(request)


def test_outreacher_gets_the_rights_of_a_household(outreacher):
    response = post(single_adult(), user=outreacher)

    assert response.status_code == 200
    assert response.data["rights"]["leefloon"]["amount_monthly"] == 1314.2


def test_bad_fields_give_400_with_the_errors(outreacher):
    response = post(single_adult(residence_status="martian"), user=outreacher)

    assert response.status_code == 400
    assert list(response.data) == ["members[0].residence_status"]


def test_anonymous_visitors_are_refused(db):
    response = post(single_adult())

    assert response.status_code in (401, 403)

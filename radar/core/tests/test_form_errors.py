"""A refused form always says why, also when the field at fault is hidden (found by the
form fuzzer, test_fuzz_forms.py: the page came back unchanged, without a word)."""

from radar.households.models import Household


def test_a_household_edit_with_a_broken_version_says_why(client_for, outreacher, household):
    response = client_for(outreacher).post(
        f"/households/{household.pk}/edit/",
        {"name": "Gezin Janssens-Peeters", "street": household.street, "version": "abc"},
    )

    assert response.status_code == 200
    body = response.content.decode()
    assert 'role="alert"' in body and "errorlist" in body
    assert Household.objects.get(pk=household.pk).name == "Gezin Janssens"


def test_an_info_point_session_of_a_team_that_is_not_yours_says_why(
    client_for, outreacher, other_household
):
    # One team: the team field is hidden; a tampered value must be shown as refused.
    response = client_for(outreacher).post(
        "/infopoint/new/",
        {"team": other_household.team_id, "held_on": "2026-01-05", "neighbourhood": "Centrum"},
    )

    assert response.status_code == 200
    assert "errorlist" in response.content.decode()

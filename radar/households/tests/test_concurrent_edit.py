"""Two workers edit the same family at once: the second save is refused, nothing of it is
written, and the page explains it while keeping what was typed."""

import pytest

from radar.core.models import AuditEntry
from radar.households import services
from radar.households.models import Household


def test_the_second_save_from_the_same_version_is_refused_and_writes_nothing(
    outreacher, team_lead, household
):
    # Both open the family at version 1.
    ann_copy = Household.objects.get(pk=household.pk)
    bart_copy = Household.objects.get(pk=household.pk)
    assert ann_copy.version == bart_copy.version == 1

    services.update_household(
        user=outreacher,
        household=ann_copy,
        expected_version=ann_copy.version,
        phone="0470 12 34 56",
    )
    with pytest.raises(services.ConcurrentEditError):
        services.update_household(
            user=team_lead,
            household=bart_copy,
            expected_version=bart_copy.version,
            phone="014 33 22 11",
            neighbourhood="Centrum",
        )

    saved = Household.objects.get(pk=household.pk)
    assert saved.phone == "0470 12 34 56"
    assert saved.neighbourhood == "Rozenberg"
    assert saved.version == 2
    updates = AuditEntry.objects.filter(household_id=household.pk, action="update")
    assert [e.user for e in updates] == [outreacher]


def test_a_save_from_the_current_version_goes_through(outreacher, team_lead, household):
    first = services.update_household(
        user=outreacher, household=household, expected_version=1, phone="0470 12 34 56"
    )
    second = services.update_household(
        user=team_lead, household=first, expected_version=first.version, city="Balen"
    )
    second.refresh_from_db()
    assert (second.phone, second.city, second.version) == ("0470 12 34 56", "Balen", 3)


def test_a_status_change_in_between_also_makes_an_open_edit_stale(outreacher, team_lead, household):
    services.change_status(user=team_lead, household=household, to_status="in_contact")
    with pytest.raises(services.ConcurrentEditError):
        services.update_household(
            user=outreacher, household=household, expected_version=1, phone="0470 12 34 56"
        )
    assert Household.objects.get(pk=household.pk).phone == ""


def test_fields_outside_the_edit_form_cannot_be_changed_here(outreacher, household, team_south):
    with pytest.raises(ValueError):
        services.update_household(
            user=outreacher, household=household, expected_version=1, team=team_south
        )
    with pytest.raises(ValueError):
        services.update_household(
            user=outreacher, household=household, expected_version=1, status="closed"
        )
    household.refresh_from_db()
    assert household.team.name == "Noord"
    assert household.version == 1


def form_data(household, version, **changes):
    data = {
        "name": household.name,
        "street": household.street,
        "postcode": household.postcode,
        "city": household.city,
        "neighbourhood": household.neighbourhood,
        "phone": household.phone,
        "version": version,
    }
    data.update(changes)
    return data


@pytest.fixture
def ann_and_bart(client_for, outreacher, team_lead):
    """Two browsers, in English so the explanation can be read in the test."""
    for user in (outreacher, team_lead):
        user.language = "en"
        user.save()
    return client_for(outreacher), client_for(team_lead)


def test_on_the_edit_page_the_second_save_is_explained_and_keeps_the_typed_input(
    ann_and_bart, household
):
    ann, bart = ann_and_bart
    url = f"/households/{household.pk}/edit/"

    first = ann.post(url, form_data(household, 1, phone="0470 12 34 56"))
    assert first.status_code == 302
    second = bart.post(url, form_data(household, 1, phone="014 33 22 11", city="Balen"))

    assert second.status_code == 200
    errors = " ".join(second.context["form"].non_field_errors())
    assert "Someone else saved this family's details" in errors
    content = second.content.decode()
    assert "Someone else saved this family" in content
    assert 'value="014 33 22 11"' in content  # Bart's typing is still in the form
    assert 'value="Balen"' in content
    saved = Household.objects.get(pk=household.pk)
    assert (saved.phone, saved.city, saved.version) == ("0470 12 34 56", "Mol", 2)
    # The page shows what Ann saved, to compare.
    assert second.context["conflict"].phone == "0470 12 34 56"


def test_saving_again_after_the_explanation_keeps_the_second_workers_input(ann_and_bart, household):
    ann, bart = ann_and_bart
    url = f"/households/{household.pk}/edit/"
    ann.post(url, form_data(household, 1, phone="0470 12 34 56"))
    refused = bart.post(url, form_data(household, 1, phone="014 33 22 11"))

    # The form now carries the current version: a deliberate second save goes through.
    version = refused.context["form"].data["version"]
    assert int(version) == 2
    again = bart.post(url, form_data(household, version, phone="014 33 22 11"))

    assert again.status_code == 302
    assert Household.objects.get(pk=household.pk).phone == "014 33 22 11"


def test_another_team_cannot_edit_the_family(client_for, other_outreacher, household):
    response = client_for(other_outreacher).post(
        f"/households/{household.pk}/edit/", form_data(household, 1, phone="000")
    )
    assert response.status_code == 404
    assert Household.objects.get(pk=household.pk).phone == ""

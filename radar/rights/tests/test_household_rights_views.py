"""The rights page of a family: statuses by domain, inline facts, follow-up, printable list."""

import re

import pytest
from django.urls import reverse

from radar.core.models import AuditEntry
from radar.rights.models import MemberFacts, RightFollowUp
from radar.rights.tests.factories import AppliedFollowUpFactory
from radar.rights.tests.situations_dossier import fill_single_mother


@pytest.fixture(autouse=True)
def english(outreacher):
    """The texts are checked in English, the source language."""
    outreacher.language = "en"
    outreacher.save()


def _url(name, household):
    return reverse(f"rights:{name}", args=[household.pk])


def test_the_rights_page_shows_each_right_with_its_status(client_for, outreacher, household):
    fill_single_mother(household, outreacher)

    response = client_for(outreacher).get(_url("household", household))

    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="right-leefloon"' in body and 'id="right-verhoogde-tegemoetkoming"' in body
    assert "probably entitled" in body  # leefloon and verhoogde tegemoetkoming
    assert "Marie" in body  # members are named, not m<pk>
    assert re.search(r"€ 1\.\d{3},\d{2} a month", body)  # the leefloon, cents, Belgian format
    entries = AuditEntry.objects.filter(household_id=household.pk, action="view")
    assert entries.count() == 1 and entries.get().purpose == "rights"


def test_amounts_use_the_belgian_format_in_dutch(client_for, outreacher, household):
    fill_single_mother(household, outreacher)
    outreacher.language = "nl"
    outreacher.save()

    response = client_for(outreacher).get(_url("household", household))

    assert re.search(r"€ 1\.\d{3},\d{2} per maand", response.content.decode())


def test_missing_facts_are_asked_and_an_answer_updates_the_results(
    client_for, outreacher, household
):
    client = client_for(outreacher)
    marie = household.members.get()
    # A decisive fact (issue 9: willingness to work is checked when applying, not asked here).
    path = f"members[m{marie.pk}].residence_status"
    page = client.get(_url("household", household)).content.decode()
    assert f'value="{path}"' in page  # asked inline

    response = client.post(
        _url("facts", household),
        {"path": path, "value": "belgian"},
        headers={"HX-Request": "true"},
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<div id="rights-results">')  # the partial, not the page
    assert "<html" not in body
    assert f'value="{path}"' not in body  # no longer asked
    assert "Checked when you apply:" in body  # willingness to work, other rights, savings
    assert MemberFacts.objects.get(member=marie).data["residence_status"] == "belgian"
    assert AuditEntry.objects.filter(household_id=household.pk, action="update").exists()


def test_a_wrong_inline_answer_is_shown_and_nothing_stored(client_for, outreacher, household):
    response = client_for(outreacher).post(
        _url("facts", household),
        {"path": "household_gross_taxable_income_yearly_previous_year", "value": "a lot"},
        headers={"HX-Request": "true"},
    )

    assert 'role="alert"' in response.content.decode()
    assert not MemberFacts.objects.exists()


def test_the_facts_page_lists_every_fact_step_by_step(client_for, outreacher, household):
    response = client_for(outreacher).post(
        _url("facts", household),
        {"path": "housing.tenure", "value": "social_rent", "next": "facts"},
    )
    assert response.status_code == 302 and "#f-housing-tenure" in response["Location"]

    page = client_for(outreacher).get(_url("facts", household)).content.decode()

    assert 'value="housing.tenure"' in page
    assert '<option value="social_rent" selected>' in page
    assert "Marie Janssens" in page


def test_a_right_is_followed_up_from_the_page(client_for, outreacher, household):
    client = client_for(outreacher)
    client.post(_url("follow_up", household), {"right_id": "leefloon", "to_status": "found"})
    response = client.post(
        _url("follow_up", household),
        {"right_id": "leefloon", "to_status": "not_pursued", "reason": ""},
    )

    assert response.status_code == 302 and response["Location"].endswith("#right-leefloon")
    assert RightFollowUp.objects.get(household=household).status == "found"  # reason required
    page = client.get(_url("household", household)).content.decode()
    assert "Follow-up" in page


def test_waiting_applications_show_on_the_rights_page(client_for, outreacher, household):
    AppliedFollowUpFactory(household=household)

    page = client_for(outreacher).get(_url("household", household)).content.decode()

    assert 'id="rights-waiting"' in page and "OCMW Mol" in page


def test_the_family_list_shows_only_what_they_may_be_entitled_to(client_for, outreacher, household):
    fill_single_mother(household, outreacher)

    body = client_for(outreacher).get(_url("print", household)).content.decode()

    assert "What you may be entitled to" in body
    assert "Leefloon" in body
    assert "Where to go and what to bring" in body
    assert "Sociaal tarief" not in body and "not entitled" not in body


@pytest.mark.parametrize("name", ["household", "facts", "print"])
def test_another_teams_family_is_not_found(client_for, other_outreacher, household, name):
    assert client_for(other_outreacher).get(_url(name, household)).status_code == 404


@pytest.mark.parametrize("role", ["partner", "policy"])
def test_partner_and_policy_never_see_a_familys_rights(client_for, household, role, request):
    user = request.getfixturevalue(role)
    assert client_for(user).get(_url("household", household)).status_code == 403
    assert client_for(user).post(_url("facts", household), {"path": "region"}).status_code == 403


def test_the_dossier_links_to_the_rights_page(client_for, outreacher, household):
    body = client_for(outreacher).get(reverse("households:detail", args=[household.pk])).content
    assert _url("household", household).encode() in body

"""The REST API: the same access rules as the pages, every dossier read in the audit log,
and contacts recorded through the same service."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from rest_framework.authtoken.models import Token

from radar.contacts.models import ContactMoment
from radar.contacts.tests.factories import ContactMomentFactory
from radar.core.models import AuditEntry
from radar.households.models import Household
from radar.households.tests.factories import HouseholdFactory, IntakeFactory, NeedFactory

LIST = "/api/households/"


def detail(household):
    return f"/api/households/{household.pk}/"


def contacts(household):
    return f"/api/households/{household.pk}/contacts/"


def test_the_list_has_only_the_own_teams_families(
    client_for, outreacher, household, other_household
):
    response = client_for(outreacher).get(LIST)

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    (row,) = body["results"]
    assert row["id"] == household.pk
    assert row["name"] == "Gezin Janssens"
    assert row["team"] == "Noord"
    assert row["outreachers"] == ["outreacher"]
    assert "members" not in row


def test_the_other_team_lists_only_its_own(
    client_for, other_outreacher, household, other_household
):
    body = client_for(other_outreacher).get(LIST).json()
    assert [r["name"] for r in body["results"]] == ["Gezin Maes"]


def test_the_list_can_be_searched_and_filtered(client_for, outreacher, team_north, household):
    HouseholdFactory(team=team_north, name="Gezin Claes", status="in_contact")
    client = client_for(outreacher)

    assert [r["name"] for r in client.get(LIST, {"q": "Marie"}).json()["results"]] == [
        "Gezin Janssens"
    ]
    assert [r["name"] for r in client.get(LIST, {"status": "in_contact"}).json()["results"]] == [
        "Gezin Claes"
    ]
    assert [r["name"] for r in client.get(LIST, {"mine": "1"}).json()["results"]] == [
        "Gezin Janssens"
    ]


@pytest.mark.parametrize("persona", ["policy", "administrator"])
def test_roles_without_casework_are_refused(client_for, request, persona, household):
    client = client_for(request.getfixturevalue(persona))
    assert client.get(LIST).status_code == 403
    assert client.get(detail(household)).status_code == 403
    assert client.get(contacts(household)).status_code == 403
    assert not AuditEntry.objects.filter(action="view").exists()


def test_a_partner_without_consent_sees_no_family(client_for, partner, household):
    """A partner reads only through radar.consents.selectors: without an active consent
    for their organisation the list is empty and a family is "not found"; contacts 403.
    The consent cases: radar/consents/tests/test_partner_access_matrix.py."""
    client = client_for(partner)
    assert client.get(LIST).json()["results"] == []
    assert client.get(detail(household)).status_code == 404
    assert client.get(contacts(household)).status_code == 403
    assert not AuditEntry.objects.filter(action="view").exists()


def test_anonymous_callers_are_refused(household):
    client = Client()
    for url in (LIST, detail(household), contacts(household)):
        response = client.get(url)
        assert response.status_code in (401, 403), url
        assert "Janssens" not in response.content.decode()
    response = client.post(
        contacts(household), {"contact_type": "phone"}, content_type="application/json"
    )
    assert response.status_code in (401, 403)
    assert not ContactMoment.objects.exists()


def test_the_detail_shows_the_dossier_and_writes_an_api_audit_entry(
    client_for, outreacher, household
):
    IntakeFactory(household=household)
    NeedFactory(household=household)

    response = client_for(outreacher).get(detail(household))

    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Gezin Janssens"
    assert [m["first_name"] for m in body["members"]] == ["Marie"]
    assert body["intakes"][0]["channel"] == "school"
    assert body["needs"][0]["domain"] == "housing"
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.channel, entry.household_id, entry.user) == (
        "view",
        "api",
        household.pk,
        outreacher,
    )


def test_another_teams_family_is_not_found_and_the_refusal_is_logged(
    client_for, other_outreacher, household
):
    response = client_for(other_outreacher).get(detail(household))

    assert response.status_code == 404
    assert "Janssens" not in response.content.decode()
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.channel, entry.household_id) == ("denied", "api", household.pk)


def test_the_contacts_of_a_family_are_listed(client_for, outreacher, household, other_household):
    ContactMomentFactory(household=household, worker=outreacher, note="Koffie gedronken.")
    ContactMomentFactory(household=other_household, note="Zuid")

    response = client_for(outreacher).get(contacts(household))

    assert response.status_code == 200
    results = response.json()["results"]
    assert [c["note"] for c in results] == ["Koffie gedronken."]
    assert results[0]["worker"] == "outreacher"
    assert results[0]["contact_type"] == "home_visit"
    assert AuditEntry.objects.get().action == "view"


def test_another_teams_contacts_are_not_found(client_for, other_outreacher, household):
    ContactMomentFactory(household=household)
    assert client_for(other_outreacher).get(contacts(household)).status_code == 404


def post_contact(client, target, **data):
    return client.post(contacts(target), data, content_type="application/json")


def test_posting_a_contact_records_it_and_moves_last_reached(client_for, outreacher, household):
    marie = household.members.get()
    when = (timezone.now() - timedelta(hours=3)).replace(microsecond=0)

    response = post_contact(
        client_for(outreacher),
        household,
        contact_type="school",
        occurred_at=when.isoformat(),
        place="schoolpoort",
        participants=[marie.pk],
        note="Afspraak gemaakt voor een huisbezoek.",
    )

    assert response.status_code == 201, response.content
    contact = ContactMoment.objects.get()
    assert response.json()["id"] == contact.pk
    assert contact.household == household
    assert contact.worker == outreacher
    assert contact.contact_type.code == "school"
    assert list(contact.participants.all()) == [marie]
    household.refresh_from_db()
    assert household.last_reached_at == when
    assert (
        AuditEntry.objects.filter(action="create", object_type="contacts.contactmoment").count()
        == 1
    )


def test_posting_an_unreached_attempt_does_not_move_last_reached(client_for, outreacher, household):
    response = post_contact(
        client_for(outreacher), household, contact_type="phone", is_reached=False
    )
    assert response.status_code == 201
    household.refresh_from_db()
    assert household.last_reached_at is None
    assert household.last_attempt_at is not None


def test_an_unknown_contact_type_is_refused(client_for, outreacher, household):
    response = post_contact(client_for(outreacher), household, contact_type="carrier_pigeon")
    assert response.status_code == 400
    assert "contact_type" in response.json()
    assert not ContactMoment.objects.exists()


def test_a_participant_from_another_family_is_refused(
    client_for, outreacher, household, other_household
):
    stranger = other_household.members.get()
    response = post_contact(
        client_for(outreacher), household, contact_type="phone", participants=[stranger.pk]
    )
    assert response.status_code == 400
    assert "participants" in response.json()
    assert not ContactMoment.objects.exists()
    assert Household.objects.get(pk=household.pk).last_reached_at is None


def test_a_contact_in_the_future_is_refused(client_for, outreacher, household):
    later = timezone.now() + timedelta(days=3)
    response = post_contact(
        client_for(outreacher), household, contact_type="phone", occurred_at=later.isoformat()
    )
    assert response.status_code == 400
    assert not ContactMoment.objects.exists()


def test_unknown_and_read_only_fields_are_refused_never_assigned(
    client_for, outreacher, team_lead, household, other_household
):
    """Issue 8: they used to be dropped silently with a 201; now the caller hears it."""
    response = post_contact(
        client_for(outreacher),
        household,
        contact_type="phone",
        worker="team_lead",
        household=other_household.pk,
        id=999,
        created_by=team_lead.pk,
    )

    assert response.status_code == 400
    assert set(response.json()) == {"worker", "household", "id", "created_by"}
    assert not ContactMoment.objects.exists()


def test_known_fields_alone_are_accepted_and_the_worker_is_the_caller(
    client_for, outreacher, household
):
    response = post_contact(client_for(outreacher), household, contact_type="phone")

    assert response.status_code == 201
    contact = ContactMoment.objects.get()
    assert contact.household == household
    assert contact.worker == outreacher
    assert contact.created_by == outreacher


def test_another_team_cannot_post_a_contact(client_for, other_outreacher, household):
    response = post_contact(client_for(other_outreacher), household, contact_type="phone")
    assert response.status_code == 404
    assert not ContactMoment.objects.exists()


@pytest.mark.parametrize("persona", ["partner", "policy"])
def test_roles_without_casework_cannot_post_a_contact(client_for, request, persona, household):
    response = post_contact(
        client_for(request.getfixturevalue(persona)), household, contact_type="phone"
    )
    assert response.status_code == 403
    assert not ContactMoment.objects.exists()


def test_a_token_authenticates_the_api(outreacher, household):
    token = Token.objects.create(user=outreacher)
    client = Client(HTTP_AUTHORIZATION=f"Token {token.key}")

    assert client.get(LIST).json()["count"] == 1
    assert client.get(detail(household)).status_code == 200
    assert post_contact(client, household, contact_type="phone").status_code == 201
    assert ContactMoment.objects.get().worker == outreacher


def test_a_wrong_token_is_refused(household):
    client = Client(HTTP_AUTHORIZATION="Token " + "0" * 40)
    assert client.get(LIST).status_code in (401, 403)


def test_a_partners_token_still_sees_no_family_without_consent(partner, household):
    token = Token.objects.create(user=partner)
    client = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get(LIST).json()["results"] == []
    assert client.get(detail(household)).status_code == 404


def test_the_api_has_no_write_access_to_households(client_for, outreacher, household):
    client = client_for(outreacher)
    assert client.post(LIST, {"name": "Nieuw"}, content_type="application/json").status_code == 405
    assert (
        client.patch(detail(household), {"name": "X"}, content_type="application/json").status_code
        == 405
    )
    assert client.delete(detail(household)).status_code == 405
    assert Household.objects.get(pk=household.pk).name == "Gezin Janssens"


def test_the_schema_describes_the_households_endpoints(client_for, outreacher):
    response = client_for(outreacher).get("/api/schema/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "openapi" in content
    assert "/api/households/" in content
    assert "/api/households/{id}/contacts/" in content

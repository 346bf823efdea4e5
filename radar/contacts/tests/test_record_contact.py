"""Recording a contact or an attempt: the family's "last reached" only moves forward,
and an attempt that did not reach the family does not count as contact."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.contacts import services
from radar.contacts.models import ContactMoment
from radar.contacts.tests.factories import contact_type
from radar.core.models import AuditEntry
from radar.households.models import Household
from radar.households.tests.factories import MemberFactory


def record(user, household, days_ago=0, **kwargs):
    kwargs.setdefault("contact_type", contact_type("home_visit"))
    return services.record_contact(
        user=user,
        household=household,
        occurred_at=timezone.now() - timedelta(days=days_ago),
        **kwargs,
    )


def test_a_reached_contact_is_recorded_and_moves_last_reached(outreacher, household):
    contact = record(outreacher, household, days_ago=1, place="thuis", duration_minutes=40)

    household.refresh_from_db()
    assert household.last_reached_at == contact.occurred_at
    assert household.last_attempt_at == contact.occurred_at
    assert contact.worker == outreacher
    assert contact.created_by == outreacher
    assert contact.is_reached
    entry = AuditEntry.objects.get(object_type="contacts.contactmoment")
    assert entry.action == AuditEntry.Action.CREATE
    assert entry.household_id == household.pk
    assert entry.user == outreacher
    assert entry.detail == {"reached": True}


def test_the_callers_household_object_is_kept_up_to_date(outreacher, household):
    contact = record(outreacher, household)
    assert household.last_reached_at == contact.occurred_at


def test_an_older_contact_entered_later_does_not_move_last_reached_back(outreacher, household):
    recent = record(outreacher, household, days_ago=2)
    record(outreacher, household, days_ago=10)  # typed in afterwards, from the notebook

    household.refresh_from_db()
    assert household.last_reached_at == recent.occurred_at
    assert household.last_attempt_at == recent.occurred_at
    assert ContactMoment.objects.filter(household=household).count() == 2


def test_a_newer_contact_moves_last_reached_forward(outreacher, household):
    record(outreacher, household, days_ago=10)
    newer = record(outreacher, household, days_ago=1)
    household.refresh_from_db()
    assert household.last_reached_at == newer.occurred_at


def test_an_unreached_attempt_is_an_attempt_not_a_contact(outreacher, household):
    attempt = record(outreacher, household, days_ago=1, is_reached=False)

    household.refresh_from_db()
    assert household.last_reached_at is None
    assert household.last_attempt_at == attempt.occurred_at
    assert AuditEntry.objects.get().detail == {"reached": False}


def test_an_attempt_after_a_contact_leaves_last_reached_alone(outreacher, household):
    reached = record(outreacher, household, days_ago=5)
    attempt = record(outreacher, household, days_ago=1, is_reached=False)

    household.refresh_from_db()
    assert household.last_reached_at == reached.occurred_at
    assert household.last_attempt_at == attempt.occurred_at


def test_only_members_of_the_family_are_recorded_as_present(outreacher, household, other_household):
    marie = household.members.get()
    child = MemberFactory(household=household, first_name="Lotte", role="child")
    stranger = other_household.members.get()

    contact = record(outreacher, household, participants=[marie, child, stranger])

    assert set(contact.participants.all()) == {marie, child}


def test_a_contact_in_the_future_is_refused_and_does_not_hide_the_family(outreacher, household):
    """A typo in the year (2052 for 2025) would otherwise set "last reached" in the future
    for good, and the family would never show up as losing contact. The API already refuses
    this (ContactSerializer.validate_occurred_at); the rule belongs in the service."""
    with pytest.raises(ValidationError):
        record(outreacher, household, days_ago=-30)

    household.refresh_from_db()
    assert household.last_reached_at is None
    assert not ContactMoment.objects.exists()


def contact_form(**changes):
    data = {
        "occurred_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "contact_type": contact_type("school").pk,
        "is_reached": "on",
        "place": "schoolpoort",
        "duration_minutes": "15",
        "other_participants": "",
        "note": "Kort gesproken aan de schoolpoort.",
    }
    data.update(changes)
    return data


def test_the_contact_page_records_a_contact(client_for, outreacher, household):
    response = client_for(outreacher).post(
        f"/households/{household.pk}/contacts/new/", contact_form()
    )

    assert response.status_code == 302
    contact = ContactMoment.objects.get(household=household)
    assert contact.worker == outreacher
    assert Household.objects.get(pk=household.pk).last_reached_at is not None


def test_the_contact_page_records_an_unreached_attempt(client_for, outreacher, household):
    data = contact_form()
    del data["is_reached"]  # unticked checkbox
    response = client_for(outreacher).post(f"/households/{household.pk}/contacts/new/", data)

    assert response.status_code == 302
    household.refresh_from_db()
    assert household.last_reached_at is None
    assert household.last_attempt_at is not None


def test_the_contact_page_refuses_a_contact_in_the_future(client_for, outreacher, household):
    later = timezone.localtime() + timedelta(days=30)
    response = client_for(outreacher).post(
        f"/households/{household.pk}/contacts/new/",
        contact_form(occurred_at=later.strftime("%Y-%m-%dT%H:%M")),
    )

    assert response.status_code == 200
    assert "occurred_at" in response.context["form"].errors
    assert not ContactMoment.objects.exists()
    assert Household.objects.get(pk=household.pk).last_reached_at is None


def test_another_team_cannot_record_a_contact(client_for, other_outreacher, household):
    response = client_for(other_outreacher).post(
        f"/households/{household.pk}/contacts/new/", contact_form()
    )
    assert response.status_code == 404
    assert not ContactMoment.objects.exists()


@pytest.mark.parametrize("persona", ["partner", "policy", "administrator"])
def test_roles_without_casework_cannot_record_a_contact(client_for, request, persona, household):
    user = request.getfixturevalue(persona)
    response = client_for(user).post(f"/households/{household.pk}/contacts/new/", contact_form())
    assert response.status_code == 403
    assert not ContactMoment.objects.exists()

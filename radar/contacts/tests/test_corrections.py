"""Correcting and removing a contact (issue 8). The family's last contact is derived from its
contacts (ADR 0005): a corrected date or "reached", or a removed contact, recomputes it, so a
family whose only real contact was a mistake shows up as losing contact again."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.contacts import services
from radar.contacts.models import ContactMoment
from radar.contacts.tests.factories import contact_type
from radar.core.models import AuditEntry
from radar.core.services import ConcurrentEditError
from radar.households.models import Household
from radar.households.selectors import list_losing_contact_for
from radar.households.tests.factories import ChildFactory


def record(user, household, days_ago=0, **kwargs):
    kwargs.setdefault("contact_type", contact_type("home_visit"))
    return services.record_contact(
        user=user,
        household=household,
        occurred_at=timezone.now() - timedelta(days=days_ago),
        **kwargs,
    )


def markers(household):
    household = Household.objects.get(pk=household.pk)
    return household.last_reached_at, household.last_attempt_at


@pytest.fixture
def english(outreacher, team_lead):
    for user in (outreacher, team_lead):
        user.language = "en"
        user.save()


# -- The service ------------------------------------------------------------------------


def test_removing_the_last_reached_contact_recomputes_the_familys_last_contact(
    outreacher, household
):
    older = record(outreacher, household, days_ago=50)
    attempt = record(outreacher, household, days_ago=20, is_reached=False)
    mistake = record(outreacher, household, days_ago=1)  # logged on the wrong family
    assert markers(household) == (mistake.occurred_at, mistake.occurred_at)

    services.remove_contact(user=outreacher, contact=mistake, reason="verkeerd gezin")

    assert markers(household) == (older.occurred_at, attempt.occurred_at)
    assert household.last_reached_at == older.occurred_at  # the caller's copy too
    assert list(list_losing_contact_for(user=outreacher, days=45)) == [household]


def test_removing_the_only_contact_leaves_the_family_never_reached(outreacher, household):
    only = record(outreacher, household, days_ago=1)

    services.remove_contact(user=outreacher, contact=only, reason="dubbel ingevoerd")

    assert markers(household) == (None, None)
    assert not ContactMoment.objects.filter(household=household).exists()
    kept = ContactMoment.all_objects.get(pk=only.pk)
    assert (kept.removal_reason, kept.removed_by, kept.version) == (
        "dubbel ingevoerd",
        outreacher,
        2,
    )
    entry = AuditEntry.objects.get(action="delete")
    assert entry.detail == {"removed": True, "reason": "dubbel ingevoerd"}


def test_correcting_reached_to_an_attempt_recomputes_the_last_contact(outreacher, household):
    older = record(outreacher, household, days_ago=30)
    latest = record(outreacher, household, days_ago=2)

    services.correct_contact(
        user=outreacher, contact=latest, expected_version=1, is_reached=False, note="niet thuis"
    )

    assert markers(household) == (older.occurred_at, latest.occurred_at)
    entry = AuditEntry.objects.get(action="update")
    assert entry.detail == {"fields": ["is_reached", "note"]}


def test_correcting_a_date_backwards_moves_the_last_contact_back(outreacher, household):
    contact = record(outreacher, household, days_ago=0)
    earlier = timezone.now() - timedelta(days=60)

    services.correct_contact(user=outreacher, contact=contact, occurred_at=earlier)

    assert markers(household) == (earlier, earlier)


def test_a_correction_into_the_future_is_refused(outreacher, household):
    contact = record(outreacher, household, days_ago=1)
    with pytest.raises(ValidationError) as refused:
        services.correct_contact(
            user=outreacher, contact=contact, occurred_at=timezone.now() + timedelta(days=400)
        )
    assert set(refused.value.message_dict) == {"occurred_at"}
    assert ContactMoment.objects.get(pk=contact.pk).version == 1


def test_a_correction_of_who_was_present_is_a_change_too(outreacher, household):
    contact = record(outreacher, household, days_ago=1)
    child = ChildFactory(household=household)

    services.correct_contact(
        user=outreacher, contact=contact, expected_version=1, participants=[child]
    )

    saved = ContactMoment.objects.get(pk=contact.pk)
    assert list(saved.participants.all()) == [child]
    assert saved.version == 2
    assert AuditEntry.objects.get(action="update").detail == {"fields": ["participants"]}


def test_a_stale_correction_and_a_stale_removal_are_refused(outreacher, team_lead, household):
    contact = record(outreacher, household, days_ago=1, note="kort")
    services.correct_contact(user=team_lead, contact=contact, note="kort, aan de deur")

    with pytest.raises(ConcurrentEditError):
        services.correct_contact(user=outreacher, contact=contact, expected_version=1, note="x")
    with pytest.raises(ConcurrentEditError):
        services.remove_contact(user=outreacher, contact=contact, reason="x", expected_version=1)

    saved = ContactMoment.objects.get(pk=contact.pk)
    assert (saved.note, saved.version) == ("kort, aan de deur", 2)


def test_a_removal_needs_a_reason(outreacher, household):
    contact = record(outreacher, household, days_ago=1)
    with pytest.raises(ValidationError):
        services.remove_contact(user=outreacher, contact=contact, reason="")
    assert ContactMoment.objects.filter(pk=contact.pk).exists()
    assert markers(household)[0] == contact.occurred_at


# -- Pages ------------------------------------------------------------------------------


def contact_data(contact, version, **changes):
    data = {
        "occurred_at": timezone.localtime(contact.occurred_at).strftime("%Y-%m-%dT%H:%M"),
        "contact_type": contact.contact_type_id,
        "is_reached": "on" if contact.is_reached else "",
        "place": contact.place,
        "duration_minutes": contact.duration_minutes or "",
        "other_participants": "",
        "note": contact.note,
        "version": version,
    }
    data.update(changes)
    return data


def test_the_contact_page_corrects_a_contact(client_for, outreacher, household):
    contact = record(outreacher, household, days_ago=1, place="thuis")
    url = f"/households/{household.pk}/contacts/{contact.pk}/edit/"
    client = client_for(outreacher)

    assert 'name="version" value="1"' in client.get(url).content.decode()
    response = client.post(url, contact_data(contact, 1, place="op school"))

    assert response.status_code == 302
    assert ContactMoment.objects.get(pk=contact.pk).place == "op school"


def test_the_contact_page_shows_both_versions_and_keeps_the_note(
    client_for, outreacher, team_lead, household, english
):
    contact = record(outreacher, household, days_ago=1, note="Kort gesproken.")
    services.correct_contact(user=team_lead, contact=contact, place="op school")

    response = client_for(outreacher).post(
        f"/households/{household.pk}/contacts/{contact.pk}/edit/",
        contact_data(contact, 1, note="Lang gesproken over de huur."),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Lang gesproken over de huur." in html  # the worker's note is still in the form
    assert dict(response.context["form"].conflict)["Place"] == "op school"
    assert ContactMoment.objects.get(pk=contact.pk).note == "Kort gesproken."


def test_removing_a_contact_on_the_page(client_for, outreacher, household, english):
    contact = record(outreacher, household, days_ago=1, note="Verkeerd gezin gekozen.")
    client = client_for(outreacher)
    dossier = client.get(f"/households/{household.pk}/").content.decode()
    assert f'id="contact-{contact.pk}"' in dossier

    response = client.post(
        f"/households/{household.pk}/contacts/{contact.pk}/remove/",
        {"reason": "verkeerd gezin", "version": 1},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert f'id="contact-{contact.pk}" class="removed' in response.content.decode()
    dossier = client.get(f"/households/{household.pk}/").content.decode()
    contacts_section = dossier.split('id="contacts"')[1].split("</section>")[0]
    assert "Verkeerd gezin gekozen." not in contacts_section
    assert "No contacts yet." in contacts_section
    assert "verkeerd gezin" in dossier.split('id="removed"')[1]
    contacts_page = client.get(f"/households/{household.pk}/contacts/").content.decode()
    assert "Verkeerd gezin gekozen." not in contacts_page


@pytest.mark.parametrize("persona", ["other_outreacher", "partner", "policy"])
def test_only_the_familys_team_can_correct_or_remove_a_contact(
    client_for, request, persona, outreacher, household
):
    contact = record(outreacher, household, days_ago=1, place="thuis")
    client = client_for(request.getfixturevalue(persona))
    base = f"/households/{household.pk}/contacts/{contact.pk}"

    edit = client.post(f"{base}/edit/", contact_data(contact, 1, place="x"))
    remove = client.post(f"{base}/remove/", {"reason": "weg", "version": 1})

    expected = 404 if persona == "other_outreacher" else 403
    assert (edit.status_code, remove.status_code) == (expected, expected)
    saved = ContactMoment.objects.get(pk=contact.pk)
    assert (saved.place, saved.version) == ("thuis", 1)

"""Correcting and removing members and needs (issue 8): a correction is refused when the
record moved on since the form was opened (both versions shown, nothing typed is lost); a
removal needs a reason, keeps the row and its reason in the history and the audit log, and
takes the record out of the dossier, the lists and the counts."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.core.models import AuditEntry
from radar.core.services import ConcurrentEditError
from radar.households import services
from radar.households.models import Household, Member, Need
from radar.households.selectors import list_households_for
from radar.households.tests.factories import ChildFactory, NeedFactory
from radar.organisations.tests.factories import OrganisationFactory
from radar.referrals import services as referrals


@pytest.fixture
def marie(household) -> Member:
    return household.members.get()


@pytest.fixture
def english(outreacher, team_lead):
    for user in (outreacher, team_lead):
        user.language = "en"
        user.save()


# -- Members: the service ---------------------------------------------------------------


def test_a_member_is_removed_with_a_reason_and_kept_in_the_history(outreacher, household):
    lotte = ChildFactory(household=household, first_name="Lotte")

    services.remove_member(
        user=outreacher, member=lotte, reason=" Dubbel ingevoerd ", expected_version=1
    )

    assert list(household.members.all()) == [household.members.get(first_name="Marie")]
    assert not Member.objects.filter(pk=lotte.pk).exists()
    kept = Member.all_objects.get(pk=lotte.pk)
    assert kept.is_removed and kept.removed_by == outreacher
    assert (kept.removal_reason, kept.version) == ("Dubbel ingevoerd", 2)
    entry = AuditEntry.objects.get(action="delete")
    assert (entry.object_type, entry.object_id, entry.household_id) == (
        "households.member",
        str(lotte.pk),
        household.pk,
    )
    assert entry.detail == {"removed": True, "reason": "Dubbel ingevoerd"}


@pytest.mark.parametrize("reason", ["", "   ", "x" * 501])
def test_a_removal_without_a_usable_reason_is_refused(outreacher, marie, reason):
    with pytest.raises(ValidationError) as refused:
        services.remove_member(user=outreacher, member=marie, reason=reason)

    assert set(refused.value.message_dict) == {"reason"}
    assert Member.objects.filter(pk=marie.pk).exists()
    assert not AuditEntry.objects.exists()


def test_a_removal_from_a_stale_version_is_refused(outreacher, team_lead, marie):
    services.update_member(user=team_lead, member=marie, expected_version=1, phone="0470")

    with pytest.raises(ConcurrentEditError):
        services.remove_member(user=outreacher, member=marie, reason="fout", expected_version=1)

    assert Member.objects.get(pk=marie.pk).phone == "0470"
    assert not AuditEntry.objects.filter(action="delete").exists()


def test_a_removed_member_cannot_be_corrected_or_removed_again(outreacher, marie):
    services.remove_member(user=outreacher, member=marie, reason="verkeerd gezin")

    with pytest.raises(ConcurrentEditError):
        services.update_member(user=outreacher, member=marie, phone="0470")
    with pytest.raises(ConcurrentEditError):
        services.remove_member(user=outreacher, member=marie, reason="nog eens")
    assert Member.all_objects.get(pk=marie.pk).removal_reason == "verkeerd gezin"


def test_a_member_correction_moves_the_version_and_names_the_fields(outreacher, marie):
    member = services.update_member(
        user=outreacher, member=marie, expected_version=1, first_name="Maria", phone="0470"
    )

    assert member.version == Member.objects.get(pk=marie.pk).version == 2
    assert AuditEntry.objects.get(action="update").detail == {"fields": ["first_name", "phone"]}


def test_a_removed_member_is_not_found_by_search(outreacher, household):
    lotte = ChildFactory(household=household, first_name="Lotte", last_name="Verstraeten")
    assert list(list_households_for(user=outreacher, query="Verstraeten")) == [household]

    services.remove_member(user=outreacher, member=lotte, reason="verkeerd gezin")

    assert list(list_households_for(user=outreacher, query="Verstraeten")) == []


# -- Needs: the service -----------------------------------------------------------------


def test_a_need_is_corrected_and_its_state_moves_its_version(outreacher, household):
    need = NeedFactory(household=household, description="Huur achterstal")

    services.update_need(
        user=outreacher, need=need, expected_version=1, description="Huurachterstal"
    )
    services.set_need_state(user=outreacher, need=need, state="in_progress")

    saved = Need.objects.get(pk=need.pk)
    assert (saved.description, saved.state, saved.version) == ("Huurachterstal", "in_progress", 3)
    assert AuditEntry.objects.filter(action="update").first().detail == {"state": "in_progress"}
    assert AuditEntry.objects.filter(action="update").last().detail == {"fields": ["description"]}


def test_a_need_correction_from_a_stale_version_is_refused(outreacher, team_lead, household):
    need = NeedFactory(household=household)
    services.set_need_state(user=team_lead, need=need, state="answered")

    with pytest.raises(ConcurrentEditError):
        services.update_need(user=outreacher, need=need, expected_version=1, priority=3)

    assert Need.objects.get(pk=need.pk).priority == Need.Priority.HIGH


def test_a_need_outside_the_editable_fields_is_refused(outreacher, household, other_household):
    need = NeedFactory(household=household)
    with pytest.raises(ValueError):
        services.update_need(user=outreacher, need=need, household=other_household)
    assert Need.objects.get(pk=need.pk).household == household


def test_a_removed_need_leaves_the_household(outreacher, household):
    need = NeedFactory(household=household)

    services.remove_need(user=outreacher, need=need, reason="hoort bij een ander gezin")

    assert list(Household.objects.get(pk=household.pk).needs.all()) == []
    assert AuditEntry.objects.get(action="delete").detail["reason"] == "hoort bij een ander gezin"


# -- Pages ------------------------------------------------------------------------------


def member_data(member, version, **changes):
    data = {
        "role": member.role,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "birth_date": member.birth_date.isoformat() if member.birth_date else "",
        "language": member.language,
        "phone": member.phone,
        "insz": member.insz,
        "version": version,
    }
    data.update(changes)
    return data


def test_the_member_page_shows_both_versions_and_keeps_the_typing(
    client_for, outreacher, team_lead, household, marie, english
):
    url = f"/households/{household.pk}/members/{marie.pk}/edit/"
    ann, bart = client_for(outreacher), client_for(team_lead)
    assert 'name="version" value="1"' in ann.get(url).content.decode()

    assert ann.post(url, member_data(marie, 1, phone="0470 12 34 56")).status_code == 302
    refused = bart.post(url, member_data(marie, 1, phone="014 33 22 11", language="Frans"))

    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Someone else changed this while you were editing" in html
    assert 'value="014 33 22 11"' in html and 'value="Frans"' in html  # Bart's typing
    conflict = dict(refused.context["form"].conflict)
    assert conflict["Phone"] == "0470 12 34 56"  # what Ann saved, next to it
    assert Member.objects.get(pk=marie.pk).phone == "0470 12 34 56"
    # Saving again, deliberately, from the current version keeps Bart's input.
    again = bart.post(url, member_data(marie, 2, phone="014 33 22 11", language="Frans"))
    assert again.status_code == 302
    assert Member.objects.get(pk=marie.pk).phone == "014 33 22 11"


def test_the_member_page_explains_a_member_removed_meanwhile(
    client_for, outreacher, team_lead, household, marie, english
):
    url = f"/households/{household.pk}/members/{marie.pk}/edit/"
    form_page = client_for(team_lead).get(url)
    assert form_page.status_code == 200
    services.remove_member(user=outreacher, member=marie, reason="verkeerd gezin")

    # Opened before, saved after the removal: the member is gone from the family's pages.
    response = client_for(team_lead).post(url, member_data(marie, 1, phone="014"))
    assert response.status_code == 404


def test_the_need_page_corrects_a_need(client_for, outreacher, household):
    need = NeedFactory(household=household, description="Huur achterstal")
    url = f"/households/{household.pk}/needs/{need.pk}/edit/"

    response = client_for(outreacher).post(
        url,
        {"domain": need.domain.pk, "description": "Huurachterstal", "priority": 2, "version": 1},
    )

    assert response.status_code == 302
    saved = Need.objects.get(pk=need.pk)
    assert (saved.description, saved.priority, saved.version) == ("Huurachterstal", 2, 2)


def test_the_need_page_shows_both_versions_after_a_state_change(
    client_for, outreacher, team_lead, household, english
):
    need = NeedFactory(household=household, description="Huur achterstal")
    services.set_need_state(user=team_lead, need=need, state="answered")

    response = client_for(outreacher).post(
        f"/households/{household.pk}/needs/{need.pk}/edit/",
        {"domain": need.domain.pk, "description": "Huurachterstal", "priority": 1, "version": 1},
    )

    assert response.status_code == 200
    assert 'value="Huurachterstal"' in response.content.decode()
    assert dict(response.context["form"].conflict)["Need"] == "Huur achterstal"
    assert Need.objects.get(pk=need.pk).description == "Huur achterstal"


def test_removing_a_member_on_the_page_asks_the_reason_first(
    client_for, outreacher, household, english
):
    lotte = ChildFactory(household=household, first_name="Lotte")
    url = f"/households/{household.pk}/members/{lotte.pk}/remove/"
    client = client_for(outreacher)

    form = client.get(url)
    assert form.status_code == 200 and "Why is this removed?" in form.content.decode()
    refused = client.post(url, {"reason": "  ", "version": 1})
    assert refused.status_code == 200 and refused.context["form"].errors["reason"]
    assert Member.objects.filter(pk=lotte.pk).exists()

    removed = client.post(url, {"reason": "Dubbel ingevoerd", "version": 1})

    assert removed.status_code == 302
    assert removed["Location"] == f"/households/{household.pk}/#members"
    dossier = client.get(f"/households/{household.pk}/").content.decode()
    members_section = dossier.split('id="members"')[1].split("</section>")[0]
    assert "Lotte" not in members_section
    removed_section = dossier.split('id="removed"')[1]
    assert "Lotte" in removed_section and "Dubbel ingevoerd" in removed_section
    assert "Ann" in removed_section  # who removed it


def test_removing_a_need_with_htmx_swaps_the_row(client_for, outreacher, household, english):
    need = NeedFactory(household=household, description="Huurachterstal")
    url = f"/households/{household.pk}/needs/{need.pk}/remove/"
    client = client_for(outreacher)
    htmx = {"HX-Request": "true"}

    form = client.get(url, headers=htmx).content.decode()
    assert form.lstrip().startswith(f'<tr id="need-{need.pk}"')
    assert f'hx-post="{url}"' in form
    row = client.post(url, {"reason": "verkeerd gezin", "version": 1}, headers=htmx)

    assert row.status_code == 200
    html = row.content.decode()
    assert html.lstrip().startswith(f'<tr id="need-{need.pk}" class="removed"')
    assert "verkeerd gezin" in html
    assert not Need.objects.filter(pk=need.pk).exists()


def test_a_stale_removal_on_the_page_shows_the_need_as_it_is_now(
    client_for, outreacher, team_lead, household, english
):
    need = NeedFactory(household=household, description="Huur achterstal")
    services.update_need(user=team_lead, need=need, description="Huurachterstal en energie")

    response = client_for(outreacher).post(
        f"/households/{household.pk}/needs/{need.pk}/remove/",
        {"reason": "dubbel", "version": 1},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Someone changed this since you opened it" in html
    assert "Huurachterstal en energie" in html
    assert 'name="version" value="2"' in html
    assert Need.objects.filter(pk=need.pk).exists()


@pytest.mark.parametrize("persona", ["other_outreacher", "partner", "policy"])
def test_only_the_familys_team_can_correct_or_remove_a_member(
    client_for, request, persona, household, marie
):
    client = client_for(request.getfixturevalue(persona))
    base = f"/households/{household.pk}/members/{marie.pk}"

    edit = client.post(f"{base}/edit/", member_data(marie, 1, phone="000"))
    remove = client.post(f"{base}/remove/", {"reason": "weg", "version": 1})

    expected = 404 if persona == "other_outreacher" else 403
    assert (edit.status_code, remove.status_code) == (expected, expected)
    saved = Member.objects.get(pk=marie.pk)
    assert (saved.phone, saved.version) == ("", 1)
    assert not AuditEntry.objects.filter(action__in=["update", "delete"]).exists()


def test_a_need_of_another_family_cannot_be_removed_through_ones_own(
    client_for, other_outreacher, household, other_household
):
    need = NeedFactory(household=household)
    response = client_for(other_outreacher).post(
        f"/households/{other_household.pk}/needs/{need.pk}/remove/", {"reason": "weg"}
    )
    assert response.status_code == 404
    assert Need.objects.filter(pk=need.pk).exists()


def test_a_referral_that_answers_the_need_makes_an_open_correction_stale(
    outreacher, team_lead, household
):
    need = NeedFactory(household=household, description="Huur achterstal")
    referral = referrals.refer_household(
        user=team_lead, household=household, organisation=OrganisationFactory(), need=need
    )
    referrals.send_referral(user=team_lead, referral=referral)
    referrals.accept_referral(user=team_lead, referral=referral)
    referrals.confirm_first_contact(
        user=team_lead, referral=referral, first_contact_on=timezone.localdate()
    )
    referrals.record_outcome(user=team_lead, referral=referral, need_answered=True)

    with pytest.raises(ConcurrentEditError):
        services.update_need(user=outreacher, need=need, expected_version=1, priority=3)
    saved = Need.objects.get(pk=need.pk)
    assert (saved.state, saved.priority, saved.version) == ("answered", 1, 2)

"""A record removed as a mistake (core.models.Removable) is gone from everything that counts
or shows the family's records, and stays in the dossier's "Removed items" for the team."""

from datetime import timedelta

from django.utils import timezone

from radar.contacts import services as contact_services
from radar.contacts.tests.factories import contact_type
from radar.households import services
from radar.households.tests.factories import ChildFactory
from radar.network.ecogram import EcogramTie
from radar.network.tests.factories import NetworkTieFactory
from radar.rights import facts


def test_a_removed_contact_leaves_the_dossiers_count(client_for, outreacher, household):
    contacts = [
        contact_services.record_contact(
            user=outreacher,
            household=household,
            contact_type=contact_type("phone"),
            occurred_at=timezone.now() - timedelta(days=days),
        )
        for days in (1, 2)
    ]
    client = client_for(outreacher)
    assert client.get(f"/households/{household.pk}/").context["contact_count"] == 2

    contact_services.remove_contact(user=outreacher, contact=contacts[0], reason="dubbel")

    dossier = client.get(f"/households/{household.pk}/")
    assert dossier.context["contact_count"] == 1
    assert [c.pk for c in dossier.context["contacts"]] == [contacts[1].pk]
    (removed,) = dossier.context["removed_items"]
    assert (removed["pk"], removed["removal_reason"]) == (contacts[0].pk, "dubbel")
    assert removed["by"] == "Ann"


def test_a_removed_child_no_longer_counts_in_the_rights_check(outreacher, household):
    child = ChildFactory(household=household, first_name="Lotte")
    assert len(facts.situation_for(household)["members"]) == 2

    services.remove_member(user=outreacher, member=child, reason="verkeerd gezin")

    (parent,) = facts.situation_for(household)["members"]
    assert parent["role"] != "child"


def test_the_ecogram_no_longer_names_a_removed_member(outreacher, household):
    child = ChildFactory(household=household, first_name="Lotte")
    tie = NetworkTieFactory(household=household, member=child)
    assert EcogramTie.from_stored(tie).member_name == "Lotte"

    services.remove_member(user=outreacher, member=child, reason="verkeerd gezin")
    tie.refresh_from_db()

    assert EcogramTie.from_stored(tie).member_name == ""


def test_no_removed_items_section_until_something_is_removed(client_for, outreacher, household):
    client = client_for(outreacher)
    assert 'id="removed"' not in client.get(f"/households/{household.pk}/").content.decode()
    services.remove_member(user=outreacher, member=household.members.get(), reason="fout")
    assert 'id="removed"' in client.get(f"/households/{household.pk}/").content.decode()

"""The family's network: ties are added, changed and removed with an audit entry, only
with members of the family itself; ties_for() merges in the registered providers."""

import pytest
from django.core.exceptions import ValidationError

from radar.core.models import AuditEntry
from radar.network import selectors, services
from radar.network.ecogram import EcogramTie
from radar.network.models import NetworkTie
from radar.network.tests.factories import FormerTieFactory, NetworkTieFactory


def test_a_tie_is_added_to_the_family_with_an_audit_entry(outreacher, household):
    marie = household.members.get()

    tie = services.add_tie(
        user=outreacher,
        household=household,
        name="Oma Jeanne",
        kind=NetworkTie.Kind.RELATIVE,
        relation="grootmoeder",
        quality=NetworkTie.Quality.SUPPORTS,
        member=marie,
    )

    assert (tie.household, tie.member, tie.created_by) == (household, marie, outreacher)
    entry = AuditEntry.objects.get(object_type="network.networktie")
    assert (entry.action, entry.household_id, entry.user) == ("create", household.pk, outreacher)


def test_a_tie_with_a_member_of_another_family_is_refused(outreacher, household, other_household):
    with pytest.raises(ValidationError):
        services.add_tie(
            user=outreacher,
            household=household,
            name="Oma",
            kind=NetworkTie.Kind.RELATIVE,
            quality=NetworkTie.Quality.SUPPORTS,
            member=other_household.members.get(),
        )
    assert not NetworkTie.objects.exists()


def test_an_unknown_quality_is_refused(outreacher, household):
    with pytest.raises(ValidationError):
        services.add_tie(
            user=outreacher, household=household, name="X", kind="relative", quality="great"
        )


def test_a_tie_that_ended_leaves_the_picture_but_stays_on_record(outreacher, household):
    tie = NetworkTieFactory(household=household)

    services.update_tie(user=outreacher, tie=tie, is_active=False, quality="strains")

    tie.refresh_from_db()
    assert (tie.is_active, tie.quality) == (False, "strains")
    assert selectors.ties_for(household) == []
    entry = AuditEntry.objects.get(object_type="network.networktie")
    assert (entry.action, entry.detail) == ("update", {"fields": ["is_active", "quality"]})


def test_update_refuses_fields_that_are_not_editable(outreacher, household, other_household):
    tie = NetworkTieFactory(household=household)

    with pytest.raises(ValidationError):
        services.update_tie(user=outreacher, tie=tie, household=other_household)
    with pytest.raises(ValidationError):
        services.update_tie(user=outreacher, tie=tie, member=other_household.members.get())


def test_only_the_changed_fields_of_a_tie_are_audited(outreacher, household):
    tie = NetworkTieFactory(household=household)
    marie = household.members.get()

    services.update_tie(user=outreacher, tie=tie, name=tie.name, quality=tie.quality, member=marie)
    services.update_tie(user=outreacher, tie=tie, name=tie.name, member=marie)  # no change

    entry = AuditEntry.objects.get(object_type="network.networktie")
    assert entry.detail == {"fields": ["member"]}
    assert NetworkTie.objects.get(pk=tie.pk).member == marie


def test_a_removed_tie_is_gone_and_the_removal_is_logged(outreacher, household):
    tie = NetworkTieFactory(household=household)
    tie_pk = tie.pk

    services.remove_tie(user=outreacher, tie=tie)

    assert not NetworkTie.objects.filter(pk=tie_pk).exists()
    entry = AuditEntry.objects.get(object_type="network.networktie")
    assert (entry.action, entry.object_id, entry.household_id) == (
        "delete",
        str(tie_pk),
        household.pk,
    )


def test_ties_for_gives_active_stored_ties_then_the_providers(household, monkeypatch):
    NetworkTieFactory(household=household, name="Oma Jeanne")
    FormerTieFactory(household=household, name="Ex-buur")
    NetworkTieFactory(name="Andermans oma")
    monkeypatch.setattr(selectors, "extra_ties", [])

    @selectors.register_extra_ties
    def referrals(h):
        return [EcogramTie(name=f"CAW voor {h.name}", kind="professional", quality="supports",
                           source="via referral")]  # fmt: skip

    selectors.register_extra_ties(referrals)  # twice is harmless

    ties = selectors.ties_for(household)

    assert [(t.name, t.source, t.tie_id is None) for t in ties] == [
        ("Oma Jeanne", "", False),
        ("CAW voor Gezin Janssens", "via referral", True),
    ]

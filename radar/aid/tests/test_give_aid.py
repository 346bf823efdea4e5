from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from radar.aid import selectors, services
from radar.aid.models import AidGiven
from radar.aid.tests.factories import AidGivenFactory, RecipientFactory, aid_type
from radar.core.models import AuditEntry
from radar.households.tests.factories import ChildFactory, HouseholdFactory


def test_aid_given_to_a_guided_family_is_in_its_dossier_and_audited(outreacher, household):
    recipient = services.recipient_for_household(household=household)
    child = ChildFactory(household=household)
    aid = services.give_aid(
        user=outreacher,
        recipient=recipient,
        aid_type=aid_type(household.team.municipality, "kinderkleding"),
        given_on=date(2024, 9, 1),
        count=2,
        amount_cents=4550,
        member=child,
    )
    assert list(selectors.aid_of(household)) == [aid]
    entry = AuditEntry.objects.get(object_type="aid.aidgiven")
    assert entry.household_id == household.pk and entry.detail["amount_cents"] == 4550
    assert services.recipient_for_household(household=household) == recipient


def test_a_fixed_amount_aid_without_an_amount_takes_the_catalogue_amount(municipality):
    recipient = RecipientFactory(municipality=municipality)
    attest = aid_type(municipality, "attest_individueel_tarief_kinderopvang")
    aid = services.give_aid(
        user=None, recipient=recipient, aid_type=attest, given_on=date(2019, 5, 2)
    )
    assert aid.amount_cents == 0


def test_a_variable_aid_needs_an_amount(municipality):
    recipient = RecipientFactory(municipality=municipality)
    with pytest.raises(ValidationError):
        services.give_aid(
            user=None,
            recipient=recipient,
            aid_type=aid_type(municipality),
            given_on=date(2019, 5, 2),
        )
    assert not AidGiven.objects.exists()


def test_aid_of_another_municipality_or_in_the_future_or_for_a_stranger_child_is_refused(
    municipality, household
):
    recipient = RecipientFactory(municipality=municipality)
    other = RecipientFactory()
    with pytest.raises(ValidationError):
        services.give_aid(
            user=None,
            recipient=recipient,
            aid_type=aid_type(other.municipality),
            given_on=date(2019, 5, 2),
            amount_cents=100,
        )
    with pytest.raises(ValidationError):
        services.give_aid(
            user=None,
            recipient=recipient,
            aid_type=aid_type(municipality),
            given_on=date(2999, 5, 2),
            amount_cents=100,
        )
    with pytest.raises(ValidationError):
        services.give_aid(
            user=None,
            recipient=recipient,
            aid_type=aid_type(municipality),
            given_on=date(2019, 5, 2),
            amount_cents=100,
            member=ChildFactory(household=household),
        )
    assert not AidGiven.objects.exists()


def test_figures_count_units_amounts_and_distinct_families_in_the_year_of_the_aid(municipality):
    first, second = (
        RecipientFactory(municipality=municipality),
        RecipientFactory(municipality=municipality),
    )
    AidGivenFactory(recipient=first, count=2, amount_cents=1000, given_on=date(2019, 1, 1))
    AidGivenFactory(recipient=first, count=1, amount_cents=500, given_on=date(2019, 12, 31))
    AidGivenFactory(recipient=second, count=3, amount_cents=333, given_on=date(2019, 6, 1))
    AidGivenFactory(recipient=second, count=9, amount_cents=999, given_on=date(2020, 1, 1))
    removed = AidGivenFactory(
        recipient=second, count=9, amount_cents=999, given_on=date(2019, 2, 1)
    )
    removed.removed_at = removed.created_at
    removed.save()
    assert selectors.aid_counts(municipality=municipality, year=2019) == {
        "luiers": {"count": 6, "amount_cents": 1833, "households": 2, "children": 0}
    }


def test_figures_hide_small_counts_for_readers_who_see_no_names():
    counts = {
        "luiers": {"count": 6, "amount_cents": 1833, "households": 2, "children": 0},
        "babykaart": {"count": 51, "amount_cents": 1450000, "households": 40, "children": 3},
    }
    shown = selectors.present_figures(counts, hide_small=True)
    assert shown["luiers"] == {"count": "x", "amount": "x", "households": "<5", "children": "0"}
    assert shown["babykaart"] == {
        "count": "51",
        "amount": "14500.00",
        "households": "40",
        "children": "<5",
    }


def test_the_figures_command_prints_the_exact_json(municipality, capsys):
    recipient = RecipientFactory(municipality=municipality)
    AidGivenFactory(
        recipient=recipient,
        aid_type=aid_type(municipality, "babykaart"),
        count=51,
        amount_cents=1_450_000,
    )
    call_command(
        "aid", "figures", "--year", "2019", "--municipality", municipality.name, "--format", "json"
    )
    assert capsys.readouterr().out.strip() == (
        '{"year": 2019, "municipality": "OCMW Radarstad", "aid": {"babykaart": '
        '{"count": 51, "amount": "14500.00", "households": 1}}}'
    )


def test_aid_for_a_family_not_in_guidance_never_makes_a_household(municipality, outreacher):
    before = HouseholdFactory._meta.model.objects.count()
    recipient = services.register_recipient(
        user=outreacher, municipality=municipality, ref="B12", family_name="Gezin Aerts"
    )
    services.give_aid(
        user=outreacher,
        recipient=recipient,
        aid_type=aid_type(municipality),
        given_on=date(2019, 4, 4),
        amount_cents=28000,
    )
    assert HouseholdFactory._meta.model.objects.count() == before
    with pytest.raises(ValidationError):
        services.register_recipient(user=outreacher, municipality=municipality, ref="B12")


def test_the_record_aid_page_records_aid_for_a_need_and_refuses_a_bad_amount(
    outreacher, household, client_for
):
    from radar.households.tests.factories import NeedFactory

    need = NeedFactory(household=household)
    luiers = aid_type(household.team.municipality, "luiers")
    url = f"/households/{household.pk}/aid/new/"
    client = client_for(outreacher)
    refused = client.post(url, {"aid_type": luiers.pk, "given_on": "2024-03-01", "count": 1,
                                "amount": "12,345"})  # fmt: skip
    assert refused.status_code == 200 and not AidGiven.objects.exists()
    saved = client.post(url, {"aid_type": luiers.pk, "given_on": "2024-03-01", "count": 1,
                              "amount": "12,34", "need": need.pk})  # fmt: skip
    assert saved.status_code == 302
    assert AidGiven.objects.get().need == need
    assert "Luiers" in client.get(f"/households/{household.pk}/").content.decode()

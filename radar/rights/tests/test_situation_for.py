"""The dossier turned into the exchange format: roles, ages, region, unknown stays absent."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from radar.core.models import AuditEntry
from radar.households.tests.factories import ChildFactory, MemberFactory, UnbornChildFactory
from radar.rights import services
from radar.rights.exchange import parse_situation
from radar.rights.facts import region_for_postcode, situation_for
from radar.rights.models import HouseholdFacts, MemberFacts


def test_a_dossier_without_facts_knows_only_roles_ages_and_the_region(household):
    marie = household.members.get()

    situation = situation_for(household, reference_date=date(2025, 3, 15))

    assert situation == {
        "reference_date": "2025-03-15",
        "region": "flanders",  # postcode 2400 Mol
        "municipality": "Mol",
        "members": [{"id": f"m{marie.pk}", "role": "applicant", "age": 39}],
    }
    parse_situation(situation)


def test_first_parent_applies_second_is_partner_children_and_other_adults(household):
    partner = MemberFactory(household=household, first_name="Tom")
    grandmother = MemberFactory(household=household, role="other_adult", first_name="Oma")
    child = ChildFactory(household=household, birth_date=date(2020, 1, 1))
    UnbornChildFactory(household=household)

    roles = {m["id"]: m["role"] for m in situation_for(household)["members"]}

    marie = household.members.order_by("pk").first()
    assert roles == {
        f"m{marie.pk}": "applicant",
        f"m{partner.pk}": "partner",
        f"m{grandmother.pk}": "other_adult",
        f"m{child.pk}": "child",
    }


@pytest.mark.parametrize(
    ("postcode", "region"),
    [("1000", "brussels"), ("1300", "wallonia"), ("2400", "flanders"), ("4000", "wallonia"),
     ("8000", "flanders"), ("", None), ("NL-1234", None)],
)  # fmt: skip
def test_the_region_follows_the_belgian_postcode(postcode, region):
    assert region_for_postcode(postcode) == region


def test_an_answer_is_stored_in_the_exchange_format_and_audited(household, outreacher):
    marie = household.members.get()
    path = f"members[m{marie.pk}].flags.willing_to_work"

    services.answer_fact(
        user=outreacher, household=household, path=path, form_values={"value": "yes"}
    )

    assert MemberFacts.objects.get(member=marie).data == {"flags": {"willing_to_work": True}}
    entry = AuditEntry.objects.get(action="update", household_id=household.pk)
    assert entry.detail == {"facts": [path]} and entry.user == outreacher
    assert situation_for(household)["members"][0]["flags"] == {"willing_to_work": True}


def test_answering_dont_know_forgets_the_fact(household, outreacher):
    services.record_facts(user=outreacher, household=household, answers={"housing.tenure": "owner"})

    services.answer_fact(
        user=outreacher, household=household, path="housing.tenure", form_values={"value": ""}
    )

    assert HouseholdFacts.objects.get(household=household).data == {}


def test_amounts_are_read_in_the_belgian_way_and_no_income_is_not_unknown(household, outreacher):
    marie = household.members.get()
    path = f"members[m{marie.pk}].income_monthly_net"

    services.answer_fact(
        user=outreacher, household=household, path=path,
        form_values={"amount_salary": "1.234,50", "amount_pension": ""},
    )  # fmt: skip
    assert situation_for(household)["members"][0]["income_monthly_net"] == {"salary": 1234.5}

    services.answer_fact(
        user=outreacher, household=household, path=path, form_values={"none": True}
    )
    assert situation_for(household)["members"][0]["income_monthly_net"] == {}


def test_a_wrong_value_is_refused_and_nothing_is_written(household, outreacher):
    marie = household.members.get()
    with pytest.raises(ValidationError):
        services.answer_fact(
            user=outreacher, household=household,
            path=f"members[m{marie.pk}].flags.months_in_belgium", form_values={"value": "-3"},
        )  # fmt: skip
    with pytest.raises(ValidationError):
        services.answer_fact(
            user=outreacher, household=household, path="housing.tenure",
            form_values={"value": "castle"},
        )  # fmt: skip
    assert not MemberFacts.objects.exists()
    assert not AuditEntry.objects.filter(action="update").exists()


def test_a_member_of_another_family_cannot_be_given_facts(household, other_household, outreacher):
    stranger = other_household.members.get()

    with pytest.raises(ValidationError):
        services.record_facts(
            user=outreacher,
            household=household,
            answers={f"members[m{stranger.pk}].flags.pregnant": True},
        )
    assert not MemberFacts.objects.exists()


def test_a_typed_age_counts_only_without_a_birth_date(household, outreacher):
    nameless = MemberFactory(household=household, birth_date=None, role="other_adult")
    marie = household.members.order_by("pk").first()
    services.record_facts(
        user=outreacher, household=household,
        answers={f"members[m{nameless.pk}].age": 70, f"members[m{marie.pk}].age": 20},
    )  # fmt: skip

    ages = {
        m["id"]: m.get("age")
        for m in situation_for(household, reference_date=date(2025, 3, 15))["members"]
    }

    assert ages == {f"m{marie.pk}": 39, f"m{nameless.pk}": 70}


def test_an_unborn_childs_due_date_reaches_the_startbedrag(household):
    # Issue 9, seed 000: outreach starts in pregnancy; the due date opens the startbedrag.
    UnbornChildFactory(household=household, expected_on=date(2025, 8, 10))
    marie = household.members.order_by("pk").first()

    situation = situation_for(household, reference_date=date(2025, 3, 15))

    applicant = situation["members"][0]
    assert applicant["id"] == f"m{marie.pk}"
    assert applicant["flags"]["expected_birth_date"] == "2025-08-10"
    assert len(situation["members"]) == 1  # the unborn child is not a member
    from radar.rights import engine

    result = engine.evaluate(situation, rights=["groeipakket_startbedrag"])
    assert result["rights"]["groeipakket_startbedrag"]["status"] == "eligible"

"""`radar rights screen`: every household at once, results replaced, shown per caseload."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from radar.core.models import AuditEntry
from radar.households.tests.factories import HouseholdFactory, MemberFactory
from radar.rights import services
from radar.rights.engine import evaluate
from radar.rights.facts import situation_for
from radar.rights.models import ScreeningResult
from radar.rights.tests.factories import FoundFollowUpFactory, ScreeningResultFactory
from radar.rights.tests.situations_dossier import fill_single_mother


def stored(household) -> set[tuple[str, str]]:
    """(right, status) of the rights the engine finds eligible or to assess: what a screening
    stores for the household (services.STORED_STATUSES)."""
    result = evaluate(situation_for(household))
    return {
        (right_id, r["status"])
        for right_id, r in result["rights"].items()
        if r["status"] in services.STORED_STATUSES
    }


def rows(household) -> set[tuple[str, str]]:
    return set(household.screening_results.values_list("right_id", "status"))


def _screen(*args):
    out, err = StringIO(), StringIO()
    call_command("rights", "screen", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_every_household_is_screened_for_every_registered_right(
    household, other_household, outreacher
):
    fill_single_mother(household, outreacher)
    empty = HouseholdFactory(team=household.team)  # no members: the engine refuses it

    out, err = _screen("--chunk", "1")

    assert "households: 3, screened: 2, not readable: 1" in out
    assert "100%  3/3" in err  # the progress bar
    for family in (household, other_household):
        assert rows(family) == stored(family)
    assert not empty.screening_results.exists()
    leefloon = household.screening_results.get(right_id="leefloon")
    assert leefloon.status == "eligible" and leefloon.amount_monthly > 0
    assert "Janssens" not in out + err  # a system job prints no names
    entry = AuditEntry.objects.get(object_type="rights.screeningresult")
    assert (entry.user, entry.channel, entry.detail["screened"]) == (None, "cli", 2)


def test_a_new_screening_replaces_the_previous_one(household):
    ScreeningResultFactory(household=household, right_id="gone", status="eligible")

    _screen()

    assert not household.screening_results.filter(right_id="gone").exists()
    assert rows(household) == stored(household)


def test_screening_one_team_leaves_the_others(household, other_household, team_south):
    _screen("--team", team_south.name)

    assert other_household.screening_results.exists()
    assert not household.screening_results.exists()


def test_an_unknown_team_is_a_usage_error(db):
    with pytest.raises(CommandError):
        _screen("--team", "Nowhere")


def test_a_worker_sees_possible_rights_not_yet_received(
    client_for, outreacher, household, other_household
):
    ScreeningResultFactory(household=household, right_id="verhoogde_tegemoetkoming")
    ScreeningResultFactory(household=household, right_id="leefloon")
    FoundFollowUpFactory(household=household, right_id="leefloon")  # already followed up
    ScreeningResultFactory(household=household, right_id="igo", is_received=True)
    ScreeningResultFactory(household=household, right_id="it", status="not_eligible")
    ScreeningResultFactory(household=other_household, right_id="huurpremie")

    response = client_for(outreacher).get(reverse("rights:overview"))

    rows = [(r.household_id, r.right_id) for r in response.context["possible"]]
    assert rows == [(household.pk, "verhoogde_tegemoetkoming")]
    assert "Gezin Maes" not in response.content.decode()


def test_the_cli_list_goes_through_the_access_layer(household, other_household, outreacher):
    ScreeningResultFactory(household=household)
    ScreeningResultFactory(household=other_household)
    out = StringIO()

    call_command("rights", "possible", "--user", outreacher.username, stdout=out)

    assert "Gezin Janssens" in out.getvalue() and "Gezin Maes" not in out.getvalue()


def test_a_household_added_later_with_facts_is_screened(household, outreacher):
    family = HouseholdFactory(team=household.team, postcode="1000")
    MemberFactory(household=family)

    _screen()

    # Unknown and not eligible are counted, not stored.
    assert not family.screening_results.filter(right_id="leefloon").exists()
    assert rows(family) == stored(family)
    assert rows(household) == stored(household)
    assert not ScreeningResult.objects.exclude(status__in=services.STORED_STATUSES).exists()

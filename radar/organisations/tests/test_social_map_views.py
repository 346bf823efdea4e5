"""The social map pages: search, organisation page with its signals, channels, export."""

import csv
import io
from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from radar.core.models import AuditEntry
from radar.households.tests.factories import HouseholdFactory, IntakeFactory, life_domain
from radar.organisations.tests.factories import (
    ContactPersonFactory,
    OrganisationFactory,
    SchoolFactory,
    ServiceFactory,
)


@pytest.fixture
def caw(db):
    organisation = OrganisationFactory(name="CAW Kempen", kind="caw", opening_hours="ma 9-12u")
    ServiceFactory(
        organisation=organisation, name="Budgetbegeleiding", life_domains=[life_domain("finances")]
    )
    ContactPersonFactory(organisation=organisation, name="Els Peeters", role="onthaal")
    return organisation


@pytest.fixture
def school_with_signals(team_north, household):
    school = SchoolFactory(name="Basisschool De Linde")
    IntakeFactory(household=household, organisation=school, received_on=timezone.localdate())
    return school


def test_the_list_searches_by_name_and_filters_by_life_domain(client_for, outreacher, caw):
    OrganisationFactory(name="Kempisch Tehuis")
    client = client_for(outreacher)

    found = client.get(reverse("organisations:list"), {"q": "kempen"})
    by_domain = client.get(reverse("organisations:list"), {"domain": "finances"})
    nothing = client.get(reverse("organisations:list"), {"domain": "housing"})

    assert "CAW Kempen" in found.text and "Kempisch Tehuis" not in found.text
    assert "CAW Kempen" in by_domain.text
    assert "CAW Kempen" not in nothing.text


def test_an_htmx_search_returns_only_the_results(client_for, partner, caw):
    response = client_for(partner).get(
        reverse("organisations:list"), {"q": "caw"}, HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 200
    assert 'id="results"' in response.text and "<html" not in response.text


def test_an_unknown_filter_value_is_ignored(client_for, outreacher, caw):
    response = client_for(outreacher).get(reverse("organisations:list"), {"kind": "nonsense"})

    assert response.status_code == 200 and "CAW Kempen" in response.text


def test_the_organisation_page_shows_services_and_contact_persons(client_for, policy, caw):
    response = client_for(policy).get(reverse("organisations:detail", args=[caw.pk]))

    assert response.status_code == 200
    for text in ("CAW Kempen", "Budgetbegeleiding", "Els Peeters", "ma 9-12u"):
        assert text in response.text


def test_casework_sees_signals_per_month_others_yearly_counts(
    client_for, outreacher, policy, school_with_signals
):
    url = reverse("organisations:detail", args=[school_with_signals.pk])

    casework = client_for(outreacher).get(url)
    figures = client_for(policy).get(url)

    assert len(casework.context["by_month"]) == 12
    assert casework.context["by_month"][-1].signals == 1
    assert figures.context["by_month"] == []
    assert [r.signals for r in figures.context["by_year"]] == ["<5"]
    assert "Gezin Janssens" not in casework.text + figures.text


def test_reading_the_social_map_writes_no_audit_entry(client_for, outreacher, school_with_signals):
    client_for(outreacher).get(reverse("organisations:detail", args=[school_with_signals.pk]))

    assert not AuditEntry.objects.exists()


def test_an_unknown_organisation_is_a_404(client_for, outreacher):
    assert (
        client_for(outreacher).get(reverse("organisations:detail", args=[987654])).status_code
        == 404
    )


def test_the_channels_page_lists_schools_that_never_signalled(
    client_for, team_lead, school_with_signals
):
    SchoolFactory(name="Basisschool Sint-Jan")

    response = client_for(team_lead).get(reverse("organisations:channels"))

    assert response.status_code == 200
    assert "Basisschool De Linde" in response.text and "Basisschool Sint-Jan" in response.text
    assert response.context["never"] == 1


def test_the_channels_page_takes_an_earlier_year(client_for, outreacher, team_north):
    school = SchoolFactory()
    IntakeFactory(household=HouseholdFactory(team=team_north), organisation=school,
                  received_on=date(timezone.localdate().year - 1, 3, 1))  # fmt: skip

    last_year = client_for(outreacher).get(
        reverse("organisations:channels"), {"year": timezone.localdate().year - 1}
    )
    garbage = client_for(outreacher).get(reverse("organisations:channels"), {"year": "abc"})

    assert [r.signals for r in last_year.context["rows"]] == [1]
    assert [r.signals for r in garbage.context["rows"]] == [0]


def test_partners_and_administrators_may_not_see_the_channel_figures(
    client_for, partner, administrator
):
    assert client_for(partner).get(reverse("organisations:channels")).status_code == 403
    assert client_for(administrator).get(reverse("organisations:channels")).status_code == 403


def test_the_export_page_gives_the_whole_map_as_csv(client_for, partner, caw):
    response = client_for(partner).get(reverse("organisations:export"))

    assert response["Content-Type"].startswith("text/csv")
    # For Belgian Excel: a byte-order mark and `;` (issue 15).
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert [(r["name"], r["service_name"], r["contact_name"]) for r in rows] == [
        ("CAW Kempen", "Budgetbegeleiding", "Els Peeters")
    ]


@pytest.mark.parametrize(
    "name", ["organisations:list", "organisations:channels", "organisations:export"]
)
def test_anonymous_visitors_are_sent_to_the_login_page(client, name, db):
    response = client.get(reverse(name))

    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_anonymous_visitors_cannot_open_an_organisation(client, caw):
    response = client.get(reverse("organisations:detail", args=[caw.pk]))

    assert response.status_code == 302 and "CAW Kempen" not in response.text

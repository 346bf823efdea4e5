"""The team's case discussion pages: list, new, detail with agreements and "make it a
step"; the dossier lists the discussions; refusals for other teams and other roles."""

import pytest
from django.urls import reverse
from django.utils import timezone

from radar.network.models import Agreement, CaseDiscussion
from radar.network.tests.factories import AgreementFactory, CaseDiscussionFactory
from radar.plans.models import Step
from radar.plans.tests.factories import GoalFactory

HTMX = {"HX-Request": "true"}


def test_the_list_shows_the_teams_discussions_only(
    client_for, outreacher, household, other_household
):
    CaseDiscussionFactory(team=household.team, households=[household])
    CaseDiscussionFactory(team=other_household.team, households=[other_household])

    response = client_for(outreacher).get(reverse("network:discussion_list"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Gezin Janssens" in html and "Gezin Maes" not in html


def test_a_discussion_is_recorded_from_the_form(client_for, outreacher, team_lead, household):
    client = client_for(outreacher)
    form = client.get(reverse("network:discussion_add") + f"?household={household.pk}")
    assert form.status_code == 200 and "Gezin Maes" not in form.content.decode()

    response = client.post(
        reverse("network:discussion_add"),
        {
            "team": household.team.pk,
            "held_on": timezone.localdate().isoformat(),
            "kind": "case_conference",
            "households": [household.pk],
            "participants": [outreacher.pk, team_lead.pk],
            "notes": "Huur",
        },  # fmt: skip
    )

    discussion = CaseDiscussion.objects.get()
    assert response["Location"] == reverse("network:discussion_detail", args=[discussion.pk])
    assert list(discussion.households.all()) == [household]


def test_another_teams_family_cannot_be_put_on_a_discussion(
    client_for, outreacher, household, other_household
):
    response = client_for(outreacher).post(
        reverse("network:discussion_add"),
        {
            "team": household.team.pk,
            "held_on": timezone.localdate().isoformat(),
            "kind": "intervision",
            "households": [household.pk, other_household.pk],
        },  # fmt: skip
    )

    assert response.status_code == 200
    assert not CaseDiscussion.objects.exists()
    assert "Gezin Maes" not in response.content.decode()


def test_the_detail_shows_agreements_and_an_agreement_is_added(client_for, outreacher, household):
    discussion = CaseDiscussionFactory(team=household.team, households=[household])
    GoalFactory(household=household, title="Woning behouden")
    client = client_for(outreacher)

    response = client.post(
        reverse("network:agreement_add", args=[discussion.pk]),
        {"household": household.pk, "text": "Bart contacteert de huisbaas", "owner": outreacher.pk},
    )
    page = client.get(reverse("network:discussion_detail", args=[discussion.pk]))

    assert response.status_code == 302
    html = page.content.decode()
    assert "Bart contacteert de huisbaas" in html and "Woning behouden" in html
    assert Agreement.objects.get().owner == outreacher


def test_an_agreement_becomes_a_step_with_htmx(client_for, outreacher, household):
    goal = GoalFactory(household=household)
    agreement = AgreementFactory(household=household, text="Schoolfactuur samen bekijken")
    url = reverse("network:agreement_step", args=[household.pk, agreement.pk])

    response = client_for(outreacher).post(url, {"goal": goal.pk}, headers=HTMX)

    step = Step.objects.get()
    assert (step.goal, step.household, step.title) == (goal, household, agreement.text)
    html = response.content.decode()
    assert html.lstrip().startswith(f'<li class="step" id="agreement-{agreement.pk}"')
    assert f"#step-{step.pk}" in html and 'name="goal"' not in html


def test_an_agreement_becomes_a_step_from_its_own_form(client_for, outreacher, household):
    goal = GoalFactory(household=household)
    agreement = AgreementFactory(household=household)
    url = reverse("network:agreement_step", args=[household.pk, agreement.pk])
    client = client_for(outreacher)

    assert client.get(url).status_code == 200
    response = client.post(url, {"goal": goal.pk, "title": "Korter", "owner": "family"})

    assert response.status_code == 302
    assert Step.objects.get().title == "Korter"
    again = client.post(url, {"goal": goal.pk}, headers=HTMX)
    assert 'role="alert"' in again.content.decode()
    assert Step.objects.count() == 1


def test_a_goal_of_another_family_is_refused(client_for, outreacher, household, other_household):
    theirs = GoalFactory(household=other_household)
    agreement = AgreementFactory(household=household)
    url = reverse("network:agreement_step", args=[household.pk, agreement.pk])

    response = client_for(outreacher).post(url, {"goal": theirs.pk})

    assert response.status_code == 200
    assert not Step.objects.exists()


def test_another_teams_discussion_is_not_found(client_for, outreacher, other_household):
    theirs = CaseDiscussionFactory(team=other_household.team, households=[other_household])
    client = client_for(outreacher)

    detail = client.get(reverse("network:discussion_detail", args=[theirs.pk]))
    add = client.post(
        reverse("network:agreement_add", args=[theirs.pk]),
        {"household": other_household.pk, "text": "x"},
    )

    assert detail.status_code == add.status_code == 404
    assert not Agreement.objects.exists()


@pytest.mark.parametrize("role", ["partner", "policy", "administrator"])
def test_roles_without_named_families_are_refused(client_for, role, household, request):
    discussion = CaseDiscussionFactory(team=household.team, households=[household])
    client = client_for(request.getfixturevalue(role))

    for url in (
        reverse("network:discussion_list"),
        reverse("network:discussion_add"),
        reverse("network:discussion_detail", args=[discussion.pk]),
    ):
        assert client.get(url).status_code == 403, url


def test_the_dossier_lists_the_discussions_of_the_family(client_for, outreacher, household):
    agreement = AgreementFactory(household=household, text="Samen naar het OCMW-loket")

    response = client_for(outreacher).get(reverse("households:detail", args=[household.pk]))

    html = response.content.decode()
    assert reverse("network:discussion_detail", args=[agreement.discussion.pk]) in html
    assert "Samen naar het OCMW-loket" in html

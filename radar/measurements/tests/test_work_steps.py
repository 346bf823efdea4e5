from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from radar.households.tests.factories import MemberFactory
from radar.measurements import selectors, services
from radar.measurements.models import WorkStep
from radar.measurements.tests.factories import assess, instrument, known_since
from radar.organisations.tests.factories import OrganisationFactory
from radar.plans.tests.factories import GoalFactory, StepFactory

pytestmark = pytest.mark.django_db


def test_a_step_is_tagged_as_a_step_towards_work_with_its_organisation(household, outreacher):
    step = StepFactory(goal=GoalFactory(household=household), title="Inschrijven Nederlandse les")
    school = OrganisationFactory(name="CVO Kempen")

    services.tag_work_step(user=outreacher, step=step, kind="language", organisation=school)

    assert [(w.step, w.kind, w.organisation) for w in selectors.work_steps_of(household)] == [
        (step, "language", school)
    ]
    with pytest.raises(ValidationError):
        services.tag_work_step(user=outreacher, step=step, kind="astronaut")
    services.tag_work_step(user=outreacher, step=step, kind="")
    assert not WorkStep.objects.exists()


def test_the_dossier_shows_the_rung_and_the_figures_count_moving_up(
    client_for, household, outreacher, team_lead
):
    start = timezone.localdate() - timedelta(days=120)
    known_since(household, start)
    adult = MemberFactory(household=household, first_name="Sofie")
    assess(
        household,
        user=outreacher,
        code="participatieladder",
        member=adult,
        on=start,
        participation=2,
    )
    assess(
        household,
        user=outreacher,
        code="participatieladder",
        member=adult,
        on=start + timedelta(days=100),
        participation=4,
    )

    html = client_for(outreacher).get(reverse("households:detail", args=[household.pk])).content
    assert "Sofie" in html.decode() and "onbetaald werk" in html.decode()

    figures = client_for(team_lead).get(
        reverse("measurements:figures"), {"instrument": "participatieladder"}
    )
    assert 'id="up-a-rung"' in figures.content.decode()
    ladder = selectors.change_figures(user=team_lead, instrument=instrument("participatieladder"))
    assert ladder["rows"][0]["change"].up == 1


def test_the_work_page_tags_a_step(client_for, household, outreacher):
    step = StepFactory(goal=GoalFactory(household=household))
    url = reverse("measurements:work_steps", args=[household.pk])

    assert client_for(outreacher).get(url).status_code == 200
    response = client_for(outreacher).post(url, {"step": step.pk, "kind": "volunteering"})

    assert response.status_code == 302
    assert WorkStep.objects.get().kind == "volunteering"

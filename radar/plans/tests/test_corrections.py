"""Correcting and removing goals and steps (issue 8): corrections are versioned like every
edit (ticking a step moves its version too), removals need a reason and take the step out
of the plan, the dashboards and the figures; removing a goal removes its steps with it."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.core.models import AuditEntry
from radar.core.services import ConcurrentEditError
from radar.dashboards import selectors as dashboards
from radar.households.selectors import visible_households
from radar.plans import services
from radar.plans.models import Goal, Step
from radar.plans.tests.factories import GoalFactory, StepFactory


@pytest.fixture
def english(outreacher, team_lead):
    for user in (outreacher, team_lead):
        user.language = "en"
        user.save()


@pytest.fixture
def goal(household):
    return GoalFactory(household=household, title="Een betaalbare woning behouden")


def overdue_step(goal, **kwargs):
    return StepFactory(goal=goal, due_on=timezone.localdate() - timedelta(days=3), **kwargs)


# -- The services -----------------------------------------------------------------------


def test_a_step_is_corrected_and_the_audit_names_the_fields(outreacher, goal):
    step = StepFactory(goal=goal, title="Brief huisbaas lezen")

    services.update_step(
        user=outreacher, step=step, expected_version=1, title="Brief huisbaas samen lezen"
    )

    saved = Step.objects.get(pk=step.pk)
    assert (saved.title, saved.version) == ("Brief huisbaas samen lezen", 2)
    assert AuditEntry.objects.get(action="update").detail == {"fields": ["title"]}


def test_ticking_a_step_makes_an_open_correction_stale(outreacher, team_lead, goal):
    step = StepFactory(goal=goal, title="Brief huisbaas lezen")
    services.mark_step(user=team_lead, step=step, is_done=True)

    with pytest.raises(ConcurrentEditError):
        services.update_step(user=outreacher, step=step, expected_version=1, title="Anders")

    saved = Step.objects.get(pk=step.pk)
    assert (saved.title, saved.is_done, saved.version) == ("Brief huisbaas lezen", True, 2)


def test_the_done_fields_cannot_be_corrected_as_plain_fields(outreacher, goal):
    step = StepFactory(goal=goal)
    with pytest.raises(ValueError):
        services.update_step(user=outreacher, step=step, is_done=True)
    assert not Step.objects.get(pk=step.pk).is_done


def test_a_removed_step_leaves_the_plan_and_the_dashboards(outreacher, team_lead, goal):
    kept, mistake = overdue_step(goal), overdue_step(goal, title="Dubbel")
    households = visible_households(outreacher)
    assert set(dashboards.steps_due_for(user=outreacher, households=households)) == {
        kept,
        mistake,
    }

    services.remove_step(user=outreacher, step=mistake, reason="dubbel ingevoerd")

    assert list(goal.steps.all()) == [kept]
    assert list(dashboards.steps_due_for(user=outreacher, households=households)) == [kept]
    rows = dashboards.team_dashboard(user=team_lead)["rows"]
    assert {worker.username: overdue for worker, _c, _l, overdue in rows}["outreacher"] == 1
    entry = AuditEntry.objects.get(action="delete")
    assert (entry.object_type, entry.detail) == (
        "plans.step",
        {"removed": True, "reason": "dubbel ingevoerd"},
    )


def test_removing_a_goal_removes_its_steps_with_the_same_reason(outreacher, goal):
    first, second = overdue_step(goal), StepFactory(goal=goal)

    services.remove_goal(user=outreacher, goal=goal, reason="verkeerd gezin", expected_version=1)

    assert not Goal.objects.filter(pk=goal.pk).exists()
    assert not Step.objects.filter(goal=goal).exists()
    for step in Step.all_objects.filter(pk__in=[first.pk, second.pk]):
        assert (step.removal_reason, step.removed_at) == ("verkeerd gezin", goal.removed_at)
    goal_entry = AuditEntry.objects.get(action="delete", object_type="plans.goal")
    assert goal_entry.detail == {
        "removed": True,
        "reason": "verkeerd gezin",
        "steps": sorted([first.pk, second.pk]),
    }
    assert AuditEntry.objects.filter(action="delete", object_type="plans.step").count() == 2


def test_a_goal_removal_needs_a_reason_and_the_current_version(outreacher, team_lead, goal):
    with pytest.raises(ValidationError):
        services.remove_goal(user=outreacher, goal=goal, reason=" ")
    services.update_goal(user=team_lead, goal=goal, title="De woning behouden")
    with pytest.raises(ConcurrentEditError):
        services.remove_goal(user=outreacher, goal=goal, reason="fout", expected_version=1)
    assert Goal.objects.get(pk=goal.pk).title == "De woning behouden"


# -- Pages ------------------------------------------------------------------------------


def step_data(step, version, **changes):
    data = {
        "title": step.title,
        "owner": step.owner,
        "owner_name": step.owner_name,
        "due_on": step.due_on.isoformat() if step.due_on else "",
        "version": version,
    }
    data.update(changes)
    return data


def test_the_step_page_corrects_a_step(client_for, outreacher, household, goal):
    step = StepFactory(goal=goal, title="Brief lezen")
    url = f"/households/{household.pk}/steps/{step.pk}/edit/"

    response = client_for(outreacher).post(url, step_data(step, 1, title="Brief samen lezen"))

    assert response.status_code == 302
    assert response["Location"] == f"/households/{household.pk}/#plan"
    assert Step.objects.get(pk=step.pk).title == "Brief samen lezen"


def test_the_step_page_shows_both_versions_after_someone_changed_it(
    client_for, outreacher, team_lead, household, goal, english
):
    step = StepFactory(goal=goal, title="Brief lezen")
    services.update_step(user=team_lead, step=step, owner_name="Bart")

    response = client_for(outreacher).post(
        f"/households/{household.pk}/steps/{step.pk}/edit/",
        step_data(step, 1, title="Brief samen lezen met Marie"),
    )

    assert response.status_code == 200
    assert 'value="Brief samen lezen met Marie"' in response.content.decode()
    assert dict(response.context["form"].conflict)["Name"] == "Bart"
    assert Step.objects.get(pk=step.pk).title == "Brief lezen"


def test_removing_a_step_and_a_goal_on_the_page(client_for, outreacher, household, goal):
    step = StepFactory(goal=goal, title="Dubbele stap")
    client = client_for(outreacher)

    step_row = client.post(
        f"/households/{household.pk}/steps/{step.pk}/remove/",
        {"reason": "dubbel", "version": 1},
        headers={"HX-Request": "true"},
    )
    assert f'<li id="step-{step.pk}" class="removed' in step_row.content.decode()
    goal_page = client.post(
        f"/households/{household.pk}/goals/{goal.pk}/remove/",
        {"reason": "verkeerd gezin", "version": 1},
    )

    assert goal_page.status_code == 302
    dossier = client.get(f"/households/{household.pk}/").content.decode()
    plan = dossier.split('id="plan"')[1].split("</section>")[0]
    assert "Dubbele stap" not in plan and goal.title not in plan
    assert "Dubbele stap" in dossier.split('id="removed"')[1]


@pytest.mark.parametrize("persona", ["other_outreacher", "partner", "policy"])
def test_only_the_familys_team_can_correct_or_remove_a_step(
    client_for, request, persona, household, goal
):
    step = StepFactory(goal=goal, title="Brief lezen")
    client = client_for(request.getfixturevalue(persona))
    base = f"/households/{household.pk}/steps/{step.pk}"

    edit = client.post(f"{base}/edit/", step_data(step, 1, title="x"))
    remove = client.post(f"{base}/remove/", {"reason": "weg", "version": 1})

    expected = 404 if persona == "other_outreacher" else 403
    assert (edit.status_code, remove.status_code) == (expected, expected)
    saved = Step.objects.get(pk=step.pk)
    assert (saved.title, saved.version) == ("Brief lezen", 1)

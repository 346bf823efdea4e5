"""The plan on the dossier and on the family page, and the "add a goal" button
(registered in PlansConfig.ready(); households.registry)."""

from django.db.models import F
from django.utils.translation import gettext_lazy as _

from radar.households.registry import (
    FAMILY_PAGE,
    Action,
    RemovedItems,
    Section,
    register_action,
    register_removed_items,
    register_section,
)
from radar.plans.models import Goal, Step
from radar.plans.selectors import goals_of


def plan_context(*, request, household, page) -> dict:
    return {"goals": goals_of(household)}


SECTIONS = (
    Section(name="plan", order=30, template="plans/dossier_plan.html", context=plan_context),
    Section(
        name="goals",
        order=10,
        template="plans/family_page_goals.html",
        context=plan_context,
        page=FAMILY_PAGE,
    ),
)
ADD_GOAL = Action(
    name="add_goal",
    order=20,
    label=_("Add a goal"),
    url_name="plans:goal_add",
    css_class="secondary",
)


REMOVED_ITEMS = (
    RemovedItems(Goal, _("goal"), F("title")),
    RemovedItems(Step, _("step"), F("title")),
)


def register() -> None:
    for section in SECTIONS:
        register_section(section)
    register_action(ADD_GOAL)
    for items in REMOVED_ITEMS:
        register_removed_items(items)

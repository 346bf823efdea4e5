"""Reading a household's plan. The caller reached the household through the access layer
(radar.households.selectors.get_household_for) first."""

from django.db.models import Prefetch, QuerySet

from radar.plans.models import Goal, Step


def goals_of(household) -> QuerySet[Goal]:
    """The household's goals with their steps (open first, then by due date): two queries."""
    return (
        Goal.objects.filter(household=household)
        .select_related("domain")
        .prefetch_related(
            Prefetch("steps", queryset=Step.objects.order_by("is_done", "due_on", "id"))
        )
    )

"""The plan in the API: the goals and steps nested in /api/households/<id>/, and one goal
or step at /api/households/<id>/{goals,steps}/<pk>/ (read, correct, remove; plans/api_urls.py).

Registered in PlansConfig.ready() as a field of the household detail (households.registry),
so households.api shows it without importing this app.
"""

from rest_framework import serializers

from radar.households.api import HouseholdRecordView, correction_serializer, documented
from radar.households.models import LifeDomain
from radar.households.registry import DetailField, register_detail_field
from radar.plans import services
from radar.plans.models import Goal, Step


class StepSerializer(serializers.ModelSerializer):
    class Meta:
        model = Step
        fields = ["id", "title", "owner", "owner_name", "due_on", "is_done", "done_on", "version"]
        read_only_fields = ["is_done", "done_on"]


class GoalSerializer(serializers.ModelSerializer):
    domain = serializers.SlugRelatedField(
        slug_field="code", queryset=LifeDomain.objects.filter(is_active=True)
    )
    steps = StepSerializer(many=True, read_only=True)

    class Meta:
        model = Goal
        fields = ["id", "domain", "title", "is_achieved", "steps", "version"]
        read_only_fields = ["is_achieved"]


GOALS = DetailField(
    name="goals",
    field=lambda: GoalSerializer(many=True, read_only=True),
    prefetch=("goals__domain", "goals__steps"),
)


def register() -> None:
    register_detail_field(GOALS)


@documented
class GoalView(HouseholdRecordView):
    """One goal of a family's plan: read it, correct it, or remove it (with its steps) when
    it was written down by mistake."""

    model = Goal
    lookup_url_kwarg = "goal_pk"
    what = "goal"
    serializer_class = GoalSerializer
    editable = services.GOAL_FIELDS
    correction_serializer_class = correction_serializer(GoalSerializer, editable)

    def correct(self, *, user, record, expected_version, changes):
        return services.update_goal(
            user=user, goal=record, expected_version=expected_version, **changes
        )

    def remove(self, *, user, record, reason, expected_version):
        services.remove_goal(
            user=user, goal=record, reason=reason, expected_version=expected_version
        )


@documented
class StepView(HouseholdRecordView):
    """One step of a family's plan: read it, correct it, or remove it when it was written
    down by mistake."""

    model = Step
    lookup_url_kwarg = "step_pk"
    what = "step"
    serializer_class = StepSerializer
    editable = services.STEP_FIELDS
    correction_serializer_class = correction_serializer(StepSerializer, editable)

    def correct(self, *, user, record, expected_version, changes):
        return services.update_step(
            user=user, step=record, expected_version=expected_version, **changes
        )

    def remove(self, *, user, record, reason, expected_version):
        services.remove_step(
            user=user, step=record, reason=reason, expected_version=expected_version
        )

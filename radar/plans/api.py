"""The plan in the API: the goals and steps nested in /api/households/<id>/.

Registered in PlansConfig.ready() as a field of the household detail (households.registry),
so households.api shows it without importing this app.
"""

from rest_framework import serializers

from radar.households.registry import DetailField, register_detail_field
from radar.plans.models import Goal, Step


class StepSerializer(serializers.ModelSerializer):
    class Meta:
        model = Step
        fields = ["id", "title", "owner", "owner_name", "due_on", "is_done", "done_on"]


class GoalSerializer(serializers.ModelSerializer):
    domain = serializers.SlugRelatedField(slug_field="code", read_only=True)
    steps = StepSerializer(many=True, read_only=True)

    class Meta:
        model = Goal
        fields = ["id", "domain", "title", "is_achieved", "steps"]


GOALS = DetailField(
    name="goals",
    field=lambda: GoalSerializer(many=True, read_only=True),
    prefetch=("goals__domain", "goals__steps"),
)


def register() -> None:
    register_detail_field(GOALS)

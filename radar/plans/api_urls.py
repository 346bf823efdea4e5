from django.urls import path

from radar.plans.api import GoalView, StepView

# One goal or step of a family's plan: GET, PATCH (correct), DELETE (remove with a reason).
urlpatterns = [
    path("households/<dbid:pk>/goals/<dbid:goal_pk>/", GoalView.as_view(), name="api-goal"),
    path("households/<dbid:pk>/steps/<dbid:step_pk>/", StepView.as_view(), name="api-step"),
]

from django.urls import path

from radar.measurements.api import AssessmentCreateView, ChangeView

urlpatterns = [
    path(
        "measurements/assessments/",
        AssessmentCreateView.as_view(),
        name="api-measurements-assessments",
    ),
    path("measurements/change/", ChangeView.as_view(), name="api-measurements-change"),
]

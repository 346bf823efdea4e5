"""Included in config/urls.py with: path("", include("radar.measurements.urls"))."""

from django.urls import path

from radar.measurements import views

app_name = "measurements"
urlpatterns = [
    path(
        "households/<dbid:pk>/measurements/",
        views.household_measurements,
        name="household",
    ),
    path(
        "households/<dbid:pk>/measurements/new/",
        views.assessment_add,
        name="assessment_add",
    ),
    path("households/<dbid:pk>/work/", views.work_steps, name="work_steps"),
    path("measurements/figures/", views.figures, name="figures"),
]

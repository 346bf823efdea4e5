from django.urls import path

from radar.dashboards import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("team/", views.team_dashboard, name="team_dashboard"),
]

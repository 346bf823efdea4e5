"""Included in config/urls.py with:
path("policy-signals/", include("radar.stories.policy_signal_urls"))."""

from django.urls import path

from radar.stories import views

app_name = "policy_signals"
urlpatterns = [
    path("", views.policy_signal_list, name="list"),
    path("new/", views.policy_signal_new, name="new"),
    path("note/", views.committee_note, name="note"),
    path("<dbid:pk>/", views.policy_signal_detail, name="detail"),
    path("<dbid:pk>/move/", views.policy_signal_move, name="move"),
]
